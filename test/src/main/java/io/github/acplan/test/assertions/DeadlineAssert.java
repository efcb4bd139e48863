package io.github.acplan.test.assertions;

import io.github.acplan.core.deadline.Deadline;
import io.github.acplan.core.deadline.DeadlineSchedule;
import io.github.acplan.core.deadline.Occurrence;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on one deadline under a {@link DeadlineSchedule}: its due dates in the schedule's period.
 *
 * <p>The schedule's occurrences of the deadline are computed once, when the assertion is made. A failure
 * quotes the deadline's text and the due dates the schedule gives. Obtain one with
 * {@link AcplanAssertions#assertThat(DeadlineSchedule, Deadline)}.
 */
public final class DeadlineAssert extends AbstractAssert<DeadlineAssert, Deadline> {

  private final List<Occurrence> occurrences;

  DeadlineAssert(DeadlineSchedule schedule, Deadline actual) {
    super(actual, DeadlineAssert.class);
    Objects.requireNonNull(schedule, "schedule");
    this.occurrences = actual == null ? List.of() : schedule.occurrences(actual);
  }

  /**
   * Verifies that one of the deadline's occurrences is due on {@code date}.
   *
   * @param date the due date
   * @return this assertion, for chaining
   * @throws AssertionError if the deadline is null or no occurrence is due that day
   */
  public DeadlineAssert dueOn(LocalDate date) {
    Objects.requireNonNull(date, "date");
    isNotNull();
    if (occurrences.stream().noneMatch(o -> o.due().equals(date))) {
      failWithMessage("Expected \"%s\" (%s) due on %s, but it is due on %s", actual.text(), actual.kind(), date,
          dues());
    }
    return this;
  }

  /**
   * Verifies the deadline's due dates, all of them, in order.
   *
   * @param dates the expected due dates
   * @return this assertion, for chaining
   * @throws AssertionError if the deadline is null or its due dates differ
   */
  public DeadlineAssert dueExactlyOn(LocalDate... dates) {
    List<LocalDate> expected = Arrays.asList(dates.clone());
    isNotNull();
    if (!dueDates().equals(expected)) {
      failWithMessage("Expected \"%s\" (%s) due exactly on %s, but it is due on %s", actual.text(), actual.kind(),
          expected, dues());
    }
    return this;
  }

  /**
   * Verifies that the deadline never falls due in the schedule's period (a duty such as "Постійно", an
   * event, or a text that was not understood).
   *
   * @return this assertion, for chaining
   * @throws AssertionError if the deadline is null or falls due
   */
  public DeadlineAssert isNeverDue() {
    isNotNull();
    if (!occurrences.isEmpty()) {
      failWithMessage("Expected \"%s\" (%s) never due, but it is due on %s", actual.text(), actual.kind(), dues());
    }
    return this;
  }

  private List<LocalDate> dueDates() {
    return occurrences.stream().map(Occurrence::due).collect(Collectors.toList());
  }

  private String dues() {
    return occurrences.isEmpty() ? "no date at all" : dueDates().toString();
  }
}
