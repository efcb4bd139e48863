package io.github.acplan.benchmarks;

import io.github.acplan.test.fixtures.SeedFixtures;
import java.util.ArrayList;
import java.util.List;

/**
 * The seed plan (Dovhyntsivskyi district executive committee, 2020) as acplan-test's {@link SeedFixtures}
 * hold it, and the words of its table, used to generate large plans that read like real ones.
 */
public final class SeedText {

  private SeedText() {}

  /**
   * Returns the seed plan's text exactly as extracted from the PDF.
   *
   * @return the text
   */
  public static String plan() {
    return SeedFixtures.text();
  }

  /**
   * Returns the words of the seed's table cells, markup removed, in order, repeats kept (so frequent
   * words stay frequent when drawn at random).
   *
   * @return the words
   */
  public static List<String> words() {
    List<String> words = new ArrayList<>();
    for (String line : plan().split("\n")) {
      if (!line.contains("\t")) {
        continue;
      }
      for (String word : line.replaceAll("<[^>]*>", " ").split("[\\s\t]+")) {
        if (word.length() > 1 && Character.isLetter(word.charAt(0))) {
          words.add(word);
        }
      }
    }
    return words;
  }
}
