package io.github.acplan.core.schedule;

import io.github.acplan.core.deadline.Deadline;
import io.github.acplan.core.deadline.Periodic;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One occurrence of a deadline in a plan period: the window of days it covers and the day it is due.
 *
 * @param startInclusive the first day of the window
 * @param endInclusive the last day of the window, as written (before any day-off shift)
 * @param due the day the work is due: {@code endInclusive} moved off a day off by the schedule's
 *     {@link io.github.acplan.calendar.term.DueDateShift}; for a duty reported after its period
 *     ({@link Periodic#dayOfNextMonth()}), that day of the next month, moved the same way, and for one
 *     due days after it ({@link Periodic#daysAfterPeriod()}), the period's last day plus those days
 * @param reportOnly true for a duty without a due date of its own ("Постійно", "При призначенні на
 *     посаду", a term after an event that has not happened): the window is a reporting period and
 *     {@code due} is when it is reported on; it is never overdue
 * @param source the deadline, or the part of a composite deadline, that gives this occurrence
 */
public record Occurrence(LocalDate startInclusive, LocalDate endInclusive, LocalDate due, boolean reportOnly,
    Deadline source) {

  /**
   * Creates an occurrence.
   *
   * @param startInclusive the first day of the window
   * @param endInclusive the last day of the window
   * @param due the due date
   * @param reportOnly true for a duty without a due date of its own
   * @param source the deadline that gives this occurrence
   * @throws IllegalArgumentException if the window ends before it starts
   */
  public Occurrence {
    Objects.requireNonNull(startInclusive, "Occurrence.startInclusive");
    Objects.requireNonNull(endInclusive, "Occurrence.endInclusive");
    Objects.requireNonNull(due, "Occurrence.due");
    Objects.requireNonNull(source, "Occurrence.source");
    if (endInclusive.isBefore(startInclusive)) {
      throw new IllegalArgumentException("Occurrence: the window " + startInclusive + ".." + endInclusive
          + " ends before it starts");
    }
  }

  /**
   * Tells whether the window contains a date.
   *
   * @param date the date
   * @return true if {@code startInclusive <= date <= endInclusive}
   */
  public boolean covers(LocalDate date) {
    return !date.isBefore(startInclusive) && !date.isAfter(endInclusive);
  }

  /**
   * Returns "2020-01-01..2020-06-30 due 2020-06-30", with " (report)" for a report-only occurrence.
   *
   * @return a one-line description
   */
  @Override
  public String toString() {
    return startInclusive + ".." + endInclusive + " due " + due + (reportOnly ? " (report)" : "");
  }
}
