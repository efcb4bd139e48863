package io.github.acplan.core.deadline;

import io.github.acplan.calendar.WorkingCalendar;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;

/** Small calendars for deadline tests, until the real Ukrainian calendar is used. */
final class TestCalendars {

  private TestCalendars() {}

  /** Saturdays and Sundays off, nothing else. */
  static WorkingCalendar weekendsOnly() {
    return d -> d.getDayOfWeek().getValue() < 6;
  }

  /**
   * The Ukrainian five-day-week calendar from 1 January 2020 to 31 January 2021, by hand.
   *
   * <p>Weekday days off in 2020 (Labour Code arts. 67 and 73; Cabinet order No. 995-р of 23.10.2019
   * moved Monday 6 January to Saturday 11 January): 1, 6, 7 January; 9 March (8 March on a Sunday);
   * 20 April (Easter 19 April); 1 May; 11 May (9 May on a Saturday); 8 June (Trinity 7 June); 29 June
   * (28 June on a Sunday); 24 August; 14 October; 25 December. January 2021: 1 and 7 January, and 8
   * January moved to Saturday 16 January by Cabinet order No. 1191-р of 23.09.2020.
   */
  static WorkingCalendar ukraine2020() {
    Set<LocalDate> weekdaysOff = Set.of(
        LocalDate.of(2020, 1, 1), LocalDate.of(2020, 1, 6), LocalDate.of(2020, 1, 7),
        LocalDate.of(2020, 3, 9), LocalDate.of(2020, 4, 20), LocalDate.of(2020, 5, 1),
        LocalDate.of(2020, 5, 11), LocalDate.of(2020, 6, 8), LocalDate.of(2020, 6, 29),
        LocalDate.of(2020, 8, 24), LocalDate.of(2020, 10, 14), LocalDate.of(2020, 12, 25),
        LocalDate.of(2021, 1, 1), LocalDate.of(2021, 1, 7), LocalDate.of(2021, 1, 8));
    Set<LocalDate> saturdaysWorked = Set.of(LocalDate.of(2020, 1, 11), LocalDate.of(2021, 1, 16));
    return d -> {
      if (d.isBefore(LocalDate.of(2020, 1, 1)) || d.isAfter(LocalDate.of(2021, 1, 31))) {
        throw new IllegalArgumentException("The test calendar covers 2020-01-01..2021-01-31, not " + d);
      }
      if (saturdaysWorked.contains(d)) {
        return true;
      }
      DayOfWeek day = d.getDayOfWeek();
      return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && !weekdaysOff.contains(d);
    };
  }
}
