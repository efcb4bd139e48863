package io.github.acplan.core.deadline;

/**
 * A function over the closed set of deadline kinds, one method per kind (Java 17 has no pattern
 * {@code switch}).
 *
 * @param <R> the result type
 */
public interface DeadlineVisitor<R> {

  /**
   * Visits a permanent duty.
   *
   * @param deadline the deadline
   * @return the result
   */
  R visitPermanent(Permanent deadline);

  /**
   * Visits a repeating deadline.
   *
   * @param deadline the deadline
   * @return the result
   */
  R visitPeriodic(Periodic deadline);

  /**
   * Visits a deadline on or by a date.
   *
   * @param deadline the deadline
   * @return the result
   */
  R visitByDate(ByDate deadline);

  /**
   * Visits a range of dates.
   *
   * @param deadline the deadline
   * @return the result
   */
  R visitDateRange(DateRange deadline);

  /**
   * Visits a decade of a month.
   *
   * @param deadline the deadline
   * @return the result
   */
  R visitDecade(Decade deadline);

  /**
   * Visits "during a period".
   *
   * @param deadline the deadline
   * @return the result
   */
  R visitDuringPeriod(DuringPeriod deadline);

  /**
   * Visits "within N working days of an event".
   *
   * @param deadline the deadline
   * @return the result
   */
  R visitWithinWorkingDays(WithinWorkingDays deadline);

  /**
   * Visits "within N calendar days of an event".
   *
   * @param deadline the deadline
   * @return the result
   */
  R visitWithinCalendarDays(WithinCalendarDays deadline);

  /**
   * Visits "within N months of an event".
   *
   * @param deadline the deadline
   * @return the result
   */
  R visitWithinMonths(WithinMonths deadline);

  /**
   * Visits "when an event happens".
   *
   * @param deadline the deadline
   * @return the result
   */
  R visitOnEvent(OnEvent deadline);

  /**
   * Visits a term set by another act.
   *
   * @param deadline the deadline
   * @return the result
   */
  R visitStatutory(Statutory deadline);

  /**
   * Visits "per a separate schedule".
   *
   * @param deadline the deadline
   * @return the result
   */
  R visitPerSchedule(PerSchedule deadline);

  /**
   * Visits a deadline that applies under a condition.
   *
   * @param deadline the deadline
   * @return the result
   */
  R visitConditional(Conditional deadline);

  /**
   * Visits a deadline made of parts.
   *
   * @param deadline the deadline
   * @return the result
   */
  R visitComposite(Composite deadline);

  /**
   * Visits a text that was not understood.
   *
   * @param deadline the deadline
   * @return the result
   */
  R visitUnrecognized(Unrecognized deadline);
}
