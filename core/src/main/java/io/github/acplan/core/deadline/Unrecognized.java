package io.github.acplan.core.deadline;

/**
 * A deadline whose text is kept verbatim, without a structured meaning. The validator reports it.
 *
 * @param text the original text, possibly empty
 */
public record Unrecognized(String text) implements Deadline {

  /**
   * Creates the deadline.
   *
   * @param text the original text, possibly empty
   */
  public Unrecognized {
    Checks.text(text, "Unrecognized");
  }

  @Override
  public DeadlineKind kind() {
    return DeadlineKind.UNRECOGNIZED;
  }

  @Override
  public <R> R accept(DeadlineVisitor<R> visitor) {
    return visitor.visitUnrecognized(this);
  }

  @Override
  public Unrecognized withText(String newText) {
    return new Unrecognized(newText);
  }
}
