package io.github.acplan.core.deadline;

import java.time.LocalDate;
import java.time.Month;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * A range of dates, both ends included: "Січень-березень 2020 р.", "з 16 липня по 15 серпня",
 * "01.03.2023 - 30.06.2023". Without years, a range whose end comes before its start in the calendar runs
 * over the year's end ("з 25 грудня до 7 січня": from 25 December of each plan year to 7 January after it).
 *
 * @param text the original text
 * @param form how the range is written
 * @param startYear the first year, or empty (then also {@code endYear})
 * @param startMonth the first month
 * @param startDay the first day, or 0 for {@link RangeForm#MONTHS} (the month's first day)
 * @param endYear the last year, or empty (then also {@code startYear})
 * @param endMonth the last month
 * @param endDay the last day, or 0 for {@link RangeForm#MONTHS} (the month's last day)
 */
public record DateRange(String text, RangeForm form, OptionalInt startYear, Month startMonth,
    int startDay, OptionalInt endYear, Month endMonth, int endDay) implements Deadline {

  /**
   * Creates the deadline.
   *
   * @param text the original text
   * @param form how the range is written
   * @param startYear the first year, or empty
   * @param startMonth the first month
   * @param startDay the first day, 0 for whole months
   * @param endYear the last year, or empty
   * @param endMonth the last month
   * @param endDay the last day, 0 for whole months
   * @throws IllegalArgumentException if only one year is given, a numeric range has no years, days are
   *     given for whole months (or missing otherwise), a day does not exist, or the range ends before it
   *     starts (a range without years whose end comes before its start in the calendar runs over the
   *     year's end instead: "з 25 грудня до 7 січня")
   */
  public DateRange {
    Checks.text(text, "DateRange");
    Objects.requireNonNull(form, "DateRange.form");
    Objects.requireNonNull(startMonth, "DateRange.startMonth");
    Objects.requireNonNull(endMonth, "DateRange.endMonth");
    Checks.year(startYear, "DateRange", "startYear");
    Checks.year(endYear, "DateRange", "endYear");
    if (startYear.isPresent() != endYear.isPresent()) {
      throw new IllegalArgumentException("DateRange: give both years or neither, got " + startYear + " and "
          + endYear);
    }
    if (form == RangeForm.NUMERIC && startYear.isEmpty()) {
      throw new IllegalArgumentException("DateRange: a numeric range has years");
    }
    if (form == RangeForm.MONTHS) {
      if (startDay != 0 || endDay != 0) {
        throw new IllegalArgumentException("DateRange: a range of whole months has days 0, got " + startDay
            + " and " + endDay);
      }
    } else {
      Checks.day(startDay, startMonth, startYear, "DateRange", "startDay");
      Checks.day(endDay, endMonth, endYear, "DateRange", "endDay");
    }
    // Without years, compare within a leap year, where every written day exists.
    LocalDate start = LocalDate.of(startYear.orElse(2000), startMonth, Math.max(startDay, 1));
    LocalDate end = LocalDate.of(endYear.orElse(2000), endMonth, Math.max(endDay, 1));
    if (end.isBefore(start) && startYear.isPresent()) {
      throw new IllegalArgumentException("DateRange: the range ends before it starts: " + start + " > "
          + end);
    }
  }

  /**
   * Returns the first day, in {@code planYear} if no year is written.
   *
   * @param planYear the year to use when none is written
   * @return the first day of the range
   */
  public LocalDate startIn(int planYear) {
    int y = startYear.orElse(planYear);
    return LocalDate.of(y, startMonth, startDay == 0 ? 1 : Math.min(startDay, startMonth.length(
        java.time.Year.isLeap(y))));
  }

  /**
   * Returns the last day (included), in {@code planYear} if no year is written.
   *
   * @param planYear the year to use when none is written
   * @return the last day of the range
   */
  public LocalDate endIn(int planYear) {
    // Without years, an end before the start in the calendar is in the next year ("з 25 грудня до 7 січня").
    int y = endYear.orElse(overYearEnd() ? planYear + 1 : planYear);
    int length = endMonth.length(java.time.Year.isLeap(y));
    return LocalDate.of(y, endMonth, endDay == 0 ? length : Math.min(endDay, length));
  }

  /**
   * Tells whether the range, written without years, runs over the year's end: its end comes before its
   * start in the calendar ("з 25 грудня до 7 січня"), so it ends in the year after the one it starts in.
   *
   * @return true for a range over the year's end
   */
  public boolean overYearEnd() {
    return startYear.isEmpty() && (endMonth.compareTo(startMonth) < 0
        || endMonth == startMonth && endDay < startDay);
  }

  @Override
  public DeadlineKind kind() {
    return DeadlineKind.DATE_RANGE;
  }

  @Override
  public <R> R accept(DeadlineVisitor<R> visitor) {
    return visitor.visitDateRange(this);
  }

  @Override
  public DateRange withText(String newText) {
    return new DateRange(newText, form, startYear, startMonth, startDay, endYear, endMonth, endDay);
  }
}
