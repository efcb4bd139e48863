package io.github.acplan.serialization;

import java.util.Objects;

/**
 * Thrown when a plan cannot be read: the input is not in the expected format, or what it says breaks the
 * model's structure.
 *
 * <p>The exception carries the location of the problem: a line number for text, a JSON path for JSON,
 * and the message says what was expected and what was found.
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
    super(Objects.requireNonNull(location, "location") + ": " + Objects.requireNonNull(problem, "problem"));
    this.location = location;
    this.problem = problem;
  }

  /**
   * Creates the exception with the error that revealed the problem.
   *
   * @param location where the problem is
   * @param problem what was expected and what was found
   * @param cause the underlying error
   */
  public PlanFormatException(String location, String problem, Throwable cause) {
    super(Objects.requireNonNull(location, "location") + ": " + Objects.requireNonNull(problem, "problem"),
        cause);
    this.location = location;
    this.problem = problem;
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
