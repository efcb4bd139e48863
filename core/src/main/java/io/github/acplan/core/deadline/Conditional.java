package io.github.acplan.core.deadline;

import java.util.Objects;

/**
 * A deadline that applies under a condition written in parentheses after it: "Постійно (в разі
 * надходження проекту)", "Протягом року (у разі необхідності та наявності фінансування)".
 *
 * @param text the original text
 * @param deadline the deadline that applies when the condition holds
 * @param condition the condition, first letter in lower case: "в разі надходження проекту"
 */
public record Conditional(String text, Deadline deadline, String condition) implements Deadline {

  /**
   * Creates the deadline.
   *
   * @param text the original text
   * @param deadline the deadline that applies when the condition holds
   * @param condition the condition
   * @throws IllegalArgumentException if the condition is blank, or the deadlines would nest deeper than
   *     {@link Deadline#MAX_NESTING_DEPTH}
   */
  public Conditional {
    Checks.text(text, "Conditional");
    Objects.requireNonNull(deadline, "Conditional.deadline");
    Checks.nonBlank(condition, "Conditional", "condition");
    Checks.nesting("Conditional", deadline);
  }

  @Override
  public DeadlineKind kind() {
    return DeadlineKind.CONDITIONAL;
  }

  @Override
  public <R> R accept(DeadlineVisitor<R> visitor) {
    return visitor.visitConditional(this);
  }

  @Override
  public Conditional withText(String newText) {
    return new Conditional(newText, deadline, condition);
  }
}
