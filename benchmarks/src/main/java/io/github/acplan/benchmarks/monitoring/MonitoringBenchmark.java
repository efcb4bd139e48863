package io.github.acplan.benchmarks.monitoring;

import io.github.acplan.calendar.UkrainianCalendar;
import io.github.acplan.core.Plan;
import io.github.acplan.core.monitoring.ExecutionMonitor;
import io.github.acplan.core.monitoring.ExecutionReport;
import io.github.acplan.core.monitoring.MonitoringResult;
import io.github.acplan.serialization.PlanFormatException;
import io.github.acplan.serialization.json.MonitoringResultJson;
import io.github.acplan.serialization.report.ExecutionReportTextWriter;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Execution monitoring: creating an {@link ExecutionMonitor} (which schedules the plan), assessing a
 * 2020-H1 report with it, and writing the result as the officer's report text and as JSON; for the seed
 * plan with its bundled-style status, and generated plans of 1 000 and 10 000 measures with a status
 * for 90% of them. No library does this, so {@code assess} is compared with {@link OverdueFloor}, which
 * only matches entries to measures and compares precomputed due dates with the report's date.
 */
@BenchmarkMode(Mode.AverageTime)
// As in FormatsBenchmark: a fixed, pre-touched heap keeps page faults of a growing heap out of the
// measurements of these allocation-heavy benchmarks.
@Fork(jvmArgsAppend = {"-Xms2g", "-Xmx2g", "-XX:+AlwaysPreTouch"})
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@State(Scope.Benchmark)
public class MonitoringBenchmark {

  /** Which plan: "seed" (the 2020 seed, 41 measures) or a generated plan of that many measures. */
  @Param({"seed", "1000", "10000"})
  public String plan;

  private Plan model;
  private ExecutionReport report;
  private ExecutionMonitor monitor;
  private MonitoringResult result;
  private OverdueFloor floor;

  /**
   * Prepares the plan, the report, a monitor, its result and the floor's due dates.
   *
   * @throws PlanFormatException if the seed or its status cannot be read (a bug)
   */
  @Setup
  public void setUp() throws PlanFormatException {
    if (plan.equals("seed")) {
      model = MonitoringInputs.seedPlan();
      report = MonitoringInputs.seedReport();
    } else {
      model = MonitoringInputs.plan(Integer.parseInt(plan));
      report = MonitoringInputs.report(model, 7);
    }
    monitor = ExecutionMonitor.of(model, UkrainianCalendar.standard());
    result = monitor.assess(report);
    floor = OverdueFloor.of(monitor.schedule(), report.period());
    // Compacts the live inputs, scattered among the set-up's garbage; every implementation gains alike.
    System.gc();
  }

  /** @return a monitor of the plan (the calendar is shared, as {@code standard()} is) */
  @Benchmark
  public ExecutionMonitor create_ours() {
    return ExecutionMonitor.of(model, UkrainianCalendar.standard());
  }

  /** @return the report's assessment */
  @Benchmark
  public MonitoringResult assess_ours() {
    return monitor.assess(report);
  }

  /** @return the done and overdue counts of the floor */
  @Benchmark
  public long assess_floor() {
    return floor.count(report);
  }

  /** @return the officer's report text, in Ukrainian */
  @Benchmark
  public String writeText_ours() {
    return ExecutionReportTextWriter.standard().write(result);
  }

  /** @return the result's JSON (indented, as the CLI writes it) */
  @Benchmark
  public String writeJson_ours() {
    return MonitoringResultJson.standard().write(result);
  }
}
