package io.github.acplan.core;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The number of a measure in a plan: "1.1", "3.10", or deeper, like "1.1.1.1.1".
 *
 * <p>Numbers are compared part by part, as numbers: {@code 3.9 < 3.10 < 4.1}, and a number comes right
 * before its own sub-numbers ({@code 1.1 < 1.1.1 < 1.2}). The order is consistent with
 * {@link #equals(Object)}. {@link #toString()} gives the text that {@link #parse(CharSequence)} reads back.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class MeasureNumber implements Comparable<MeasureNumber> {

  /** The longest number accepted, in parts; deeper numbers are not seen in real plans. */
  public static final int MAX_DEPTH = 16;

  /** The largest part accepted, by {@link #of(int...)} as by {@link #parse(CharSequence)}: six digits. */
  public static final int MAX_PART = 999_999;

  private static final int MAX_PART_DIGITS = 6;

  private final int[] parts;

  /** A prime above the part values plans use, so that numbers such as 1.1 … 10.1000 all hash apart. */
  private static final int HASH_FACTOR = 1_000_003;

  private MeasureNumber(int[] parts) {
    this.parts = parts;
  }

  /**
   * Returns the number made of the given parts.
   *
   * @param parts the parts, first the section's number; each at least 1
   * @return the number
   * @throws IllegalArgumentException if there are no parts, more than {@link #MAX_DEPTH}, or a part is
   *     below 1 or above {@link #MAX_PART}
   */
  public static MeasureNumber of(int... parts) {
    Objects.requireNonNull(parts, "parts");
    if (parts.length == 0 || parts.length > MAX_DEPTH) {
      throw new IllegalArgumentException(
          "A measure number has 1 to " + MAX_DEPTH + " parts, got " + parts.length);
    }
    for (int part : parts) {
      if (part < 1 || part > MAX_PART) {
        throw new IllegalArgumentException("Every part of a measure number is from 1 to " + MAX_PART
            + ", got " + Arrays.toString(parts));
      }
    }
    return new MeasureNumber(parts.clone());
  }

  /**
   * Reads a number such as "1.1" or "3.10". Spaces around the text are ignored, and so is one trailing
   * dot ("1.1." as often written in Ukrainian documents).
   *
   * @param text the number
   * @return the number
   * @throws IllegalArgumentException if the text is not dot-separated positive integers without leading
   *     zeros, e.g. "", "1..2", "a.b", "1.01"; the message quotes the text and says what was expected
   */
  public static MeasureNumber parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    int[] plain = plainParts(text);
    if (plain != null) {
      return new MeasureNumber(plain);
    }
    String s = text.toString().strip();
    if (s.endsWith(".") && s.length() > 1) {
      s = s.substring(0, s.length() - 1);
    }
    if (s.isEmpty()) {
      throw invalid(text, "it is empty");
    }
    String[] pieces = s.split("\\.", -1);
    if (pieces.length > MAX_DEPTH) {
      throw invalid(text, "it has more than " + MAX_DEPTH + " parts");
    }
    int[] parts = new int[pieces.length];
    for (int i = 0; i < pieces.length; i++) {
      String piece = pieces[i];
      if (piece.isEmpty()) {
        throw invalid(text, "part " + (i + 1) + " is empty");
      }
      if (piece.length() > MAX_PART_DIGITS || !isDigits(piece)) {
        throw invalid(text, "part " + (i + 1) + " \"" + piece + "\" is not a number of up to "
            + MAX_PART_DIGITS + " digits");
      }
      if (piece.charAt(0) == '0') {
        throw invalid(text, "part " + (i + 1) + " \"" + piece + "\" is zero or has a leading zero");
      }
      parts[i] = Integer.parseInt(piece);
    }
    return new MeasureNumber(parts);
  }

  /**
   * The parts of a number written plainly, ASCII digits and single dots with an optional final dot
   * ("1.12", "3.4."), or null for {@link #parse} to decide and explain. Every number of a plan read
   * from JSON or text is parsed, and splitting it into strings was a measurable part of reading.
   */
  private static int @Nullable [] plainParts(CharSequence s) {
    int n = s.length();
    if (n > 1 && s.charAt(n - 1) == '.') {
      n--;
    }
    int count = 1;
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c == '.') {
        count++;
      } else if (c < '0' || c > '9') {
        return null;
      }
    }
    if (n == 0 || count > MAX_DEPTH) {
      return null;
    }
    int[] parts = new int[count];
    int part = 0;
    int value = 0;
    int digits = 0;
    for (int i = 0; i <= n; i++) {
      char c = i == n ? '.' : s.charAt(i);
      if (c == '.') {
        if (digits == 0 || digits > MAX_PART_DIGITS) {
          return null; // an empty or too long part: parse says which
        }
        parts[part++] = value;
        value = 0;
        digits = 0;
      } else if (digits == 0 && c == '0') {
        return null; // a zero or a leading zero: parse says so
      } else {
        value = value * 10 + (c - '0');
        digits++;
      }
    }
    return parts;
  }

  private static IllegalArgumentException invalid(CharSequence text, String why) {
    return new IllegalArgumentException("Not a measure number: \"" + text
        + "\" (expected positive integers separated by dots, like \"1.1\" or \"3.10\"; " + why + ")");
  }

  /**
   * Returns the parts of this number.
   *
   * @return the parts, first the section's number
   */
  public List<Integer> parts() {
    return Arrays.stream(parts).boxed().toList();
  }

  /**
   * Returns one part of this number.
   *
   * @param index the index, 0 for the section's number
   * @return the part
   * @throws IndexOutOfBoundsException if {@code index} is not below {@link #depth()}
   */
  public int part(int index) {
    return parts[index];
  }

  /**
   * Returns the number of the section this number belongs to: its first part.
   *
   * @return the first part
   */
  public int section() {
    return parts[0];
  }

  /**
   * Returns how many parts this number has: 2 for "1.1", 5 for "1.1.1.1.1".
   *
   * @return the number of parts
   */
  public int depth() {
    return parts.length;
  }

  /**
   * Returns the number this one is nested in: "1.1" for "1.1.3".
   *
   * @return the parent, or empty for a one-part number
   */
  public Optional<MeasureNumber> parent() {
    return parts.length == 1
        ? Optional.empty()
        : Optional.of(new MeasureNumber(Arrays.copyOf(parts, parts.length - 1)));
  }

  /**
   * Returns the number that follows this one at the same depth: "3.10" for "3.9".
   *
   * @return the next sibling
   * @throws IllegalStateException if the last part is already {@link #MAX_PART}
   */
  public MeasureNumber next() {
    if (parts[parts.length - 1] == MAX_PART) {
      throw new IllegalStateException("No measure number follows " + this + ": a part is at most "
          + MAX_PART);
    }
    int[] copy = parts.clone();
    copy[copy.length - 1]++;
    return new MeasureNumber(copy);
  }

  /**
   * Returns this number moved to another section: "5.3" with section 6 is "6.3".
   *
   * @param section the new first part, at least 1
   * @return the renumbered number
   * @throws IllegalArgumentException if {@code section} is below 1
   */
  public MeasureNumber withSection(int section) {
    int[] copy = parts.clone();
    copy[0] = section;
    return of(copy);
  }

  @Override
  public int compareTo(MeasureNumber other) {
    return Arrays.compare(parts, other.parts);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof MeasureNumber measureNumber && Arrays.equals(parts, measureNumber.parts);
  }

  @Override
  public int hashCode() {
    // Not Arrays.hashCode: its factor 31 maps 10 sections of 1 000 measures (1.1 .. 10.1000) to only
    // 1 279 hashes, so hash maps by number degrade to chains; a large prime keeps every such number apart.
    int h = 1;
    for (int part : parts) {
      h = h * HASH_FACTOR + part;
    }
    return h;
  }

  /**
   * Returns the number as officials write it, parts joined by dots: "3.10".
   *
   * @return the text that {@link #parse(CharSequence)} reads back
   */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < parts.length; i++) {
      if (i > 0) {
        sb.append('.');
      }
      sb.append(parts[i]);
    }
    return sb.toString();
  }

  private static boolean isDigits(String piece) {
    for (int i = 0; i < piece.length(); i++) {
      char c = piece.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }
}
