package io.github.acplan.serialization.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.acplan.serialization.PlanFormatException;
import io.github.acplan.serialization.SeedPlan;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The encodings a council's text comes in: UTF-8 (with or without its mark), UTF-16 after its byte order
 * mark (Windows' Notepad saves "Unicode" so), read alike; Windows-1251, refused with how to convert it.
 */
class TextEncodingsTest {

  private static final byte[] UTF_16LE_MARK = {(byte) 0xFF, (byte) 0xFE};
  private static final byte[] UTF_16BE_MARK = {(byte) 0xFE, (byte) 0xFF};

  @Test
  void theSeedInUtf16EitherByteOrderReadsAsInUtf8() throws Exception {
    String seed = SeedPlan.text();
    ReadResult utf8 = read(seed.getBytes(StandardCharsets.UTF_8));
    assertThat(utf8.plan().measures()).hasSize(41);
    assertThat(read(marked(UTF_16LE_MARK, seed, StandardCharsets.UTF_16LE))).isEqualTo(utf8);
    assertThat(read(marked(UTF_16BE_MARK, seed, StandardCharsets.UTF_16BE))).isEqualTo(utf8);
    // Windows' line ends too
    String crlf = seed.replace("\n", "\r\n");
    assertThat(read(marked(UTF_16LE_MARK, crlf, StandardCharsets.UTF_16LE)).plan()).isEqualTo(utf8.plan());
  }

  @Test
  void theRegisterReaderTakesUtf16Too() throws Exception {
    String register = RiskRegisterTextReaderTest.registerText();
    ReadResult fromUtf8 = RiskRegisterTextReader.standard()
        .read(new ByteArrayInputStream(register.getBytes(StandardCharsets.UTF_8)));
    assertThat(fromUtf8.plan().risks()).isNotEmpty();
    assertThat(RiskRegisterTextReader.standard()
        .read(new ByteArrayInputStream(marked(UTF_16LE_MARK, register, StandardCharsets.UTF_16LE))))
        .isEqualTo(fromUtf8);
  }

  @Test
  void anyTextReadsTheSameInUtf8AndInUtf16AfterItsMark() {
    String alphabet = "абвгґдеєжзиіїйЊ\u040A\n\r\t 1.2№ з/пЗахід\u2013";
    List<String> lines = Arrays.asList(SeedPlan.text().split("\n", -1));
    qt().withExamples(300).forAll(longs().all()).checkAssert(seed -> {
      Random random = new Random(seed);
      StringBuilder text = new StringBuilder();
      // the seed's lines, some dropped, with a random line put in now and then
      for (String line : lines) {
        if (random.nextInt(4) == 0) {
          continue;
        }
        text.append(line).append('\n');
        if (random.nextInt(10) == 0) {
          for (int i = random.nextInt(30); i > 0; i--) {
            text.append(alphabet.charAt(random.nextInt(alphabet.length())));
          }
          text.append('\n');
        }
      }
      String whole = text.toString();
      Object utf8 = outcome(() -> read(whole.getBytes(StandardCharsets.UTF_8)));
      assertThat(outcome(() -> read(marked(UTF_16LE_MARK, whole, StandardCharsets.UTF_16LE))))
          .isEqualTo(utf8);
      assertThat(outcome(() -> read(marked(UTF_16BE_MARK, whole, StandardCharsets.UTF_16BE))))
          .isEqualTo(utf8);
    });
  }

  @Test
  void aLoneSurrogateInUtf16IsRefusedAtItsLineAndByte() {
    // "Њ" is 0A 04 in UTF-16LE: its 0A byte is no line feed
    String text = "Њ\nЊ\nа";
    byte[] good = marked(UTF_16LE_MARK, text, StandardCharsets.UTF_16LE);
    byte[] bad = Arrays.copyOf(good, good.length + 2);
    bad[good.length] = 0x00;
    bad[good.length + 1] = (byte) 0xD8; // U+D800 alone
    assertThatThrownBy(() -> read(bad)).isInstanceOf(PlanFormatException.class)
        .hasMessageStartingWith("line 3, byte " + good.length + ": the text is not valid UTF-16LE")
        .hasMessageContaining("save it again, as UTF-8");
  }

  @Test
  void anOddLastByteInUtf16IsRefused() {
    byte[] good = marked(UTF_16BE_MARK, "а\nб", StandardCharsets.UTF_16BE);
    byte[] odd = Arrays.copyOf(good, good.length + 1);
    assertThatThrownBy(() -> read(odd)).isInstanceOf(PlanFormatException.class)
        .hasMessageStartingWith("line 2, byte " + good.length + ": the text is not valid UTF-16BE");
  }

  @Test
  void theSeedInWindows1251IsRefusedWithHowToConvertIt() throws Exception {
    Charset windows1251 = Charset.forName("windows-1251");
    String seed = SeedPlan.text();
    // what Windows-1251 cannot hold ("№" it can; some dashes and quotes it cannot) becomes "?"
    byte[] bytes = seed.getBytes(windows1251);
    int firstHigh = 0;
    while ((bytes[firstHigh] & 0x80) == 0) {
      firstHigh++;
    }
    int line = 1 + (int) new String(bytes, 0, firstHigh, StandardCharsets.US_ASCII).chars()
        .filter(c -> c == '\n').count();
    assertThatThrownBy(() -> read(bytes)).isInstanceOf(PlanFormatException.class)
        .hasMessageStartingWith("line " + line + ", byte " + firstHigh + ": the text is not UTF-8: its bytes "
            + "look like Windows-1251")
        .hasMessageContaining("iconv -f WINDOWS-1251 -t UTF-8");
  }

  @Test
  void utf8WithOneDamagedByteIsNotTakenForWindows1251() {
    byte[] seed = SeedPlan.text().getBytes(StandardCharsets.UTF_8);
    int cyrillic = 2_000;
    while ((seed[cyrillic] & 0xFF) != 0xD0 && (seed[cyrillic] & 0xFF) != 0xD1) {
      cyrillic++;
    }
    seed[cyrillic + 1] = 'x'; // a lead byte without its continuation
    assertThatThrownBy(() -> read(seed)).isInstanceOf(PlanFormatException.class)
        .hasMessageContaining("the text is not UTF-8 (and not a DOCX, HTML, XLSX or PDF document)")
        .hasMessageNotContaining("Windows-1251");
  }

  @Test
  void windows1251IsToldByItsLettersNotByOneStrayByte() {
    byte[] oneByte = {'a', 'b', (byte) 0xE0, 'c'};
    assertThat(StrictTextReader.looksLikeWindows1251(oneByte, 0, oneByte.length)).isFalse();
    byte[] ukrainian = "Ґудзь Євген Їжак Іван, «захід» № 1".getBytes(Charset.forName("windows-1251"));
    assertThat(StrictTextReader.looksLikeWindows1251(ukrainian, 0, ukrainian.length)).isTrue();
    byte[] utf8 = "Ґудзь Євген Їжак Іван".getBytes(StandardCharsets.UTF_8);
    assertThat(StrictTextReader.looksLikeWindows1251(utf8, 0, utf8.length)).isFalse();
  }

  @Test
  void twoBytesLikeAMarkButNoMoreAreText() throws Exception {
    // one byte, or a UTF-8 text whose first two bytes are not a mark: read as UTF-8, nothing lost
    assertThatThrownBy(() -> read(new byte[] {(byte) 0xFF})).isInstanceOf(PlanFormatException.class)
        .hasMessageStartingWith("line 1, byte 0: the text is not UTF-8");
    assertThat(outcome(() -> read("ab".getBytes(StandardCharsets.UTF_8))))
        .isEqualTo(outcome(() -> PlanTextReader.standard().read("ab")));
  }

  private static byte[] marked(byte[] mark, String text, Charset charset) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(mark);
    out.writeBytes(text.getBytes(charset));
    return out.toByteArray();
  }

  private static ReadResult read(byte[] bytes) throws IOException, PlanFormatException {
    try (InputStream in = new ByteArrayInputStream(bytes)) {
      return PlanTextReader.standard().read(in);
    }
  }

  /** What reading gives: the result, or the error's message. */
  private static Object outcome(Read read) {
    try {
      return read.run();
    } catch (PlanFormatException e) {
      return e.getMessage();
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  private interface Read {
    Object run() throws IOException, PlanFormatException;
  }
}
