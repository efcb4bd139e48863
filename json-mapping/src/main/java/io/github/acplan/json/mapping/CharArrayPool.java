package io.github.acplan.json.mapping;

import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;

/**
 * A pool of one {@code char[]}: an array lent is given back when its user is done, and the last one given
 * back is kept for the next, so that a read of JSON does not allocate and clear an array each time. Users
 * on other threads at the same time get arrays of their own; an array longer than the pool keeps is left to
 * the garbage collector. Used by {@link ScreenedText} (its text) and {@link SurrogateMarks} (the marks).
 */
final class CharArrayPool {
  /** The shortest array lent: as long as a Jackson parser's buffer (4 000 characters), or a small text. */
  private static final int SHORTEST = 4096;

  /** The longest array kept, in characters; longer ones are lent new each time and not kept. */
  private final int longestKept;
  /** The array given back last, or null while one is lent (or none was made). */
  private final AtomicReference<char @Nullable []> spare = new AtomicReference<>();

  CharArrayPool(int longestKept) {
    this.longestKept = longestKept;
  }

  /** Lends an array at least {@code length} long: the one kept, if it is long enough, or a new one. */
  char[] lend(int length) {
    char[] kept = spare.getAndSet(null);
    if (kept != null && kept.length >= length) {
      return kept;
    }
    // a power of two up to the longest kept, so that texts of similar lengths share the array
    return new char[length <= SHORTEST ? SHORTEST
        : length <= longestKept ? Integer.highestOneBit(length - 1) << 1 : length];
  }

  /** Gives an array back, keeping it for the next user unless it is empty or longer than the pool keeps. */
  void giveBack(char[] array) {
    if (array.length > 0 && array.length <= longestKept) {
      spare.set(array);
    }
  }
}
