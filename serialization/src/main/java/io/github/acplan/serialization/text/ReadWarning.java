package io.github.acplan.serialization.text;

import java.util.Objects;

/**
 * A soft problem met while reading a plan's text: something the reader resolved or could not keep, with
 * the line it is on. Warnings never change what the text says silently; each one tells what was done.
 *
 * @param line the 1-based line number
 * @param message what was found and what the reader did
 */
public record ReadWarning(int line, String message) {

  /**
   * Creates a warning.
   *
   * @param line the 1-based line number, at least 1
   * @param message what was found and what the reader did
   * @throws IllegalArgumentException if {@code line} is below 1
   */
  public ReadWarning {
    Objects.requireNonNull(message, "message");
    if (line < 1) {
      throw new IllegalArgumentException("A warning's line number is at least 1, got " + line);
    }
  }

  /**
   * Returns "line N: message".
   *
   * @return the warning as one line
   */
  @Override
  public String toString() {
    return "line " + line + ": " + message;
  }
}
