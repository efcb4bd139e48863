package io.github.acplan.core.deadline;

import java.time.LocalDate;
import java.time.Month;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * A decade (a third) of a month: days 1–10, 11–20 or 21 to the end; "1 декада січня 2021 року".
 *
 * @param text the original text
 * @param decade 1, 2 or 3
 * @param month the month
 * @param year the year, or empty (each year of the plan) for each year of the plan
 */
public record Decade(String text, int decade, Month month, OptionalInt year) implements Deadline {

  /**
   * Creates the deadline.
   *
   * @param text the original text
   * @param decade 1, 2 or 3
   * @param month the month
   * @param year the year, or empty (each year of the plan)
   * @throws IllegalArgumentException if the decade is not 1, 2 or 3
   */
  public Decade {
    Checks.text(text, "Decade");
    Objects.requireNonNull(month, "Decade.month");
    Checks.year(year, "Decade", "year");
    if (decade < 1 || decade > 3) {
      throw new IllegalArgumentException("Decade: a month has decades 1, 2 and 3, got " + decade);
    }
  }

  /**
   * Returns the first day of the decade.
   *
   * @param planYear the year to use when none is written
   * @return day 1, 11 or 21 of the month
   */
  public LocalDate firstDayIn(int planYear) {
    return LocalDate.of(year.orElse(planYear), month, 10 * (decade - 1) + 1);
  }

  /**
   * Returns the last day of the decade (included).
   *
   * @param planYear the year to use when none is written
   * @return day 10, 20 or the month's last day
   */
  public LocalDate lastDayIn(int planYear) {
    LocalDate first = firstDayIn(planYear);
    return decade == 3 ? first.withDayOfMonth(first.lengthOfMonth()) : first.plusDays(9);
  }

  @Override
  public DeadlineKind kind() {
    return DeadlineKind.DECADE;
  }

  @Override
  public <R> R accept(DeadlineVisitor<R> visitor) {
    return visitor.visitDecade(this);
  }

  @Override
  public Decade withText(String newText) {
    return new Decade(newText, decade, month, year);
  }
}
