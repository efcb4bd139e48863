package io.github.acplan.calendar.term;

import io.github.acplan.calendar.WorkingCalendar;
import java.time.LocalDate;
import java.util.Objects;

/**
 * What to do when the last day of a term falls on a day off.
 *
 * <p>The Civil Code of Ukraine, art. 254 part 5, moves it to the next working day
 * ({@link #NEXT_WORKING_DAY}). Internal plans sometimes want the work done before the day off
 * ({@link #PREVIOUS_WORKING_DAY}), or the calendar date as written ({@link #NONE}).
 */
public enum DueDateShift {
  /** The term ends on the first working day after the day off (Civil Code art. 254 part 5). */
  NEXT_WORKING_DAY,
  /** The term ends on the last working day before the day off. */
  PREVIOUS_WORKING_DAY,
  /** The term ends on the day off itself. */
  NONE;

  /**
   * Applies this policy to the last day of a term.
   *
   * @param lastDay the last day of the term by the calendar
   * @param calendar the calendar that tells days off
   * @return {@code lastDay} if it is a working day or the policy is {@link #NONE}, else the next or
   *     previous working day
   * @throws IllegalArgumentException if a date is outside the calendar's supported range
   */
  public LocalDate apply(LocalDate lastDay, WorkingCalendar calendar) {
    Objects.requireNonNull(lastDay, "lastDay");
    Objects.requireNonNull(calendar, "calendar");
    if (this == NONE || calendar.isWorkingDay(lastDay)) {
      return lastDay;
    }
    return this == NEXT_WORKING_DAY
        ? calendar.nextWorkingDay(lastDay)
        : calendar.previousWorkingDay(lastDay);
  }
}
