package io.github.acplan.benchmarks.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.acplan.calendar.UkrainianCalendar;
import io.github.acplan.calendar.WorkingCalendar;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The floor and the ObjectLab adapter must give the answers of the calendar they copy, or the
 * benchmarks would compare different work. Checked on the 2020 days off of the Ukrainian five-day week
 * (DOMAIN: 1, 6, 7 Jan; 9 Mar; 20 Apr; 1 May; 11 May; 8 Jun; 29 Jun; 24 Aug; 14 Oct; 25 Dec), without the
 * working Saturday of 11 Jan, which ObjectLab cannot express.
 */
class PeerCalendarsTest {

  private static final Set<LocalDate> DAYS_OFF_2020 = Set.of(
      LocalDate.of(2020, 1, 1), LocalDate.of(2020, 1, 6), LocalDate.of(2020, 1, 7),
      LocalDate.of(2020, 3, 9), LocalDate.of(2020, 4, 20), LocalDate.of(2020, 5, 1),
      LocalDate.of(2020, 5, 11), LocalDate.of(2020, 6, 8), LocalDate.of(2020, 6, 29),
      LocalDate.of(2020, 8, 24), LocalDate.of(2020, 10, 14), LocalDate.of(2020, 12, 25));

  private static final WorkingCalendar REFERENCE =
      date -> !DaysOff.isWeekend(date) && !DAYS_OFF_2020.contains(date);

  private static final LocalDate FIRST = LocalDate.of(2019, 6, 1);
  private static final LocalDate LAST = LocalDate.of(2021, 6, 30);

  @Test
  void floorAndObjectLabAnswerLikeTheDayByDayDefinition() {
    FloorCalendar floor = FloorCalendar.copyOf(REFERENCE, FIRST, LAST);
    DaysOff daysOff = DaysOff.of(REFERENCE, FIRST, LAST);
    ObjectLabCalendar objectLab = ObjectLabCalendar.withHolidays(daysOff.weekdaysOff());
    assertThat(daysOff.weekdaysOff()).isEqualTo(DAYS_OFF_2020);
    assertThat(daysOff.workingWeekendDays()).isEmpty();
    assertThat(floor.workingDays(2020)).isEqualTo(250); // 251 with the working Saturday of 11 Jan
    for (LocalDate d = LocalDate.of(2019, 12, 20); d.isBefore(LocalDate.of(2020, 12, 31)); d = d.plusDays(1)) {
      assertThat(floor.isWorkingDay(d)).as("floor %s", d).isEqualTo(REFERENCE.isWorkingDay(d));
      assertThat(objectLab.isWorkingDay(d)).as("ObjectLab %s", d).isEqualTo(REFERENCE.isWorkingDay(d));
      for (int n : new int[] {1, 2, 20, 60}) {
        LocalDate expected = REFERENCE.plusWorkingDays(d, n);
        assertThat(floor.plusWorkingDays(d, n)).as("floor %s + %d", d, n).isEqualTo(expected);
        assertThat(objectLab.plusWorkingDays(d, n)).as("ObjectLab %s + %d", d, n).isEqualTo(expected);
        assertThat(floor.plusWorkingDays(d, -n)).as("floor %s - %d", d, n)
            .isEqualTo(REFERENCE.plusWorkingDays(d, -n));
      }
    }
  }

  @Test
  void benchmarkedCalendarsAgreeWithAcplanOverTheMeasuredRange() {
    UkrainianCalendar ours = UkrainianCalendar.standard();
    FloorCalendar floor = FloorCalendar.copyOf(ours, Calendars.FIRST, Calendars.LAST);
    DaysOff daysOff = DaysOff.of(ours, Calendars.FIRST, Calendars.LAST);
    ObjectLabCalendar objectLab = ObjectLabCalendar.withHolidays(daysOff.weekdaysOff());
    for (LocalDate d = Calendars.FIRST; !d.isAfter(Calendars.LAST_START); d = d.plusDays(3)) {
      assertThat(floor.isWorkingDay(d)).as("floor %s", d).isEqualTo(ours.isWorkingDay(d));
      assertThat(floor.plusWorkingDays(d, 20)).as("floor %s + 20", d).isEqualTo(ours.plusWorkingDays(d, 20));
      // ObjectLab cannot hold a working Saturday (a Cabinet transfer): it is the only difference.
      assertThat(objectLab.isWorkingDay(d)).as("ObjectLab %s", d)
          .isEqualTo(ours.isWorkingDay(d) && !daysOff.workingWeekendDays().contains(d));
    }
  }

  @Test
  void thursdayPlusTwoWorkingDaysSkipsEasterMonday2020() {
    // DOMAIN section 4: within 2 working days of receipt on Thu 16.04.2020 ends Tue 21.04.2020.
    FloorCalendar floor = FloorCalendar.copyOf(REFERENCE, FIRST, LAST);
    assertThat(floor.plusWorkingDays(LocalDate.of(2020, 4, 16), 2)).isEqualTo(LocalDate.of(2020, 4, 21));
    assertThat(ObjectLabCalendar.withHolidays(DAYS_OFF_2020).plusWorkingDays(LocalDate.of(2020, 4, 16), 2))
        .isEqualTo(LocalDate.of(2020, 4, 21));
  }
}
