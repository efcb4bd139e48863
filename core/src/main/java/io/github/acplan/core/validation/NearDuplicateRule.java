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
 * make every pair a candidate, and every candidate is then checked exactly.
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
      out.add(w.length() > STEM_LENGTH ? w.substring(0, STEM_LENGTH) : w);
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
    Comparator<String> rarestFirst =
        Comparator.<String>comparingInt(frequency::get).thenComparing(Comparator.naturalOrder());
    Map<String, List<Integer>> index = new HashMap<>();
    List<Finding> out = new ArrayList<>();
    for (int i = 0; i < measures.size(); i++) {
      Set<String> set = sets.get(i);
      if (set.isEmpty()) {
        continue;
      }
      String[] ordered = set.toArray(new String[0]);
      Arrays.sort(ordered, rarestFirst);
      int prefix = ordered.length - (int) Math.ceil(threshold * ordered.length) + 1;
      Set<Integer> candidates = new HashSet<>();
      for (int k = 0; k < Math.min(prefix, ordered.length); k++) {
        List<Integer> posting = index.computeIfAbsent(ordered[k], t -> new ArrayList<>());
        candidates.addAll(posting);
        posting.add(i);
      }
      List<Integer> sorted = new ArrayList<>(candidates);
      sorted.sort(null);
      for (int j : sorted) {
        double similarity = jaccard(sets.get(j), set);
        if (similarity >= threshold) {
          out.add(finding(measures.get(j), measures.get(i), similarity));
        }
      }
    }
    return out;
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
