package io.github.acplan.core.monitoring;

import java.util.Locale;
import java.util.Optional;

/**
 * The state of execution of a measure in a monitoring report, in the words officers write in the
 * "Стан виконання" column.
 */
public enum ExecutionStatus {
  /** "виконано": done in full. */
  DONE("done", "виконано", "done"),
  /** "виконано частково": done in part. */
  PARTLY_DONE("partly-done", "виконано частково", "partly done"),
  /** "виконується": under way, for a duty or a measure not yet due. */
  IN_PROGRESS("in-progress", "виконується", "in progress"),
  /** "не виконано": not done. */
  NOT_DONE("not-done", "не виконано", "not done"),
  /** "не розпочато": not started. */
  NOT_STARTED("not-started", "не розпочато", "not started");

  private final String id;
  private final String ukrainian;
  private final String english;

  ExecutionStatus(String id, String ukrainian, String english) {
    this.id = id;
    this.ukrainian = ukrainian;
    this.english = english;
  }

  /**
   * Returns the stable identifier used in JSON and on the command line.
   *
   * @return e.g. "partly-done"
   */
  public String id() {
    return id;
  }

  /**
   * Returns the Ukrainian words, in lower case.
   *
   * @return e.g. "виконано частково"
   */
  public String ukrainian() {
    return ukrainian;
  }

  /**
   * Returns the English words.
   *
   * @return e.g. "partly done"
   */
  public String english() {
    return english;
  }

  /**
   * Tells whether the measure is done in full.
   *
   * @return true only for {@link #DONE}
   */
  public boolean isDoneInFull() {
    return this == DONE;
  }

  /**
   * Finds the status named by an identifier or by the Ukrainian words, in any case and spacing
   * ("Виконано частково", "partly-done").
   *
   * @param text the identifier or words
   * @return the status, or empty if the text names none
   */
  public static Optional<ExecutionStatus> fromText(String text) {
    String w = text.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    for (ExecutionStatus s : values()) {
      if (s.id.equals(w) || s.ukrainian.equals(w)) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }
}
