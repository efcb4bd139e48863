package io.github.acplan.documents.extraction;

import io.github.acplan.core.text.TextNormalization;

/**
 * Text as extractors hand it to the grid: a paragraph that holds nothing but spaces (no-break spaces
 * included, as "&amp;nbsp;" spacer paragraphs are) counts as empty.
 */
public final class DocumentText {
  private DocumentText() {
  }

  /**
   * Whether a text is empty or holds only white space ({@link TextNormalization#isSpace(int)}: every
   * Unicode space, the no-break spaces U+00A0, U+2007 and U+202F included).
   *
   * @param text the text
   * @return true for a blank text
   */
  public static boolean isBlank(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!TextNormalization.isSpace(c)) {
        return false;
      }
    }
    return true;
  }

  /**
   * The text with its white space at both ends removed (no-break spaces included); a blank text
   * becomes empty.
   *
   * @param text the text
   * @return the trimmed text
   */
  public static String trim(String text) {
    int start = 0;
    int end = text.length();
    while (start < end && isBlank(text.substring(start, start + 1))) {
      start++;
    }
    while (end > start && isBlank(text.substring(end - 1, end))) {
      end--;
    }
    return text.substring(start, end);
  }
}
