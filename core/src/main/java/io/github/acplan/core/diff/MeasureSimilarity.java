package io.github.acplan.core.diff;

import io.github.acplan.core.Actor;
import io.github.acplan.core.ExpectedResult;
import io.github.acplan.core.Indicator;
import io.github.acplan.core.Measure;
import io.github.acplan.core.similarity.StemRanks;
import io.github.acplan.core.similarity.WordStems;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Pairs measures left unmatched by number and exact content by the similarity of their texts.
 *
 * <p>A measure's text is the set of word stems of all its cells. Two measures are candidates only if
 * they share a stem among the first |A| − ⌈t·|A|⌉ + 1 of their rarest stems (prefix filtering: a pair
 * with Jaccard index at least t always does), and stems found in more than {@value #MAX_BLOCK} measures
 * are not used for blocking at all, which bounds the work per measure whatever the input. Pairs are then
 * taken greedily, most similar first.
 */
final class MeasureSimilarity {

  /** The least Jaccard index of two measures' word stems for them to be the same measure, edited. */
  static final double THRESHOLD = 0.5;

  /** Stems shared by more measures than this say nothing about which measure is which. */
  static final int MAX_BLOCK = 64;

  private MeasureSimilarity() {}

  static Set<String> stems(Measure m) {
    Set<String> out = new HashSet<>();
    WordStems.addTo(m.name(), out);
    WordStems.addTo(m.deadline().text(), out);
    for (Actor a : m.responsible().actors()) {
      WordStems.addTo(a.name(), out);
    }
    for (Indicator i : m.indicators()) {
      WordStems.addTo(i.text(), out);
    }
    for (ExpectedResult r : m.expectedResults()) {
      WordStems.addTo(r.text(), out);
    }
    return out;
  }

  /**
   * Returns the matched pairs as {index in olds, index in news}.
   *
   * <p>Candidates are found by the prefixes of {@link StemRanks}. Ties in similarity are broken by the
   * smaller, then the larger of the two measure numbers, which does not depend on which side is "old";
   * the two sides hold no common number (those were matched before), so every pair has its own key.
   */
  static List<int[]> match(List<Measure> olds, List<Measure> news) {
    if (olds.isEmpty() || news.isEmpty()) {
      return List.of();
    }
    // Old measures are sets 0 .. n-1 of the ranks, new ones n and on: stems are ranked over both.
    int n = olds.size();
    List<Set<String>> sets = new ArrayList<>();
    for (Measure m : olds) {
      sets.add(stems(m));
    }
    for (Measure m : news) {
      sets.add(stems(m));
    }
    StemRanks ranks = StemRanks.of(sets, MAX_BLOCK);
    Map<Integer, List<Integer>> index = new HashMap<>();
    for (int j = 0; j < news.size(); j++) {
      int p = ranks.prefixLength(n + j, THRESHOLD);
      for (int k = 0; k < p; k++) {
        index.computeIfAbsent(ranks.rank(n + j, k), x -> new ArrayList<>()).add(j);
      }
    }
    record Scored(int old, int neu, double score, Measure x, Measure y) {}
    List<Scored> scored = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Set<Integer> seen = new HashSet<>();
      int p = ranks.prefixLength(i, THRESHOLD);
      for (int k = 0; k < p; k++) {
        for (int j : index.getOrDefault(ranks.rank(i, k), List.of())) {
          if (seen.add(j)) {
            double s = ranks.jaccard(i, n + j);
            if (s >= THRESHOLD) {
              scored.add(new Scored(i, j, s, olds.get(i), news.get(j)));
            }
          }
        }
      }
    }
    scored.sort(Comparator.comparingDouble((Scored s) -> -s.score())
        .thenComparing(s -> min(s.x(), s.y()))
        .thenComparing(s -> max(s.x(), s.y())));
    boolean[] oldTaken = new boolean[olds.size()];
    boolean[] newTaken = new boolean[news.size()];
    List<int[]> out = new ArrayList<>();
    for (Scored s : scored) {
      if (!oldTaken[s.old()] && !newTaken[s.neu()]) {
        oldTaken[s.old()] = true;
        newTaken[s.neu()] = true;
        out.add(new int[] {s.old(), s.neu()});
      }
    }
    return out;
  }

  private static io.github.acplan.core.MeasureNumber min(Measure x, Measure y) {
    return x.number().compareTo(y.number()) <= 0 ? x.number() : y.number();
  }

  private static io.github.acplan.core.MeasureNumber max(Measure x, Measure y) {
    return x.number().compareTo(y.number()) <= 0 ? y.number() : x.number();
  }
}
