package io.github.acplan.serialization.table;

import java.util.Objects;

/**
 * Something an extractor could only guess while it built a grid, for the reader to pass on as a warning:
 * a PDF cell whose line break may or may not be inside a word, for one.
 *
 * @param where the cell or row the guess is about
 * @param message what was guessed and how it was read
 */
public record GridWarning(GridLocation where, String message) {

  /**
   * Checks the components.
   *
   * @param where the cell or row the guess is about
   * @param message what was guessed and how it was read
   * @throws NullPointerException if a component is null
   */
  public GridWarning {
    Objects.requireNonNull(where, "where");
    Objects.requireNonNull(message, "message");
  }
}
