package io.github.acplan.benchmarks.diff;

import io.github.acplan.core.Plan;
import io.github.acplan.core.diff.Change;
import io.github.acplan.core.diff.PlanDiff;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.javers.core.Javers;
import org.javers.core.JaversBuilder;
import org.javers.core.diff.Diff;
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
 * Comparing two versions of a plan of 100, 1 000 and 10 000 measures (5% changed, one change in five a
 * move to another section): acplan's {@code PlanDiff}, JaVers on the same data as plain objects with the number as id, and a
 * hand-written map-by-number baseline.
 */
@BenchmarkMode(Mode.AverageTime)
// A fixed, pre-touched heap: the first touch of memory the heap grows into (page faults, more costly
// in a VM) otherwise lands in the measurements of the allocation-heavy benchmarks at random.
@Fork(jvmArgsAppend = {"-Xms2g", "-Xmx2g", "-XX:+AlwaysPreTouch"})
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@State(Scope.Benchmark)
public class DiffBenchmark {

  /** How many measures each plan has. */
  @Param({"100", "1000", "10000"})
  public int measures;

  private Plan older;
  private Plan newer;
  private List<MeasurePojo> olderPojos;
  private List<MeasurePojo> newerPojos;
  private Javers javers;

  /** Generates the two plans and their plain-object copies. */
  @Setup
  public void setUp() {
    PlanGenerator generator = PlanGenerator.seeded(measures);
    older = generator.plan(measures);
    newer = generator.amend(older, 0.05);
    olderPojos = MeasurePojo.of(older);
    newerPojos = MeasurePojo.of(newer);
    javers = JaversBuilder.javers().build();
    // Compacts the live plans, scattered among the generator's garbage in the young generation, as
    // they would be after any collection in a running application; every implementation gains alike.
    System.gc();
  }

  /** @return acplan's changes from the older plan to the newer */
  @Benchmark
  public List<Change> diff_ours() {
    return PlanDiff.between(older, newer);
  }

  /** @return JaVers' diff of the two lists of measures */
  @Benchmark
  public Diff diff_javers() {
    return javers.compareCollections(olderPojos, newerPojos, MeasurePojo.class);
  }

  /** @return the numbers added, removed and changed */
  @Benchmark
  public MapDiff diff_baseline() {
    return MapDiff.between(older, newer);
  }
}
