package io.github.acplan.core.schedule;

import io.github.acplan.core.Measure;
import io.github.acplan.core.deadline.Deadline;
import io.github.acplan.core.schedule.Occurrence;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One occurrence of a measure's deadline: what is due, when, and from which measure.
 *
 * @param measure the measure
 * @param occurrence the occurrence of its deadline
 * @param deadline the deadline of the measure that gives the occurrence: {@link Measure#deadline()}, or
 *     the one written for a year in {@link Measure#yearlyDeadlines()}
 */
public record DueItem(Measure measure, Occurrence occurrence, Deadline deadline) {

  /**
   * Creates the item.
   *
   * @param measure the measure
   * @param occurrence the occurrence of its deadline
   * @param deadline the deadline of the measure that gives the occurrence
   */
  public DueItem {
    Objects.requireNonNull(measure, "measure");
    Objects.requireNonNull(occurrence, "occurrence");
    Objects.requireNonNull(deadline, "deadline");
  }

  /**
   * Creates the item of an occurrence of the measure's own {@link Measure#deadline()}.
   *
   * @param measure the measure
   * @param occurrence the occurrence of its deadline
   */
  public DueItem(Measure measure, Occurrence occurrence) {
    this(measure, occurrence, measure.deadline());
  }

  /**
   * Returns the day the work is due (or reported on, for a duty without a due date of its own).
   *
   * @return the due date, a working day under the schedule's day-off policy
   */
  public LocalDate due() {
    return occurrence.due();
  }

  /**
   * Returns the text of the deadline, or of the part of it, that gives this occurrence.
   *
   * @return e.g. "Щопівроку"
   */
  public String what() {
    String part = occurrence.source().text();
    return part.isBlank() ? deadline.text() : part;
  }
}
