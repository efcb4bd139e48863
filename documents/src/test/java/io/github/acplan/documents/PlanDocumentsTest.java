package io.github.acplan.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.acplan.core.Plan;
import io.github.acplan.serialization.PlanFormatException;
import io.github.acplan.serialization.json.PlanJson;
import io.github.acplan.serialization.text.PlanTextReader;
import io.github.acplan.serialization.text.ReadResult;
import io.github.acplan.test.fixtures.SeedFixtures;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

class PlanDocumentsTest {

  static byte[] resource(String name) {
    try (InputStream in = PlanDocumentsTest.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("no test resource " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Plan seedFromText() throws PlanFormatException {
    return SeedFixtures.plan();
  }

  static ReadResult read(String name) throws IOException, PlanFormatException {
    return read(resource(name));
  }

  static ReadResult read(byte[] document) throws IOException, PlanFormatException {
    return PlanDocuments.standard().read(new ByteArrayInputStream(document));
  }

  @Test
  void theSeedDocxReadsAsTheSeedText() throws Exception {
    assertSameAsText(read(SeedFixtures.docx()).plan());
  }

  @Test
  void theSeedHtmlReadsAsTheSeedText() throws Exception {
    assertSameAsText(read(SeedFixtures.html()).plan());
  }

  private static void assertSameAsText(Plan plan) throws PlanFormatException {
    Plan expected = seedFromText();
    // JSON first: its line diff shows the first cell that differs.
    assertThat(PlanJson.standard().write(plan)).isEqualTo(PlanJson.standard().write(expected));
    assertThat(plan).isEqualTo(expected);
    assertThat(plan.measures()).hasSize(41);
    assertThat(plan.approval()).isPresent();
    assertThat(plan.signatory()).isPresent();
  }

  @Test
  void formatsAreRecognisedByContentNotByName() throws Exception {
    assertThat(PlanDocuments.detect(SeedFixtures.docx()))
        .isEqualTo(DocumentFormat.DOCX);
    assertThat(PlanDocuments.detect(SeedFixtures.html()))
        .isEqualTo(DocumentFormat.HTML);
    assertThat(PlanDocuments.detect(SeedFixtures.text().getBytes(StandardCharsets.UTF_8)))
        .isEqualTo(DocumentFormat.TEXT);
    assertThat(PlanDocuments.detect(SeedFixtures.pdf())).isEqualTo(DocumentFormat.PDF);
    // LibreOffice's XHTML export: an XML declaration, a long doctype, then styles before any <body>.
    String xhtml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.1//EN\" "
        + "\"http://www.w3.org/TR/xhtml11/DTD/xhtml11.dtd\"><html xmlns=\"http://www.w3.org/1999/xhtml\"><head><style>"
        + "p { margin: 0 }\n".repeat(200) + "</style></head><body><table></table></body></html>";
    assertThat(PlanDocuments.detect(xhtml.getBytes(StandardCharsets.UTF_8))).isEqualTo(DocumentFormat.HTML);
    assertThat(PlanDocuments.detect("junk\n%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII)))
        .isEqualTo(DocumentFormat.PDF);
    assertThat(PlanDocuments.standard().read(new ByteArrayInputStream(SeedFixtures.text()
        .getBytes(StandardCharsets.UTF_8))).plan()).isEqualTo(seedFromText());
  }

  @Test
  void aWord97FileIsRefusedWithHowToConvertIt() {
    byte[] ole2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
        (byte) 0xE1, 0, 0, 0};
    assertThatThrownBy(() -> PlanDocuments.standard().read(new ByteArrayInputStream(ole2)))
        .isInstanceOf(PlanFormatException.class).hasMessageContaining("Word 97–2003")
        .hasMessageContaining("--convert-to docx");
  }

  @Test
  void anRtfDocumentIsRefusedWithHowToConvertIt() {
    byte[] rtf = "\uFEFF {\\rtf1\\ansi\\deff0 {\\fonttbl {\\f0 Times;}} План заходів\\par }"
        .getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> PlanDocuments.standard().read(new ByteArrayInputStream(rtf)))
        .isInstanceOf(PlanFormatException.class).hasMessageContaining("an RTF document")
        .hasMessageContaining("--convert-to docx");
  }

  @Test
  void anOpenDocumentFileIsRefusedWithHowToConvertIt() throws IOException {
    for (String type : List.of("text", "spreadsheet")) {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
        zip.putNextEntry(new ZipEntry("mimetype"));
        zip.write(("application/vnd.oasis.opendocument." + type).getBytes(StandardCharsets.US_ASCII));
        zip.putNextEntry(new ZipEntry("content.xml"));
        zip.write("<office:document-content/>".getBytes(StandardCharsets.UTF_8));
      }
      assertThatThrownBy(() -> PlanDocuments.standard().read(new ByteArrayInputStream(bytes.toByteArray())))
          .isInstanceOf(PlanFormatException.class).hasMessageContaining("an OpenDocument file (" + type)
          .hasMessageContaining("--convert-to docx");
    }
  }

  @Test
  void invalidUtf8NamesTheByteAndTheLine() {
    byte[] bad = new byte[] {'a', '\n', 'b', '\n', (byte) 0xC3, '(', 'c'};
    assertThatThrownBy(() -> PlanDocuments.standard().read(new ByteArrayInputStream(bad)))
        .isInstanceOf(PlanFormatException.class)
        .hasMessageStartingWith("line 3, byte 4: the text is not UTF-8");
  }

  @Test
  void aDocumentLargerThanTheLimitIsRefusedWhileReading() {
    PlanDocuments small = PlanDocuments.standard()
        .withLimits(DocumentLimits.standard().withMaxBytes(10_000));
    assertThatThrownBy(() -> small.read(new ByteArrayInputStream(SeedFixtures.docx())))
        .isInstanceOf(PlanFormatException.class).hasMessageContaining("larger than 10000 bytes");
  }

  @Test
  void aTableOverTheRowLimitIsRefusedWithItsPlace() {
    PlanDocuments few = PlanDocuments.standard()
        .withLimits(DocumentLimits.standard().withMaxTableRows(10));
    assertThatThrownBy(() -> few.read(new ByteArrayInputStream(SeedFixtures.html())))
        .isInstanceOf(PlanFormatException.class)
        .hasMessageContaining("table row 11").hasMessageContaining("more than 10 rows");
  }

  @Test
  void aTruncatedDocxIsAFormatErrorNotACrash() {
    byte[] docx = SeedFixtures.docx();
    byte[] cut = java.util.Arrays.copyOf(docx, docx.length / 2);
    assertThatThrownBy(() -> PlanDocuments.standard().read(new ByteArrayInputStream(cut)))
        .isInstanceOf(PlanFormatException.class);
  }

  @Test
  void aCouncilsWebPageAroundThePlanReadsAsThePlanItsFrameLeftOut() throws Exception {
    String seed = new String(SeedFixtures.html(), StandardCharsets.UTF_8);
    int body = seed.indexOf('>', seed.toLowerCase(java.util.Locale.ROOT).indexOf("<body")) + 1;
    int end = seed.toLowerCase(java.util.Locale.ROOT).indexOf("</body>");
    String page = seed.substring(0, body)
        + "<header><p>Довгинцівська районна у місті рада</p><nav><ul><li><a href=\"/\">Головна</a></li>"
        + "<li><a href=\"/docs\">Документи</a></li></ul></nav></header>"
        + "<aside><h2>Новини</h2><p>Засідання виконкому 15.01.2020</p></aside>"
        + seed.substring(body, end)
        + "<footer><p>© 2020 Довгинцівська районна у місті рада</p><p>Адреса: м. Кривий Ріг, вул. Дніпровське "
        + "шосе, 11</p></footer>" + seed.substring(end);
    ReadResult read = PlanDocuments.standard().read(new ByteArrayInputStream(page.getBytes(StandardCharsets.UTF_8)));
    // the footer's lines were read into the signatory: "Керуючий справами виконкому Олександр Гижко © 2020 …"
    assertThat(read.plan()).isEqualTo(seedFromText());
    assertThat(read.warnings()).isEmpty();
  }

  @Test
  void aTableSplitInTwoWithItsHeaderRepeatedReadsAsOneNoMeasureLost() throws Exception {
    String seed = new String(SeedFixtures.html(), StandardCharsets.UTF_8);
    int tableStart = seed.indexOf("<table");
    int tableEnd = seed.indexOf("</table>") + "</table>".length();
    String table = seed.substring(tableStart, tableEnd);
    List<Integer> rows = new java.util.ArrayList<>();
    for (java.util.regex.Matcher m = java.util.regex.Pattern.compile("<tr[ >]").matcher(table); m.find(); ) {
      rows.add(m.start());
    }
    String open = table.substring(0, rows.get(0));
    String header = table.substring(rows.get(0), rows.get(1));
    int cut = rows.get(rows.size() / 2);
    // the second half in a table of its own, after a page number and "Продовження додатка", its header repeated
    String split = seed.substring(0, tableStart) + table.substring(0, cut) + "</table>"
        + "<p>2</p><p>Продовження додатка</p>" + open + header + table.substring(cut) + seed.substring(tableEnd);
    ReadResult read = PlanDocuments.standard().read(new ByteArrayInputStream(split.getBytes(StandardCharsets.UTF_8)));
    // the first table was the plan, the measures of the second lost
    assertThat(read.plan()).isEqualTo(seedFromText());
    assertThat(read.warnings()).isEmpty();
  }

  @Test
  void anHtmlPageWithoutAPlanTableSaysWhatTablesItSaw() {
    String page = "<!DOCTYPE html><html><body><p>Новини</p><table><tr><td>a</td><td>b</td></tr></table>"
        + "<table><tr><td>c</td></tr><tr><td>d</td></tr></table></body></html>";
    assertThatThrownBy(() -> PlanDocuments.standard().read(
        new ByteArrayInputStream(page.getBytes(StandardCharsets.UTF_8))))
        .isInstanceOf(PlanFormatException.class)
        .hasMessageContaining("HTML, table 2").hasMessageContaining("no table of the 2 read as a plan")
        .hasMessageContaining("HTML, table 1: 1 row; HTML, table 2: 2 rows");
  }

  @Test
  void anHtmlPlanWithRomanSectionsAndMeasuresNumberedThroughReadsEveryMeasure() throws Exception {
    String page = "<!DOCTYPE html><html><body><p align=\"center\"><b>ПЛАН ЗАХОДІВ<br>щодо запобігання "
        + "корупції у Зеленівській сільській раді на 2025 рік</b></p><table border=\"1\">"
        + "<tr><th>№ з/п</th><th>Зміст заходу</th><th>Відповідальний виконавець</th><th>Термін виконання</th>"
        + "<th>Очікуваний результат</th></tr>"
        + "<tr><td colspan=\"5\">I. Організаційні заходи</td></tr>"
        + "<tr><td>1.</td><td>Проводити інструктажі</td><td>Відділ кадрів</td><td>ІІ та IV квартали</td>"
        + "<td>Обізнаність працівників</td></tr>"
        + "<tr><td colspan=\"5\">II. Заходи щодо прозорості</td></tr>"
        + "<tr><td>2.</td><td>Оприлюднювати проєкти рішень</td><td>Загальний відділ</td><td>Постійно</td>"
        + "<td>Доступ громадськості</td></tr>"
        + "</table><p>Секретар ради&nbsp;&nbsp;&nbsp;&nbsp;Олена ПЕТРЕНКО</p></body></html>";
    ReadResult read = read(page.getBytes(StandardCharsets.UTF_8));
    assertThat(read.plan().measures()).extracting(m -> m.number().toString()).containsExactly("1.1", "2.2");
    assertThat(read.plan().sections()).extracting(s -> s.title())
        .containsExactly("Організаційні заходи", "Заходи щодо прозорості");
    assertThat(read.plan().signatory()).isPresent();
  }
}
