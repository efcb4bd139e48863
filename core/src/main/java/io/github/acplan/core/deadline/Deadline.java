package io.github.acplan.core.deadline;

/**
 * The deadline of a measure ("Строк виконання"). Every deadline keeps the text it was read from.
 *
 * <p>The hierarchy is closed: every value is one of the permitted kinds. Values are immutable and
 * thread-safe.
 */
public sealed interface Deadline permits Unrecognized {

  /**
   * Returns the text the deadline was read from, exactly as given.
   *
   * @return the original text, possibly empty
   */
  String text();

  /**
   * Returns a deadline that keeps {@code text} without interpreting it.
   *
   * @param text the original text
   * @return an {@link Unrecognized} deadline
   */
  static Deadline unparsed(String text) {
    return new Unrecognized(text);
  }
}
