package io.github.acplan.core.deadline;

import io.github.acplan.core.Worded;
import io.github.acplan.core.Wording;
import java.util.Optional;

/**
 * A calendar period a deadline repeats in or refers to: a month, a quarter, a half-year or a year.
 *
 * <p>Quarters and half-years count from 1 January (Civil Code of Ukraine, art. 254 part 2: a quarter
 * term is counted from the beginning of the year).
 */
public enum PeriodUnit implements Worded {
  /** A calendar month ("щомісяця", "протягом січня"). */
  MONTH(1, "month", "місяць", "month"),
  /** A quarter: January–March, April–June, July–September, October–December ("щокварталу"). */
  QUARTER(3, "quarter", "квартал", "quarter"),
  /** A half-year: January–June, July–December ("щопівроку", "у другому півріччі"). */
  HALF_YEAR(6, "half-year", "півріччя", "half-year"),
  /** A calendar year ("щороку", "протягом року"). */
  YEAR(12, "year", "рік", "year");

  private final int months;
  private final Wording wording;

  PeriodUnit(int months, String id, String ukrainian, String english) {
    this.months = months;
    this.wording = new Wording(id, ukrainian, english);
  }

  @Override
  public Wording wording() {
    return wording;
  }

  /**
   * Finds the period with an identifier, in any case and with spaces around it.
   *
   * @param id "month", "quarter", "half-year" or "year"
   * @return the period, or empty if the identifier names none
   */
  public static Optional<PeriodUnit> fromId(String id) {
    return Worded.byId(PeriodUnit.class, id);
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
