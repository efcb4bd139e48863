package io.github.acplan.core.diff;

import com.google.common.collect.ImmutableSet;
import io.github.acplan.core.Actor;
import io.github.acplan.core.ExpectedResult;
import io.github.acplan.core.Indicator;
import io.github.acplan.core.Measure;
import java.util.ArrayList;
import java.util.Arrays;
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

  private static final int STEM_LENGTH = 6;
  private static final ImmutableSet<String> STOP_WORDS = ImmutableSet.of("та", "що", "щодо", "для",
      "при", "про", "над", "під", "між", "через", "без", "від", "або", "які", "яка", "який", "яке",
      "тощо", "його", "їх");

  private MeasureSimilarity() {}

  static Set<String> stems(Measure m) {
    Set<String> out = new HashSet<>();
    add(m.name(), out);
    add(m.deadline().text(), out);
    for (Actor a : m.responsible().actors()) {
      add(a.name(), out);
    }
    for (Indicator i : m.indicators()) {
      add(i.text(), out);
    }
    for (ExpectedResult r : m.expectedResults()) {
      add(r.text(), out);
    }
    return out;
  }

  /** Splits into words by hand: a regular expression per cell is the slowest part on large plans. */
  private static void add(String text, Set<String> out) {
    StringBuilder word = new StringBuilder();
    for (int i = 0; i <= text.length(); i++) {
      char c = i < text.length() ? text.charAt(i) : ' ';
      if (Character.isLetterOrDigit(c) || c == '\'' || c == '’' || c == 'ʼ') {
        word.append(Character.toLowerCase(c));
      } else if (word.length() > 0) {
        String w = word.toString();
        word.setLength(0);
        if (w.length() >= 3 && !STOP_WORDS.contains(w)) {
          // Numbers and codes are not inflected: only words of letters are cut to a stem.
          boolean letters = w.chars().allMatch(Character::isLetter);
          out.add(letters && w.length() > STEM_LENGTH ? w.substring(0, STEM_LENGTH) : w);
        }
      }
    }
  }

  static double jaccard(Set<String> a, Set<String> b) {
    int common = 0;
    for (String t : a) {
      if (b.contains(t)) {
        common++;
      }
    }
    int union = a.size() + b.size() - common;
    return union == 0 ? 0 : (double) common / union;
  }

  /** Jaccard index of two sorted arrays of distinct stem ranks, by merging. */
  private static double jaccard(int[] a, int[] b) {
    int i = 0;
    int j = 0;
    int common = 0;
    while (i < a.length && j < b.length) {
      if (a[i] == b[j]) {
        common++;
        i++;
        j++;
      } else if (a[i] < b[j]) {
        i++;
      } else {
        j++;
      }
    }
    int union = a.length + b.length - common;
    return union == 0 ? 0 : (double) common / union;
  }

  /**
   * Returns the matched pairs as {index in olds, index in news}.
   *
   * <p>Each stem gets a rank, rarest first (ties by text), and each measure becomes the sorted array of
   * its stems' ranks: its prefix is then simply its first elements. Ties in similarity are broken by the
   * smaller, then the larger of the two measure numbers, which does not depend on which side is "old";
   * the two sides hold no common number (those were matched before), so every pair has its own key.
   */
  static List<int[]> match(List<Measure> olds, List<Measure> news) {
    if (olds.isEmpty() || news.isEmpty()) {
      return List.of();
    }
    List<Set<String>> stemsA = new ArrayList<>();
    List<Set<String>> stemsB = new ArrayList<>();
    Map<String, Integer> frequency = new HashMap<>();
    for (Measure m : olds) {
      Set<String> s = stems(m);
      stemsA.add(s);
      s.forEach(t -> frequency.merge(t, 1, Integer::sum));
    }
    for (Measure m : news) {
      Set<String> s = stems(m);
      stemsB.add(s);
      s.forEach(t -> frequency.merge(t, 1, Integer::sum));
    }
    String[] byRarity = frequency.keySet().toArray(new String[0]);
    Arrays.sort(byRarity, Comparator.<String>comparingInt(frequency::get).thenComparing(Comparator.naturalOrder()));
    Map<String, Integer> rank = new HashMap<>();
    int blockable = 0;
    for (int r = 0; r < byRarity.length; r++) {
      rank.put(byRarity[r], r);
      if (frequency.get(byRarity[r]) <= MAX_BLOCK) {
        blockable = r + 1;
      }
    }
    int[][] a = ranks(stemsA, rank);
    int[][] b = ranks(stemsB, rank);
    Map<Integer, List<Integer>> index = new HashMap<>();
    for (int j = 0; j < b.length; j++) {
      int p = prefixLength(b[j], blockable);
      for (int k = 0; k < p; k++) {
        index.computeIfAbsent(b[j][k], x -> new ArrayList<>()).add(j);
      }
    }
    record Scored(int old, int neu, double score, Measure x, Measure y) {}
    List<Scored> scored = new ArrayList<>();
    for (int i = 0; i < a.length; i++) {
      Set<Integer> seen = new HashSet<>();
      int p = prefixLength(a[i], blockable);
      for (int k = 0; k < p; k++) {
        for (int j : index.getOrDefault(a[i][k], List.of())) {
          if (seen.add(j)) {
            double s = jaccard(a[i], b[j]);
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

  private static int[][] ranks(List<Set<String>> sets, Map<String, Integer> rank) {
    int[][] out = new int[sets.size()][];
    for (int i = 0; i < out.length; i++) {
      out[i] = sets.get(i).stream().mapToInt(rank::get).sorted().toArray();
    }
    return out;
  }

  /**
   * The prefix-filtering length |A| − ⌈t·|A|⌉ + 1, cut to the stems rare enough to block on (ranks below
   * {@code blockable}, which come first in the sorted array).
   */
  private static int prefixLength(int[] set, int blockable) {
    int p = Math.min(set.length, set.length - (int) Math.ceil(THRESHOLD * set.length) + 1);
    int k = 0;
    while (k < p && set[k] < blockable) {
      k++;
    }
    return k;
  }

  private static io.github.acplan.core.MeasureNumber min(Measure x, Measure y) {
    return x.number().compareTo(y.number()) <= 0 ? x.number() : y.number();
  }

  private static io.github.acplan.core.MeasureNumber max(Measure x, Measure y) {
    return x.number().compareTo(y.number()) <= 0 ? y.number() : x.number();
  }
}
