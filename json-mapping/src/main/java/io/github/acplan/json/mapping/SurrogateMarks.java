package io.github.acplan.json.mapping;

import java.util.Arrays;

/**
 * Finds whether JSON text could make a string holding a surrogate: a surrogate character, or an escape
 * {@code \\uD800}–{@code \\uDFFF}. Shared by {@link SurrogateScreeningReader} (a parser's buffer at a time)
 * and {@link ScreenedText} (a whole text at once).
 *
 * <p>Why this way: a loop that stops at the first surrogate is compiled one character at a time. Here every
 * surrogate and every backslash is first marked in an array of marks, in a loop that does the same few
 * operations on every character with no branch and no exit, which Java 17's JIT compiles to vector
 * instructions only when the text and the marks share their indexes; {@link Arrays#mismatch}, itself
 * vectorized, then finds the marks. A backslash is looked at further: an escaped backslash is no escape,
 * and one too close to the end of what was read is taken for a surrogate's escape, to be safe.
 *
 * <p>The arrays of marks are lent from {@link #MARKS}, so that a read does not allocate and clear one each
 * time.
 */
final class SurrogateMarks {
  /** The block the marks are found in, so that a surrogate early in a long text ends the look early. */
  private static final int BLOCK = 8192;
  /** A block of no marks, to compare the marks with. */
  private static final char[] NO_MARKS = new char[BLOCK];
  /** The characters after a backslash that tell an escape spelling a surrogate: {@code u}, {@code D}, 8–F. */
  private static final int ESCAPE_TAIL = 3;
  /**
   * The arrays of marks lent: as long as the longest text copied whole ({@link ScreenedText#MAX_LENGTH}),
   * which is longer than a parser's buffer.
   */
  static final CharArrayPool MARKS = new CharArrayPool(ScreenedText.MAX_LENGTH);

  private SurrogateMarks() {}

  /**
   * Whether {@code text[from, to)} holds a surrogate or an escape that may spell one.
   *
   * @param marks an array at least {@code to} long, lent from {@link #MARKS}; its contents are overwritten
   * @param to the end of what was read: a backslash within three characters of it counts, since its
   *     escape may go on beyond it
   */
  static boolean anyIn(char[] text, char[] marks, int from, int to) {
    for (int start = from; start < to; start += BLOCK) {
      int end = Math.min(to, start + BLOCK);
      mark(text, marks, start, end);
      for (int at = start; at < end; ) {
        int found = Arrays.mismatch(marks, at, end, NO_MARKS, 0, end - at);
        if (found < 0) {
          break;
        }
        at = afterMark(text, at + found, to);
        if (at < 0) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Marks each surrogate and each backslash of {@code text[from, to)} with 0x8000 in {@code marks}, at the
   * same index, and every other character with 0.
   */
  private static void mark(char[] text, char[] marks, int from, int to) {
    for (int i = from; i < to; i++) {
      int c = text[i];
      // each is 0 exactly for a surrogate (U+D800–U+DFFF) and for a backslash
      int surrogate = (c & 0xF800) ^ 0xD800;
      int backslash = c ^ '\\';
      // (x - 1) & ~x has bit 15 set exactly when the 16-bit x is 0
      marks[i] = (char) ((((surrogate - 1) & ~surrogate) | ((backslash - 1) & ~backslash)) & 0x8000);
    }
  }

  /**
   * Looks at the marked character at {@code at}: returns -1 for a surrogate or a backslash that may begin
   * an escape spelling one, else where to look for the next mark.
   */
  private static int afterMark(char[] text, int at, int to) {
    if (text[at] != '\\' || at + ESCAPE_TAIL >= to) {
      // a surrogate, or an escape that may go on beyond what was read: taken for a surrogate's, to be safe
      return -1;
    }
    char next = text[at + 1];
    if (next == '\\') {
      return at + 2; // an escaped backslash: what follows it is no escape
    }
    if (next == 'u' && (text[at + 2] == 'd' || text[at + 2] == 'D') && isSurrogateHexDigit(text[at + 3])) {
      return -1;
    }
    return at + 1;
  }

  /** Whether the second hex digit of an escape {@code \\uD?..} makes it a surrogate's: 8–F. */
  private static boolean isSurrogateHexDigit(char c) {
    return (c >= '8' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
  }
}
