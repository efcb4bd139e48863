package io.github.acplan.core.deadline;

import java.util.List;
import java.util.Objects;

/**
 * A deadline made of parts: "При призначенні на посаду; постійно", "за окремим планом (не рідше 1 разу
 * на квартал); постійно". Each part keeps its own text as written in the cell.
 *
 * @param text the original text
 * @param joiner how the parts are joined
 * @param parts the parts in written order, at least two
 */
public record Composite(String text, Joiner joiner, List<Deadline> parts) implements Deadline {

  /**
   * Creates the deadline.
   *
   * @param text the original text
   * @param joiner how the parts are joined
   * @param parts the parts, at least two
   * @throws IllegalArgumentException if there are fewer than two parts, parentheses join more than
   *     two, or the deadlines would nest deeper than {@link Deadline#MAX_NESTING_DEPTH}
   */
  public Composite {
    Checks.text(text, "Composite");
    Objects.requireNonNull(joiner, "Composite.joiner");
    parts = Checks.list(parts, "Composite", "parts");
    if (parts.size() < 2) {
      throw new IllegalArgumentException("Composite: at least two parts, got " + parts.size());
    }
    if ((joiner == Joiner.PARENTHESES || joiner == Joiner.SPACE) && parts.size() != 2) {
      throw new IllegalArgumentException("Composite: " + joiner + " joins exactly two parts, got "
          + parts.size());
    }
    Checks.nesting("Composite", parts);
  }

  @Override
  public DeadlineKind kind() {
    return DeadlineKind.COMPOSITE;
  }

  @Override
  public <R> R accept(DeadlineVisitor<R> visitor) {
    return visitor.visitComposite(this);
  }

  @Override
  public Composite withText(String newText) {
    return new Composite(newText, joiner, parts);
  }
}
