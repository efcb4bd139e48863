package io.github.acplan.test.assertions;

import io.github.acplan.core.deadline.Deadline;
import io.github.acplan.core.schedule.DeadlineSchedule;
import io.github.acplan.core.schedule.Occurrence;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on one deadline under a {@link DeadlineSchedule}: its due dates in the schedule's period.
 *
 * <p>The schedule's occurrences of the deadline are computed once, when the assertion is made; the due
 * dates checked are those of every occurrence, including the reporting points of a duty or an event
 * ("report only"). A failure quotes the deadline's text and the due dates the schedule gives. Obtain one with
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
   * Verifies that the deadline has no due date of its own: every occurrence is only a reporting point
   * (a duty such as "Постійно", an event such as "При призначенні на посаду").
   *
   * @return this assertion, for chaining
   * @throws AssertionError if the deadline is null or an occurrence is a due date
   */
  public DeadlineAssert isOnlyReportedOn() {
    isNotNull();
    if (occurrences.stream().anyMatch(o -> !o.reportOnly())) {
      failWithMessage("Expected \"%s\" (%s) only reported on, but it is due on %s", actual.text(), actual.kind(),
          dues());
    }
    return this;
  }

  private List<LocalDate> dueDates() {
    return occurrences.stream().map(Occurrence::due).collect(Collectors.toList());
  }

  private String dues() {
    return occurrences.isEmpty() ? "no date at all" : occurrences.stream()
        .map(o -> o.due() + (o.reportOnly() ? " (report only)" : ""))
        .collect(Collectors.joining(", ", "[", "]"));
  }
}
