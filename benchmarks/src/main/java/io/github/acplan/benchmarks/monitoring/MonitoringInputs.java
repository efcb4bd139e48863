package io.github.acplan.benchmarks.monitoring;

import io.github.acplan.benchmarks.SeedText;
import io.github.acplan.benchmarks.diff.PlanGenerator;
import io.github.acplan.core.Measure;
import io.github.acplan.core.Plan;
import io.github.acplan.core.Section;
import io.github.acplan.core.deadline.DeadlineParser;
import io.github.acplan.core.monitoring.ExecutionReport;
import io.github.acplan.core.monitoring.ExecutionStatus;
import io.github.acplan.core.monitoring.MeasureExecution;
import io.github.acplan.core.monitoring.ReportingPeriod;
import io.github.acplan.serialization.PlanFormatException;
import io.github.acplan.serialization.text.PlanTextReader;
import io.github.acplan.test.fixtures.SeedFixtures;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Random;

/**
 * The inputs of the monitoring benchmark: plans whose deadlines are parsed (as the text reader gives
 * them), and a report for the first half of 2020 as of 30 June 2020 that gives a status for 90% of the
 * measures, deterministically from a seed.
 */
public final class MonitoringInputs {

  /** The reporting period of every generated report, the period of the bundled seed status. */
  public static final ReportingPeriod PERIOD = ReportingPeriod.of(2020, ReportingPeriod.Span.H1);

  /** The share of measures a generated report gives a status for. */
  public static final double REPORTED_SHARE = 0.9;

  private MonitoringInputs() {}

  /**
   * Returns the seed plan read from its original text.
   *
   * @return the 2020 seed plan (41 measures)
   * @throws PlanFormatException if the seed cannot be read (a bug)
   */
  public static Plan seedPlan() throws PlanFormatException {
    return PlanTextReader.standard().read(SeedText.plan()).plan();
  }

  /**
   * Returns the status file of the seed plan for 2020-H1, the one bundled with the examples
   * ({@link SeedFixtures#statusFile()}).
   *
   * @return the report
   */
  public static ExecutionReport seedReport() {
    return SeedFixtures.statusFile();
  }

  /**
   * Generates a plan of {@code measures} measures with {@link PlanGenerator} (seed 42) and parses every
   * deadline phrase, as {@link PlanTextReader} would: the generator leaves them unparsed, and an
   * unparsed deadline is never scheduled, so the monitor would have nothing to judge.
   *
   * @param measures how many measures
   * @return the plan with parsed deadlines
   */
  public static Plan plan(int measures) {
    Plan generated = PlanGenerator.seeded(42).plan(measures);
    DeadlineParser parser = DeadlineParser.forPeriod(generated.period());
    List<Section> sections = new ArrayList<>();
    for (Section s : generated.sections()) {
      List<Measure> parsed = new ArrayList<>();
      for (Measure m : s.measures()) {
        parsed.add(m.withDeadline(parser.parse(m.deadline().text())));
      }
      sections.add(s.withMeasures(parsed));
    }
    return Plan.builder().from(generated).sections(sections).build();
  }

  /**
   * Generates a 2020-H1 report as of 30 June 2020 on {@code plan}: exactly {@link #REPORTED_SHARE} of
   * its measures (rounded), chosen at random, in plan order, half of them done (on a day of the half-year),
   * the others in progress, partly done, not done or not started, each with a comment of seed words and
   * one in four with a link.
   *
   * @param plan the plan
   * @param seed the random seed
   * @return the report
   */
  public static ExecutionReport report(Plan plan, long seed) {
    Random random = new Random(seed);
    List<Measure> measures = plan.measures();
    int reported = (int) Math.round(measures.size() * REPORTED_SHARE);
    // A random subset of exactly `reported` measures: a partial Fisher–Yates shuffle of the indices.
    int[] order = new int[measures.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    BitSet chosen = new BitSet(order.length);
    for (int i = 0; i < reported; i++) {
      int j = i + random.nextInt(order.length - i);
      int t = order[i];
      order[i] = order[j];
      order[j] = t;
      chosen.set(order[i]);
    }
    List<String> words = SeedText.words();
    ExecutionReport.Builder report = ExecutionReport.builder().period(PERIOD);
    ExecutionStatus[] others = {
      ExecutionStatus.IN_PROGRESS, ExecutionStatus.IN_PROGRESS, ExecutionStatus.PARTLY_DONE,
      ExecutionStatus.NOT_DONE, ExecutionStatus.NOT_STARTED,
    };
    int days = (int) (PERIOD.endInclusive().toEpochDay() - PERIOD.startInclusive().toEpochDay()) + 1;
    for (int i = chosen.nextSetBit(0); i >= 0; i = chosen.nextSetBit(i + 1)) {
      MeasureExecution.Builder e = MeasureExecution.builder().number(measures.get(i).number());
      if (random.nextBoolean()) {
        e.status(ExecutionStatus.DONE)
            .actualDate(LocalDate.ofEpochDay(PERIOD.startInclusive().toEpochDay() + random.nextInt(days)));
      } else {
        e.status(others[random.nextInt(others.length)]);
      }
      StringBuilder comment = new StringBuilder();
      for (int w = 6 + random.nextInt(20); w > 0; w--) {
        comment.append(comment.length() == 0 ? "" : " ").append(words.get(random.nextInt(words.size())));
      }
      e.comment(comment.toString());
      if (random.nextInt(4) == 0) {
        e.addEvidence("https://rada.example/rishennia/2020/" + (1 + random.nextInt(999)));
      }
      report.addEntries(e.build());
    }
    return report.build();
  }
}
