package io.github.acplan.core.deadline;

import java.util.Objects;

/**
 * A term of N calendar days after an event: "у десятиденний строк", "протягом 10 днів з дня призначення". The term starts the day after the event (Civil Code of
 * Ukraine, art. 253).
 *
 * @param text the original text
 * @param days how many calendar days, at least 1
 * @param event the event the term counts from, as written ("з моменту отримання повідомлення"), possibly
 *     empty when the text names none
 */
public record WithinCalendarDays(String text, int days, String event) implements Deadline {

  /**
   * Creates the deadline.
   *
   * @param text the original text
   * @param days how many calendar days, at least 1
   * @param event the event, possibly empty
   * @throws IllegalArgumentException if {@code days < 1}
   */
  public WithinCalendarDays {
    Checks.text(text, "WithinCalendarDays");
    Objects.requireNonNull(event, "WithinCalendarDays.event");
    Checks.positive(days, "WithinCalendarDays", "days");
  }

  @Override
  public DeadlineKind kind() {
    return DeadlineKind.WITHIN_CALENDAR_DAYS;
  }

  @Override
  public <R> R accept(DeadlineVisitor<R> visitor) {
    return visitor.visitWithinCalendarDays(this);
  }

  @Override
  public WithinCalendarDays withText(String newText) {
    return new WithinCalendarDays(newText, days, event);
  }
}
