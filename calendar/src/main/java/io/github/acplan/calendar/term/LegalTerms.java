package io.github.acplan.calendar.term;

import io.github.acplan.calendar.WorkingCalendar;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.Objects;

/**
 * Computes the last day of a legal term under the Civil Code of Ukraine, arts. 253–255.
 *
 * <ul>
 *   <li>Art. 253: a term starts the day after the event (or date) it is counted from; so "within N days
 *       of the event" ends N days after the event.</li>
 *   <li>Art. 254 parts 1–4: a term of years ends on the same month and day of the last year; a term of
 *       months on the same day of the last month, or that month's last day when it has no such day;
 *       half-years and quarters follow the rule for months (quarters of the year are counted from
 *       1 January); half a month is 15 days; weeks end on the same day of the week.</li>
 *   <li>Art. 254 part 5: if the last day is a day off, the term ends on the next working day. This is
 *       the default {@link DueDateShift#NEXT_WORKING_DAY}; {@link #withShift} chooses another policy for
 *       internal deadlines.</li>
 *   <li>A term of working days ends on the N-th working day after the event (Law No. 1700-VII art. 28:
 *       "протягом двох робочих днів"); it is a working day by construction, so no shift applies.</li>
 * </ul>
 *
 * <p>Example: "within 2 working days" of Thu 16.04.2020 ends Tue 21.04.2020 (Mon 20.04.2020 was the day
 * off for Easter): {@code LegalTerms.of(UkrainianCalendar.standard()).workingDaysAfter(
 * LocalDate.of(2020, 4, 16), 2)}.
 *
 * <p>Every method throws {@link IllegalArgumentException} when a date it needs is outside the calendar's
 * supported range. This class is immutable and thread-safe.
 */
public final class LegalTerms {

  private final WorkingCalendar calendar;
  private final DueDateShift shift;

  private LegalTerms(WorkingCalendar calendar, DueDateShift shift) {
    this.calendar = calendar;
    this.shift = shift;
  }

  /**
   * Returns the terms of a calendar with the Civil Code's shift to the next working day.
   *
   * @param calendar the calendar that tells days off
   * @return the terms
   */
  public static LegalTerms of(WorkingCalendar calendar) {
    return new LegalTerms(Objects.requireNonNull(calendar, "calendar"), DueDateShift.NEXT_WORKING_DAY);
  }

  /**
   * Returns a copy with another policy for a last day that falls on a day off.
   *
   * @param shift the policy
   * @return terms with that policy
   */
  public LegalTerms withShift(DueDateShift shift) {
    return new LegalTerms(calendar, Objects.requireNonNull(shift, "shift"));
  }

  /**
   * Returns the calendar.
   *
   * @return the calendar that tells days off
   */
  public WorkingCalendar calendar() {
    return calendar;
  }

  /**
   * Returns the policy for a last day that falls on a day off.
   *
   * @return the shift policy
   */
  public DueDateShift shift() {
    return shift;
  }

  /**
   * Applies the shift policy to a last day computed elsewhere (e.g. the end of a quarter).
   *
   * @param lastDay the last day by the calendar
   * @return the due date
   */
  public LocalDate shift(LocalDate lastDay) {
    return shift.apply(lastDay, calendar);
  }

  /**
   * Returns the end of a term of working days after an event: the {@code workingDays}-th working day
   * strictly after it. "Не пізніше наступного робочого дня" is one working day.
   *
   * @param event the day of the event (not counted, art. 253)
   * @param workingDays the length of the term, at least 1
   * @return the last day of the term, always a working day
   * @throws IllegalArgumentException if {@code workingDays < 1}
   */
  public LocalDate workingDaysAfter(LocalDate event, int workingDays) {
    Objects.requireNonNull(event, "event");
    requirePositive(workingDays, "working days");
    return calendar.plusWorkingDays(event, workingDays);
  }

  /**
   * Returns the end of a term of calendar days after an event ("у десятиденний строк" is 10 days).
   *
   * @param event the day of the event (not counted, art. 253)
   * @param days the length of the term, at least 1
   * @return {@code event + days}, shifted by the policy if that is a day off
   * @throws IllegalArgumentException if {@code days < 1}
   */
  public LocalDate daysAfter(LocalDate event, int days) {
    Objects.requireNonNull(event, "event");
    requirePositive(days, "days");
    return shift(event.plusDays(days));
  }

  /**
   * Returns the end of a term of half a month: 15 days (art. 254 part 3).
   *
   * @param event the day of the event
   * @return {@code event + 15 days}, shifted by the policy if that is a day off
   */
  public LocalDate halfMonthAfter(LocalDate event) {
    return daysAfter(event, 15);
  }

  /**
   * Returns the end of a term of weeks: the same day of the week in the last week (art. 254 part 4).
   *
   * @param event the day of the event
   * @param weeks the length of the term, at least 1
   * @return {@code event + 7 * weeks days}, shifted by the policy if that is a day off
   * @throws IllegalArgumentException if {@code weeks < 1}
   */
  public LocalDate weeksAfter(LocalDate event, int weeks) {
    Objects.requireNonNull(event, "event");
    requirePositive(weeks, "weeks");
    return shift(event.plusWeeks(weeks));
  }

  /**
   * Returns the end of a term of months: the same day number of the last month, or its last day if it
   * has no such day (art. 254 part 3): one month after 31 January 2021 is 28 February 2021.
   *
   * @param event the day of the event
   * @param months the length of the term, at least 1
   * @return the last day, shifted by the policy if it is a day off
   * @throws IllegalArgumentException if {@code months < 1}
   */
  public LocalDate monthsAfter(LocalDate event, int months) {
    Objects.requireNonNull(event, "event");
    requirePositive(months, "months");
    return shift(event.plusMonths(months));
  }

  /**
   * Returns the end of a term of quarters: three months each, by the rule for months (art. 254 part 2).
   *
   * @param event the day of the event
   * @param quarters the length of the term, at least 1
   * @return the last day, shifted by the policy if it is a day off
   * @throws IllegalArgumentException if {@code quarters < 1}
   */
  public LocalDate quartersAfter(LocalDate event, int quarters) {
    Objects.requireNonNull(event, "event");
    requirePositive(quarters, "quarters");
    return monthsAfter(event, Math.multiplyExact(quarters, 3));
  }

  /**
   * Returns the end of a term of half-years: six months each, by the rule for months (art. 254 part 2).
   *
   * @param event the day of the event
   * @param halfYears the length of the term, at least 1
   * @return the last day, shifted by the policy if it is a day off
   * @throws IllegalArgumentException if {@code halfYears < 1}
   */
  public LocalDate halfYearsAfter(LocalDate event, int halfYears) {
    Objects.requireNonNull(event, "event");
    requirePositive(halfYears, "half-years");
    return monthsAfter(event, Math.multiplyExact(halfYears, 6));
  }

  /**
   * Returns the end of a term of years: the same month and day of the last year (art. 254 part 1); from
   * 29 February, 28 February of a common year.
   *
   * @param event the day of the event
   * @param years the length of the term, at least 1
   * @return the last day, shifted by the policy if it is a day off
   * @throws IllegalArgumentException if {@code years < 1}
   */
  public LocalDate yearsAfter(LocalDate event, int years) {
    Objects.requireNonNull(event, "event");
    requirePositive(years, "years");
    return shift(event.plusYears(years));
  }

  /**
   * Returns the due date of a term "до {@code date}" ("until date").
   *
   * @param date the date named in the text
   * @param reading whether the named date is included
   * @return the last day under the reading, shifted by the policy if it is a day off
   */
  public LocalDate until(LocalDate date, UntilReading reading) {
    Objects.requireNonNull(reading, "reading");
    return shift(reading.lastDay(date));
  }

  /**
   * Returns the last day of the calendar quarter that contains {@code date}; quarters are counted from
   * 1 January (art. 254 part 2): 31 March, 30 June, 30 September, 31 December. Apply {@link #shift} to
   * get a due date.
   *
   * @param date a date
   * @return the last day of its quarter
   */
  public static LocalDate endOfQuarter(LocalDate date) {
    Objects.requireNonNull(date, "date");
    int quarter = date.get(IsoFields.QUARTER_OF_YEAR);
    LocalDate lastMonth = LocalDate.of(date.getYear(), quarter * 3, 1);
    return lastMonth.withDayOfMonth(lastMonth.lengthOfMonth());
  }

  /**
   * Returns the last day of the half-year that contains {@code date}: 30 June or 31 December. Apply
   * {@link #shift} to get a due date.
   *
   * @param date a date
   * @return the last day of its half-year
   */
  public static LocalDate endOfHalfYear(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return date.getMonthValue() <= 6
        ? LocalDate.of(date.getYear(), 6, 30)
        : LocalDate.of(date.getYear(), 12, 31);
  }

  private static void requirePositive(int count, String unit) {
    if (count < 1) {
      throw new IllegalArgumentException("A term lasts at least one of its units, got " + count + " "
          + unit);
    }
  }

  /**
   * Describes the terms, e.g. "LegalTerms[NEXT_WORKING_DAY, UkrainianCalendar[…]]".
   *
   * @return a description
   */
  @Override
  public String toString() {
    return "LegalTerms[" + shift + ", " + calendar + "]";
  }
}
