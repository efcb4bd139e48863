package io.github.acplan.core.similarity;

import java.util.HashSet;
import java.util.Set;

/**
 * The word stems of a text: its words of three or more characters, lower-cased, without Ukrainian
 * function words, letter words cut to their first {@value #STEM_LENGTH} letters.
 *
 * <p>This class is immutable and thread-safe (it holds no state).
 */
public final class WordStems {

  /** Ukrainian inflection changes word endings; the first letters name the word well enough. */
  public static final int STEM_LENGTH = 6;

  /** Ukrainian function words that say nothing about what a measure is. */
  private static final Set<String> STOP_WORDS = Set.of("та", "і", "й", "або", "чи",
      "що", "щодо", "для", "при", "про", "над", "під", "між", "через", "без", "від", "до", "на", "за",
      "по", "з", "із", "зі", "у", "в", "а", "але", "як", "їх", "його", "її", "т.ч", "тощо", "які", "яка",
      "який", "яке", "це", "той", "тих", "цих");

  private WordStems() {}

  /**
   * Returns the word stems of a text.
   *
   * @param text the text
   * @return a new mutable set of its stems
   */
  public static Set<String> of(String text) {
    Set<String> out = new HashSet<>();
    addTo(text, out);
    return out;
  }

  /**
   * Adds the word stems of a text to a set.
   *
   * <p>Splits into words by hand: a regular expression per cell is the slowest part on large plans.
   *
   * @param text the text
   * @param out the set the stems are added to
   */
  public static void addTo(String text, Set<String> out) {
    StringBuilder word = new StringBuilder();
    for (int i = 0; i <= text.length(); i++) {
      char c = i < text.length() ? text.charAt(i) : ' ';
      if (Character.isLetterOrDigit(c) || c == '\'' || c == '’' || c == 'ʼ') {
        word.append(Character.toLowerCase(c));
      } else if (word.length() > 0) {
        String w = word.toString();
        word.setLength(0);
        if (w.length() >= 3 && !STOP_WORDS.contains(w)) {
          // Numbers and codes ("9001", "2-р") are not inflected: only words of letters are cut to a stem.
          boolean letters = w.chars().allMatch(Character::isLetter);
          out.add(letters && w.length() > STEM_LENGTH ? w.substring(0, STEM_LENGTH) : w);
        }
      }
    }
  }

  /**
   * Returns the Jaccard index |A ∩ B| / |A ∪ B| of two sets, 0 if both are empty.
   *
   * @param a one set
   * @param b the other set
   * @return the index, from 0 to 1
   */
  public static double jaccard(Set<String> a, Set<String> b) {
    int common = 0;
    for (String t : a) {
      if (b.contains(t)) {
        common++;
      }
    }
    int union = a.size() + b.size() - common;
    return union == 0 ? 0 : (double) common / union;
  }
}
