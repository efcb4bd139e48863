package io.github.acplan.core.similarity;

import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Sets of word stems as sorted arrays of stem ranks, for prefix filtering (Bayardo, Ma, Srikant,
 * "Scaling up all pairs similarity search", WWW 2007).
 *
 * <p>Each stem gets a rank, rarest first (ties by text), and each set becomes the sorted array of its
 * stems' ranks: its prefix of rarest stems is then simply its first elements, and two sets intersect by
 * merging. Two sets with Jaccard index at least t share a stem among the first |A| − ⌈t·|A|⌉ + 1 stems
 * of each, so only those need indexing to find every candidate pair. Stems found in more than
 * {@code maxBlock} sets are not used to find candidates at all, which bounds the work per set whatever
 * the input.
 *
 * <p>This class is immutable and thread-safe once built (the arrays are never handed out to be changed).
 */
public final class StemRanks {

  private final int[][] ranks;
  private final int blockable;

  private StemRanks(int[][] ranks, int blockable) {
    this.ranks = ranks;
    this.blockable = blockable;
  }

  /**
   * Ranks the stems of some sets by how many of the sets hold them.
   *
   * @param sets the stem sets, e.g. from {@link WordStems#of(String)}
   * @param maxBlock the most sets a stem may be in and still be used to find candidates
   * @return the sets as rank arrays, in the same order
   */
  public static StemRanks of(List<Set<String>> sets, int maxBlock) {
    Map<String, Integer> frequency = new HashMap<>();
    for (Set<String> s : sets) {
      for (String t : s) {
        frequency.merge(t, 1, Integer::sum);
      }
    }
    String[] byRarity = frequency.keySet().toArray(new String[0]);
    Arrays.sort(byRarity,
        Comparator.<String>comparingInt(frequency::get).thenComparing(Comparator.naturalOrder()));
    Map<String, Integer> rank = new HashMap<>();
    int blockable = 0;
    for (int r = 0; r < byRarity.length; r++) {
      rank.put(byRarity[r], r);
      if (frequency.get(byRarity[r]) <= maxBlock) {
        blockable = r + 1;
      }
    }
    int[][] ranks = new int[sets.size()][];
    for (int i = 0; i < ranks.length; i++) {
      ranks[i] = sets.get(i).stream().mapToInt(rank::get).sorted().toArray();
    }
    return new StemRanks(ranks, blockable);
  }

  /**
   * Returns how many sets there are.
   *
   * @return the number of sets
   */
  public int size() {
    return ranks.length;
  }

  /**
   * Returns how many stems set {@code i} has.
   *
   * @param i the index of the set
   * @return its number of stems
   */
  public int length(int i) {
    return ranks[i].length;
  }

  /**
   * Returns the rank of the {@code k}-th rarest stem of set {@code i}.
   *
   * @param i the index of the set
   * @param k the position in the set, from 0
   * @return the stem's rank
   */
  public int rank(int i, int k) {
    return ranks[i][k];
  }

  /**
   * Returns how many of the rarest stems of set {@code i} find candidates: the prefix-filtering length
   * |A| − ⌈share·|A|⌉ + 1, cut to the stems rare enough to block on.
   *
   * @param i the index of the set
   * @param share the least share of the set's stems a candidate pair has in common
   * @return the prefix length, from 0 to {@link #length(int)}
   */
  public int prefixLength(int i, double share) {
    int[] set = ranks[i];
    // Products like 0.6 * 5 come out a hair above the integer; the epsilon keeps prefixes long enough.
    int p = Math.min(set.length, set.length - (int) Math.ceil(share * set.length - 1e-9) + 1);
    int k = 0;
    while (k < p && set[k] < blockable) {
      k++;
    }
    return k;
  }

  /**
   * Returns the Jaccard index of sets {@code i} and {@code j}, 0 if both are empty, by merging their
   * rank arrays.
   *
   * @param i the index of one set
   * @param j the index of the other set
   * @return the index, from 0 to 1
   */
  public double jaccard(int i, int j) {
    int[] a = ranks[i];
    int[] b = ranks[j];
    int x = 0;
    int y = 0;
    int common = 0;
    while (x < a.length && y < b.length) {
      if (a[x] == b[y]) {
        common++;
        x++;
        y++;
      } else if (a[x] < b[y]) {
        x++;
      } else {
        y++;
      }
    }
    int union = a.length + b.length - common;
    return union == 0 ? 0 : (double) common / union;
  }
}
