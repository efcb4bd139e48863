package io.github.acplan.core.monitoring;

/**
 * The verdict on a measure in a monitoring report, in the words of the monitoring of the State
 * Anti-Corruption Programme: done on time, done late, done in part, not done, in progress, not reported.
 *
 * <p>{@link ExecutionMonitor} gives it from the reported status, the actual date and the measure's
 * {@link Standing}; see {@link MeasureAssessment#verdict()} for the rules.
 */
public enum Verdict {
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

  private final String id;
  private final String ukrainian;
  private final String english;

  Verdict(String id, String ukrainian, String english) {
    this.id = id;
    this.ukrainian = ukrainian;
    this.english = english;
  }

  /**
   * Returns the stable identifier used in JSON and on the command line.
   *
   * @return e.g. "done-late"
   */
  public String id() {
    return id;
  }

  /**
   * Returns the Ukrainian words, in lower case.
   *
   * @return e.g. "виконано з порушенням строку"
   */
  public String ukrainian() {
    return ukrainian;
  }

  /**
   * Returns the English words.
   *
   * @return e.g. "done late"
   */
  public String english() {
    return english;
  }
}
