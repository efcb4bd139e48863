package io.github.acplan.core;

/**
 * Thrown when a plan value would break a structural invariant of the model: a duplicate measure number,
 * a measure numbered outside its section, a blank required text.
 *
 * <p>The message says what is wrong and where (section and measure number).
 */
public final class PlanStructureException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what is wrong and where
   */
  public PlanStructureException(String message) {
    super(java.util.Objects.requireNonNull(message, "message"));
  }
}
