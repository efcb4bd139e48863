package io.github.acplan.json.mapping;

import java.util.Objects;

/**
 * A JSON text of up to {@link #MAX_LENGTH} characters copied into an array for a parser to read whole, and
 * whether any of it could make a string holding a surrogate (a surrogate character, or an escape
 * {@code \\uD800}–{@code \\uDFFF}), found as {@link SurrogateScreeningReader} finds it. While it could not,
 * no string a parser makes from the text holds a lone surrogate, and the reader of the shapes need not
 * look over each one ({@link TokenStream#mayHoldSurrogates()}).
 *
 * <p>Why: a parser that reads a text through a {@link java.io.Reader} reads it a buffer at a time, and
 * every string or name that runs over the end of a buffer is copied a character at a time; over an array
 * that holds all of the text, it never runs over. Jackson does this itself for a {@code String} of up to
 * 32 768 characters; this does it up to {@link #MAX_LENGTH} (a plan of about a hundred measures), and for
 * Jackson 2 and 3 alike. Longer texts are read through a {@link SurrogateScreeningReader}, so that the
 * memory a read takes stays bounded.
 *
 * <p>The array is lent: {@link #close()} gives it back, and one given-back array is kept for the next
 * text, so that a read does not allocate and clear an array as long as the text each time. At most
 * {@link #MAX_LENGTH} characters (128 KB) of text are kept this way, and as many of marks; texts read on
 * other threads at the same time get arrays of their own. Not thread-safe.
 */
public final class ScreenedText implements AutoCloseable {
  /** The longest text copied: 65 536 characters. */
  public static final int MAX_LENGTH = 65_536;
  /** The arrays of text lent. */
  private static final CharArrayPool TEXTS = new CharArrayPool(MAX_LENGTH);
  private static final char[] NO_ARRAY = new char[0];

  private char[] characters;
  private final int length;
  private final boolean mayHoldSurrogates;

  private ScreenedText(char[] characters, int length, boolean mayHoldSurrogates) {
    this.characters = characters;
    this.length = length;
    this.mayHoldSurrogates = mayHoldSurrogates;
  }

  /**
   * Copies a string's text from an index on and looks it over.
   *
   * @param text the text
   * @param start the index of the first character to copy, such as 1 after a byte order mark
   * @return the copy
   * @throws IndexOutOfBoundsException if {@code start} is not within the text (its length included)
   * @throws IllegalArgumentException if more than {@link #MAX_LENGTH} characters are to be copied: read
   *     such a text through a {@link SurrogateScreeningReader}
   */
  public static ScreenedText of(String text, int start) {
    Objects.requireNonNull(text, "text");
    Objects.checkIndex(start, text.length() + 1);
    int length = text.length() - start;
    if (length > MAX_LENGTH) {
      throw new IllegalArgumentException("a text of " + length + " characters is longer than the "
          + MAX_LENGTH + " copied; read it through a SurrogateScreeningReader");
    }
    char[] characters = TEXTS.lend(length);
    text.getChars(start, text.length(), characters, 0);
    char[] marks = SurrogateMarks.MARKS.lend(length);
    boolean any = SurrogateMarks.anyIn(characters, marks, 0, length);
    SurrogateMarks.MARKS.giveBack(marks);
    return new ScreenedText(characters, length, any);
  }

  /**
   * Returns the array the text is in, at {@code [0, length())}; the array may be longer. It is lent: not
   * to be used after {@link #close()}.
   *
   * @return the array, empty once closed
   */
  public char[] characters() {
    return characters;
  }

  /**
   * Returns the number of characters of the text.
   *
   * @return the length
   */
  public int length() {
    return length;
  }

  /**
   * Whether the text holds a surrogate character or an escape that may spell one.
   *
   * @return true if strings made from the text may hold a surrogate
   */
  public boolean mayHoldSurrogates() {
    return mayHoldSurrogates;
  }

  /** Gives the array back for the next text; {@link #characters()} is empty after it. */
  @Override
  public void close() {
    char[] lent = characters;
    characters = NO_ARRAY;
    TEXTS.giveBack(lent);
  }
}
