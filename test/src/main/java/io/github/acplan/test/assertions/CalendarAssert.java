package io.github.acplan.test.assertions;

import io.github.acplan.calendar.Holiday;
import io.github.acplan.calendar.UkrainianCalendar;
import io.github.acplan.calendar.WorkingCalendar;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on a {@link WorkingCalendar}: which days are working days and which are days off.
 *
 * <p>A failure names the date with its day of the week and, for a {@link UkrainianCalendar}, what the
 * calendar knows about the day (the holidays on it, whether martial law is in force), so that a wrong
 * expectation about a transferred day or a holiday under martial law is easy to tell from a wrong
 * calendar. Obtain one with {@link AcplanAssertions#assertThat(WorkingCalendar)}.
 */
public final class CalendarAssert extends AbstractAssert<CalendarAssert, WorkingCalendar> {

  CalendarAssert(WorkingCalendar actual) {
    super(actual, CalendarAssert.class);
  }

  /**
   * Verifies that {@code date} is a working day.
   *
   * @param date the date
   * @return this assertion, for chaining
   * @throws AssertionError if the calendar is null or the date is a day off
   */
  public CalendarAssert isWorkingDay(LocalDate date) {
    Objects.requireNonNull(date, "date");
    isNotNull();
    if (!actual.isWorkingDay(date)) {
      failWithMessage("Expected %s to be a working day, but it is a day off%s", describe(date), reasons(date));
    }
    return this;
  }

  /**
   * Verifies that {@code date} is a day off (a weekend day, a holiday that is not worked, or a day
   * transferred off).
   *
   * @param date the date
   * @return this assertion, for chaining
   * @throws AssertionError if the calendar is null or the date is a working day
   */
  public CalendarAssert isDayOff(LocalDate date) {
    Objects.requireNonNull(date, "date");
    isNotNull();
    if (actual.isWorkingDay(date)) {
      failWithMessage("Expected %s to be a day off, but it is a working day%s", describe(date), reasons(date));
    }
    return this;
  }

  /**
   * Verifies the number of working days in {@code [startInclusive, endExclusive)}.
   *
   * @param startInclusive the first day counted
   * @param endExclusive the day after the last day counted
   * @param expected the expected number of working days
   * @return this assertion, for chaining
   * @throws AssertionError if the calendar is null or the count differs
   */
  public CalendarAssert hasWorkingDaysBetween(LocalDate startInclusive, LocalDate endExclusive, int expected) {
    Objects.requireNonNull(startInclusive, "startInclusive");
    Objects.requireNonNull(endExclusive, "endExclusive");
    isNotNull();
    int found = actual.workingDaysBetween(startInclusive, endExclusive);
    if (found != expected) {
      failWithMessage("Expected %d working days from %s inclusive to %s exclusive, but found %d",
          expected, startInclusive, endExclusive, found);
    }
    return this;
  }

  private static String describe(LocalDate date) {
    return date + " (" + date.getDayOfWeek().toString().toLowerCase(Locale.ROOT) + ")";
  }

  /** What a Ukrainian calendar knows about the day; other calendars say nothing more. */
  private String reasons(LocalDate date) {
    if (!(actual instanceof UkrainianCalendar calendar)) {
      return "";
    }
    if (date.isBefore(UkrainianCalendar.MIN_DATE) || date.isAfter(UkrainianCalendar.MAX_DATE)) {
      return "";
    }
    List<String> facts = new ArrayList<>();
    if (date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY) {
      facts.add("a weekend day");
    }
    List<Holiday> holidays = calendar.holidaysOn(date);
    if (!holidays.isEmpty()) {
      facts.add("the holiday " + holidays.stream().map(Holiday::englishName).collect(Collectors.joining(", ")));
    }
    if (calendar.isUnderMartialLaw(date)) {
      facts.add("under martial law");
    }
    return facts.isEmpty() ? "" : " (" + String.join("; ", facts) + ")";
  }
}
