package io.github.acplan.benchmarks.deadline;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Deadline phrases shipped in this module's resources: the corpus of real plans' phrases (a copy of the
 * phrases of core's {@code deadline-corpus.tsv}) and the seed plan's 41 cells.
 */
public final class DeadlinePhrases {

  private DeadlinePhrases() {}

  /**
   * Returns the corpus phrases, in the corpus's order.
   *
   * @return the phrases
   */
  public static List<String> corpus() {
    return read("corpus-phrases.txt");
  }

  /**
   * Returns the seed plan's deadline cells, in the plan's order (repeats kept).
   *
   * @return the phrases
   */
  public static List<String> seed() {
    return read("seed-phrases.txt");
  }

  private static List<String> read(String resource) {
    try (InputStream in = DeadlinePhrases.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("Resource " + resource + " is missing from the benchmarks jar");
      }
      List<String> phrases = new ArrayList<>();
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (!line.isEmpty() && !line.startsWith("#")) {
          phrases.add(line);
        }
      }
      return List.copyOf(phrases);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
