package io.github.acplan.core.deadline;

/**
 * "Постійно": a continuous duty for the whole plan period. It has no due date and is never overdue;
 * it is reported on in every reporting period.
 *
 * <p>The parser also reads as permanent the duties that recur more often than any period a plan reports on
 * ("щодня", "щотижня", "щоп'ятниці") and the ones that name no period ("систематично", "регулярно"): a
 * plan's schedule cannot list a due date for each day or week, and its reports cover them as they cover
 * "постійно". The original words stay in {@link #text()}.
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
