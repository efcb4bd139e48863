package io.github.acplan.serialization;

import io.github.acplan.core.text.TextNormalization;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Thrown when a plan cannot be read: the input is not in the expected format, or what it says breaks the
 * model's structure.
 *
 * <p>The exception carries the location of the problem as a value, {@link #where()}: a
 * {@link io.github.acplan.serialization.table.GridLocation} for text (line) and the text around a
 * document's table (paragraph), an {@link InputLocation.InPart} for a cell or row of a document's table
 * (the table, then page, sheet, table row, cell), an {@link InputLocation.JsonPath} for JSON; {@link #location()} is the same
 * in words. The message says what was expected and what was found. Location and problem are always one
 * line that shows what the input holds: control characters that came from the input (a line break inside
 * a JSON key, say) and characters that cannot be seen or told from a space (U+00A0, a soft hyphen, a
 * zero-width space) are shown as escapes such as a backslash and "r", or a backslash, "u" and four
 * upper-case hex digits (<code>&#92;u00A0</code>), so that a message can be logged or printed as is.
 *
 * <p><b>Unchecked.</b> Bad input is an expected outcome of reading, and every reading method documents
 * this exception; but a checked exception cannot cross a lambda ({@code files.stream().map(reader::read)})
 * and forced callers into wrapping it. Jackson 3 made the same choice for its exceptions. Catch it where
 * you report bad input to a user.
 */
public final class PlanFormatException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Where the problem is; not serialized (its values are not), rebuilt from the words if needed. */
  private final transient @Nullable InputLocation where;
  /** The same in words, one line: "line 42" or a JSON path. */
  private final String location;
  /** What was expected and what was found. */
  private final String problem;

  /**
   * Creates the exception.
   *
   * @param where where the problem is
   * @param problem what was expected and what was found
   */
  public PlanFormatException(InputLocation where, String problem) {
    this(where, problem, null);
  }

  /**
   * Creates the exception with the error that revealed the problem.
   *
   * @param where where the problem is
   * @param problem what was expected and what was found
   * @param cause the underlying error, or null
   */
  public PlanFormatException(InputLocation where, String problem, @Nullable Throwable cause) {
    super(oneLine(Objects.requireNonNull(where, "where").toString()) + ": "
        + oneLine(Objects.requireNonNull(problem, "problem")), cause);
    this.where = where;
    this.location = oneLine(where.toString());
    this.problem = oneLine(problem);
  }

  /**
   * Creates the exception for a location that has no finer position than its words ("ZIP", "PDF").
   *
   * @param location where the problem is, in words
   * @param problem what was expected and what was found
   */
  public PlanFormatException(String location, String problem) {
    this(location, problem, null);
  }

  /**
   * Creates the exception for a location in words, with the error that revealed the problem. A text
   * that is a JSON path ("$...") becomes an {@link InputLocation.JsonPath}.
   *
   * @param location where the problem is, in words
   * @param problem what was expected and what was found
   * @param cause the underlying error, or null
   */
  public PlanFormatException(String location, String problem, @Nullable Throwable cause) {
    this(inWords(location, problem), problem, cause);
  }

  /** The typed location of words; both arguments checked for null first, the location's words after. */
  private static InputLocation inWords(String location, String problem) {
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(problem, "problem");
    return location.startsWith("$") ? InputLocation.jsonPath(location) : InputLocation.described(location);
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
   * Returns where the problem is, as a value: a {@link io.github.acplan.serialization.table.GridLocation}
   * (line, page, sheet, table row, cell, paragraph), an {@link InputLocation.InPart} (a document's table
   * and the place in it), an {@link InputLocation.JsonPath}, or an {@link InputLocation.Described} part.
   *
   * @return the location
   */
  public InputLocation where() {
    return where != null ? where : InputLocation.described(location);
  }

  /**
   * Returns where the problem is, in words, on one line.
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
