package io.github.acplan.serialization.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link TextLines} reads a stream in chunks; whatever the chunks, its lines are the text split at LF,
 * CRLF and CR, and it knows whether the last line has a line end.
 */
class TextLinesPropertiesTest {

  private static final String ALPHABET = "аб c\t\r\n\r\n1.";

  @Test
  void linesAreTheTextSplitAtEveryKindOfLineEndWhateverTheChunks() {
    qt().withExamples(2_000).forAll(longs().all()).checkAssert(seed -> {
      Random random = new Random(seed);
      StringBuilder text = new StringBuilder();
      int length = random.nextInt(60);
      for (int i = 0; i < length; i++) {
        text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
      }
      String whole = text.toString();
      int chunk = 1 + random.nextInt(7);

      TextLines read = read(new ChunkedReader(whole, chunk));

      List<String> expected = List.of(whole.split("\r\n|\r|\n", -1));
      assertThat(read.lines()).extracting(TableLine::raw).as("%s in chunks of %d", whole, chunk)
          .containsExactlyElementsOf(expected);
      assertThat(read.endsMidLine()).isEqualTo(!whole.isEmpty() && !whole.endsWith("\n")
          && !whole.endsWith("\r"));
    });
  }

  private static TextLines read(Reader in) {
    try {
      return TextLines.read(in, TextLimits.standard());
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  /** A reader that gives at most {@code chunk} characters a call, to cut the text anywhere. */
  private static final class ChunkedReader extends Reader {
    private final StringReader in;
    private final int chunk;

    ChunkedReader(String text, int chunk) {
      this.in = new StringReader(text);
      this.chunk = chunk;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
      return in.read(buffer, offset, Math.min(length, chunk));
    }

    @Override
    public void close() {
      in.close();
    }
  }
}
