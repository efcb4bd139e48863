package io.github.acplan.core;

import java.util.Locale;
import java.util.Optional;

/**
 * The kind of act that approves a plan. Its {@linkplain #id() identifiers} are used in JSON; the
 * {@linkplain #ukrainian() Ukrainian words} are in lower case as they stand inside a sentence.
 */
public enum ActKind implements Worded {
  /** "розпорядження": an order of the head of a council or an administration. */
  ROZPORIADZHENNIA("rozporiadzhennia", "розпорядження", "order"),
  /** "наказ": an order of the head of a ministry, agency or institution. */
  NAKAZ("nakaz", "наказ", "order (nakaz)"),
  /** "рішення": a decision of a council or an executive committee. */
  RISHENNIA("rishennia", "рішення", "decision");

  private final Wording wording;

  ActKind(String id, String ukrainian, String english) {
    this.wording = new Wording(id, ukrainian, english);
  }

  @Override
  public Wording wording() {
    return wording;
  }

  /**
   * Finds the kind with an identifier, in any case and with spaces around it.
   *
   * @param id "rozporiadzhennia", "nakaz" or "rishennia", as in JSON
   * @return the kind, or empty if the identifier names none
   */
  public static Optional<ActKind> fromId(String id) {
    return Worded.byId(ActKind.class, id);
  }

  /**
   * Finds the kind named by a Ukrainian word, in any case ("Розпорядження", "НАКАЗ").
   *
   * @param word the word
   * @return the kind, or empty if the word names none
   */
  public static Optional<ActKind> fromUkrainian(String word) {
    String w = word.strip().toLowerCase(Locale.ROOT);
    for (ActKind kind : values()) {
      if (kind.ukrainian().equals(w)) {
        return Optional.of(kind);
      }
    }
    return Optional.empty();
  }
}
