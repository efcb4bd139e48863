package io.github.acplan.serialization.text;

import io.github.acplan.serialization.table.GridLocation;
import io.github.acplan.core.text.TextNormalization;
import java.util.Objects;

/**
 * A soft problem met while reading a plan: something the reader resolved or could not keep, with where
 * it is. Warnings never change what the source says silently; each one tells what was done.
 *
 * <p>For the text form the location is the line; for a document it is the page, table row and cell, or
 * the paragraph outside the table, as the document's format knows them ({@link GridLocation}).
 *
 * @param line the 1-based position of the row or paragraph the warning is about: the line of a text; for
 *     a document, its place among the paragraphs and table rows read, in order
 * @param message what was found and what the reader did, one line: invisible characters are shown
 *     escaped ({@link TextNormalization#escapeInvisible(String)})
 * @param location where the warning's subject is, as messages show it
 */
public record ReadWarning(int line, String message, GridLocation location) {

  /**
   * Creates a warning.
   *
   * @param line the 1-based position, at least 1
   * @param message what was found and what the reader did
   * @param location where the warning's subject is
   * @throws IllegalArgumentException if {@code line} is below 1
   */
  public ReadWarning {
    // One line that shows what the input holds: a no-break space as a backslash, "u" and 00A0.
    message = TextNormalization.escapeInvisible(Objects.requireNonNull(message, "message"));
    Objects.requireNonNull(location, "location");
    if (line < 1) {
      throw new IllegalArgumentException("A warning's line number is at least 1, got " + line);
    }
  }

  /**
   * Creates a warning about a line of a text.
   *
   * @param line the 1-based line number, at least 1
   * @param message what was found and what the reader did
   * @throws IllegalArgumentException if {@code line} is below 1
   */
  public ReadWarning(int line, String message) {
    // Math.max: a line below 1 is refused by this record's own check, with its own message.
    this(line, message, GridLocation.ofLine(Math.max(line, 1)));
  }

  /**
   * Returns "line N: message", or the document location and the message, or the message alone for a
   * warning about the whole document (its location {@link GridLocation#unknown()}: tracked changes,
   * hidden text).
   *
   * @return the warning as one line
   */
  @Override
  public String toString() {
    return location.equals(GridLocation.unknown()) ? message : location + ": " + message;
  }
}
