package io.github.acplan.json.mapping;

import java.io.IOException;
import java.io.Reader;
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
 * character at a time. This reader looks over each block the parser reads at once, names and punctuation
 * included, in a loop the JIT compiles to vector instructions (benchmarks/README.md). Text with a surrogate
 * pair (an emoji) or an escape that may spell a surrogate is still read; the strings are then looked over
 * one by one, as before. An escaped backslash followed by {@code uD8}… is taken for such an escape: slower,
 * never wrong. {@link ScreenedText} does the same for a whole text at once.
 *
 * <p>The look needs an array of marks as long as the caller's buffer. One such array is kept between
 * readers: a reader borrows it when it first needs marks and gives it back when it is closed, so that
 * reading a small document does not allocate and clear 8 KB for Jackson's 4 000-character buffer each time
 * (half of what reading a plan of one measure allocated). A reader that is not closed leaves its array to
 * the garbage collector; readers on other threads at the same time make their own.
 *
 * <p>Not thread-safe, as readers are not. {@link #close()} closes the reader it reads from; reading after
 * it fails, as it does for the JDK's readers.
 */
public final class SurrogateScreeningReader extends Reader {
  private static final char[] NO_ARRAY = new char[0];

  private final @Nullable String text;
  private int position;
  private final @Nullable Reader source;
  /** The marks of the characters last read, at their indexes in the caller's buffer. */
  private char[] marks = NO_ARRAY;
  private boolean passedSurrogate;
  private boolean closed;

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
    if (closed) {
      throw new IOException("Stream closed");
    }
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

  /** Closes the reader it reads from, if any, and gives its array of marks back for the next reader. */
  @Override
  public void close() throws IOException {
    if (!closed) {
      closed = true;
      char[] kept = marks;
      marks = NO_ARRAY;
      SurrogateMarks.MARKS.giveBack(kept);
    }
    if (source != null) {
      source.close();
    }
  }

  /** Looks over {@code buffer[from, to)}. */
  private void screen(char[] buffer, int from, int to) {
    if (marks.length < buffer.length) {
      marks = SurrogateMarks.MARKS.lend(buffer.length);
    }
    passedSurrogate = SurrogateMarks.anyIn(buffer, marks, from, to);
  }
}
