package io.github.acplan.core.schedule;

import io.github.acplan.core.deadline.ByDate;
import io.github.acplan.core.deadline.DateRange;
import io.github.acplan.core.deadline.Decade;
import io.github.acplan.core.deadline.DuringPeriod;
import io.github.acplan.core.deadline.Periodic;

/**
 * Which due dates move when they fall on a day off: those of every term, or only those of a строк (a
 * period), never a термін (a fixed calendar date).
 *
 * <p>The Civil Code of Ukraine distinguishes a строк, "певний період у часі", from a термін, "певний момент
 * у часі" (art. 251), and moves to the next working day only "останній день строку" that falls on a day off
 * (art. 254 part 5). The Supreme Court (Commercial Cassation Court, case No. 927/1431/23 of 30.09.2025,
 * reported 05.11.2025) held that art. 254 part 5 does not move a термін set as a calendar date: the duty
 * must be done on that date even if it is a day off.
 *
 * <p>Fixed dates are the deadlines that name a day: {@link ByDate} ("до 31 травня 2025 р."), a
 * {@link DateRange} written with days ("з 16 липня по 15 серпня", "01.03.2023 - 30.06.2023"), the dates of a
 * {@link Periodic} deadline ("щороку до 1 квітня") and its day of the next month ("до 10 числа місяця,
 * наступного за звітним"). Periods are everything else: months, quarters, half-years and years (a
 * {@link DateRange} of whole months, a {@link Decade}, {@link DuringPeriod}, the periods of a
 * {@link Periodic} deadline), terms counted from an event, and the reporting periods of duties without a
 * due date.
 *
 * <p>Where a due date moves, it moves in the direction of the schedule's
 * {@link io.github.acplan.calendar.term.DueDateShift} (by default to the next working day).
 */
public enum DayOffPolicy {
  /**
   * Only the last day of a period moves; a fixed date stays, even on a day off (the Civil Code's reading,
   * art. 251 and 254 part 5, as the Supreme Court read it in 2025).
   */
  MOVE_PERIODS_ONLY,
  /**
   * Every due date on a day off moves, fixed dates included: "до 31 травня 2025 р." (a Saturday) is due on
   * Monday 2 June 2025. The default of {@link DeadlineSchedule#of}: acplan's behaviour before this policy
   * existed, kept so that due dates already computed and published do not change, and so that a monitor
   * never calls a measure overdue on a day off.
   */
  MOVE_EVERY_DUE_DATE;

  /**
   * Tells whether a fixed date on a day off moves.
   *
   * @return true only for {@link #MOVE_EVERY_DUE_DATE}
   */
  public boolean movesFixedDates() {
    return this == MOVE_EVERY_DUE_DATE;
  }
}
