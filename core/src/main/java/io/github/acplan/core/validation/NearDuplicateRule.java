package io.github.acplan.core.validation;

import static io.github.acplan.core.validation.FindingCodes.NEAR_DUPLICATE_MEASURES;

import io.github.acplan.core.Measure;
import io.github.acplan.core.Plan;
import io.github.acplan.core.similarity.StemRanks;
import io.github.acplan.core.similarity.WordStems;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

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

  private static final Set<String> CODES = Collections.unmodifiableSet(new LinkedHashSet<>(List.of(NEAR_DUPLICATE_MEASURES)));

  /** Stems in more names than this do not find candidates (see the class comment). */
  static final int MAX_BLOCK = 256;

  private final double threshold;

  NearDuplicateRule(double threshold) {
    this.threshold = threshold;
  }

  @Override
  public Set<String> codes() {
    return CODES;
  }

  @Override
  public List<Finding> check(Plan plan) {
    List<Measure> measures = plan.measures();
    List<Set<String>> sets = new ArrayList<>();
    for (Measure m : measures) {
      sets.add(WordStems.of(m.name()));
    }
    StemRanks ranks = StemRanks.of(sets, MAX_BLOCK);
    // Names are taken from the shortest to the longest (AllPairs): a name already indexed is no longer
    // than the one probing, so it only needs its first |A| - ceil(2t/(1+t)|A|) + 1 ranks indexed, since
    // a pair with Jaccard index t shares at least 2t/(1+t) of the shorter name's stems.
    Integer[] order = new Integer[ranks.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, Comparator.<Integer>comparingInt(ranks::length).thenComparingInt(i -> i));
    double indexShare = 2 * threshold / (1 + threshold);
    Map<Integer, List<Integer>> index = new HashMap<>();
    int[] lastSeenBy = new int[measures.size()];
    Arrays.fill(lastSeenBy, -1);
    List<Finding> out = new ArrayList<>();
    for (int i : order) {
      int probe = ranks.prefixLength(i, threshold);
      for (int k = 0; k < probe; k++) {
        for (int j : index.getOrDefault(ranks.rank(i, k), List.of())) {
          if (lastSeenBy[j] != i) {
            lastSeenBy[j] = i;
            double similarity = ranks.jaccard(j, i);
            if (similarity >= threshold) {
              // Reported at the measure that comes later in the plan.
              out.add(finding(measures.get(Math.min(i, j)), measures.get(Math.max(i, j)), similarity));
            }
          }
        }
      }
      int indexed = ranks.prefixLength(i, indexShare);
      for (int k = 0; k < indexed; k++) {
        index.computeIfAbsent(ranks.rank(i, k), t -> new ArrayList<>()).add(i);
      }
    }
    return out;
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
