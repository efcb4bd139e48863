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

  private WrappedText() {
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
        String word = sb.substring(wordStart, len - 1).toLowerCase(Locale.ROOT);
        boolean compound = COMPOUND_FIRST_PARTS.contains(word)
            || (word.length() >= 7 && (word.endsWith("но") || word.endsWith("во")));
        if (!compound) {
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
