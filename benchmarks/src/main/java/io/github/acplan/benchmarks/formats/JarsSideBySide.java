package io.github.acplan.benchmarks.formats;

import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

/**
 * One reader of {@link FormatsBenchmark} from two builds of this module, in one JVM: each jar in a class
 * loader of its own, their rounds alternating, so that a change is measured against the build before it on
 * the same machine at the same minute. Between JVMs, the ratio to plain Jackson moves by ±0.07 with the
 * JIT's decisions and the machine's load, more than a small change makes; within one JVM the two builds
 * share both. Each build's own copy of Jackson is compiled apart, so each is also timed against its own
 * floor.
 *
 * <p>Run: {@code java -Xms2g -Xmx2g -XX:+AlwaysPreTouch -cp benchmarks/target/benchmarks.jar
 * io.github.acplan.benchmarks.formats.JarsSideBySide before.jar after.jar [readJson_ours] [rounds]}, with
 * two copies of {@code benchmarks/target/benchmarks.jar} built at the two commits. Prints the median of the
 * rounds' ratios of the first build's time to the second's (above 1: the second is faster), with the 10th
 * and 90th percentiles, and each build against its floor ({@code readJson_floor}, or
 * {@code readJsonBytes_floor} for a reader of bytes, {@code writeJson_floor} for a writer).
 */
public final class JarsSideBySide {
  private static final int READS = 1_000;
  private static final int WARM_UP_ROUNDS = 10;
  private static final int DEFAULT_ROUNDS = 40;

  private JarsSideBySide() {}

  /**
   * Runs the comparison.
   *
   * @param args the two jars, then optionally the benchmark method ({@code readJson_ours} by default) and
   *     the number of rounds (40 by default)
   * @throws Exception if a jar cannot be loaded or a read fails (a bug)
   */
  public static void main(String[] args) throws Exception {
    if (args.length < 2) {
      throw new IllegalArgumentException("expected two benchmark jars, then optionally a method and rounds");
    }
    String method = args.length > 2 ? args[2] : "readJson_ours";
    String floor = method.startsWith("readJsonBytes") ? "readJsonBytes_floor"
        : method.startsWith("writeJson") ? "writeJson_floor" : "readJson_floor";
    int rounds = args.length > 3 ? Integer.parseInt(args[3]) : DEFAULT_ROUNDS;
    Object[] benchmarks = new Object[2];
    Method[] readers = new Method[4]; // the two builds' readers, then their floors
    for (int i = 0; i < 2; i++) {
      URLClassLoader loader = new URLClassLoader(new URL[] {Path.of(args[i]).toUri().toURL()},
          ClassLoader.getPlatformClassLoader());
      Class<?> type = loader.loadClass(FormatsBenchmark.class.getName());
      benchmarks[i] = type.getConstructor().newInstance();
      type.getField("plan").set(benchmarks[i], "seed");
      type.getMethod("setUp").invoke(benchmarks[i]);
      readers[i] = type.getMethod(method);
      readers[i + 2] = type.getMethod(floor);
    }
    for (int round = 0; round < WARM_UP_ROUNDS; round++) {
      for (int r = 0; r < 4; r++) {
        time(readers[r], benchmarks[r % 2]);
      }
    }
    double[] firstToSecond = new double[rounds];
    double[] firstToFloor = new double[rounds];
    double[] secondToFloor = new double[rounds];
    for (int round = 0; round < rounds; round++) {
      long[] nanos = new long[4];
      for (int k = 0; k < 4; k++) {
        int r = round % 2 == 0 ? k : 3 - k; // the order reversed every other round
        nanos[r] = time(readers[r], benchmarks[r % 2]);
      }
      firstToSecond[round] = (double) nanos[0] / nanos[1];
      firstToFloor[round] = (double) nanos[0] / nanos[2];
      secondToFloor[round] = (double) nanos[1] / nanos[3];
    }
    Arrays.sort(firstToSecond);
    Arrays.sort(firstToFloor);
    Arrays.sort(secondToFloor);
    System.out.printf(Locale.ROOT, "%s, first / second build: %.3f [%.3f-%.3f]; first / its floor %.3f; "
            + "second / its floor %.3f%n", method, firstToSecond[rounds / 2], firstToSecond[rounds / 10],
        firstToSecond[rounds - 1 - rounds / 10], firstToFloor[rounds / 2], secondToFloor[rounds / 2]);
  }

  private static long time(Method reader, Object benchmark) throws Exception {
    long start = System.nanoTime();
    for (int i = 0; i < READS; i++) {
      InterleavedJsonRead.sink = reader.invoke(benchmark);
    }
    return System.nanoTime() - start;
  }
}
