package io.github.acplan.core.deadline;

import java.util.Objects;

/**
 * A deadline whose text is kept verbatim, without a structured meaning.
 *
 * @param text the original text, possibly empty
 */
public record Unrecognized(String text) implements Deadline {

  /**
   * Creates the deadline.
   *
   * @param text the original text, possibly empty
   */
  public Unrecognized {
    Objects.requireNonNull(text, "text");
  }
}
