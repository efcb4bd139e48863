package io.github.acplan.serialization.report;

import io.github.acplan.calendar.UkrainianCalendar;
import io.github.acplan.core.Plan;
import io.github.acplan.core.monitoring.ExecutionMonitor;
import io.github.acplan.core.monitoring.ExecutionReport;
import io.github.acplan.core.monitoring.MonitoringResult;
import io.github.acplan.serialization.PlanFormatException;
import io.github.acplan.serialization.SeedPlan;
import io.github.acplan.serialization.json.ExecutionReportJson;
import io.github.acplan.serialization.text.PlanTextReader;

/**
 * The seed plan with its hand-written 2020-H1 status file (a copy of the one bundled with the examples),
 * judged on the Ukrainian working calendar: the input of the report golden tests.
 */
final class SeedReport {

  static final Plan PLAN = readPlan();
  static final ExecutionMonitor MONITOR = ExecutionMonitor.of(PLAN, UkrainianCalendar.standard());

  private SeedReport() {}

  private static Plan readPlan() {
    try {
      return PlanTextReader.standard().read(SeedPlan.text()).plan();
    } catch (PlanFormatException e) {
      throw new IllegalStateException("the seed plan no longer reads", e);
    }
  }

  /** The status file, read with its reader. */
  static ExecutionReport statusFile() {
    try {
      return ExecutionReportJson.standard().read(statusText());
    } catch (PlanFormatException e) {
      throw new IllegalStateException("the seed's status file no longer reads", e);
    }
  }

  static String statusText() {
    return SeedPlan.statusText();
  }

  static MonitoringResult result() {
    return MONITOR.assess(statusFile());
  }
}
