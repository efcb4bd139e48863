package io.github.acplan.json.mapping;

import java.io.IOException;
import java.io.Reader;
import java.util.Arrays;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A reader of JSON text that passes the text on unchanged and notes whether any of it could make a string
 * with a surrogate: a surrogate character, or an escape {@code \\uD800}–{@code \\uDFFF}. While none has
 * gone past, no string a parser made from this text holds a surrogate, so the reader of the shapes need
 * not look over each string for lone ones ({@link TokenStream#mayHoldSurrogates()}).
 *
 * <p>Why: that look over every string read from a {@code String} took about a fifth of the time plain
 * Jackson takes to read the seed plan, because a loop that stops at the first surrogate is compiled one
 * character at a time. This reader looks over the text in blocks, in a loop that the JIT compiles to
 * vector instructions (the same operations on every character, no early exit), and over the whole text,
 * names and punctuation included, once (benchmarks/README.md). Text with a surrogate pair (an emoji) or an
 * escape that may spell a surrogate is still read; the strings are then looked over one by one, as before.
 * An escaped backslash followed by {@code uD8}… is taken for such an escape: slower, never wrong.
 *
 * <p>Not thread-safe, as readers are not. {@link #close()} closes the reader it reads from.
 */
public final class SurrogateScreeningReader extends Reader {
  /** The block the marks are found in: a parser's buffer is smaller (Jackson's is 4 000 characters). */
  private static final int BLOCK = 8192;
  /** A block of no marks, to compare the marks with. */
  private static final char[] NO_MARKS = new char[BLOCK];
  /** The characters after a backslash that tell an escape spelling a surrogate: {@code u}, {@code D}, 8–F. */
  private static final int ESCAPE_TAIL = 3;

  private final @Nullable String text;
  private int position;
  private final @Nullable Reader source;
  /** The marks of the characters last read, at their indexes in the caller's buffer. */
  private char[] marks = new char[0];
  private boolean passedSurrogate;

  private SurrogateScreeningReader(@Nullable String text, int position, @Nullable Reader source) {
    this.text = text;
    this.position = position;
    this.source = source;
  }

  /**
   * Returns a reader of a string's text from an index on.
   *
   * @param text the text
   * @param start the index of the first character to read, such as 1 after a byte order mark
   * @return the reader
   * @throws IndexOutOfBoundsException if {@code start} is not within the text (its length included)
   */
  public static SurrogateScreeningReader of(String text, int start) {
    Objects.requireNonNull(text, "text");
    Objects.checkIndex(start, text.length() + 1);
    return new SurrogateScreeningReader(text, start, null);
  }

  /**
   * Returns a reader that reads from another one.
   *
   * @param source the reader; closed when this one is
   * @return the reader
   */
  public static SurrogateScreeningReader of(Reader source) {
    return new SurrogateScreeningReader(null, 0, Objects.requireNonNull(source, "source"));
  }

  /**
   * Whether the text read so far holds a surrogate character or an escape that may spell one; once true,
   * true for good.
   *
   * @return true if strings made from the text read so far may hold a surrogate
   */
  public boolean passedSurrogate() {
    return passedSurrogate;
  }

  @Override
  public int read(char[] buffer, int offset, int length) throws IOException {
    Objects.checkFromIndexSize(offset, length, buffer.length);
    int count;
    if (text != null) {
      count = Math.min(length, text.length() - position);
      if (count <= 0) {
        return length == 0 ? 0 : -1;
      }
      text.getChars(position, position + count, buffer, offset);
      position += count;
    } else {
      count = source.read(buffer, offset, length);
    }
    if (count > 0 && !passedSurrogate) {
      screen(buffer, offset, offset + count);
    }
    return count;
  }

  @Override
  public void close() throws IOException {
    if (source != null) {
      source.close();
    }
  }

  /** Looks over {@code buffer[from, to)}, a block at a time. */
  private void screen(char[] buffer, int from, int to) {
    if (marks.length < buffer.length) {
      marks = new char[buffer.length];
    }
    for (int start = from; start < to && !passedSurrogate; start += BLOCK) {
      int end = Math.min(to, start + BLOCK);
      mark(buffer, marks, start, end);
      for (int at = start; at < end && !passedSurrogate; ) {
        int found = Arrays.mismatch(marks, at, end, NO_MARKS, 0, end - at);
        if (found < 0) {
          break;
        }
        at += found;
        at = passedMark(buffer, at, to);
      }
    }
  }

  /**
   * Marks each surrogate and each backslash of {@code buffer[from, to)} with 0x8000 in {@code marks}, at
   * the same index, and every other character with 0. The same few operations on every character, no
   * branch and no exit, so that the JIT makes vector instructions of the loop; the marks are then found
   * by {@link Arrays#mismatch}, itself vectorized.
   */
  private static void mark(char[] buffer, char[] marks, int from, int to) {
    for (int i = from; i < to; i++) {
      int c = buffer[i];
      // each is 0 exactly for a surrogate (U+D800–U+DFFF) and for a backslash
      int surrogate = (c & 0xF800) ^ 0xD800;
      int backslash = c ^ '\\';
      // (x - 1) & ~x has bit 15 set exactly when the 16-bit x is 0
      marks[i] = (char) ((((surrogate - 1) & ~surrogate) | ((backslash - 1) & ~backslash)) & 0x8000);
    }
  }

  /**
   * Looks at the marked character at {@code at}: a surrogate, or a backslash that may begin an escape
   * spelling one, sets {@link #passedSurrogate}. Returns where to look for the next mark.
   */
  private int passedMark(char[] buffer, int at, int to) {
    if (buffer[at] != '\\') {
      passedSurrogate = true;
      return at + 1;
    }
    if (at + ESCAPE_TAIL >= to) {
      // the escape may go on in the next block read: taken for a surrogate's, to be safe
      passedSurrogate = true;
      return at + 1;
    }
    char next = buffer[at + 1];
    if (next == '\\') {
      return at + 2; // an escaped backslash: what follows it is no escape
    }
    if (next == 'u' && (buffer[at + 2] == 'd' || buffer[at + 2] == 'D') && isSurrogateHexDigit(buffer[at + 3])) {
      passedSurrogate = true;
    }
    return at + 1;
  }

  /** Whether the second hex digit of an escape {@code \\uD?..} makes it a surrogate's: 8–F. */
  private static boolean isSurrogateHexDigit(char c) {
    return (c >= '8' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
  }
}
