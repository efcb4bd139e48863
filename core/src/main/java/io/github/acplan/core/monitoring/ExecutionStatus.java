package io.github.acplan.core.monitoring;

import io.github.acplan.core.Worded;
import io.github.acplan.core.Wording;
import java.util.Optional;

/**
 * The state of execution of a measure in a monitoring report, in the words officers write in the
 * "Стан виконання" column.
 *
 * <p>The {@linkplain #id() identifiers} ("partly-done") are used in JSON and on the command line; the
 * {@linkplain #ukrainian() Ukrainian words} ("виконано частково") are in lower case.
 */
public enum ExecutionStatus implements Worded {
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

  private final Wording wording;

  ExecutionStatus(String id, String ukrainian, String english) {
    this.wording = new Wording(id, ukrainian, english);
  }

  @Override
  public Wording wording() {
    return wording;
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
    // an identifier is ASCII and a Ukrainian name Cyrillic, so no text can match both
    return Worded.byId(ExecutionStatus.class, text).or(() -> Worded.byUkrainian(ExecutionStatus.class, text));
  }

  /**
   * Finds the constant with an identifier, in any case and with spaces around it.
   *
   * @param id the identifier, as in JSON
   * @return the constant, or empty if the identifier names none
   */
  public static Optional<ExecutionStatus> fromId(String id) {
    return Worded.byId(ExecutionStatus.class, id);
  }
}
