package io.github.acplan.calendar;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.DayOfWeek;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Properties of the fast calendar, checked against the day-by-day meaning of {@link WorkingCalendar}. */
class UkrainianCalendarPropertiesTest {

  private static final UkrainianCalendar CALENDAR = UkrainianCalendar.standard();

  /** Only {@link WorkingCalendar#isWorkingDay} delegates: every other method is the naive default. */
  private static final WorkingCalendar NAIVE = CALENDAR::isWorkingDay;

  /** Dates far enough from the ends of the range that a few hundred working days stay inside it. */
  private static Gen<LocalDate> dates() {
    return integers().between((int) LocalDate.of(1993, 1, 1).toEpochDay(),
        (int) LocalDate.of(2098, 12, 31).toEpochDay()).map(i -> LocalDate.ofEpochDay(i));
  }

  private static Gen<LocalDate> anyDate() {
    return integers().between((int) UkrainianCalendar.MIN_DATE.toEpochDay(),
        (int) UkrainianCalendar.MAX_DATE.toEpochDay()).map(i -> LocalDate.ofEpochDay(i));
  }

  private static Gen<Integer> counts() {
    return integers().between(-400, 400);
  }

  @Test
  void plusWorkingDaysLandsOnAWorkingDay() {
    qt().forAll(dates(), counts())
        .assuming((d, n) -> n != 0)
        .check((d, n) -> CALENDAR.isWorkingDay(CALENDAR.plusWorkingDays(d, n)));
  }

  @Test
  void countingBackTheWorkingDaysGivesN() {
    // For a working day d: [d, d+n) holds exactly n working days (n >= 0), and for n < 0 the count of
    // [d+n, d) negated is n. For a day off d (not counted itself) the count of (d, d+n] is n for n > 0:
    // so in general workingDaysBetween(d, d+n) is n - 1 when d is a day off and n > 0, n otherwise.
    qt().forAll(dates(), counts()).check((d, n) -> {
      LocalDate r = CALENDAR.plusWorkingDays(d, n);
      int expected = CALENDAR.isDayOff(d) && n > 0 ? n - 1 : n;
      return CALENDAR.workingDaysBetween(d, r) == expected
          && (n <= 0 || CALENDAR.workingDaysBetween(d.plusDays(1), r.plusDays(1)) == n);
    });
  }

  @Test
  void plusThenMinusReturnsToAWorkingDay() {
    qt().forAll(dates(), counts())
        .assuming((d, n) -> CALENDAR.isWorkingDay(d))
        .check((d, n) -> CALENDAR.plusWorkingDays(CALENDAR.plusWorkingDays(d, n), -n).equals(d));
  }

  @Test
  void plusWorkingDaysIsStrictlyIncreasingInN() {
    qt().forAll(dates(), counts(), integers().between(1, 50))
        .check((d, n, k) -> CALENDAR.plusWorkingDays(d, n).isBefore(CALENDAR.plusWorkingDays(d, n + k)));
  }

  @Test
  void fastPlusEqualsTheNaiveDefault() {
    qt().forAll(dates(), counts()).check((d, n) ->
        CALENDAR.plusWorkingDays(d, n).equals(NAIVE.plusWorkingDays(d, n))
            && CALENDAR.nextWorkingDay(d).equals(NAIVE.nextWorkingDay(d))
            && CALENDAR.previousWorkingDay(d).equals(NAIVE.previousWorkingDay(d)));
  }

  @Test
  void fastBetweenEqualsTheNaiveDefault() {
    qt().forAll(anyDate(), integers().between(-1200, 1200))
        .assuming((d, days) -> !d.plusDays(days).isBefore(UkrainianCalendar.MIN_DATE)
            && !d.plusDays(days).isAfter(UkrainianCalendar.MAX_DATE.plusDays(1)))
        .check((d, days) -> CALENDAR.workingDaysBetween(d, d.plusDays(days))
            == NAIVE.workingDaysBetween(d, d.plusDays(days)));
  }

  @Test
  void fastYearCountEqualsTheNaiveDefault() {
    qt().forAll(integers().between(1991, 2100))
        .check(year -> CALENDAR.workingDays(year) == NAIVE.workingDays(year));
  }

  @Test
  void endingMartialLawChangesNothingUpToItsLastDay() {
    qt().withExamples(20)
        .forAll(integers().between((int) UkrainianCalendar.MARTIAL_LAW_START.toEpochDay(),
            (int) UkrainianCalendar.MAX_DATE.toEpochDay()), integers().between(0, 2000))
        .check((end, back) -> {
          LocalDate lastDay = LocalDate.ofEpochDay(end);
          UkrainianCalendar ended = UkrainianCalendar.builder().martialLawEnd(lastDay).build();
          LocalDate day = lastDay.minusDays(back);
          boolean beforeUnchanged = ended.isDayOff(day) == CALENDAR.isDayOff(day);
          // After the end, art. 73 applies again: every holiday is a day off.
          boolean holidaysOffAfter = true;
          for (LocalDate d = lastDay.plusDays(1);
              !d.isAfter(UkrainianCalendar.MAX_DATE) && d.isBefore(lastDay.plusDays(400));
              d = d.plusDays(1)) {
            holidaysOffAfter &= !ended.isHoliday(d) || ended.isDayOff(d);
          }
          return beforeUnchanged && holidaysOffAfter;
        });
  }

  @Test
  void underMartialLawOnlyWeekendsAreDaysOff() {
    qt().forAll(integers().between((int) UkrainianCalendar.MARTIAL_LAW_START.toEpochDay(),
            (int) UkrainianCalendar.MAX_DATE.toEpochDay()).map(i -> LocalDate.ofEpochDay(i)))
        .check(d -> CALENDAR.isDayOff(d) == WorkWeek.FIVE_DAYS.isWeekend(d.getDayOfWeek()));
  }

  @Test
  void sixDayWeekWorksEverySaturdayThatIsNotAHoliday() {
    UkrainianCalendar sixDays = UkrainianCalendar.builder().sixDayWeek().build();
    UkrainianCalendar sixDaysPeace = UkrainianCalendar.builder().sixDayWeek()
        .martialLawEnd(LocalDate.of(2022, 3, 23)).build();
    qt().forAll(anyDate()).check(d -> {
      boolean ok = true;
      for (UkrainianCalendar c : new UkrainianCalendar[] {sixDays, sixDaysPeace}) {
        if (d.getDayOfWeek() == DayOfWeek.SATURDAY && !c.isHoliday(d)) {
          ok &= c.isWorkingDay(d);
        }
        if (d.getDayOfWeek() == DayOfWeek.SUNDAY) {
          ok &= c.isDayOff(d);
        }
      }
      return ok;
    });
  }

  @Test
  void sixDayWeekHasMoreWorkingDaysEveryYear() {
    UkrainianCalendar sixDays = UkrainianCalendar.builder().sixDayWeek().build();
    qt().forAll(integers().between(1991, 2100))
        .check(year -> sixDays.workingDays(year) > CALENDAR.workingDays(year));
  }

  @Test
  void holidaysOnAgreesWithTheYearList() {
    qt().forAll(anyDate()).check(d -> CALENDAR.holidaysOn(d).equals(
        CALENDAR.holidays(d.getYear()).stream().filter(h -> h.date().equals(d)).toList()));
  }
}
