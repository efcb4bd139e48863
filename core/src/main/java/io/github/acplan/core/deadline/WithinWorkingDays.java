package io.github.acplan.core.deadline;

import java.util.Objects;

/**
 * A term of N working days after an event: "Протягом 2-х робочих днів з моменту отримання повідомлення про конфлікт інтересів", "не пізніше наступного робочого дня". The term starts the day after the event (Civil Code of
 * Ukraine, art. 253).
 *
 * @param text the original text
 * @param workingDays how many working days, at least 1
 * @param event the event the term counts from, as written ("з моменту отримання повідомлення"), possibly
 *     empty when the text names none
 */
public record WithinWorkingDays(String text, int workingDays, String event) implements Deadline {

  /**
   * Creates the deadline.
   *
   * @param text the original text
   * @param workingDays how many working days, at least 1
   * @param event the event, possibly empty
   * @throws IllegalArgumentException if {@code workingDays < 1}
   */
  public WithinWorkingDays {
    Checks.text(text, "WithinWorkingDays");
    Objects.requireNonNull(event, "WithinWorkingDays.event");
    Checks.positive(workingDays, "WithinWorkingDays", "workingDays");
  }

  @Override
  public DeadlineKind kind() {
    return DeadlineKind.WITHIN_WORKING_DAYS;
  }

  @Override
  public <R> R accept(DeadlineVisitor<R> visitor) {
    return visitor.visitWithinWorkingDays(this);
  }

  @Override
  public WithinWorkingDays withText(String newText) {
    return new WithinWorkingDays(newText, workingDays, event);
  }
}
