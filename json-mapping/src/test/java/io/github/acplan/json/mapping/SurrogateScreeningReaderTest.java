package io.github.acplan.json.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

/**
 * The screening reader passes every character on unchanged, and never says "no surrogate" of a text from
 * which a parser could make a string holding one: a surrogate character, or an escape {@code \\uD800}–
 * {@code \\uDFFF}.
 */
class SurrogateScreeningReaderTest {

  @Test
  void plainTextAndItsCommonEscapesPassNoSurrogate() throws IOException {
    String json = "{\"name\":\"Забезпечити:\\n- проведення \\\"перевірки\\\" \\u0410\\\\ud800\",\"n\":1}";
    assertThat(screened(json, 4000)).isFalse();
  }

  @Test
  void aSurrogateCharacterOrItsEscapeIsNoted() throws IOException {
    assertThat(screened("{\"t\":\"" + "я".repeat(5000) + "\ud800\"}", 4000)).isTrue();
    assertThat(screened("{\"t\":\"😀\"}", 4000)).as("a pair is noted too: its strings are then checked")
        .isTrue();
    assertThat(screened("{\"t\":\"a\\ud800\"}", 4000)).isTrue();
    assertThat(screened("{\"t\":\"a\\uDFFF\"}", 4000)).isTrue();
    assertThat(screened("{\"t\":\"a\\uDB7F\"}", 4000)).isTrue();
    assertThat(screened("{\"t\":\"a\\ud7ff \\ue000\"}", 4000)).isFalse();
  }

  @Test
  void aBackslashAtTheEndOfWhatWasReadIsTakenForAnEscapeOfASurrogate() throws IOException {
    // the reads end right after the backslash: what follows is not seen yet
    assertThat(screened("{\"t\":\"ab\\n\"}", 9)).isTrue();
    assertThat(screened("{\"t\":\"ab\\n\"}", 14)).isFalse();
  }

  @Test
  void everyCharacterPassesUnchangedWhateverTheReadsSizes() {
    qt().withExamples(500).forAll(texts(), Generate.range(1, 9000), SourceDSL.integers().between(0, 7))
        .checkAssert((text, size, offset) -> {
          try {
            SurrogateScreeningReader fromString = SurrogateScreeningReader.of(text, 0);
            SurrogateScreeningReader fromReader = SurrogateScreeningReader.of(new StringReader(text));
            assertThat(readAll(fromString, size, offset)).isEqualTo(text);
            assertThat(readAll(fromReader, size, offset)).isEqualTo(text);
            assertThat(fromReader.passedSurrogate()).isEqualTo(fromString.passedSurrogate());
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
  }

  @Test
  void neverSaysNoSurrogateOfATextThatHoldsOne() {
    qt().withExamples(1000).forAll(texts(), Generate.range(1, 9000)).checkAssert((text, size) -> {
      try {
        boolean passed = screened(text, size);
        if (holdsSurrogate(text)) {
          assertThat(passed).as("%s", text).isTrue();
        }
        if (text.indexOf('\\') < 0 && text.chars().noneMatch(c -> Character.isSurrogate((char) c))) {
          assertThat(passed).as("%s", text).isFalse();
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  @Test
  void startsAfterTheIndexGivenAndClosesItsSource() throws IOException {
    assertThat(readAll(SurrogateScreeningReader.of("\uFEFF{}", 1), 10, 0)).isEqualTo("{}");
    assertThat(readAll(SurrogateScreeningReader.of("{}", 2), 10, 0)).isEmpty();
    assertThatThrownBy(() -> SurrogateScreeningReader.of("{}", 3)).isInstanceOf(IndexOutOfBoundsException.class);
    boolean[] closed = {false};
    Reader source = new StringReader("{}") {
      @Override
      public void close() {
        closed[0] = true;
      }
    };
    SurrogateScreeningReader.of(source).close();
    assertThat(closed[0]).isTrue();
    assertThatThrownBy(() -> SurrogateScreeningReader.of("{}", 0).read(new char[4], 3, 2))
        .isInstanceOf(IndexOutOfBoundsException.class);
  }

  @Test
  void readersAfterAClosedOneScreenAlikeWhateverItsMarksAndBufferWere() throws IOException {
    // a string of escaped backslashes leaves the array of marks it gives back full of marks
    String marked = "{\"t\":\"" + "\\\\".repeat(1500) + "\"}";
    String plain = "{\"t\":\"" + "я".repeat(3990) + "\"}";
    for (int readSize : new int[] {100, 9000, 4000, 17000, 4000}) {
      assertThat(screened(marked, 4000)).as("read whole: no backslash at the end of a read").isFalse();
      assertThat(screened(plain, readSize)).isFalse();
      assertThat(screened(plain + "\ud800", readSize)).isTrue();
      assertThat(screened(plain.substring(0, 1000) + "\\ud800" + plain, readSize)).isTrue();
      assertThat(screened(plain.repeat(5), readSize)).isFalse();
    }
  }

  @Test
  void aWholeTextCopiedSaysWhatTheReaderSaysOfItReadInOneGo() {
    qt().withExamples(500).forAll(texts(), Generate.range(0, 3))
        .assuming((text, start) -> text.length() <= ScreenedText.MAX_LENGTH).checkAssert((text, start) -> {
      int from = Math.min(start, text.length());
      try (ScreenedText copy = ScreenedText.of(text, from)) {
        assertThat(new String(copy.characters(), 0, copy.length())).isEqualTo(text.substring(from));
        assertThat(copy.mayHoldSurrogates()).isEqualTo(screened(text.substring(from), Math.max(1, text.length())));
        if (holdsSurrogate(text.substring(from))) {
          assertThat(copy.mayHoldSurrogates()).as("%s", text).isTrue();
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  @Test
  void aWholeTextIsCopiedUpToItsLongestAndItsArrayIsGivenBackOnClose() {
    String longest = "я".repeat(ScreenedText.MAX_LENGTH);
    try (ScreenedText copy = ScreenedText.of("\uFEFF" + longest, 1)) {
      assertThat(copy.length()).isEqualTo(ScreenedText.MAX_LENGTH);
      assertThat(copy.mayHoldSurrogates()).isFalse();
    }
    assertThatThrownBy(() -> ScreenedText.of(longest + " ", 0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("65537 characters");
    assertThatThrownBy(() -> ScreenedText.of("{}", 3)).isInstanceOf(IndexOutOfBoundsException.class);
    ScreenedText first = ScreenedText.of(longest.substring(0, 5000) + "\ud800", 0);
    assertThat(first.mayHoldSurrogates()).isTrue();
    first.close();
    assertThat(first.characters()).isEmpty();
    first.close();
    // the next text may get the array given back: it holds its own characters, screened anew
    try (ScreenedText next = ScreenedText.of("{\"t\":\"ab\"}", 0)) {
      assertThat(new String(next.characters(), 0, next.length())).isEqualTo("{\"t\":\"ab\"}");
      assertThat(next.mayHoldSurrogates()).isFalse();
    }
  }

  @Test
  void readingAfterCloseFails() throws IOException {
    SurrogateScreeningReader reader = SurrogateScreeningReader.of("{}", 0);
    reader.close();
    reader.close();
    assertThatThrownBy(() -> reader.read(new char[4], 0, 4)).isInstanceOf(IOException.class)
        .hasMessage("Stream closed");
  }

  /**
   * Texts of JSON's characters, Cyrillic, backslashes and escapes, and now and then a surrogate, alone or
   * in a pair, or an escape of one; some longer than one block.
   */
  private static Gen<String> texts() {
    Gen<String> common = Generate.pick(List.of("a", "я", "\"", "\\", "\\\\", "\\n", "\\u0410", "\\uD7FF", "\\u",
        "u", "d", "D", "8", "f", " ", "{", "}", ":", ",", "Забезпечити"));
    Gen<String> rare = Generate.pick(List.of("\ud800", "\udfff", "😀", "\\ud800", "\\uDC00", "\\\\ud800"));
    Gen<String> piece = Generate.range(0, 30).zip(common, rare, (which, often, seldom) -> which == 0 ? seldom : often);
    return SourceDSL.lists().of(piece).ofSizeBetween(0, 2000)
        .zip(Generate.range(0, 3), (parts, repeat) -> String.join("", parts).repeat(repeat + 1));
  }

  /**
   * Whether a parser could make a string holding a surrogate of the text: a surrogate character, or an
   * escape {@code \\uD800}–{@code \\uDFFF}, the escapes read from left to right as JSON reads them.
   */
  private static boolean holdsSurrogate(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isSurrogate(c)) {
        return true;
      }
      if (c == '\\' && i + 1 < text.length()) {
        if (text.startsWith("u", i + 1) && i + 3 < text.length() && "dD".indexOf(text.charAt(i + 2)) >= 0
            && "89abcdefABCDEF".indexOf(text.charAt(i + 3)) >= 0) {
          return true;
        }
        i++; // the escaped character is no escape of its own
      }
    }
    return false;
  }

  /**
   * Whether the reader notes a surrogate in the text read in reads of {@code readSize}. The reader is
   * closed, so the next one reads with the array of marks this one leaves, marked from another text.
   */
  private static boolean screened(String text, int readSize) throws IOException {
    try (SurrogateScreeningReader reader = SurrogateScreeningReader.of(text, 0)) {
      readAll(reader, readSize, 0);
      return reader.passedSurrogate();
    }
  }

  private static String readAll(Reader reader, int readSize, int offset) throws IOException {
    char[] buffer = new char[offset + readSize];
    StringBuilder out = new StringBuilder();
    for (int n = reader.read(buffer, offset, readSize); n >= 0; n = reader.read(buffer, offset, readSize)) {
      out.append(buffer, offset, n);
    }
    return out.toString();
  }
}
