package io.github.acplan.core.deadline;

/**
 * The deadline of a measure ("Строк виконання"). Every deadline keeps the text it was read from.
 *
 * <p>The hierarchy is closed: every value is one of the records listed by {@link DeadlineKind}, each of
 * which keeps the original text as its first component. Java 17 has no pattern {@code switch}: branch
 * with {@link #accept(DeadlineVisitor)} or on {@link #kind()}. A phrase that is not understood is an
 * {@link Unrecognized} value, never an exception.
 *
 * <p>Values are immutable and thread-safe. Two values are equal when their kind, text and components are
 * equal; to compare meanings regardless of wording, compare their
 * {@link DeadlineFormatter#canonical(Deadline) canonical forms}.
 */
public sealed interface Deadline
    permits Permanent, Periodic, ByDate, DateRange, Decade, DuringPeriod, WithinWorkingDays,
        WithinCalendarDays, WithinMonths, OnEvent, Statutory, PerSchedule, Conditional, Composite,
        Unrecognized {

  /**
   * How many deadlines may lie inside one another: a {@link Conditional}'s deadline and a
   * {@link Composite}'s parts count one level each, the outermost deadline the first. Real cells nest two
   * or three ("за окремим планом (не рідше 1 разу на квартал); постійно"), and {@link DeadlineParser}
   * builds no more whatever the text. The bound keeps every operation on a deadline (equality, formatting,
   * the schedule, the JSON a plan is written as) within a thread's stack, and every deadline written as
   * JSON readable back within the plan format's default limits.
   */
  int MAX_NESTING_DEPTH = 16;

  /**
   * Returns the text the deadline was read from, exactly as given.
   *
   * @return the original text, possibly empty
   */
  String text();

  /**
   * Returns the kind of this deadline, whose {@link DeadlineKind#id()} is its logical name in JSON and
   * on the command line.
   *
   * @return the kind
   */
  DeadlineKind kind();

  /**
   * Calls the visitor's method for this deadline's kind.
   *
   * @param visitor the visitor
   * @param <R> the result type
   * @return what the visitor returns
   */
  <R> R accept(DeadlineVisitor<R> visitor);

  /**
   * Returns the same deadline read from another text: the structure is kept, nested deadlines (of a
   * {@link Conditional} or a {@link Composite}) keep their own texts.
   *
   * @param newText the text
   * @return a deadline of the same kind and components with {@code newText}
   * @throws NullPointerException if {@code newText} is null
   */
  Deadline withText(String newText);

  /**
   * Returns a deadline that keeps {@code text} without interpreting it.
   *
   * @param text the original text
   * @return an {@link Unrecognized} deadline
   */
  static Deadline unparsed(String text) {
    return new Unrecognized(text);
  }
}
