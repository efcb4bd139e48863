package io.github.acplan.core.deadline;

import java.time.LocalDate;
import java.time.Month;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * A deadline by or on a date: "до 15 грудня", "до 31 січня 2022 р.", "не пізніше 1 червня 2020 року".
 *
 * @param text the original text
 * @param bound how the date bounds the term: "до", "не пізніше" or "on"
 * @param day the day of the month
 * @param month the month
 * @param year the year written, or empty for each year of the plan
 */
public record ByDate(String text, DateBound bound, int day, Month month, OptionalInt year) implements Deadline {

  /**
   * Creates the deadline.
   *
   * @param text the original text
   * @param bound how the date bounds the term
   * @param day the day of the month
   * @param month the month
   * @param year the year written, or empty
   * @throws IllegalArgumentException if the day does not exist in that month (and year)
   */
  public ByDate {
    Checks.text(text, "ByDate");
    Objects.requireNonNull(bound, "ByDate.bound");
    Objects.requireNonNull(month, "ByDate.month");
    Checks.year(year, "ByDate", "year");
    Checks.day(day, month, year, "ByDate", "day");
  }

  /**
   * Returns the date in a given year: the written year if there is one, else {@code planYear}; 29
   * February falls back to 28 February in a common year.
   *
   * @param planYear the year to use when none is written
   * @return the date
   */
  public LocalDate dateIn(int planYear) {
    int y = year.orElse(planYear);
    return LocalDate.of(y, month, Math.min(day, month.length(java.time.Year.isLeap(y))));
  }

  @Override
  public DeadlineKind kind() {
    return DeadlineKind.BY_DATE;
  }

  @Override
  public <R> R accept(DeadlineVisitor<R> visitor) {
    return visitor.visitByDate(this);
  }

  @Override
  public ByDate withText(String newText) {
    return new ByDate(newText, bound, day, month, year);
  }
}
