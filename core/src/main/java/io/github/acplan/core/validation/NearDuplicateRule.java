package io.github.acplan.core.validation;

import static io.github.acplan.core.validation.FindingCodes.NEAR_DUPLICATE_MEASURES;

import com.google.common.collect.ImmutableSet;
import io.github.acplan.core.Measure;
import io.github.acplan.core.Plan;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Measures with nearly the same name; see {@link ValidationRules#nearDuplicateMeasures(double)}.
 *
 * <p>Names are compared as sets of word stems (Jaccard index). Candidates are found by prefix filtering
 * (Bayardo, Ma, Srikant, "Scaling up all pairs similarity search", WWW 2007): order stems from the rarest
 * to the most common; two sets with Jaccard index at least t must share a stem among the first
 * |A| − ⌈t·|A|⌉ + 1 stems of each. Only those stems are indexed, so common words ("забезпечити") do not
 * make every pair a candidate, and every candidate is then checked exactly. Names are processed from
 * the shortest to the longest, so that only a shorter prefix of each needs indexing (the AllPairs
 * refinement of the same paper).
 *
 * <p>To bound the work on large plans, a stem found in more than {@value #MAX_BLOCK} names is not used to
 * find candidates. Up to that many measures the result is exactly that of an all-pairs comparison;
 * beyond, a pair whose rarest stems are all that common can be missed.
 */
final class NearDuplicateRule implements ValidationRule {

  private static final ImmutableSet<String> CODES = ImmutableSet.of(NEAR_DUPLICATE_MEASURES);
  private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}'’ʼ]+");

  /** Ukrainian function words that say nothing about what a measure is. */
  private static final ImmutableSet<String> STOP_WORDS = ImmutableSet.of("та", "і", "й", "або", "чи",
      "що", "щодо", "для", "при", "про", "над", "під", "між", "через", "без", "від", "до", "на", "за",
      "по", "з", "із", "зі", "у", "в", "а", "але", "як", "їх", "його", "її", "т.ч", "тощо", "які", "яка",
      "який", "яке", "це", "той", "тих", "цих");

  /** Ukrainian inflection changes word endings; the first letters name the word well enough. */
  private static final int STEM_LENGTH = 6;

  /** Stems in more names than this do not find candidates (see the class comment). */
  static final int MAX_BLOCK = 256;

  private final double threshold;

  NearDuplicateRule(double threshold) {
    this.threshold = threshold;
  }

  @Override
  public ImmutableSet<String> codes() {
    return CODES;
  }

  static Set<String> stems(String text) {
    Set<String> out = new HashSet<>();
    for (String w : NON_WORD.split(text.toLowerCase(Locale.ROOT))) {
      if (w.length() < 3 || STOP_WORDS.contains(w)) {
        continue;
      }
      // Numbers and codes ("9001", "2-р") are not inflected: only words of letters are cut to a stem.
      boolean letters = w.chars().allMatch(Character::isLetter);
      out.add(letters && w.length() > STEM_LENGTH ? w.substring(0, STEM_LENGTH) : w);
    }
    return out;
  }

  @Override
  public List<Finding> check(Plan plan) {
    List<Measure> measures = plan.measures();
    List<Set<String>> sets = new ArrayList<>();
    Map<String, Integer> frequency = new HashMap<>();
    for (Measure m : measures) {
      Set<String> s = stems(m.name());
      sets.add(s);
      for (String t : s) {
        frequency.merge(t, 1, Integer::sum);
      }
    }
    // Each stem gets a rank, rarest first; a name becomes the sorted array of its stems' ranks, so its
    // prefix is its first elements and two names intersect by merging.
    String[] byRarity = frequency.keySet().toArray(new String[0]);
    Arrays.sort(byRarity,
        Comparator.<String>comparingInt(frequency::get).thenComparing(Comparator.naturalOrder()));
    Map<String, Integer> rank = new HashMap<>();
    int blockable = 0;
    for (int r = 0; r < byRarity.length; r++) {
      rank.put(byRarity[r], r);
      if (frequency.get(byRarity[r]) <= MAX_BLOCK) {
        blockable = r + 1;
      }
    }
    int[][] ranks = new int[measures.size()][];
    for (int i = 0; i < ranks.length; i++) {
      ranks[i] = sets.get(i).stream().mapToInt(rank::get).sorted().toArray();
    }
    // Names are taken from the shortest to the longest (AllPairs): a name already indexed is no longer
    // than the one probing, so it only needs its first |A| - ceil(2t/(1+t)|A|) + 1 ranks indexed, since
    // a pair with Jaccard index t shares at least 2t/(1+t) of the shorter name's stems.
    Integer[] order = new Integer[ranks.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, Comparator.<Integer>comparingInt(i -> ranks[i].length).thenComparingInt(i -> i));
    double indexShare = 2 * threshold / (1 + threshold);
    // Products like 0.6 * 5 come out a hair above the integer; the epsilon keeps prefixes long enough.
    Map<Integer, List<Integer>> index = new HashMap<>();
    int[] lastSeenBy = new int[measures.size()];
    Arrays.fill(lastSeenBy, -1);
    List<Finding> out = new ArrayList<>();
    for (int i : order) {
      int[] set = ranks[i];
      if (set.length == 0) {
        continue;
      }
      int probe = Math.min(set.length, set.length - (int) Math.ceil(threshold * set.length - 1e-9) + 1);
      for (int k = 0; k < probe && set[k] < blockable; k++) {
        for (int j : index.getOrDefault(set[k], List.of())) {
          if (lastSeenBy[j] != i) {
            lastSeenBy[j] = i;
            double similarity = jaccard(ranks[j], set);
            if (similarity >= threshold) {
              // Reported at the measure that comes later in the plan.
              out.add(finding(measures.get(Math.min(i, j)), measures.get(Math.max(i, j)), similarity));
            }
          }
        }
      }
      int indexed = Math.min(set.length, set.length - (int) Math.ceil(indexShare * set.length - 1e-9) + 1);
      for (int k = 0; k < indexed && set[k] < blockable; k++) {
        index.computeIfAbsent(set[k], t -> new ArrayList<>()).add(i);
      }
    }
    return out;
  }

  /** Jaccard index of two sorted arrays of distinct ranks. */
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

  private static Finding finding(Measure earlier, Measure later, double similarity) {
    long percent = Math.round(similarity * 100);
    return new Finding(NEAR_DUPLICATE_MEASURES, Severity.WARNING,
        FindingPath.measure(later.number(), PlanField.NAME),
        "Пункт " + later.number() + " майже повторює пункт " + earlier.number() + " (збіг слів " + percent
            + "%)",
        "Measure " + later.number() + " nearly repeats measure " + earlier.number() + " (" + percent
            + "% of words in common)");
  }

  @Override
  public String toString() {
    return "NearDuplicateRule[threshold=" + threshold + "]";
  }
}
