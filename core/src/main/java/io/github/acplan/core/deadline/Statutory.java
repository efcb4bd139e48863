package io.github.acplan.core.deadline;

/**
 * A term set by another act: "У порядку та строки, визначені Законом України", "У терміни, встановлені Порядком", "у визначені законодавством строки".
 *
 * @param text the original text
 * @param reference the phrase that refers to the act, first letter in lower case: "у терміни, встановлені Порядком"
 */
public record Statutory(String text, String reference) implements Deadline {

  /**
   * Creates the deadline.
   *
   * @param text the original text
   * @param reference the phrase that refers to the act, first letter in lower case: "у терміни, встановлені Порядком"
   * @throws IllegalArgumentException if {@code reference} is blank
   */
  public Statutory {
    Checks.text(text, "Statutory");
    Checks.nonBlank(reference, "Statutory", "reference");
  }

  @Override
  public DeadlineKind kind() {
    return DeadlineKind.STATUTORY;
  }

  @Override
  public <R> R accept(DeadlineVisitor<R> visitor) {
    return visitor.visitStatutory(this);
  }

  @Override
  public Statutory withText(String newText) {
    return new Statutory(newText, reference);
  }
}
