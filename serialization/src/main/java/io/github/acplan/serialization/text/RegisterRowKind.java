package io.github.acplan.serialization.text;

/** What a row of a risk register's source is, as {@link RegisterRows} decides it. */
enum RegisterRowKind {
  /** A line with no cell text, outside a table row. */
  BLANK,
  /** A table row of empty cells. */
  EMPTY_ROW,
  /** The header row, first or repeated after a page break. */
  HEADER,
  /** A second header row naming the columns under a merged header cell (years, a score group). */
  SUB_HEADER,
  /** The row of column numbers (1 … N) under the header. */
  COLUMN_NUMBERS,
  /** A page number or "Продовження додатка" between two pages. */
  PAGE_FURNITURE,
  /** A row naming the function of the risks below it. */
  HEADING,
  /** A row that starts a risk: its number in the № column. */
  RISK,
  /** A row with an empty № cell: a further measure of the risk above, or its cells continued. */
  CONTINUATION,
  /** Text around the table. */
  TEXT
}
