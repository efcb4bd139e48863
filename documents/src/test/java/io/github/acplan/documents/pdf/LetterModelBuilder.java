package io.github.acplan.documents.pdf;

import java.io.BufferedReader;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.GZIPOutputStream;

/**
 * Builds the resource of {@link LetterModel} from Ukrainian text: counts every sequence of one to
 * {@value LetterModel#ORDER} symbols (letters and word boundaries) and keeps those seen often enough. Run by
 * hand, by {@code src/test/fixtures/make-letter-model.sh}, which says what text made the committed resource.
 *
 * <p>Arguments: the UTF-8 text file to count, and the resource file to write.
 */
public final class LetterModelBuilder {

  /** The least count kept, per order (index 0 for one symbol): rare long sequences are noise and bulk. */
  private static final int[] KEEP_FROM = {1, 1, 2, 3, 4};

  private LetterModelBuilder() {
  }

  /** Counts of the sequences of one length, in an open-addressing table keyed by the packed symbols. */
  private static final class Counts {
    int[] keys = new int[1 << 16];
    int[] counts = new int[1 << 16];
    int size;

    void add(int key) {
      int mask = keys.length - 1;
      int i = mix(key) & mask;
      while (counts[i] != 0 && keys[i] != key) {
        i = (i + 1) & mask;
      }
      if (counts[i] == 0) {
        keys[i] = key;
        if (++size * 2 > keys.length) {
          counts[i] = 1;
          grow();
          return;
        }
      }
      counts[i]++;
    }

    private void grow() {
      int[] oldKeys = keys;
      int[] oldCounts = counts;
      keys = new int[oldKeys.length * 2];
      counts = new int[oldKeys.length * 2];
      int mask = keys.length - 1;
      for (int j = 0; j < oldKeys.length; j++) {
        if (oldCounts[j] != 0) {
          int i = mix(oldKeys[j]) & mask;
          while (counts[i] != 0) {
            i = (i + 1) & mask;
          }
          keys[i] = oldKeys[j];
          counts[i] = oldCounts[j];
        }
      }
    }

    private static int mix(int key) {
      int h = key * 0x9E3779B9;
      return h ^ (h >>> 16);
    }
  }

  /**
   * Builds the resource.
   *
   * @param args the text file and the resource file
   * @throws IOException when a file cannot be read or written
   */
  public static void main(String[] args) throws IOException {
    Counts[] counts = new Counts[LetterModel.ORDER];
    for (int n = 0; n < counts.length; n++) {
      counts[n] = new Counts();
    }
    int[] window = new int[LetterModel.ORDER];
    int filled = 0;
    int previous = LetterModel.BOUNDARY;
    try (BufferedReader in = Files.newBufferedReader(Path.of(args[0]), StandardCharsets.UTF_8)) {
      char before = ' ';
      char current = ' ';
      int next = in.read();
      while (next >= 0) {
        before = current;
        current = (char) next;
        next = in.read();
        int symbol = LetterModel.symbol(before, current, next < 0 ? ' ' : (char) next);
        if (symbol == LetterModel.BOUNDARY && previous == LetterModel.BOUNDARY) {
          continue; // a run of spaces, digits and stops is one boundary
        }
        previous = symbol;
        System.arraycopy(window, 1, window, 0, window.length - 1);
        window[window.length - 1] = symbol;
        filled = Math.min(filled + 1, window.length);
        for (int n = 1; n <= filled; n++) {
          int key = 0;
          for (int k = window.length - n; k < window.length; k++) {
            key = key << LetterModel.BITS | window[k];
          }
          counts[n - 1].add(key);
        }
      }
    }
    try (OutputStream file = Files.newOutputStream(Path.of(args[1]));
        DataOutputStream out = new DataOutputStream(new GZIPOutputStream(file))) {
      out.writeInt(LetterModel.ORDER);
      for (int n = 0; n < counts.length; n++) {
        Counts table = counts[n];
        long[] kept = new long[table.size];
        int k = 0;
        for (int i = 0; i < table.keys.length; i++) {
          if (table.counts[i] >= KEEP_FROM[n]) {
            kept[k++] = (long) table.keys[i] << 32 | table.counts[i];
          }
        }
        kept = Arrays.copyOf(kept, k);
        Arrays.sort(kept);
        out.writeInt(k);
        int last = 0;
        for (long entry : kept) {
          int key = (int) (entry >>> 32);
          LetterModel.writeVarInt(out, key - last);
          LetterModel.writeVarInt(out, (int) entry);
          last = key;
        }
        System.err.println("order " + (n + 1) + ": " + table.size + " seen, " + k + " kept");
      }
    }
  }
}
