package io.github.acplan.documents.pdf;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.DataOutput;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.zip.GZIPInputStream;

/**
 * How Ukrainian words are spelt, as the odds of each letter or word boundary after the three or four
 * symbols before it: a character model counted from the laws of Ukraine (see {@code
 * src/test/fixtures/make-letter-model.sh}, which says which texts and how). It answers one question for
 * {@link LineJoins}: where a filled line of a cell ends in letters and the next line goes on with letters,
 * and nothing on the page tells a word broken between two letters from two words, whether a word boundary
 * between them is more likely than none ("розпорядника" + "ми" is one word, "фінансуються" + "з" two).
 *
 * <p>The model is stupid backoff over the counts of sequences of one to {@value #ORDER} symbols: the
 * share of a sequence among those with its context where it was seen, else 0.4 times the odds with a
 * shorter context. Letters are folded to lower case; a run of anything but letters (spaces, digits,
 * punctuation) is one boundary symbol; an apostrophe between two letters is a letter of its own; a letter
 * outside the Ukrainian alphabet counts as one "other letter".
 */
final class LetterModel {

  /** The longest sequence counted: a symbol and the four before it. */
  static final int ORDER = 5;
  /** Bits of one symbol in a packed sequence. */
  static final int BITS = 6;
  /** The word boundary: a run of anything but letters. */
  static final int BOUNDARY = 0;

  private static final String ALPHABET = "абвгґдеєжзиіїйклмнопрстуфхцчшщьюя";
  private static final int APOSTROPHE = ALPHABET.length() + 1;
  private static final int OTHER_LETTER = ALPHABET.length() + 2;
  private static final double BACKOFF = Math.log(0.4);
  private static final String RESOURCE = "letter-model.bin.gz";

  private final int[][] keys;
  private final int[][] counts;
  private final double total;

  private LetterModel(int[][] keys, int[][] counts) {
    this.keys = keys;
    this.counts = counts;
    long sum = 0;
    for (int c : counts[0]) {
      sum += c;
    }
    this.total = sum;
  }

  /** The model of the bundled resource, read once. */
  static LetterModel ukrainian() {
    return Holder.MODEL;
  }

  private static final class Holder {
    static final LetterModel MODEL = read();

    private static LetterModel read() {
      try (InputStream resource = LetterModel.class.getResourceAsStream(RESOURCE)) {
        if (resource == null) {
          throw new IllegalStateException("acplan-documents is missing its resource " + RESOURCE);
        }
        DataInputStream in = new DataInputStream(new BufferedInputStream(new GZIPInputStream(resource), 1 << 16));
        int order = in.readInt();
        if (order != ORDER) {
          throw new IllegalStateException(RESOURCE + " counts sequences of " + order + ", not " + ORDER);
        }
        int[][] keys = new int[ORDER][];
        int[][] counts = new int[ORDER][];
        for (int n = 0; n < ORDER; n++) {
          int size = in.readInt();
          keys[n] = new int[size];
          counts[n] = new int[size];
          int key = 0;
          for (int i = 0; i < size; i++) {
            key += readVarInt(in);
            keys[n][i] = key;
            counts[n][i] = readVarInt(in);
          }
        }
        return new LetterModel(keys, counts);
      } catch (IOException e) {
        throw new UncheckedIOException("acplan-documents cannot read its resource " + RESOURCE, e);
      }
    }
  }

  /**
   * The symbol of a character, given the characters next to it (an apostrophe is a letter only between
   * two letters).
   */
  static int symbol(char before, char c, char after) {
    char lower = Character.toLowerCase(c);
    int i = ALPHABET.indexOf(lower);
    if (i >= 0) {
      return i + 1;
    }
    if (Character.isLetter(c)) {
      return OTHER_LETTER;
    }
    if ((c == '\'' || c == '’' || c == 'ʼ') && Character.isLetter(before) && Character.isLetter(after)) {
      return APOSTROPHE;
    }
    return BOUNDARY;
  }

  /**
   * How much likelier, as a natural logarithm of odds, a word boundary is between two runs of letters
   * than none: positive when {@code head + " " + tail} reads as Ukrainian better than {@code head + tail}.
   *
   * @param head the letters before the break, the whole token up to the break (it begins a word)
   * @param tail the letters after it
   * @param tailEndsWord whether a word boundary follows the tail
   * @return the log odds of a boundary
   */
  double boundaryOdds(String head, String tail, boolean tailEndsWord) {
    int[] joined = symbols(head, tail, false, tailEndsWord);
    int[] apart = symbols(head, tail, true, tailEndsWord);
    int from = Math.min(head.length() + 1, joined.length);
    // Both readings share the head; score from the first symbol after it to the end.
    return score(apart, from) - score(joined, from);
  }

  private static int[] symbols(String head, String tail, boolean boundary, boolean end) {
    String text = head + tail;
    int[] out = new int[1 + text.length() + (boundary ? 1 : 0) + (end ? 1 : 0)];
    int k = 0;
    out[k++] = BOUNDARY;
    for (int i = 0; i < text.length(); i++) {
      if (boundary && i == head.length()) {
        out[k++] = BOUNDARY;
      }
      char before = i > 0 ? text.charAt(i - 1) : ' ';
      char after = i + 1 < text.length() ? text.charAt(i + 1) : ' ';
      out[k++] = symbol(before, text.charAt(i), after);
    }
    if (end) {
      out[k++] = BOUNDARY;
    }
    return out;
  }

  /** The log odds of the symbols from {@code from} on, each after those before it. */
  private double score(int[] symbols, int from) {
    double sum = 0;
    for (int i = from; i < symbols.length; i++) {
      sum += logOdds(symbols, i);
    }
    return sum;
  }

  private double logOdds(int[] symbols, int at) {
    double backoff = 0;
    for (int n = Math.min(ORDER, at + 1); n > 1; n--) {
      int context = 0;
      for (int k = at - n + 1; k < at; k++) {
        context = context << BITS | symbols[k];
      }
      int seen = count(n, context << BITS | symbols[at]);
      if (seen > 0) {
        return backoff + Math.log(seen) - Math.log(count(n - 1, context));
      }
      backoff += BACKOFF;
    }
    return backoff + Math.log(Math.max(count(1, symbols[at]), 1) / total);
  }

  private int count(int order, int key) {
    int i = Arrays.binarySearch(keys[order - 1], key);
    return i >= 0 ? counts[order - 1][i] : 0;
  }

  static void writeVarInt(DataOutput out, int value) throws IOException {
    int v = value;
    while ((v & ~0x7F) != 0) {
      out.writeByte(v & 0x7F | 0x80);
      v >>>= 7;
    }
    out.writeByte(v);
  }

  private static int readVarInt(DataInputStream in) throws IOException {
    int value = 0;
    for (int shift = 0; shift < 35; shift += 7) {
      int b = in.readUnsignedByte();
      value |= (b & 0x7F) << shift;
      if ((b & 0x80) == 0) {
        return value;
      }
    }
    throw new IOException("a malformed number in " + RESOURCE);
  }
}
