package io.github.acplan.core;

import io.github.acplan.core.text.TextNormalization;
import java.util.Optional;

/**
 * How a plan is approved: the kind of act, or the head's signature. Its {@linkplain #id() identifiers} are used in JSON; the
 * {@linkplain #ukrainian() Ukrainian words} are in lower case as they stand inside a sentence.
 */
public enum ActKind implements Worded {
  /** "розпорядження": an order of the head of a council or an administration. */
  ROZPORIADZHENNIA("rozporiadzhennia", "розпорядження", "order"),
  /** "наказ": an order of the head of a ministry, agency or institution. */
  NAKAZ("nakaz", "наказ", "order (nakaz)"),
  /** "рішення": a decision of a council or an executive committee. */
  RISHENNIA("rishennia", "рішення", "decision"),
  /**
   * "ЗАТВЕРДЖУЮ": no act, but the head's signature under the word, with the head's position, name and
   * the date, as an enterprise's or an institution's programme is often approved; the approval then has
   * no number and names who signed it ({@link Approval#signedBy()}).
   */
  SIGNATURE("signature", "затверджую", "approved by signature");

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
   * @param id "rozporiadzhennia", "nakaz", "rishennia" or "signature", as in JSON
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
    String w = TextNormalization.comparisonKey(word);
    for (ActKind kind : values()) {
      if (kind.ukrainian().equals(w)) {
        return Optional.of(kind);
      }
    }
    return Optional.empty();
  }
}
