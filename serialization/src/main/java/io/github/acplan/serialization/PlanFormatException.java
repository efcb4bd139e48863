package io.github.acplan.serialization;

import io.github.acplan.core.text.TextNormalization;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Thrown when a plan cannot be read: the input is not in the expected format, or what it says breaks the
 * model's structure.
 *
 * <p>The exception carries the location of the problem: a line number for text, a JSON path for JSON,
 * and the message says what was expected and what was found. Location and problem are always one line
 * that shows what the input holds: control characters that came from the input (a line break inside a
 * JSON key, say) and characters that cannot be seen or told from a space (U+00A0, a soft hyphen, a
 * zero-width space) are shown as escapes such as a backslash and "r", or a backslash, "u" and four
 * upper-case hex digits (<code>&#92;u00A0</code>), so that a message can be logged or printed as is.
 */
public final class PlanFormatException extends Exception {
  private static final long serialVersionUID = 1L;

  /** Where the problem is: "line 42" or a JSON path. */
  private final String location;
  /** What was expected and what was found. */
  private final String problem;

  /**
   * Creates the exception.
   *
   * @param location where the problem is, e.g. "line 42" or "$.sections[2].measures[0].number"
   * @param problem what was expected and what was found
   */
  public PlanFormatException(String location, String problem) {
    this(location, problem, null);
  }

  /**
   * Creates the exception with the error that revealed the problem.
   *
   * @param location where the problem is
   * @param problem what was expected and what was found
   * @param cause the underlying error, or null
   */
  public PlanFormatException(String location, String problem, @Nullable Throwable cause) {
    super(oneLine(Objects.requireNonNull(location, "location")) + ": "
        + oneLine(Objects.requireNonNull(problem, "problem")), cause);
    this.location = oneLine(location);
    this.problem = oneLine(problem);
  }

  /**
   * Shows invisible characters as escapes ({@link TextNormalization#escapeInvisible(String)}): control
   * characters, no-break and other Unicode spaces, soft hyphens, zero-width and bidirectional marks, the
   * line and paragraph separators.
   */
  private static String oneLine(String s) {
    return TextNormalization.escapeInvisible(s);
  }

  /**
   * Returns where the problem is.
   *
   * @return e.g. "line 42" or "$.sections[2].measures[0].number"
   */
  public String location() {
    return location;
  }

  /**
   * Returns what is wrong, without the location.
   *
   * @return the problem
   */
  public String problem() {
    return problem;
  }
}
