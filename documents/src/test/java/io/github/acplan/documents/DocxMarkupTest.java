package io.github.acplan.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.acplan.serialization.PlanFormatException;
import io.github.acplan.serialization.json.PlanJson;
import io.github.acplan.serialization.text.ReadResult;
import io.github.acplan.test.fixtures.SeedFixtures;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * What Word puts around a document's text: content controls (forms and templates), custom XML, tracked
 * changes. The seed's DOCX with its text wrapped so reads as the seed; tracked changes are read as
 * accepted, with a warning.
 */
class DocxMarkupTest {

  private static final String CONTROL = "<w:sdt><w:sdtPr><w:id w:val=\"1\"/><w:alias w:val=\"Поле\"/></w:sdtPr>"
      + "<w:sdtContent>";
  private static final String CONTROL_END = "</w:sdtContent></w:sdt>";
  private static final String TRACKED = "the document has tracked changes; read as if they were accepted";
  /** The run of the seed's measure 1.1 deadline, "Щопівроку", as LibreOffice wrote it. */
  private static final String DEADLINE_RUN = "<w:r><w:rPr></w:rPr><w:t>Щопівроку</w:t></w:r>";

  /** The seed's XML with the run of measure 1.1's deadline replaced. */
  private static String withDeadlineRun(String xml, String replacement) {
    assertThat(xml).contains(DEADLINE_RUN);
    return xml.replaceFirst(Pattern.quote(DEADLINE_RUN), Matcher.quoteReplacement(replacement));
  }

  private static String seedXml() {
    return new String(OfficeParts.part(SeedFixtures.docx(), "word/document.xml"), StandardCharsets.UTF_8);
  }

  private static ReadResult read(String documentXml) throws IOException, PlanFormatException {
    return PlanDocuments.standard().read(new ByteArrayInputStream(withDocument(documentXml)));
  }

  private static void assertIsTheSeed(ReadResult read) throws PlanFormatException {
    assertThat(PlanJson.standard().write(read.plan())).isEqualTo(PlanJson.standard().write(SeedFixtures.plan()));
  }

  /** The first element {@code <w:tag>…</w:tag>} at or after {@code from}, as [start, end). */
  private static int[] element(String xml, String tag, int from) {
    int start = xml.indexOf("<w:" + tag + ">", from);
    String end = "</w:" + tag + ">";
    return new int[] {start, xml.indexOf(end, start) + end.length()};
  }

  private static String wrap(String xml, int[] at, String before, String after) {
    return xml.substring(0, at[0]) + before + xml.substring(at[0], at[1]) + after + xml.substring(at[1]);
  }

  private static int nth(String xml, String what, int n) {
    int at = -1;
    for (int i = 0; i <= n; i++) {
      at = xml.indexOf(what, at + 1);
    }
    return at;
  }

  @Test
  void aCellsParagraphInAContentControlIsRead() throws Exception {
    String xml = seedXml();
    // the deadline of measure 1.1, "Щопівроку": read empty before, with no warning
    int deadline = xml.indexOf(">Щопівроку<");
    int paragraph = xml.lastIndexOf("<w:p>", deadline);
    ReadResult read = read(wrap(xml, element(xml, "p", paragraph), CONTROL, CONTROL_END));
    assertIsTheSeed(read);
    assertThat(read.warnings()).isEmpty();
  }

  @Test
  void aTableARowACellOrTheTextAboveInAContentControlIsRead() throws Exception {
    String xml = seedXml();
    List<String> variants = List.of(
        wrap(xml, element(xml, "tbl", 0), CONTROL, CONTROL_END),
        wrap(xml, element(xml, "tr", nth(xml, "<w:tr>", 5)), CONTROL, CONTROL_END),
        wrap(xml, element(xml, "tc", nth(xml, "<w:tc>", 40)), CONTROL, CONTROL_END),
        xml.substring(0, xml.indexOf("<w:body>") + 8) + CONTROL
            + xml.substring(xml.indexOf("<w:body>") + 8, xml.indexOf("<w:tbl>")) + CONTROL_END
            + xml.substring(xml.indexOf("<w:tbl>")),
        wrap(xml, element(xml, "p", nth(xml, "<w:p>", 30)), "<w:customXml w:element=\"захід\">", "</w:customXml>"));
    for (String variant : variants) {
      ReadResult read = read(variant);
      assertIsTheSeed(read);
      assertThat(read.warnings()).isEmpty();
    }
  }

  @Test
  void trackedChangesAreReadAsAcceptedWithAWarning() throws Exception {
    String xml = seedXml();
    String deletedAndInserted = withDeadlineRun(xml,
        "<w:del w:id=\"901\" w:author=\"А\" w:date=\"2020-01-05T10:00:00Z\"><w:r><w:delText>Щокварталу</w:delText>"
            + "</w:r></w:del><w:ins w:id=\"902\" w:author=\"А\" w:date=\"2020-01-05T10:00:00Z\">" + DEADLINE_RUN + "</w:ins>");
    String moved = withDeadlineRun(xml,
        "<w:moveFrom w:id=\"903\" w:author=\"А\"><w:r><w:t>Щомісяця </w:t></w:r></w:moveFrom>"
            + "<w:moveTo w:id=\"904\" w:author=\"А\">" + DEADLINE_RUN + "</w:moveTo>");
    int[] row = element(xml, "tr", nth(xml, "<w:tr>", 6));
    String deletedRow = xml.substring(row[0], row[1])
        .replaceFirst("<w:tr>", "<w:tr><w:trPr><w:del w:id=\"905\" w:author=\"А\"/></w:trPr>")
        .replaceAll("<w:t>([^<]*)</w:t>", "<w:delText>$1</w:delText>");
    String withDeletedRow = xml.substring(0, row[0]) + deletedRow + xml.substring(row[0]);
    for (String variant : List.of(deletedAndInserted, moved, withDeletedRow)) {
      ReadResult read = read(variant);
      assertIsTheSeed(read);
      assertThat(read.warnings()).singleElement().satisfies(w -> {
        assertThat(w.message()).startsWith(TRACKED);
        // a warning about the whole document names no place in it
        assertThat(w).hasToString(w.message());
      });
    }
  }

  @Test
  void hiddenTextIsLeftOutWithAWarningAsWordNeitherShowsNorPrintsIt() throws Exception {
    String xml = seedXml();
    String note = "<w:r><w:rPr><w:i/><w:vanish/></w:rPr><w:t> (уточнити у відділу)</w:t></w:r>";
    ReadResult hidden = read(withDeadlineRun(xml, DEADLINE_RUN + note));
    assertIsTheSeed(hidden);
    assertThat(hidden.warnings()).singleElement().satisfies(w -> assertThat(w.message())
        .isEqualTo("the document has hidden text, which Word neither shows nor prints; it is left out"));
    // "vanish" switched off is shown text
    String shown = "<w:r><w:rPr><w:vanish w:val=\"false\"/></w:rPr><w:t>Щопівроку</w:t></w:r>";
    ReadResult off = read(withDeadlineRun(xml, shown));
    assertIsTheSeed(off);
    assertThat(off.warnings()).isEmpty();
  }

  @Test
  void anEmptyControlsPlaceholderIsNoText() throws Exception {
    String xml = seedXml();
    String prompt = "Клацніть або торкніться тут, щоб ввести текст.";
    String empty = "<w:sdt><w:sdtPr><w:id w:val=\"5\"/><w:showingPlcHdr/></w:sdtPr><w:sdtContent><w:r>"
        + "<w:rPr><w:rStyle w:val=\"PlaceholderText\"/></w:rPr><w:t>" + prompt + "</w:t></w:r></w:sdtContent></w:sdt>";
    ReadResult read = read(withDeadlineRun(xml, empty));
    assertThat(PlanJson.standard().write(read.plan())).doesNotContain("Клацніть");
    assertThat(read.plan().measures().get(0).deadline().text()).isEmpty();
    // filled in, the same control shows its text
    String filled = empty.replace("<w:showingPlcHdr/>", "").replace(prompt, "Щопівроку");
    assertIsTheSeed(read(withDeadlineRun(xml, filled)));
  }

  @Test
  void contentControlsAnywhereAlwaysReadAsTheSeed() {
    String xml = seedXml();
    List<Integer> paragraphs = starts(xml, "<w:p>");
    List<Integer> rows = starts(xml, "<w:tr>");
    qt().withExamples(25).forAll(longs().all()).checkAssert(seed -> {
      Random random = new Random(seed);
      // wrap a few rows, and a few paragraphs outside them: ranges that do not overlap, wrapped from the
      // end so that the offsets before them stay true
      List<int[]> wraps = new ArrayList<>();
      for (int r : rows) {
        if (random.nextInt(10) == 0) {
          wraps.add(element(xml, "tr", r));
        }
      }
      for (int p : paragraphs) {
        int[] at = element(xml, "p", p);
        boolean inWrappedRow = wraps.stream().anyMatch(w -> w[0] <= at[0] && at[1] <= w[1]);
        if (!inWrappedRow && random.nextInt(8) == 0) {
          wraps.add(at);
        }
      }
      wraps.sort((a, b) -> Integer.compare(b[0], a[0]));
      String variant = xml;
      for (int[] at : wraps) {
        boolean custom = random.nextBoolean();
        variant = wrap(variant, at, custom ? "<w:customXml w:element=\"x\">" : CONTROL,
            custom ? "</w:customXml>" : CONTROL_END);
      }
      try {
        ReadResult read = read(variant);
        assertIsTheSeed(read);
        assertThat(read.warnings()).isEmpty();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  @Test
  void anExternalEntityIsNeverRead() {
    String xml = seedXml();
    String hostile = xml.replaceFirst("<w:document", Matcher.quoteReplacement(
        "<!DOCTYPE w:document [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><w:document"))
        .replaceFirst(">Щопівроку<", ">&x;<") + "<!-- sdt -->";
    // refused as a damaged document, or read without the file: never the file's text
    try {
      ReadResult read = read(hostile);
      assertThat(PlanJson.standard().write(read.plan())).doesNotContain("root:");
    } catch (PlanFormatException e) {
      assertThat(e.getMessage()).startsWith("DOCX").doesNotContain("root:");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void aDocumentThatIsNotXmlIsRefusedAsADamagedDocx() {
    assertThatThrownBy(() -> read("<w:document><w:sdt>not closed"))
        .isInstanceOf(PlanFormatException.class).hasMessageStartingWith("DOCX");
  }

  @Test
  void aMainPartLargerThanItsLimitIsRefusedBeforePoiHoldsIt() {
    // random words, so that the archive is no zip bomb: the XML, not its ratio, is over the limit
    String xml = seedXml();
    Random random = new Random(11);
    StringBuilder words = new StringBuilder();
    String letters = "абвгдежзиклмнопрстуфхцчшщюя";
    while (words.length() < (25 << 20)) {
      for (int i = 0; i < 8; i++) {
        words.append(letters.charAt(random.nextInt(letters.length())));
      }
      words.append(' ');
    }
    String big = xml.replaceFirst(">Щопівроку<", Matcher.quoteReplacement(">" + words + "<"));
    assertThatThrownBy(() -> read(big)).isInstanceOf(PlanFormatException.class)
        .hasMessage("DOCX, entry word/document.xml: the document's XML is larger than 24 MiB, the limit of "
            + "acplan's DOCX documents (POI holds it as objects ten times its size; a plan of 5 000 rows is "
            + "about 18 MiB)");
  }

  @Test
  void aFootnotesReferenceIsNoPartOfTheCellsTextAndIsWarnedOf() throws Exception {
    // POI writes "[footnoteRef:1]" into a paragraph's text where Word shows a superscript 1
    String xml = withDeadlineRun(seedXml(), DEADLINE_RUN + "<w:r><w:rPr><w:vertAlign w:val=\"superscript\"/></w:rPr>"
        + "<w:footnoteReference w:id=\"1\"/></w:r><w:r><w:endnoteReference w:id=\"2\"/></w:r>");
    ReadResult read = read(xml);
    assertIsTheSeed(read);
    assertThat(read.warnings()).singleElement().satisfies(w -> {
      assertThat(w.message()).isEqualTo("the cell refers to a footnote or an endnote; the reference mark is "
          + "left out of its text, and the note is not read");
      assertThat(w.location()).hasToString("table row 4, cell 3");
    });
  }

  private static List<Integer> starts(String xml, String what) {
    List<Integer> out = new ArrayList<>();
    for (int i = xml.indexOf(what); i >= 0; i = xml.indexOf(what, i + 1)) {
      out.add(i);
    }
    return out;
  }

  /** The seed's DOCX with another main part. */
  private static byte[] withDocument(String documentXml) {
    return OfficeParts.withXml(SeedFixtures.docx(), "word/document.xml", documentXml);
  }
}
