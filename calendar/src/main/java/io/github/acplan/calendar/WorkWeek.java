package io.github.acplan.calendar;

import java.time.DayOfWeek;

/**
 * The working week a calendar assumes (Labour Code of Ukraine, arts. 67 and 52).
 */
public enum WorkWeek {
  /**
   * Five working days, Saturday and Sunday off: the usual week of public bodies. Cabinet of Ministers
   * transfers of working days are made for this week.
   */
  FIVE_DAYS,
  /**
   * Six working days, only Sunday off. A holiday on a Saturday is then a day off but does not move; only
   * a holiday on a Sunday moves the day off, and Cabinet transfers do not apply.
   */
  SIX_DAYS;

  /**
   * Tells whether a day of the week is a weekly rest day in this week.
   *
   * @param day the day of the week
   * @return true for Sunday, and for Saturday in the five-day week
   */
  public boolean isWeekend(DayOfWeek day) {
    return day == DayOfWeek.SUNDAY || (this == FIVE_DAYS && day == DayOfWeek.SATURDAY);
  }
}
