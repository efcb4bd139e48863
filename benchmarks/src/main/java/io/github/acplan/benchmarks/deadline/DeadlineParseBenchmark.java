package io.github.acplan.benchmarks.deadline;

import io.github.acplan.core.PlanPeriod;
import io.github.acplan.core.deadline.Deadline;
import io.github.acplan.core.deadline.DeadlineParser;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Reading deadline phrases ({@link DeadlineParser#parse(String)}): one operation reads every phrase of a
 * list once, so phrases per second are the list's size divided by the time per operation. The floor
 * lower-cases each phrase and matches it against one precompiled pattern: the least a regular-expression
 * reader of these phrases does.
 */
@BenchmarkMode(Mode.AverageTime)
@Fork(jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@State(Scope.Benchmark)
public class DeadlineParseBenchmark {

  /** Which phrases: the corpus of real plans' phrases, or the seed plan's 41 cells. */
  @Param({"corpus", "seed"})
  public String phrases;

  private List<String> list;
  private DeadlineParser parser;
  private final Pattern floorPattern = Pattern.compile("(?:щороку|постійно|протягом|до)\\s.*");

  /** Loads the phrases and creates the parser. */
  @Setup
  public void setUp() {
    list = "seed".equals(phrases) ? DeadlinePhrases.seed() : DeadlinePhrases.corpus();
    parser = DeadlineParser.forPeriod(PlanPeriod.ofYear(2023));
  }

  /**
   * Reads every phrase with the parser.
   *
   * @param bh the sink of the readings
   */
  @Benchmark
  public void parse_ours(Blackhole bh) {
    for (String phrase : list) {
      Deadline d = parser.parse(phrase);
      bh.consume(d);
    }
  }

  /**
   * Lower-cases every phrase and matches it against one pattern.
   *
   * @param bh the sink of the results
   */
  @Benchmark
  public void parse_floor(Blackhole bh) {
    for (String phrase : list) {
      bh.consume(floorPattern.matcher(phrase.toLowerCase(Locale.ROOT)).matches());
    }
  }
}
