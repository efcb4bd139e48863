package io.github.acplan.serialization.table;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Joins the pieces of a text that a layout broke apart — the lines of a wrapped paragraph in a PDF, the
 * parts of a cell carried over a page break — the way a reader of the plan would: with a space, except
 * across a word broken by a hyphen ("можли-" + "вість" gives "можливість").
 *
 * <p>The hyphen stays when the piece before it is a known first part of a compound ("веб-" + "сайт"
 * gives "веб-сайт") or looks like the first part of a compound adjective, a word of at least seven
 * letters ending in "но" or "во" ("організаційно-" + "розпорядчих"); and when the next piece does not
 * start with a lower-case letter. Anything else is kept as written. One rule for every format: the text
 * form's continuation rows and the PDF extractor's wrapped lines use it.
 */
public final class WrappedText {

  private static final Set<String> COMPOUND_FIRST_PARTS = Set.of(
      "веб", "web", "інтернет", "онлайн", "офлайн", "е", "e", "віце", "екс", "прес", "медіа", "міні",
      "відео", "фото", "бізнес", "пів", "штаб", "обер", "смс", "sms", "it", "іт", "ip", "pdf", "qr");

  /**
   * The fewest letters of a first part in "-но"/"-во" of a compound adjective ("фінансово"): shorter
   * words so ending are adverbs and nouns that a layout's hyphen breaks ("вікно", "дно").
   */
  private static final int MIN_ADJECTIVE_FIRST_PART = 7;

  private WrappedText() {
  }

  /**
   * Whether a word before a hyphen is a known first part of a compound, whose hyphen is its own: one of
   * a short list ("веб", "віце", "пів", "прес", …) or a word of at least seven letters ending in "но" or
   * "во", the first part of a compound adjective ("організаційно", "фінансово").
   *
   * @param word the letters before the hyphen, in any case
   * @return true if the hyphen belongs to the compound
   */
  public static boolean isCompoundFirstPart(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    return COMPOUND_FIRST_PARTS.contains(lower)
        || lower.length() >= MIN_ADJECTIVE_FIRST_PART && (lower.endsWith("но") || lower.endsWith("во"));
  }

  /**
   * Whether a word before a hyphen is one of the short list of first parts of compounds ("веб", "віце",
   * "пів", "прес", …), without the rule for compound adjectives of {@link #isCompoundFirstPart}.
   *
   * @param word the letters before the hyphen, in any case
   * @return true if listed
   */
  public static boolean isListedCompoundFirstPart(String word) {
    return COMPOUND_FIRST_PARTS.contains(word.toLowerCase(Locale.ROOT));
  }

  /**
   * Joins pieces of one text; empty pieces are skipped.
   *
   * @param pieces the pieces in order
   * @return the joined text
   */
  public static String join(List<String> pieces) {
    StringBuilder sb = new StringBuilder();
    for (String p : pieces) {
      if (p.isEmpty()) {
        continue;
      }
      if (sb.length() == 0) {
        sb.append(p);
        continue;
      }
      int len = sb.length();
      boolean brokenWord = len >= 2 && sb.charAt(len - 1) == '-' && Character.isLetter(sb.charAt(len - 2))
          && Character.isLowerCase(p.charAt(0));
      if (brokenWord) {
        int wordStart = len - 1;
        while (wordStart > 0 && Character.isLetter(sb.charAt(wordStart - 1))) {
          wordStart--;
        }
        String word = sb.substring(wordStart, len - 1);
        if (!isCompoundFirstPart(word)) {
          sb.setLength(len - 1);
        }
        sb.append(p);
      } else {
        sb.append(' ').append(p);
      }
    }
    return sb.toString();
  }
}
