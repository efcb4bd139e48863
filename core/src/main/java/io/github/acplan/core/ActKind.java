package io.github.acplan.core;

import io.github.acplan.core.text.TextNormalization;
import java.util.Optional;

/**
 * The kind of act that approves a plan.
 */
public enum ActKind {
  /** "розпорядження": an order of the head of a council or an administration. */
  ROZPORIADZHENNIA("розпорядження", "order"),
  /** "наказ": an order of the head of a ministry, agency or institution. */
  NAKAZ("наказ", "order (nakaz)"),
  /** "рішення": a decision of a council or an executive committee. */
  RISHENNIA("рішення", "decision");

  private final String ukrainian;
  private final String english;

  ActKind(String ukrainian, String english) {
    this.ukrainian = ukrainian;
    this.english = english;
  }

  /**
   * Returns the Ukrainian word, in lower case as it stands inside a sentence.
   *
   * @return e.g. "розпорядження"
   */
  public String ukrainian() {
    return ukrainian;
  }

  /**
   * Returns the English name.
   *
   * @return e.g. "order"
   */
  public String english() {
    return english;
  }

  /**
   * Finds the kind named by a Ukrainian word, in any case ("Розпорядження", "НАКАЗ").
   *
   * @param word the word
   * @return the kind, or empty if the word names none
   */
  public static Optional<ActKind> fromUkrainian(String word) {
    String w = TextNormalization.comparisonKey(word);
    for (ActKind kind : values()) {
      if (kind.ukrainian.equals(w)) {
        return Optional.of(kind);
      }
    }
    return Optional.empty();
  }
}
