package io.github.acplan.serialization.text;

/**
 * A column of a risk register's layout: what it holds and, for a deadline split by years, the year.
 *
 * @param column what the column holds
 * @param year the year of a deadline column split by years, else 0
 */
record RegisterSlot(RegisterColumn column, int year) {

  /** A column the programme has no place for. */
  static final RegisterSlot OTHER = new RegisterSlot(RegisterColumn.OTHER, 0);

  /** Whether the column's cells are kept: neither a monitoring column nor one without a place. */
  boolean kept() {
    return column != RegisterColumn.OTHER && column != RegisterColumn.MONITORING;
  }
}
