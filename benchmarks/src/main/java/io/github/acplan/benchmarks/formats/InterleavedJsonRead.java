package io.github.acplan.benchmarks.formats;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Reading a plan's JSON, acplan against its floors, measured interleaved in one JVM: on this project's
 * shared 2-core machine the speed drifts by up to 1.7× between minutes, so JMH runs of one benchmark
 * after another give ratios that move by ±30 %; rounds that alternate the two readers see the same
 * machine. Each round reads the plan N times with one reader, then N times with the other (the order
 * swapped every round); the figure is the median of the rounds' ratios, with the 5th and 26th of 30 as
 * the spread, and the bytes each read allocates (exact, from the thread's allocation counter).
 *
 * <p>Run with the heap JMH's forks get: {@code java -Xms2g -Xmx2g -XX:+AlwaysPreTouch -cp
 * benchmarks/target/benchmarks.jar io.github.acplan.benchmarks.formats.InterleavedJsonRead seed} (or
 * {@code 10000}). Not a JMH benchmark: no blackhole, but every result is stored in a field, and the
 * readers are warmed up for 10 rounds first. With {@code write} after the Jackson line, the writers are
 * compared the same way (acplan's against plain Jackson's on the plain objects).
 */
public final class InterleavedJsonRead {
  private static final int ROUNDS = 30;
  private static final int WARM_UP_ROUNDS = 10;
  /** The rounds' ratios left out at each end of the spread printed: the 5th and the 26th of 30 are shown. */
  private static final int SPREAD_TRIM = 4;
  /** Reads a round: about 0.1 s of the seed (41 measures), and of a generated plan of 10 000 measures. */
  private static final int SEED_READS = 1_000;
  private static final int LARGE_PLAN_READS = 5;

  /** The pairs compared: acplan against each floor, and the second floor against the first. */
  private static final String[][] PAIRS = {
      {"readJson_ours", "readJson_floor"},
      {"readJson_jackson3", "readJson_floor3"},
      {"readJson_ours", "readJson_floorModel"},
      {"readJson_jackson3", "readJson_floor3Model"},
      {"readJson_floorModel", "readJson_floor"},
      {"readJson_floor3Model", "readJson_floor3"}};

  /** With {@code write} after the Jackson line: the writers, acplan against each floor. */
  private static final String[][] WRITE_PAIRS = {
      {"writeJson_ours", "writeJson_floor"},
      {"writeJson_jackson3", "writeJson_floor3"}};

  /** With {@code bytes} after the Jackson line: the readers of UTF-8 bytes from a stream, as {@link #PAIRS}. */
  private static final String[][] BYTES_PAIRS = {
      {"readJsonBytes_ours", "readJsonBytes_floor"},
      {"readJsonBytes_jackson3", "readJsonBytes_floor3"},
      {"readJsonBytes_ours", "readJsonBytes_floorModel"},
      {"readJsonBytes_jackson3", "readJsonBytes_floor3Model"}};

  /** The readers and writers of Jackson 2 ({@code PlanJson} and plain Jackson 2); the others are Jackson 3's. */
  private static final List<String> JACKSON2 = List.of("readJson_ours", "readJson_floor", "readJson_floorModel",
      "writeJson_ours", "writeJson_floor", "readJsonBytes_ours", "readJsonBytes_floor", "readJsonBytes_floorModel");

  /** The last result, kept so that no read can be optimized away. */
  static volatile Object sink;

  private InterleavedJsonRead() {}

  /** A reader of the benchmark, by its method's name. */
  @FunctionalInterface
  private interface Reader {
    Object read() throws IOException;
  }

  /**
   * Runs the comparison.
   *
   * @param args the plan: {@code seed} (default) or a number of measures such as {@code 10000}; then
   *     optionally {@code jackson2} or {@code jackson3}, to compare one Jackson line's readers only, as an
   *     application has one line (and JMH a fresh JVM for each benchmark): with both lines in one JVM
   *     acplan's reader of shapes is compiled for two kinds of parser at once; then optionally
   *     {@code write}, to compare the writers instead of the readers, or {@code bytes}, to compare the
   *     readers of UTF-8 bytes from a stream instead of those of a {@code String}
   * @throws Exception if the set-up or a read fails (a bug)
   */
  public static void main(String[] args) throws Exception {
    String line = args.length > 1 ? args[1] : "both";
    if (!List.of("both", "jackson2", "jackson3").contains(line)) {
      throw new IllegalArgumentException("expected jackson2 or jackson3 after the plan; found " + line);
    }
    FormatsBenchmark benchmark = new FormatsBenchmark();
    benchmark.plan = args.length > 0 ? args[0] : "seed";
    benchmark.setUp();
    int reads = benchmark.plan.equals("seed") ? SEED_READS : LARGE_PLAN_READS;
    System.out.println(benchmark.sizes() + "; " + reads + " reads a round, " + ROUNDS + " rounds");
    String what = args.length > 2 ? args[2] : "read";
    if (!List.of("read", "write", "bytes").contains(what)) {
      throw new IllegalArgumentException("expected read, write or bytes after the Jackson line; found " + what);
    }
    String[][] pairs = what.equals("write") ? WRITE_PAIRS : what.equals("bytes") ? BYTES_PAIRS : PAIRS;
    for (String[] pair : pairs) {
      if (!line.equals("both") && JACKSON2.contains(pair[0]) != line.equals("jackson2")) {
        continue;
      }
      Reader first = reader(benchmark, pair[0]);
      Reader second = reader(benchmark, pair[1]);
      for (int i = 0; i < WARM_UP_ROUNDS; i++) {
        time(first, reads);
        time(second, reads);
      }
      double[] ratios = new double[ROUNDS];
      double[] firstMicros = new double[ROUNDS];
      double[] secondMicros = new double[ROUNDS];
      for (int i = 0; i < ROUNDS; i++) {
        long a;
        long b;
        if (i % 2 == 0) {
          a = time(first, reads);
          b = time(second, reads);
        } else {
          b = time(second, reads);
          a = time(first, reads);
        }
        ratios[i] = (double) a / b;
        firstMicros[i] = a / 1e3 / reads;
        secondMicros[i] = b / 1e3 / reads;
      }
      Arrays.sort(ratios);
      Arrays.sort(firstMicros);
      Arrays.sort(secondMicros);
      System.out.printf(Locale.ROOT, "%s / %s: %.2f [%.2f-%.2f]; %.1f us / %.1f us; %.1f KB / %.1f KB a call%n",
          pair[0], pair[1], ratios[ROUNDS / 2], ratios[SPREAD_TRIM], ratios[ROUNDS - 1 - SPREAD_TRIM],
          firstMicros[ROUNDS / 2], secondMicros[ROUNDS / 2], allocated(first) / 1e3, allocated(second) / 1e3);
    }
  }

  private static Reader reader(FormatsBenchmark benchmark, String name) {
    switch (name) {
      case "readJson_ours": return benchmark::readJson_ours;
      case "readJson_floor": return benchmark::readJson_floor;
      case "readJson_jackson3": return benchmark::readJson_jackson3;
      case "readJson_floor3": return benchmark::readJson_floor3;
      case "readJson_floorModel": return benchmark::readJson_floorModel;
      case "readJson_floor3Model": return benchmark::readJson_floor3Model;
      case "writeJson_ours": return benchmark::writeJson_ours;
      case "writeJson_floor": return benchmark::writeJson_floor;
      case "writeJson_jackson3": return benchmark::writeJson_jackson3;
      case "writeJson_floor3": return benchmark::writeJson_floor3;
      case "readJsonBytes_ours": return benchmark::readJsonBytes_ours;
      case "readJsonBytes_floor": return benchmark::readJsonBytes_floor;
      case "readJsonBytes_floorModel": return benchmark::readJsonBytes_floorModel;
      case "readJsonBytes_jackson3": return benchmark::readJsonBytes_jackson3;
      case "readJsonBytes_floor3": return benchmark::readJsonBytes_floor3;
      case "readJsonBytes_floor3Model": return benchmark::readJsonBytes_floor3Model;
      default: throw new IllegalArgumentException("no reader " + name);
    }
  }

  private static long time(Reader reader, int reads) throws Exception {
    long start = System.nanoTime();
    for (int i = 0; i < reads; i++) {
      sink = reader.read();
    }
    return System.nanoTime() - start;
  }

  /** The bytes one read allocates, by the thread's allocation counter. */
  private static long allocated(Reader reader) throws Exception {
    com.sun.management.ThreadMXBean threads =
        (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long thread = Thread.currentThread().getId();
    long before = threads.getThreadAllocatedBytes(thread);
    sink = reader.read();
    return threads.getThreadAllocatedBytes(thread) - before;
  }
}
