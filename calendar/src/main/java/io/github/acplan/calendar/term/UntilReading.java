package io.github.acplan.calendar.term;

import java.time.LocalDate;
import java.util.Objects;

/**
 * How to read "до &lt;дата&gt;" ("until &lt;date&gt;"), which Ukrainian texts use both ways.
 *
 * <p>The National Agency on Corruption Prevention reads "до 1 червня" as "the last day is 31 May"
 * ({@link #EXCLUSIVE}); plan tables read "до 31 грудня" as "31 December included" ({@link #INCLUSIVE}).
 */
public enum UntilReading {
  /** The named date is the last day of the term. */
  INCLUSIVE,
  /** The day before the named date is the last day of the term. */
  EXCLUSIVE;

  /**
   * Returns the last day of a term "until {@code date}" under this reading.
   *
   * @param date the date named in the text
   * @return {@code date} if inclusive, the day before if exclusive
   */
  public LocalDate lastDay(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return this == INCLUSIVE ? date : date.minusDays(1);
  }
}
