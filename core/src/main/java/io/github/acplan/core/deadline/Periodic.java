package io.github.acplan.core.deadline;

import java.time.Month;
import java.util.List;

/**
 * A deadline that repeats every month, quarter, half-year or year: "Щопівроку", "щокварталу",
 * "не рідше 1 разу на квартал", "Щопівроку (червень, грудень 2020 року)", "щороку до 1 квітня".
 *
 * @param text the original text
 * @param every the period it repeats in
 * @param times how many times per period, at least 1 ("2 рази на рік")
 * @param minimum true for a minimum frequency ("не рідше 1 разу на квартал"), false for an exact one
 * @param months the months named for the occurrences ("червень, грудень"), in order, or empty
 * @param year the year written with the months, or {@link Deadline#UNSPECIFIED_YEAR}
 * @param dates fixed dates in each period ("щороку до 1 квітня"), only for {@link PeriodUnit#YEAR};
 *     their year is {@link Deadline#UNSPECIFIED_YEAR}
 */
public record Periodic(String text, PeriodUnit every, int times, boolean minimum, List<Month> months,
    int year, List<ByDate> dates) implements Deadline {

  /**
   * Creates the deadline.
   *
   * @param text the original text
   * @param every the period it repeats in
   * @param times how many times per period, at least 1
   * @param minimum true for a minimum frequency
   * @param months the months named, or empty
   * @param year the year written with the months, or {@link Deadline#UNSPECIFIED_YEAR}
   * @param dates fixed dates in each year, or empty
   * @throws IllegalArgumentException if {@code times < 1}, months repeat, a year is given without
   *     months, or dates are given for a period other than a year or carry a year
   */
  public Periodic {
    Checks.text(text, "Periodic");
    java.util.Objects.requireNonNull(every, "Periodic.every");
    Checks.positive(times, "Periodic", "times");
    months = Checks.list(months, "Periodic", "months");
    Checks.year(year, "Periodic", "year");
    dates = Checks.list(dates, "Periodic", "dates");
    if (months.stream().distinct().count() != months.size()) {
      throw new IllegalArgumentException("Periodic: months must not repeat, got " + months);
    }
    if (year != Deadline.UNSPECIFIED_YEAR && months.isEmpty()) {
      throw new IllegalArgumentException("Periodic: a year (" + year + ") is written only with months");
    }
    if (!dates.isEmpty() && every != PeriodUnit.YEAR) {
      throw new IllegalArgumentException("Periodic: fixed dates need a yearly period, got " + every);
    }
    for (ByDate date : dates) {
      if (date.year() != Deadline.UNSPECIFIED_YEAR) {
        throw new IllegalArgumentException("Periodic: a yearly date has no year, got " + date);
      }
    }
  }

  @Override
  public DeadlineKind kind() {
    return DeadlineKind.PERIODIC;
  }

  @Override
  public <R> R accept(DeadlineVisitor<R> visitor) {
    return visitor.visitPeriodic(this);
  }
}
