package io.github.acplan.core.deadline;

/**
 * A duty that arises when an event happens: "У разі оголошення конкурсу", "При призначенні на посаду", "При звільненні/припиненні діяльності особи". It has no fixed due date; it is reported on in every reporting period.
 *
 * @param text the original text
 * @param event the event phrase with its preposition, first letter in lower case: "при призначенні на посаду"
 */
public record OnEvent(String text, String event) implements Deadline {

  /**
   * Creates the deadline.
   *
   * @param text the original text
   * @param event the event phrase with its preposition, first letter in lower case: "при призначенні на посаду"
   * @throws IllegalArgumentException if {@code event} is blank
   */
  public OnEvent {
    Checks.text(text, "OnEvent");
    Checks.nonBlank(event, "OnEvent", "event");
  }

  @Override
  public DeadlineKind kind() {
    return DeadlineKind.ON_EVENT;
  }

  @Override
  public <R> R accept(DeadlineVisitor<R> visitor) {
    return visitor.visitOnEvent(this);
  }

  @Override
  public OnEvent withText(String newText) {
    return new OnEvent(newText, event);
  }
}
