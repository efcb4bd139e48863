package io.github.acplan.benchmarks.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.acplan.calendar.UkrainianCalendar;
import io.github.acplan.core.Plan;
import io.github.acplan.core.monitoring.ExecutionMonitor;
import io.github.acplan.core.monitoring.ExecutionReport;
import io.github.acplan.core.monitoring.MonitoringResult;
import io.github.acplan.core.monitoring.Standing;
import io.github.acplan.serialization.PlanFormatException;
import org.junit.jupiter.api.Test;

/**
 * The monitoring benchmark's inputs: the generated report covers 90% of the measures, the plans' deadlines
 * are scheduled (so the monitor has real work), and the floor agrees with the monitor on the measures done
 * and overdue, so both are timed on the same answer.
 */
class MonitoringInputsTest {

  @Test
  void generatedReportCoversNinetyPercentAndFloorAgreesWithMonitor() {
    Plan plan = MonitoringInputs.plan(1000);
    ExecutionReport report = MonitoringInputs.report(plan, 7);
    assertThat(plan.measures()).hasSize(1000);
    assertThat(report.entries()).hasSize(900);
    assertThat(report.period()).isEqualTo(MonitoringInputs.PERIOD);

    ExecutionMonitor monitor = ExecutionMonitor.of(plan, UkrainianCalendar.standard());
    MonitoringResult result = monitor.assess(report);
    assertThat(result.unknownEntries()).isEmpty();
    // The generated deadlines are parsed and scheduled: every kind of standing the floor counts occurs.
    assertThat(result.overdue()).isNotEmpty();
    assertThat(result.done()).isNotEmpty();
    assertThat(result.withStanding(Standing.REPORTABLE)).isNotEmpty();
    assertThat(result.unreported()).isNotEmpty();

    long count = OverdueFloor.of(monitor.schedule(), report.period()).count(report);
    assertThat(OverdueFloor.overdue(count)).isEqualTo(result.overdue().size());
    assertThat(OverdueFloor.done(count)).isEqualTo(result.done().size());
  }

  @Test
  void sameSeedGivesSameReport() {
    Plan plan = MonitoringInputs.plan(200);
    assertThat(MonitoringInputs.report(plan, 7)).isEqualTo(MonitoringInputs.report(plan, 7));
    assertThat(MonitoringInputs.report(plan, 7)).isNotEqualTo(MonitoringInputs.report(plan, 8));
  }

  @Test
  void seedStatusMatchesSeedPlanAndFloorAgrees() throws PlanFormatException {
    Plan plan = MonitoringInputs.seedPlan();
    ExecutionReport report = MonitoringInputs.seedReport();
    assertThat(plan.measures()).hasSize(41);
    ExecutionMonitor monitor = ExecutionMonitor.of(plan, UkrainianCalendar.standard());
    MonitoringResult result = monitor.assess(report);
    assertThat(result.unknownEntries()).isEmpty();
    assertThat(result.done()).isNotEmpty();

    long count = OverdueFloor.of(monitor.schedule(), report.period()).count(report);
    assertThat(OverdueFloor.overdue(count)).isEqualTo(result.overdue().size());
    assertThat(OverdueFloor.done(count)).isEqualTo(result.done().size());
  }
}
