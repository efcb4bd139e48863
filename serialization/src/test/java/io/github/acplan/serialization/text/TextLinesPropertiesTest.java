package io.github.acplan.serialization.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.acplan.core.text.TextNormalization;
import io.github.acplan.serialization.PlanFormatException;
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
      String whole = randomText(random, ALPHABET, 60);
      int chunk = 1 + random.nextInt(7);

      TextLines read = read(new ChunkedReader(whole, chunk));

      List<String> expected = List.of(whole.split("\r\n|\r|\n", -1));
      assertThat(read.lines()).extracting(TableLine::raw).as("%s in chunks of %d", whole, chunk)
          .containsExactlyElementsOf(expected);
      assertThat(read.endsMidLine()).isEqualTo(!whole.isEmpty() && !whole.endsWith("\n")
          && !whole.endsWith("\r"));
    });
  }

  /** Characters a table's text can hold and that the one-pass scan must tell apart. */
  private static final String CELL_ALPHABET = "аб c\t\t\r\n<b>&amp;1. \u00A0\u00AD\u202Fй\u0306x-";

  @Test
  void aTextInMemoryIsCutAsAStreamIsReadAndEveryCellDecodesAsItsMarkupDoes() {
    qt().withExamples(3_000).forAll(longs().all()).checkAssert(seed -> {
      Random random = new Random(seed);
      String whole = randomText(random, CELL_ALPHABET, 80);

      TextLines inMemory = of(whole);
      TextLines streamed = read(new ChunkedReader(whole, 1 + random.nextInt(7)));

      List<String> expected = List.of(whole.split("\r\n|\r|\n", -1));
      assertThat(inMemory.lines()).hasSameSizeAs(expected);
      assertThat(inMemory.endsMidLine()).isEqualTo(streamed.endsMidLine());
      for (int n = 0; n < expected.size(); n++) {
        TableLine split = TableLine.split(n + 1, TextNormalization.cleanToPlainSpaces(expected.get(n)));
        for (TableLine line : List.of(inMemory.lines().get(n), streamed.lines().get(n))) {
          assertThat(line.line()).isEqualTo(n + 1);
          assertThat(line.raw()).as("%s, line %d", whole, n + 1).isEqualTo(split.raw());
          assertThat(line.cells()).as("%s, line %d", whole, n + 1).isEqualTo(split.cells());
          for (int i = 0; i < line.cells().size(); i++) {
            CellMarkup.Decoded expectedCell = CellMarkup.decode(split.cells().get(i));
            assertThat(line.decoded(i).text).as("%s, line %d, cell %d", whole, n + 1, i + 1)
                .isEqualTo(expectedCell.text);
            assertThat(line.decoded(i).items).isEqualTo(expectedCell.items);
          }
        }
      }
    });
  }

  /** A text of fewer than {@code bound} characters drawn from an alphabet. */
  private static String randomText(Random random, String alphabet, int bound) {
    StringBuilder text = new StringBuilder();
    int length = random.nextInt(bound);
    for (int i = 0; i < length; i++) {
      text.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return text.toString();
  }

  private static TextLines of(String text) {
    try {
      return TextLines.of(text, TextLimits.standard());
    } catch (PlanFormatException e) {
      throw new AssertionError(e);
    }
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
