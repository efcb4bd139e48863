package io.github.acplan.benchmarks.calendar;

import io.github.acplan.calendar.WorkingCalendar;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

/**
 * The days of a range on which a calendar departs from a plain Monday-to-Friday week: weekdays off
 * (what a holiday list of ObjectLab or a similar library can hold) and working weekend days (which
 * such a list cannot hold).
 *
 * @param weekdaysOff weekdays that are days off
 * @param workingWeekendDays Saturdays and Sundays that are working days (Cabinet transfers)
 */
public record DaysOff(Set<LocalDate> weekdaysOff, Set<LocalDate> workingWeekendDays) {

  /**
   * Scans {@code calendar} over {@code [firstInclusive, lastInclusive]}.
   *
   * @param calendar the calendar to read
   * @param firstInclusive the first day
   * @param lastInclusive the last day
   * @return the departures from a Monday-to-Friday week
   */
  public static DaysOff of(WorkingCalendar calendar, LocalDate firstInclusive, LocalDate lastInclusive) {
    Set<LocalDate> off = new HashSet<>();
    Set<LocalDate> working = new HashSet<>();
    for (LocalDate d = firstInclusive; !d.isAfter(lastInclusive); d = d.plusDays(1)) {
      boolean weekend = isWeekend(d);
      boolean workingDay = calendar.isWorkingDay(d);
      if (!weekend && !workingDay) {
        off.add(d);
      } else if (weekend && workingDay) {
        working.add(d);
      }
    }
    return new DaysOff(Set.copyOf(off), Set.copyOf(working));
  }

  /**
   * Tells whether a date is a Saturday or Sunday.
   *
   * @param date the date
   * @return true on Saturday and Sunday
   */
  public static boolean isWeekend(LocalDate date) {
    DayOfWeek dow = date.getDayOfWeek();
    return dow == DayOfWeek.SATURDAY || dow == DayOfWeek.SUNDAY;
  }
}
