package io.github.acplan.serialization.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.acplan.calendar.UkrainianCalendar;
import io.github.acplan.core.MeasureNumber;
import io.github.acplan.core.Plan;
import io.github.acplan.core.monitoring.ExecutionMonitor;
import io.github.acplan.core.monitoring.ExecutionReport;
import io.github.acplan.core.monitoring.ExecutionStatus;
import io.github.acplan.core.monitoring.MeasureExecution;
import io.github.acplan.core.monitoring.MonitoringResult;
import io.github.acplan.core.monitoring.ReportingPeriod;
import io.github.acplan.serialization.PlanFormatException;
import io.github.acplan.serialization.SeedPlan;
import io.github.acplan.serialization.text.PlanTextReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;

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
      return PlanTextReader.read(SeedPlan.text()).plan();
    } catch (PlanFormatException e) {
      throw new IllegalStateException("the seed plan no longer reads", e);
    }
  }

  /** The status file, read with a plain tree walk so these tests do not depend on its reader. */
  static ExecutionReport statusFile() {
    try {
      JsonNode root = new ObjectMapper().readTree(SeedPlan.resource("dovhyntsivskyi-2020-H1-status.json"));
      ExecutionReport.Builder report = ExecutionReport.builder()
          .period(ReportingPeriod.parse(root.get("period").asText()))
          .asOf(LocalDate.parse(root.get("asOf").asText()));
      for (JsonNode e : root.get("entries")) {
        MeasureExecution.Builder entry = MeasureExecution.builder()
            .number(MeasureNumber.parse(e.get("measure").asText()))
            .status(ExecutionStatus.fromText(e.get("status").asText()).orElseThrow())
            .comment(e.path("comment").asText(""));
        if (e.has("actualDate")) {
          entry.actualDate(LocalDate.parse(e.get("actualDate").asText()));
        }
        for (JsonNode link : e.path("evidence")) {
          entry.addEvidence(link.asText());
        }
        report.addEntries(entry.build());
      }
      return report.build();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static MonitoringResult result() {
    return MONITOR.assess(statusFile());
  }
}
