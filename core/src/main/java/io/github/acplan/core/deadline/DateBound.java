package io.github.acplan.core.deadline;

/**
 * The word that ties a {@link ByDate} deadline to its date.
 *
 * <p>Only {@link #UNTIL} ("до") is ambiguous: NAZK reads "до 1 червня" as "the last day is 31 May",
 * plan tables read "до 31 грудня" as "31 December included". The reading is a scheduling policy
 * ({@link io.github.acplan.calendar.term.UntilReading}), not a property of the text.
 */
public enum DateBound {
  /** "до 15 грудня": inclusive or exclusive, as the scheduling policy says. */
  UNTIL,
  /** "не пізніше 15 грудня": the date itself is the last day. */
  NOT_LATER_THAN,
  /** "15.12.2020" or "15 грудня": on that very date. */
  ON
}
