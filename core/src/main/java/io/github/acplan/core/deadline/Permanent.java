package io.github.acplan.core.deadline;

/**
 * "Постійно": a continuous duty for the whole plan period. It has no due date and is never overdue;
 * it is reported on in every reporting period.
 *
 * @param text the original text
 */
public record Permanent(String text) implements Deadline {

  /**
   * Creates the deadline.
   *
   * @param text the original text
   */
  public Permanent {
    Checks.text(text, "Permanent");
  }

  @Override
  public DeadlineKind kind() {
    return DeadlineKind.PERMANENT;
  }

  @Override
  public <R> R accept(DeadlineVisitor<R> visitor) {
    return visitor.visitPermanent(this);
  }

  @Override
  public Permanent withText(String newText) {
    return new Permanent(newText);
  }
}
