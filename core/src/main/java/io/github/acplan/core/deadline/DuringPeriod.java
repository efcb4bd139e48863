package io.github.acplan.core.deadline;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Any time during a period: "Протягом року", "Протягом 2020 р.", "у 2023 та 2025 роках",
 * "у другому півріччі", "протягом I кварталу 2021 року", "II-III квартали 2025 року", "протягом II–IV
 * кварталів".
 *
 * <p>Quarters count from 1 January (Civil Code of Ukraine art. 254 part 2): a range of quarters runs
 * from the first day of its first quarter to the last day of its last.
 *
 * @param text the original text
 * @param unit the kind of period: a year, a half-year, a quarter or a month
 * @param index which one in the year, from 1 (always 1 for a year; the month number for a month)
 * @param years the years written, ascending without repeats; empty for each year of the plan
 * @param lastIndex for a range of quarters ("II-IV квартали"), the last quarter, greater than
 *     {@code index}; empty for a single period
 */
public record DuringPeriod(String text, PeriodUnit unit, int index, List<Integer> years,
    Optional<Integer> lastIndex) implements Deadline {

  /**
   * Creates a deadline of a single period (no {@link #lastIndex()}).
   *
   * @param text the original text
   * @param unit the kind of period
   * @param index which one in the year, from 1
   * @param years the years written, or empty
   * @throws IllegalArgumentException as the canonical constructor does
   */
  public DuringPeriod(String text, PeriodUnit unit, int index, List<Integer> years) {
    this(text, unit, index, years, Optional.empty());
  }

  /**
   * Returns the last period of the window: {@link #lastIndex()} for a range, else {@link #index()}.
   *
   * @return which period in the year ends the window, from 1
   */
  public int endIndex() {
    return lastIndex.orElse(index);
  }

  /**
   * Creates the deadline.
   *
   * @param text the original text
   * @param unit the kind of period
   * @param index which one in the year, from 1
   * @param years the years written, or empty
   * @param lastIndex the last quarter of a range of quarters, or empty
   * @throws IllegalArgumentException if the index is outside 1..{@code unit.perYear()}, the years are
   *     not ascending or out of range, or a last index is given for periods other than quarters or is not
   *     greater than the index or is over 4
   */
  public DuringPeriod {
    Checks.text(text, "DuringPeriod");
    Objects.requireNonNull(unit, "DuringPeriod.unit");
    years = Checks.list(years, "DuringPeriod", "years");
    Objects.requireNonNull(lastIndex, "DuringPeriod.lastIndex");
    if (index < 1 || index > unit.perYear()) {
      throw new IllegalArgumentException("DuringPeriod: the index of a " + unit + " is 1.." + unit.perYear()
          + ", got " + index);
    }
    if (lastIndex.isPresent()) {
      int last = lastIndex.get();
      if (unit != PeriodUnit.QUARTER || last <= index || last > unit.perYear()) {
        throw new IllegalArgumentException("DuringPeriod: a range ends in a later quarter, " + (index + 1)
            + "..4, got " + unit + " " + index + ".." + last);
      }
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

  @Override
  public DuringPeriod withText(String newText) {
    return new DuringPeriod(newText, unit, index, years, lastIndex);
  }
}
