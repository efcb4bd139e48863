package io.github.acplan.core.deadline;

import java.util.List;
import java.util.Objects;

/**
 * Any time during a period: "Протягом року", "Протягом 2020 р.", "у 2023 та 2025 роках",
 * "у другому півріччі", "протягом I кварталу 2021 року".
 *
 * @param text the original text
 * @param unit the kind of period: a year, a half-year, a quarter or a month
 * @param index which one in the year, from 1 (always 1 for a year; the month number for a month)
 * @param years the years written, ascending without repeats; empty for each year of the plan
 */
public record DuringPeriod(String text, PeriodUnit unit, int index, List<Integer> years)
    implements Deadline {

  /**
   * Creates the deadline.
   *
   * @param text the original text
   * @param unit the kind of period
   * @param index which one in the year, from 1
   * @param years the years written, or empty
   * @throws IllegalArgumentException if the index is outside 1..{@code unit.perYear()}, or the years are
   *     not ascending or out of range
   */
  public DuringPeriod {
    Checks.text(text, "DuringPeriod");
    Objects.requireNonNull(unit, "DuringPeriod.unit");
    years = Checks.list(years, "DuringPeriod", "years");
    if (index < 1 || index > unit.perYear()) {
      throw new IllegalArgumentException("DuringPeriod: the index of a " + unit + " is 1.." + unit.perYear()
          + ", got " + index);
    }
    int previous = 0;
    for (int year : years) {
      if (year < 1 || year > 9999 || year <= previous) {
        throw new IllegalArgumentException("DuringPeriod: years are ascending, 1..9999, got " + years);
      }
      previous = year;
    }
  }

  @Override
  public DeadlineKind kind() {
    return DeadlineKind.DURING_PERIOD;
  }

  @Override
  public <R> R accept(DeadlineVisitor<R> visitor) {
    return visitor.visitDuringPeriod(this);
  }
}
