package io.github.acplan.test.assertions;

import io.github.acplan.core.MeasureNumber;
import io.github.acplan.core.schedule.DueItem;
import io.github.acplan.core.schedule.PlanSchedule;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on a {@link PlanSchedule}: what falls due on a date.
 *
 * <p>A failure lists what the schedule has due in the week around the date, which is usually where the
 * expected item went (a due date moved past a weekend or a holiday). Obtain one with
 * {@link AcplanAssertions#assertThat(PlanSchedule)}.
 */
public final class PlanScheduleAssert extends AbstractAssert<PlanScheduleAssert, PlanSchedule> {

  PlanScheduleAssert(PlanSchedule actual) {
    super(actual, PlanScheduleAssert.class);
  }

  /**
   * Verifies that at least one measure falls due on {@code date}.
   *
   * @param date the due date
   * @return this assertion, for chaining
   * @throws AssertionError if the schedule is null or nothing falls due that day
   */
  public PlanScheduleAssert dueOn(LocalDate date) {
    Objects.requireNonNull(date, "date");
    isNotNull();
    if (actual.dueBetween(date, date).isEmpty()) {
      failWithMessage("Expected something due on %s, but nothing is; %s", date, around(date));
    }
    return this;
  }

  /**
   * Verifies that the measure numbered {@code measure} falls due on {@code date}.
   *
   * @param date the due date
   * @param measure the measure number, such as {@code "3.5"}
   * @return this assertion, for chaining
   * @throws IllegalArgumentException if {@code measure} is not a measure number
   * @throws AssertionError if the schedule is null or that measure does not fall due that day
   */
  public PlanScheduleAssert dueOn(LocalDate date, String measure) {
    Objects.requireNonNull(date, "date");
    MeasureNumber number = MeasureNumber.parse(measure);
    isNotNull();
    List<DueItem> due = actual.dueBetween(date, date);
    if (due.stream().noneMatch(i -> i.measure().number().equals(number))) {
      List<LocalDate> dates = actual.items().stream().filter(i -> i.measure().number().equals(number))
          .map(DueItem::due).collect(Collectors.toList());
      failWithMessage("Expected measure %s due on %s, but it is due on %s", number, date,
          dates.isEmpty() ? "no date at all" : dates.toString());
    }
    return this;
  }

  /**
   * Verifies that nothing falls due on {@code date}.
   *
   * @param date the date
   * @return this assertion, for chaining
   * @throws AssertionError if the schedule is null or something falls due that day
   */
  public PlanScheduleAssert nothingDueOn(LocalDate date) {
    Objects.requireNonNull(date, "date");
    isNotNull();
    List<DueItem> due = actual.dueBetween(date, date);
    if (!due.isEmpty()) {
      failWithMessage("Expected nothing due on %s, but found %s", date, describe(due));
    }
    return this;
  }

  private String around(LocalDate date) {
    List<DueItem> near = actual.dueBetween(date.minusDays(3), date.plusDays(3));
    return near.isEmpty() ? "nor anything from " + date.minusDays(3) + " to " + date.plusDays(3)
        : "from " + date.minusDays(3) + " to " + date.plusDays(3) + " the schedule has " + describe(near);
  }

  private static String describe(List<DueItem> items) {
    return items.stream().map(i -> i.measure().number() + " due " + i.due()).collect(Collectors.joining(", "));
  }
}
