package io.github.acplan.core.monitoring;

import static io.github.acplan.core.fixtures.MonitoredProgramme.entry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExecutionReportsTest {

  private static ExecutionReport report(String period, MeasureExecution... entries) {
    return ExecutionReport.builder().period(ReportingPeriod.parse(period)).addEntries(entries).build();
  }

  @Test
  void twoQuartersMakeAHalfYearAndTheLaterEntryWins() {
    ExecutionReport q1 = report("2020-Q1",
        entry("1.1", ExecutionStatus.IN_PROGRESS).comment("Розпочато").addEvidence("a", "b").build(),
        entry("1.2", ExecutionStatus.DONE).actualDate(LocalDate.of(2020, 2, 3)).build());
    ExecutionReport q2 = report("2020-Q2",
        entry("1.3", ExecutionStatus.NOT_STARTED).build(),
        entry("1.1", ExecutionStatus.DONE).actualDate(LocalDate.of(2020, 5, 5)).addEvidence("b", "c").build());

    // Given in any order.
    ExecutionReport h1 = ExecutionReports.rollUp(ReportingPeriod.parse("2020-H1"), List.of(q2, q1));

    assertThat(h1.period()).hasToString("2020-H1");
    assertThat(h1.asOf()).isEqualTo(LocalDate.of(2020, 6, 30));
    assertThat(h1.entries()).extracting(e -> e.number().toString()).containsExactly("1.1", "1.2", "1.3");
    MeasureExecution first = h1.entries().get(0);
    assertThat(first.status()).isEqualTo(ExecutionStatus.DONE);
    assertThat(first.actualDate()).contains(LocalDate.of(2020, 5, 5));
    assertThat(first.comment()).isEmpty();
    assertThat(first.evidence()).containsExactly("a", "b", "c");
  }

  @Test
  void halfYearAndThirdQuarterMakeNineMonthsThenTheYear() {
    ExecutionReport h1 = report("2020-H1", entry("1.1", ExecutionStatus.IN_PROGRESS).build());
    ExecutionReport q3 = report("2020-Q3", entry("1.1", ExecutionStatus.PARTLY_DONE).build());
    ExecutionReport nine = ExecutionReports.rollUp(ReportingPeriod.parse("2020-9M"), List.of(h1, q3));
    assertThat(nine.asOf()).isEqualTo(LocalDate.of(2020, 9, 30));
    assertThat(nine.entries().get(0).status()).isEqualTo(ExecutionStatus.PARTLY_DONE);

    ExecutionReport q4 = report("2020-Q4", entry("1.1", ExecutionStatus.DONE).build());
    ExecutionReport year = ExecutionReports.rollUp(ReportingPeriod.ofYear(2020), List.of(nine, q4));
    assertThat(year.period()).hasToString("2020");
    assertThat(year.entries().get(0).status()).isEqualTo(ExecutionStatus.DONE);

    ExecutionReport h2 = report("2020-H2");
    assertThat(ExecutionReports.rollUp(ReportingPeriod.ofYear(2020), List.of(h1, h2)).entries())
        .containsExactlyElementsOf(h1.entries());
  }

  @Test
  void theRollUpTakesTheLatestReportingDate() {
    ExecutionReport q1 = ExecutionReport.builder().period(ReportingPeriod.parse("2020-Q1"))
        .asOf(LocalDate.of(2020, 3, 20)).build();
    ExecutionReport q2 = ExecutionReport.builder().period(ReportingPeriod.parse("2020-Q2"))
        .asOf(LocalDate.of(2020, 6, 15)).build();
    assertThat(ExecutionReports.rollUp(ReportingPeriod.parse("2020-H1"), List.of(q1, q2)).asOf())
        .isEqualTo(LocalDate.of(2020, 6, 15));
  }

  @Test
  void missingDaysOrPartsOutsideTheTargetAreRefusedWithTheReason() {
    ReportingPeriod year = ReportingPeriod.ofYear(2020);
    assertThatThrownBy(() -> ExecutionReports.rollUp(year, List.of(report("2020-H1"), report("2020-Q4"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no report covers 2020-07-01..2020-09-30");
    assertThatThrownBy(() -> ExecutionReports.rollUp(year, List.of(report("2020-Q2"), report("2020-H2"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("2020-01-01..2020-03-31");
    assertThatThrownBy(() -> ExecutionReports.rollUp(year, List.of(report("2020-9M"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("2020-10-01..2020-12-31");
    assertThatThrownBy(() -> ExecutionReports.rollUp(ReportingPeriod.parse("2020-H1"),
        List.of(report("2020-Q1"), report("2020-Q3"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("2020-Q3 lies outside");
    assertThatThrownBy(() -> ExecutionReports.rollUp(ReportingPeriod.parse("2021-H1"),
        List.of(report("2020-Q1"), report("2020-Q2"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("lies outside");
    assertThatThrownBy(() -> ExecutionReports.rollUp(year, List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no reports");
    assertThatThrownBy(() -> ExecutionReports.rollUp(year, List.of(report("2020"), report("2020"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("same period 2020");
  }

  @Test
  void overlappingPartsAreAllowedAndTheLaterPeriodWins() {
    ExecutionReport h1 = report("2020-H1", entry("1.1", ExecutionStatus.IN_PROGRESS).build());
    ExecutionReport nine = report("2020-9M", entry("1.1", ExecutionStatus.NOT_DONE).build());
    ExecutionReport q4 = report("2020-Q4");
    ExecutionReport year = ExecutionReports.rollUp(ReportingPeriod.ofYear(2020), List.of(nine, q4, h1));
    assertThat(year.entries()).extracting(MeasureExecution::status).containsExactly(ExecutionStatus.NOT_DONE);
  }
}
