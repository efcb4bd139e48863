package io.github.acplan.core.text;

import java.text.Normalizer;
import java.util.Objects;

/**
 * The one place where acplan decides which differences between two texts are only Unicode noise: text
 * copied from DOCX, PDF or a web page carries no-break spaces, soft hyphens and zero-width characters,
 * and writes the apostrophe and the dash in half a dozen ways. Every reader and parser goes through this
 * class, so that "п’яти", "пʼяти" and "п'яти" read alike everywhere.
 *
 * <p>Four levels, from the least to the most invasive:
 * <ol>
 *   <li>{@link #clean(String)}, applied by every reader to what it keeps: Unicode normalisation form C;
 *       soft hyphens (U+00AD), zero-width spaces (U+200B), word joiners (U+2060) and zero-width no-break
 *       spaces (U+FEFF) removed; the zero-width non-joiner and joiner (U+200C, U+200D) removed where they
 *       only break a word, that is when neither neighbour is a symbol (emoji sequences need them), a
 *       combining mark or a letter of a script other than Latin, Cyrillic and Greek (where they shape the
 *       letters). Nothing else changes: no-break spaces, apostrophes, dashes, letter case, line breaks,
 *       tabs and runs of spaces stay as they are.</li>
 *   <li>{@link #cleanToPlainSpaces(String)}, for text whose white space is layout (a PDF-to-text
 *       extraction, the table text form) and for the parsers: {@code clean}, and every Unicode space
 *       separator (U+00A0 no-break space, U+2007 figure space, U+202F narrow no-break space,
 *       U+2000–U+200A, U+205F, U+3000, U+1680) becomes U+0020.</li>
 *   <li>{@link #fold(CharSequence)}, for parsers that compare text and need positions in the original:
 *       one character for one, apostrophe variants become {@code '} (U+0027), dash variants {@code -}
 *       (U+002D) and white space {@code ' '}.</li>
 *   <li>{@link #comparisonKey(String)}, for comparing words and headers: {@code cleanToPlainSpaces},
 *       {@code fold}, lower case, runs of spaces made one, spaces at the ends removed.</li>
 * </ol>
 *
 * <p>{@link #escapeInvisible(String)} is the other direction: it shows in a message the characters a
 * reader could not see (U+00A0 as <code>&#92;u00A0</code>), so that an error about "1.1 " tells which space it
 * means.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class TextNormalization {

  private TextNormalization() {
  }

  /**
   * Returns the text as the readers keep it: NFC, soft hyphens and zero-width characters that only break
   * words removed (see the class documentation for the exact list); spaces of every kind are kept.
   *
   * @param text the text as found in the source
   * @return the cleaned text; the same instance when nothing changes
   */
  public static String clean(String text) {
    return clean(text, false);
  }

  /**
   * Returns the text {@linkplain #clean(String) cleaned}, with every Unicode space separator (no-break
   * spaces included) made U+0020: the form of text whose white space is layout, and the form the parsers
   * read.
   *
   * @param text the text as found in the source
   * @return the cleaned text; the same instance when nothing changes
   */
  public static String cleanToPlainSpaces(String text) {
    return clean(text, true);
  }

  private static String clean(String text, boolean plainSpaces) {
    Objects.requireNonNull(text, "text");
    if (isPlain(text)) {
      return text; // the common case, one pass instead of three
    }
    // First the characters that always go (and the spaces), then NFC (a soft hyphen removed between a
    // letter and its combining mark lets them compose), then the joiners, judged by their neighbours in
    // NFC, so that cleaning twice changes nothing more.
    String cleaned = nfc(scan(text, false, plainSpaces));
    return scan(cleaned, true, plainSpaces);
  }

  /**
   * Removes the characters that only break words and makes the Unicode spaces spaces; with
   * {@code joiners}, removes instead the joiners that only break words.
   */
  private static String scan(String text, boolean joiners, boolean plainSpaces) {
    int n = text.length();
    int i = 0;
    while (i < n && !(joiners ? isJoiner(text.charAt(i)) : needsCleaning(text.charAt(i), plainSpaces))) {
      i++;
    }
    if (i == n) {
      return text;
    }
    StringBuilder out = new StringBuilder(n).append(text, 0, i);
    while (i < n) {
      int cp = text.codePointAt(i);
      int next = i + Character.charCount(cp);
      if (joiners) {
        if (!isJoiner(cp) || !joinsNothing(text, i, next)) {
          out.appendCodePoint(cp);
        }
      } else if (plainSpaces && isUnicodeSpace(cp)) {
        out.append(' ');
      } else if (!isWordBreakOnly(cp)) {
        out.appendCodePoint(cp);
      }
      i = next;
    }
    return out.toString();
  }

  /**
   * Whether no step of {@link #clean} can change the text: every character is ASCII or an NFC starter
   * that is neither a space nor a character that only breaks words (the letters and punctuation of
   * Ukrainian text). A conservative test: false sends the text through the steps, which decide.
   */
  private static boolean isPlain(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (!isPlain(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether no step of {@link #clean(String)} or {@link #cleanToPlainSpaces(String)} can change or remove
   * this character, wherever it stands: ASCII, and the letters and punctuation of Ukrainian text that are
   * NFC starters and neither a space nor a character that only breaks words. A conservative test for a
   * reader that scans a text once for its own reasons: when every character of a text is plain, cleaning
   * returns the text itself; false says nothing, and the text must go through cleaning, which decides.
   *
   * @param c a UTF-16 unit
   * @return true when cleaning certainly leaves it as it is
   */
  public static boolean isPlain(char c) {
    return c < 0xA0 || (c != 0xA0 && c != 0xAD && isNfcStarter(c));
  }

  private static String nfc(String text) {
    int n = text.length();
    int i = 0;
    while (i < n && isNfcStarter(text.charAt(i))) {
      i++;
    }
    if (i == n) {
      return text; // the common case, Ukrainian text: no need to ask the normaliser
    }
    return Normalizer.isNormalized(text, Normalizer.Form.NFC)
        ? text : Normalizer.normalize(text, Normalizer.Form.NFC);
  }

  /**
   * Whether NFC leaves a character as it is wherever it stands: it neither decomposes nor combines with
   * the character before it, and has no combining class to reorder by. True for the characters of
   * Ukrainian plans (ASCII, Latin-1 and Latin Extended, Cyrillic but its combining marks U+0483–U+0489,
   * general punctuation, "№"); for anything else {@link Normalizer} decides.
   */
  private static boolean isNfcStarter(char c) {
    return c < 0x300 || (c >= 0x400 && c <= 0x482) || (c >= 0x48A && c <= 0x4FF)
        || (c >= 0x2010 && c <= 0x2027) || (c >= 0x2030 && c <= 0x205E) || c == 0x2116;
  }

  private static boolean isJoiner(int cp) {
    return cp == 0x200C || cp == 0x200D;
  }

  /**
   * Whether a zero-width non-joiner or joiner at {@code [at, next)} only breaks a word: neither neighbour
   * is a character whose shape it can change.
   */
  private static boolean joinsNothing(String text, int at, int next) {
    int before = at > 0 ? text.codePointBefore(at) : -1;
    int after = next < text.length() ? text.codePointAt(next) : -1;
    return !shapedByJoiners(before) && !shapedByJoiners(after);
  }

  /** A quick test: could {@link #clean} change this character. */
  private static boolean needsCleaning(char c, boolean plainSpaces) {
    if (c < 0xA0 || (c > 0xAD && c < 0x1680)) {
      return false; // ASCII, and Cyrillic with the rest of that range: no space, nothing that only breaks
    }
    return (plainSpaces && isUnicodeSpace(c)) || isWordBreakOnly(c);
  }

  /** The space separators other than U+0020 (general category Zs). */
  private static boolean isUnicodeSpace(int cp) {
    // No space separator lies between U+00A0 and U+1680: the test spares the character database for the
    // letters of Ukrainian text, which it would be asked about one by one.
    if (cp < 0x1680) {
      return cp == 0xA0;
    }
    return Character.getType(cp) == Character.SPACE_SEPARATOR;
  }

  /** Whether a character only marks or blocks a line break inside a word, and so always goes. */
  private static boolean isWordBreakOnly(int cp) {
    return cp == 0x00AD // soft hyphen: where a word may be hyphenated
        || cp == 0x200B // zero-width space: where a line may break
        || cp == 0x2060 // word joiner: where a line must not break
        || cp == 0xFEFF; // zero-width no-break space (a byte order mark inside the text)
  }

  /**
   * Whether a joiner next to this character can change how it is shown: emoji and other symbols, marks,
   * and letters of the scripts that join or form conjuncts (Arabic, the Indic scripts, …).
   */
  private static boolean shapedByJoiners(int cp) {
    if (cp < 0) {
      return false;
    }
    int type = Character.getType(cp);
    if (type == Character.OTHER_SYMBOL || type == Character.NON_SPACING_MARK
        || type == Character.COMBINING_SPACING_MARK || type == Character.ENCLOSING_MARK
        || type == Character.MODIFIER_SYMBOL) {
      return true;
    }
    if (!Character.isLetter(cp)) {
      return false;
    }
    Character.UnicodeScript script = Character.UnicodeScript.of(cp);
    return script != Character.UnicodeScript.LATIN && script != Character.UnicodeScript.CYRILLIC
        && script != Character.UnicodeScript.GREEK && script != Character.UnicodeScript.COMMON;
  }

  /**
   * Whether a character is white space: what {@link Character#isWhitespace(int)} says (ASCII spaces, tabs,
   * line breaks, the Unicode line and paragraph separators) and every space separator, the no-break
   * spaces included.
   *
   * @param codePoint the character
   * @return true for white space
   */
  public static boolean isSpace(int codePoint) {
    return Character.isWhitespace(codePoint) || Character.getType(codePoint) == Character.SPACE_SEPARATOR;
  }

  /**
   * Whether a character is one of the ways texts write the Ukrainian apostrophe: U+0027 {@code '},
   * U+2019 {@code ’}, U+02BC {@code ʼ}, U+2018 {@code ‘}, U+0060 {@code `}, U+00B4 {@code ´}, U+2032
   * {@code ′}, U+02B9 {@code ʹ}, U+FF07 {@code ＇}.
   *
   * @param codePoint the character
   * @return true for an apostrophe variant
   */
  public static boolean isApostrophe(int codePoint) {
    switch (codePoint) {
      case '\'':
      case 0x2019:
      case 0x02BC:
      case 0x2018:
      case '`':
      case 0x00B4:
      case 0x2032:
      case 0x02B9:
      case 0xFF07:
        return true;
      default:
        return false;
    }
  }

  /**
   * Whether a character is a hyphen, a dash or a minus: U+002D {@code -}, U+2010 {@code ‐}, U+2011
   * {@code ‑} (non-breaking hyphen), U+2012 {@code ‒}, U+2013 {@code –}, U+2014 {@code —}, U+2015
   * {@code ―}, U+2212 {@code −}, U+FE58, U+FE63, U+FF0D.
   *
   * @param codePoint the character
   * @return true for a dash variant
   */
  public static boolean isDash(int codePoint) {
    return codePoint == '-' || (codePoint >= 0x2010 && codePoint <= 0x2015) || codePoint == 0x2212
        || codePoint == 0xFE58 || codePoint == 0xFE63 || codePoint == 0xFF0D;
  }

  /**
   * Folds one character for comparison: an apostrophe variant to {@code '}, a dash variant to {@code -},
   * white space ({@link #isSpace(int)}) to {@code ' '}; any other character is returned as it is.
   *
   * @param c the character
   * @return the folded character
   */
  public static char fold(char c) {
    if (c < 0x80) {
      return c == '`' ? '\'' : Character.isWhitespace(c) ? ' ' : c;
    }
    if (isApostrophe(c)) {
      return '\'';
    }
    if (isDash(c)) {
      return '-';
    }
    return isSpace(c) ? ' ' : c;
  }

  /**
   * Folds a text for comparison one character for one ({@link #fold(char)}), so that a position in the
   * result is the same position in the text. Letter case is kept; no character is removed: run
   * {@link #cleanToPlainSpaces(String)} first for that.
   *
   * @param text the text
   * @return the folded text, of the same length
   */
  public static String fold(CharSequence text) {
    Objects.requireNonNull(text, "text");
    char[] out = new char[text.length()];
    for (int i = 0; i < out.length; i++) {
      out[i] = fold(text.charAt(i));
    }
    return new String(out);
  }

  /**
   * Returns the form in which two texts are compared as words, headers or names:
   * {@linkplain #cleanToPlainSpaces(String) cleaned}, {@linkplain #fold(CharSequence) folded}, in lower
   * case (the same in every locale), runs of white space made one space and white space at both ends
   * removed. "  Виконано&nbsp;частково " and "виконано частково" have the same key.
   *
   * @param text the text
   * @return the key
   */
  public static String comparisonKey(String text) {
    String folded = fold(cleanToPlainSpaces(text));
    StringBuilder out = new StringBuilder(folded.length());
    boolean space = false;
    for (int i = 0; i < folded.length(); ) {
      int cp = folded.codePointAt(i);
      i += Character.charCount(cp);
      if (cp == ' ') {
        space = out.length() > 0;
      } else {
        if (space) {
          out.append(' ');
          space = false;
        }
        out.appendCodePoint(Character.toLowerCase(cp));
      }
    }
    return out.toString();
  }

  /**
   * Removes white space ({@link #isSpace(int)}, no-break spaces included) from both ends of a text.
   *
   * @param text the text
   * @return the text without white space at its ends
   */
  public static String strip(String text) {
    int start = 0;
    int end = text.length();
    while (start < end && isSpace(text.codePointAt(start))) {
      start += Character.charCount(text.codePointAt(start));
    }
    while (end > start && isSpace(text.codePointBefore(end))) {
      end -= Character.charCount(text.codePointBefore(end));
    }
    return text.substring(start, end);
  }

  /**
   * Whether a character cannot be seen, or cannot be told from another, where a message shows it: control
   * characters, format characters (soft hyphen, zero-width characters, bidirectional marks, U+FEFF), every
   * space separator but U+0020, the line and paragraph separators, and a surrogate that is not half of a
   * pair.
   *
   * @param codePoint the character (a lone surrogate is passed as itself)
   * @return true if a message shows it escaped
   */
  public static boolean isInvisible(int codePoint) {
    switch (Character.getType(codePoint)) {
      case Character.CONTROL:
      case Character.FORMAT:
      case Character.LINE_SEPARATOR:
      case Character.PARAGRAPH_SEPARATOR:
      case Character.SURROGATE:
      case Character.UNASSIGNED:
      case Character.PRIVATE_USE:
        return true;
      case Character.SPACE_SEPARATOR:
        return codePoint != ' ';
      default:
        return false;
    }
  }

  /**
   * Shows the invisible characters of a text ({@link #isInvisible(int)}) as Java escapes, so that a message
   * is one line that says exactly what the input holds: LF, CR and TAB as {@code \n}, {@code \r} and
   * {@code \t}, any other as a backslash, "u" and four upper-case hex digits (<code>&#92;u00A0</code>; a character
   * beyond U+FFFF as its two surrogates). A backslash stays as it is. Every visible character, Cyrillic
   * included, is kept.
   *
   * @param text the text
   * @return the text with its invisible characters escaped; the same instance if it has none
   */
  public static String escapeInvisible(String text) {
    Objects.requireNonNull(text, "text");
    StringBuilder out = null;
    int n = text.length();
    for (int i = 0; i < n; ) {
      int cp = text.codePointAt(i);
      int next = i + Character.charCount(cp);
      boolean invisible = isInvisible(cp);
      if (invisible && out == null) {
        out = new StringBuilder(n + 16).append(text, 0, i);
      }
      if (out != null) {
        if (!invisible) {
          out.appendCodePoint(cp);
        } else if (cp == '\n') {
          out.append("\\n");
        } else if (cp == '\r') {
          out.append("\\r");
        } else if (cp == '\t') {
          out.append("\\t");
        } else {
          for (int k = i; k < next; k++) {
            out.append(String.format("\\u%04X", (int) text.charAt(k)));
          }
        }
      }
      i = next;
    }
    return out == null ? text : out.toString();
  }
}
