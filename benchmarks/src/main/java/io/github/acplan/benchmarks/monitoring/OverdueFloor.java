package io.github.acplan.benchmarks.monitoring;

import io.github.acplan.core.Measure;
import io.github.acplan.core.MeasureNumber;
import io.github.acplan.core.Plan;
import io.github.acplan.core.monitoring.ExecutionReport;
import io.github.acplan.core.monitoring.ExecutionStatus;
import io.github.acplan.core.monitoring.MeasureExecution;
import io.github.acplan.core.monitoring.ReportingPeriod;
import io.github.acplan.core.schedule.DueItem;
import io.github.acplan.core.schedule.PlanSchedule;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The floor of the monitoring benchmark: the least work that tells which measures are done and which
 * overdue. Each measure's first due date in the period is computed once, beforehand, from the monitor's
 * schedule; {@link #count(ExecutionReport)} then only puts the report's entries in a {@code HashMap} by
 * number and compares each not-done measure's due date with the report's date. It computes no standing
 * but these two, no verdicts, no lists and no completion by section or actor.
 */
public final class OverdueFloor {

  /** No due date in the period. */
  private static final long NONE = Long.MAX_VALUE;

  private final MeasureNumber[] numbers;
  private final long[] firstDueDay;

  private OverdueFloor(MeasureNumber[] numbers, long[] firstDueDay) {
    this.numbers = numbers;
    this.firstDueDay = firstDueDay;
  }

  /**
   * Precomputes, for each measure of the schedule's plan, the earliest due date (as an epoch day) of its
   * occurrences with a due date whose window shares a day with the period, as the monitor selects them.
   *
   * @param schedule the plan's schedule (e.g. {@code ExecutionMonitor.schedule()})
   * @param period the reporting period
   * @return the floor
   */
  public static OverdueFloor of(PlanSchedule schedule, ReportingPeriod period) {
    Plan plan = schedule.plan();
    List<Measure> measures = plan.measures();
    Map<MeasureNumber, Integer> index = new HashMap<>();
    MeasureNumber[] numbers = new MeasureNumber[measures.size()];
    long[] due = new long[measures.size()];
    for (int i = 0; i < numbers.length; i++) {
      numbers[i] = measures.get(i).number();
      index.put(numbers[i], i);
      due[i] = NONE;
    }
    for (DueItem item : schedule.items()) {
      if (item.occurrence().reportOnly() || item.occurrence().startInclusive().isAfter(period.endInclusive())
          || item.due().isBefore(period.startInclusive())) {
        continue;
      }
      int i = index.get(item.measure().number());
      due[i] = Math.min(due[i], item.due().toEpochDay());
    }
    return new OverdueFloor(numbers, due);
  }

  /**
   * Counts the measures done and overdue on the report's date.
   *
   * @param report the report
   * @return {@code done * 2^32 + overdue}: both counts in one primitive, so the floor allocates nothing
   *     but its map
   */
  public long count(ExecutionReport report) {
    List<MeasureExecution> entries = report.entries();
    Map<MeasureNumber, MeasureExecution> byNumber = new HashMap<>(entries.size() * 4 / 3 + 1);
    for (MeasureExecution e : entries) {
      byNumber.put(e.number(), e);
    }
    long asOf = report.asOf().toEpochDay();
    long done = 0;
    long overdue = 0;
    for (int i = 0; i < numbers.length; i++) {
      MeasureExecution e = byNumber.get(numbers[i]);
      if (e != null && e.status() == ExecutionStatus.DONE) {
        done++;
      } else if (firstDueDay[i] < asOf) {
        overdue++;
      }
    }
    return (done << 32) | overdue;
  }

  /**
   * Returns the done count of a {@link #count(ExecutionReport)} result.
   *
   * @param count the result
   * @return the measures done
   */
  public static int done(long count) {
    return (int) (count >>> 32);
  }

  /**
   * Returns the overdue count of a {@link #count(ExecutionReport)} result.
   *
   * @param count the result
   * @return the measures overdue
   */
  public static int overdue(long count) {
    return (int) count;
  }
}
