package io.github.acplan.core.deadline;

/**
 * Per a separate plan or schedule: "за окремим планом", "(за окремим графіком)".
 *
 * @param text the original text
 * @param document the document, in the instrumental case as written after "за окремим": "планом", "графіком"
 */
public record PerSchedule(String text, String document) implements Deadline {

  /**
   * Creates the deadline.
   *
   * @param text the original text
   * @param document the document, in the instrumental case as written after "за окремим": "планом", "графіком"
   * @throws IllegalArgumentException if {@code document} is blank
   */
  public PerSchedule {
    Checks.text(text, "PerSchedule");
    Checks.nonBlank(document, "PerSchedule", "document");
  }

  @Override
  public DeadlineKind kind() {
    return DeadlineKind.PER_SCHEDULE;
  }

  @Override
  public <R> R accept(DeadlineVisitor<R> visitor) {
    return visitor.visitPerSchedule(this);
  }

  @Override
  public PerSchedule withText(String newText) {
    return new PerSchedule(newText, document);
  }
}
