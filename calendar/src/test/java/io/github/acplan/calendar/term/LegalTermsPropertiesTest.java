package io.github.acplan.calendar.term;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.acplan.calendar.UkrainianCalendar;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class LegalTermsPropertiesTest {

  private static final UkrainianCalendar CALENDAR = UkrainianCalendar.standard();
  private static final LegalTerms NEXT = LegalTerms.of(CALENDAR);
  private static final LegalTerms PREVIOUS = NEXT.withShift(DueDateShift.PREVIOUS_WORKING_DAY);
  private static final LegalTerms NONE = NEXT.withShift(DueDateShift.NONE);

  private static Gen<LocalDate> events() {
    return integers().between((int) LocalDate.of(1991, 3, 1).toEpochDay(),
        (int) LocalDate.of(2095, 12, 31).toEpochDay()).map(i -> LocalDate.ofEpochDay(i));
  }

  @Test
  void shiftedDueDatesAreTheFirstOrLastWorkingDayAroundTheLastDay() {
    qt().forAll(events(), integers().between(1, 400)).check((event, days) -> {
      LocalDate last = NONE.daysAfter(event, days);
      LocalDate next = NEXT.daysAfter(event, days);
      LocalDate previous = PREVIOUS.daysAfter(event, days);
      return last.equals(event.plusDays(days))
          && CALENDAR.isWorkingDay(next) && CALENDAR.isWorkingDay(previous)
          && !next.isBefore(last) && !previous.isAfter(last)
          && CALENDAR.workingDaysBetween(last, next) == 0
          && CALENDAR.workingDaysBetween(previous.plusDays(1), last.plusDays(1)) == 0;
    });
  }

  @Test
  void aWorkingDayTermEndsAfterTheEventWithNWorkingDaysInBetween() {
    qt().forAll(events(), integers().between(1, 60)).check((event, n) -> {
      LocalDate due = NEXT.workingDaysAfter(event, n);
      return due.isAfter(event) && CALENDAR.isWorkingDay(due)
          && CALENDAR.workingDaysBetween(event.plusDays(1), due.plusDays(1)) == n;
    });
  }

  @Test
  void monthTermsNeverPassTheCorrespondingDay() {
    qt().forAll(events(), integers().between(1, 24)).check((event, months) -> {
      LocalDate last = NONE.monthsAfter(event, months);
      return last.getDayOfMonth() <= event.getDayOfMonth()
          && (last.getDayOfMonth() == event.getDayOfMonth()
              || last.getDayOfMonth() == last.lengthOfMonth())
          && NONE.quartersAfter(event, 1).equals(NONE.monthsAfter(event, 3));
    });
  }
}
