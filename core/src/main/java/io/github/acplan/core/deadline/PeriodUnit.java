package io.github.acplan.core.deadline;

/**
 * A calendar period a deadline repeats in or refers to: a month, a quarter, a half-year or a year.
 *
 * <p>Quarters and half-years count from 1 January (Civil Code of Ukraine, art. 254 part 2: a quarter
 * term is counted from the beginning of the year).
 */
public enum PeriodUnit {
  /** A calendar month ("щомісяця", "протягом січня"). */
  MONTH(1),
  /** A quarter: January–March, April–June, July–September, October–December ("щокварталу"). */
  QUARTER(3),
  /** A half-year: January–June, July–December ("щопівроку", "у другому півріччі"). */
  HALF_YEAR(6),
  /** A calendar year ("щороку", "протягом року"). */
  YEAR(12);

  private final int months;

  PeriodUnit(int months) {
    this.months = months;
  }

  /**
   * Returns the length of the period in months.
   *
   * @return 1, 3, 6 or 12
   */
  public int lengthInMonths() {
    return months;
  }

  /**
   * Returns how many such periods a calendar year has.
   *
   * @return 12, 4, 2 or 1
   */
  public int perYear() {
    return 12 / months;
  }
}
