package io.github.acplan.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.acplan.serialization.PlanFormatException;
import io.github.acplan.serialization.json.PlanJson;
import io.github.acplan.serialization.text.ReadResult;
import io.github.acplan.test.fixtures.SeedFixtures;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * A council's page or text in the encodings Windows programs save: UTF-16 after its byte order mark and a
 * page in Windows-1251 that says so are read as the seed; text in Windows-1251 is refused with how to
 * convert it.
 */
class DocumentEncodingsTest {

  private static final Charset WINDOWS_1251 = Charset.forName("windows-1251");

  private static ReadResult read(byte[] document) throws Exception {
    return PlanDocuments.standard().read(new ByteArrayInputStream(document));
  }

  private static byte[] utf16(String text, boolean littleEndian) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(littleEndian ? new byte[] {(byte) 0xFF, (byte) 0xFE} : new byte[] {(byte) 0xFE, (byte) 0xFF});
    out.writeBytes(text.getBytes(littleEndian ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_16BE));
    return out.toByteArray();
  }

  private static void assertIsTheSeed(ReadResult read) throws PlanFormatException {
    assertThat(PlanJson.standard().write(read.plan())).isEqualTo(PlanJson.standard().write(SeedFixtures.plan()));
    assertThat(read.warnings()).isEmpty();
  }

  @Test
  void theSeedTextInUtf16ReadsAsTheSeed() throws Exception {
    assertIsTheSeed(read(utf16(SeedFixtures.text(), true)));
    assertIsTheSeed(read(utf16(SeedFixtures.text(), false)));
  }

  @Test
  void theSeedPageInUtf16IsRecognisedAndReadsAsTheSeed() throws Exception {
    String page = new String(SeedFixtures.html(), StandardCharsets.UTF_8);
    for (boolean littleEndian : new boolean[] {true, false}) {
      byte[] bytes = utf16(page, littleEndian);
      assertThat(PlanDocuments.detect(bytes)).isEqualTo(DocumentFormat.HTML);
      assertIsTheSeed(read(bytes));
    }
  }

  @Test
  void theSeedPageInWindows1251WithItsMetaReadsAsTheSeed() throws Exception {
    // As Word saves a filtered web page on a Ukrainian Windows: the page's own character set, and what
    // it cannot hold written as character references.
    String page = new String(SeedFixtures.html(), StandardCharsets.UTF_8)
        .replace("<meta charset=\"utf-8\">", "<meta http-equiv=\"Content-Type\" content=\"text/html; "
            + "charset=windows-1251\">");
    assertThat(page).contains("charset=windows-1251");
    assertIsTheSeed(read(windows1251WithReferences(page)));
  }

  @Test
  void aPageInWindows1251ThatDoesNotSaySoIsRefusedNotReadWithItsLettersLost() {
    // a page of an older council site saved without its head's declaration: jsoup reads it as UTF-8 and
    // puts U+FFFD for every letter
    String page = new String(SeedFixtures.html(), StandardCharsets.UTF_8).replace("<meta charset=\"utf-8\">", "");
    assertThat(page).doesNotContain("charset");
    byte[] bytes = windows1251WithReferences(page);
    assertThatThrownBy(() -> read(bytes)).isInstanceOf(PlanFormatException.class)
        .hasMessageStartingWith("HTML, line ")
        .hasMessageContaining("the page is not UTF-8 and declares no other character set")
        .hasMessageContaining("<meta charset=\"windows-1251\">");
  }

  @Test
  void aUtf8PageThatDeclaresWindows1251IsReadAsUtf8WithAWarning() throws Exception {
    // a site that moved to UTF-8 and kept its old declaration
    String page = new String(SeedFixtures.html(), StandardCharsets.UTF_8)
        .replace("<meta charset=\"utf-8\">", "<meta charset=\"windows-1251\">");
    ReadResult read = read(page.getBytes(StandardCharsets.UTF_8));
    assertThat(PlanJson.standard().write(read.plan())).isEqualTo(PlanJson.standard().write(SeedFixtures.plan()));
    assertThat(read.warnings()).singleElement().asString()
        .contains("the page declares the character set windows-1251, but its bytes are UTF-8 text");
  }

  @Test
  void aUtf8PageWithADamagedByteIsRefusedAtItsLineAndByte() {
    byte[] bytes = SeedFixtures.html().clone();
    int at = new String(bytes, StandardCharsets.ISO_8859_1).indexOf("\u00d0\u009f"); // the first "П"
    bytes[at + 1] = 'x'; // its second byte
    assertThatThrownBy(() -> read(bytes)).isInstanceOf(PlanFormatException.class)
        .hasMessageStartingWith("HTML, line 1, byte " + at + ": the page declares UTF-8 but is not UTF-8 here");
  }

  @Test
  void theSeedTextInWindows1251IsRefusedWithHowToConvertIt() {
    byte[] text = windows1251WithReferences(SeedFixtures.text());
    assertThatThrownBy(() -> read(text)).isInstanceOf(PlanFormatException.class)
        .hasMessageContaining("the text is not UTF-8: its bytes look like Windows-1251")
        .hasMessageContaining("iconv -f WINDOWS-1251 -t UTF-8");
  }

  /** The text in Windows-1251, with each character it has no byte for written as {@code &#N;}. */
  private static byte[] windows1251WithReferences(String text) {
    CharsetEncoder encoder = WINDOWS_1251.newEncoder();
    StringBuilder out = new StringBuilder();
    text.codePoints().forEach(cp -> {
      String c = new String(Character.toChars(cp));
      if (encoder.canEncode(c)) {
        out.append(c);
      } else {
        out.append("&#").append(cp).append(';');
      }
    });
    return out.toString().getBytes(WINDOWS_1251);
  }
}
