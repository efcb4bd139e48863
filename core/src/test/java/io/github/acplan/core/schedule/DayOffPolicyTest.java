package io.github.acplan.core.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.acplan.calendar.UkrainianCalendar;
import io.github.acplan.calendar.term.DueDateShift;
import io.github.acplan.core.PlanPeriod;
import io.github.acplan.core.deadline.Deadline;
import io.github.acplan.core.deadline.Deadlines;
import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Fixed dates (термін) and periods (строк) on a day off under both {@link DayOffPolicy} settings. */
class DayOffPolicyTest {

  private static final DeadlineSchedule Y2025 =
      DeadlineSchedule.of(PlanPeriod.ofYear(2025), UkrainianCalendar.standard());

  private static List<LocalDate> due(DeadlineSchedule schedule, Deadline deadline) {
    return schedule.occurrences(deadline).stream().map(Occurrence::due).toList();
  }

  @Test
  void theDefaultMovesEveryDueDateAsBefore() {
    assertThat(Y2025.dayOffPolicy()).isEqualTo(DayOffPolicy.MOVE_EVERY_DUE_DATE);
    // "до 31 травня 2025 р.": Saturday 31 May 2025 -> Monday 2 June 2025.
    assertThat(due(Y2025, Deadlines.until(31, Month.MAY, 2025))).containsExactly(LocalDate.of(2025, 6, 2));
  }

  @Test
  void underTheCivilCodesReadingAFixedDateOnASaturdayStays() {
    DeadlineSchedule law = Y2025.withDayOffPolicy(DayOffPolicy.MOVE_PERIODS_ONLY);
    assertThat(due(law, Deadlines.until(31, Month.MAY, 2025))).containsExactly(LocalDate.of(2025, 5, 31));
    assertThat(law.dueOnFixedDate(LocalDate.of(2025, 5, 31))).isEqualTo(LocalDate.of(2025, 5, 31));
    assertThat(Y2025.dueOnFixedDate(LocalDate.of(2025, 5, 31))).isEqualTo(LocalDate.of(2025, 6, 2));
    // A range written with days ends on a fixed date: 15 November 2025 is a Saturday.
    assertThat(due(law, Deadlines.days(16, Month.JULY, 15, Month.NOVEMBER, 2025)))
        .containsExactly(LocalDate.of(2025, 11, 15));
    assertThat(due(Y2025, Deadlines.days(16, Month.JULY, 15, Month.NOVEMBER, 2025)))
        .containsExactly(LocalDate.of(2025, 11, 17));
  }

  @Test
  void underTheCivilCodesReadingTheEndOfAPeriodStillMoves() {
    DeadlineSchedule law = DeadlineSchedule.of(PlanPeriod.ofYear(2020), UkrainianCalendar.standard())
        .withDayOffPolicy(DayOffPolicy.MOVE_PERIODS_ONLY);
    // The first decade of January 2021 ends on Sunday 10 January: a period, so Monday 11 January.
    assertThat(due(law, Deadlines.decade(1, Month.JANUARY, 2021))).containsExactly(LocalDate.of(2021, 1, 11));
    // Ten calendar days after Wednesday 30 December 2020 end on Saturday 9 January 2021 -> Monday 11.
    assertThat(law.dueAfter(Deadlines.withinCalendarDays(10, "з моменту отримання"), LocalDate.of(2020, 12, 30)))
        .contains(LocalDate.of(2021, 1, 11));
    // The last day of a term on Saturday 10 October 2020 moves to Monday 12 October.
    assertThat(law.due(LocalDate.of(2020, 10, 10))).isEqualTo(LocalDate.of(2020, 10, 12));
  }

  @Test
  void theDirectionOfAMoveStaysTheShiftPolicys() {
    DeadlineSchedule earlier = Y2025.withDueDateShift(DueDateShift.PREVIOUS_WORKING_DAY);
    assertThat(due(earlier, Deadlines.until(31, Month.MAY, 2025))).containsExactly(LocalDate.of(2025, 5, 30));
    assertThat(due(earlier.withDayOffPolicy(DayOffPolicy.MOVE_PERIODS_ONLY), Deadlines.until(31, Month.MAY, 2025)))
        .containsExactly(LocalDate.of(2025, 5, 31));
    assertThat(earlier.withDayOffPolicy(DayOffPolicy.MOVE_PERIODS_ONLY).dueDateShift())
        .isEqualTo(DueDateShift.PREVIOUS_WORKING_DAY);
  }
}
