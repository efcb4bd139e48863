package io.github.acplan.core.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.acplan.calendar.UkrainianCalendar;
import io.github.acplan.core.fixtures.SeedPlan;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The "as of" date and the submission due date of a report, kept apart (NAZK order 134/23, s. IV(1)). */
class ReportSubmissionTest {

  private static final ExecutionMonitor MONITOR = ExecutionMonitor.of(SeedPlan.plan(), UkrainianCalendar.standard());

  @Test
  void aReportGivesTheStateOnThePeriodsLastDayAndIsDueFifteenDaysLater() {
    ReportingPeriod q1 = ReportingPeriod.parse("2020-Q1");
    assertThat(q1.asOf()).isEqualTo(LocalDate.of(2020, 3, 31));
    assertThat(q1.submissionDue()).isEqualTo(LocalDate.of(2020, 4, 15));
    ReportingPeriod h1 = ReportingPeriod.parse("2020-H1");
    assertThat(h1.asOf()).isEqualTo(LocalDate.of(2020, 6, 30));
    assertThat(h1.submissionDue()).isEqualTo(LocalDate.of(2020, 7, 15));
    assertThat(ReportingPeriod.ofYear(2020).submissionDue()).isEqualTo(LocalDate.of(2021, 1, 15));
    // The report's own date defaults to the period's "as of" date.
    assertThat(ExecutionReport.builder().period(h1).build().asOf()).isEqualTo(h1.asOf());
  }

  @Test
  void theMonitorMovesADueDateOnADayOffAndSaysWhenAReportIsLate() {
    // 15 October 2023 was a Sunday: the report on 2023-Q3 is due Monday 16 October.
    ReportingPeriod q3 = ReportingPeriod.parse("2023-Q3");
    assertThat(q3.submissionDue()).isEqualTo(LocalDate.of(2023, 10, 15));
    assertThat(MONITOR.submissionDue(q3)).isEqualTo(LocalDate.of(2023, 10, 16));
    assertThat(MONITOR.isSubmittedLate(q3, LocalDate.of(2023, 10, 16))).isFalse();
    assertThat(MONITOR.isSubmittedLate(q3, LocalDate.of(2023, 10, 17))).isTrue();
    assertThat(MONITOR.isReportOverdueOn(q3, LocalDate.of(2023, 10, 16))).isFalse();
    assertThat(MONITOR.isReportOverdueOn(q3, LocalDate.of(2023, 10, 17))).isTrue();
    // 15 July 2020 was a Wednesday: no move.
    assertThat(MONITOR.submissionDue(ReportingPeriod.parse("2020-H1"))).isEqualTo(LocalDate.of(2020, 7, 15));
  }
}
