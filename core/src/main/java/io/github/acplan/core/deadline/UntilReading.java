package io.github.acplan.core.deadline;

/**
 * How "до &lt;дата&gt;" ({@link DateBound#UNTIL}) is read.
 *
 * <p>NAZK reads "до 1 квітня" (Law No. 1700-VII art. 45, the annual declaration) as "the last day is 31
 * March" ({@link #EXCLUSIVE}); plan tables mean "до 31 грудня" with 31 December included
 * ({@link #INCLUSIVE}).
 */
public enum UntilReading {
  /** The named date is the last day of the term. */
  INCLUSIVE,
  /** The day before the named date is the last day of the term. */
  EXCLUSIVE
}
