package io.github.acplan.core.deadline;

import java.util.Objects;

/**
 * A term of N months after an event: "протягом місяця з дня призначення". The term starts the day after the event (Civil Code of
 * Ukraine, art. 253).
 *
 * @param text the original text
 * @param months how many months, at least 1
 * @param event the event the term counts from, as written ("з моменту отримання повідомлення"), possibly
 *     empty when the text names none
 */
public record WithinMonths(String text, int months, String event) implements Deadline {

  /**
   * Creates the deadline.
   *
   * @param text the original text
   * @param months how many months, at least 1
   * @param event the event, possibly empty
   * @throws IllegalArgumentException if {@code months < 1}
   */
  public WithinMonths {
    Checks.text(text, "WithinMonths");
    Objects.requireNonNull(event, "WithinMonths.event");
    Checks.positive(months, "WithinMonths", "months");
  }

  @Override
  public DeadlineKind kind() {
    return DeadlineKind.WITHIN_MONTHS;
  }

  @Override
  public <R> R accept(DeadlineVisitor<R> visitor) {
    return visitor.visitWithinMonths(this);
  }

  @Override
  public WithinMonths withText(String newText) {
    return new WithinMonths(newText, months, event);
  }
}
