package io.github.acplan.core.monitoring;

import io.github.acplan.core.Worded;
import io.github.acplan.core.Wording;
import java.util.Optional;

/**
 * The verdict on a measure in a monitoring report, in the words of the monitoring of the State
 * Anti-Corruption Programme: done on time, done late, done in part, not done, in progress, not reported.
 *
 * <p>{@link ExecutionMonitor} gives it from the reported status, the actual date and the measure's
 * {@link Standing}; see {@link MeasureAssessment#verdict()} for the rules. The
 * {@linkplain #id() identifiers} ("done-late") are used in JSON and on the command line; the
 * {@linkplain #ukrainian() Ukrainian words} ("виконано з порушенням строку") are in lower case.
 */
public enum Verdict implements Worded {
  /** "виконано вчасно": done in full, not after the due date (or with no due date to miss). */
  DONE_ON_TIME("done-on-time", "виконано вчасно", "done on time"),
  /** "виконано з порушенням строку": done in full, after the due date. */
  DONE_LATE("done-late", "виконано з порушенням строку", "done late"),
  /** "виконано частково": done in part. */
  PARTLY_DONE("partly-done", "виконано частково", "partly done"),
  /** "не виконано": reported as not done, or not done in full when its term has run out. */
  NOT_DONE("not-done", "не виконано", "not done"),
  /** "виконується": under way or not started while its term still runs (or it has no term). */
  IN_PROGRESS("in-progress", "виконується", "in progress"),
  /** "не звітовано": the measure had to be reported on in the period and the report says nothing of it. */
  NOT_REPORTED("not-reported", "не звітовано", "not reported");

  private final Wording wording;

  Verdict(String id, String ukrainian, String english) {
    this.wording = new Wording(id, ukrainian, english);
  }

  @Override
  public Wording wording() {
    return wording;
  }

  /**
   * Finds the constant with an identifier, in any case and with spaces around it.
   *
   * @param id the identifier, as in JSON
   * @return the constant, or empty if the identifier names none
   */
  public static Optional<Verdict> fromId(String id) {
    return Worded.byId(Verdict.class, id);
  }
}
