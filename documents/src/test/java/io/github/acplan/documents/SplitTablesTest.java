package io.github.acplan.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.acplan.serialization.PlanFormatException;
import io.github.acplan.serialization.json.PlanJson;
import io.github.acplan.serialization.text.ReadResult;
import io.github.acplan.test.fixtures.SeedFixtures;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A plan's table split where a page ends, with a part of one or two rows: the seed's table cut at every
 * row, in HTML and in DOCX, with page furniture or nothing between the parts, the header repeated or
 * not, reads as the seed. A part of fewer than three rows was read as text around the other part, and
 * its measures were lost without a warning.
 */
class SplitTablesTest {

  /** What stands between the parts: nothing, a blank paragraph, or a page number and "Продовження додатка". */
  private static final List<List<String>> BETWEEN = List.of(List.of(), List.of(""), List.of("2", "Продовження додатка"));

  private static void assertIsTheSeed(ReadResult read) throws PlanFormatException {
    assertThat(PlanJson.standard().write(read.plan())).isEqualTo(PlanJson.standard().write(SeedFixtures.plan()));
    assertThat(read.warnings()).isEmpty();
  }

  // ------------------------------------------------------------------ HTML

  /** The seed page with its table cut before row {@code cut} (1-based; the header is row 1). */
  private static byte[] htmlSplit(int cut, List<String> between, boolean repeatHeader) {
    String seed = new String(SeedFixtures.html(), StandardCharsets.UTF_8);
    int tableStart = seed.indexOf("<table");
    int tableEnd = seed.indexOf("</table>") + "</table>".length();
    String table = seed.substring(tableStart, tableEnd);
    List<Integer> rows = starts(table, Pattern.compile("<tr[ >]"));
    String open = table.substring(0, rows.get(0));
    String header = table.substring(rows.get(0), rows.get(1));
    StringBuilder paragraphs = new StringBuilder();
    for (String p : between) {
      paragraphs.append("<p>").append(p).append("</p>");
    }
    int at = rows.get(cut - 1);
    return (seed.substring(0, tableStart) + table.substring(0, at) + "</table>" + paragraphs + open
        + (repeatHeader ? header : "") + table.substring(at) + seed.substring(tableEnd))
        .getBytes(StandardCharsets.UTF_8);
  }

  private static int htmlRows() {
    String seed = new String(SeedFixtures.html(), StandardCharsets.UTF_8);
    return starts(seed.substring(seed.indexOf("<table"), seed.indexOf("</table>")), Pattern.compile("<tr[ >]")).size();
  }

  @Test
  void anHtmlTableWhoseLastPartHasOneOrTwoRowsReadsAsOne() throws Exception {
    int rows = htmlRows();
    for (int lastRows = 1; lastRows <= 2; lastRows++) {
      for (List<String> between : BETWEEN) {
        assertIsTheSeed(read(htmlSplit(rows - lastRows + 1, between, false)));
        assertIsTheSeed(read(htmlSplit(rows - lastRows + 1, between, true)));
      }
    }
  }

  @Test
  void anHtmlTableWhoseFirstPartIsTheHeaderAndAMeasureReadsAsOne() throws Exception {
    for (List<String> between : BETWEEN) {
      assertIsTheSeed(read(htmlSplit(3, between, true)));
    }
  }

  @Test
  void anHtmlTableCutAtAnyRowReadsAsTheSeed() {
    int rows = htmlRows();
    qt().withExamples(60).forAll(integers().between(2, rows), integers().between(0, BETWEEN.size() - 1),
        integers().between(0, 1)).checkAssert((cut, between, header) -> {
          try {
            assertIsTheSeed(read(htmlSplit(cut, BETWEEN.get(between), header == 1)));
          } catch (IOException | PlanFormatException e) {
            throw new AssertionError("cut before row " + cut + ": " + e.getMessage(), e);
          }
        });
  }

  @Test
  void aSmallTableOfAnotherWidthAfterThePlanIsNoPartOfIt() throws Exception {
    String seed = new String(SeedFixtures.html(), StandardCharsets.UTF_8);
    int tableEnd = seed.indexOf("</table>") + "</table>".length();
    // a one-row table whose first cell is a number, of two columns: no part of the six-column plan
    String page = seed.substring(0, tableEnd) + "<table><tr><td>1</td><td>примірник</td></tr></table>"
        + seed.substring(tableEnd);
    ReadResult read = read(page.getBytes(StandardCharsets.UTF_8));
    assertThat(read.plan().measures()).isEqualTo(SeedFixtures.plan().measures());
    assertThat(read.warnings()).isEmpty();
  }

  // ------------------------------------------------------------------ DOCX

  /** The seed's DOCX with its plan's table cut before row {@code cut} (1-based; the header is row 1). */
  private static byte[] docxSplit(int cut, List<String> between, boolean repeatHeader) {
    String xml = new String(OfficeParts.part(SeedFixtures.docx(), "word/document.xml"), StandardCharsets.UTF_8);
    int tableStart = xml.indexOf("<w:tbl>");
    List<Integer> rows = starts(xml.substring(0, xml.indexOf("</w:tbl>")), Pattern.compile("<w:tr[ >]"));
    String open = xml.substring(tableStart, rows.get(0));
    String header = xml.substring(rows.get(0), rows.get(1));
    StringBuilder paragraphs = new StringBuilder();
    for (String p : between) {
      paragraphs.append("<w:p><w:r><w:t>").append(p).append("</w:t></w:r></w:p>");
    }
    if (between.isEmpty()) {
      // Word keeps two tables apart by a paragraph at least; an empty one is what a split leaves.
      paragraphs.append("<w:p/>");
    }
    int at = rows.get(cut - 1);
    String split = xml.substring(0, at) + "</w:tbl>" + paragraphs + open
        + (repeatHeader ? header : "") + xml.substring(at);
    return OfficeParts.withXml(SeedFixtures.docx(), "word/document.xml", split);
  }

  private static int docxRows() {
    String xml = new String(OfficeParts.part(SeedFixtures.docx(), "word/document.xml"), StandardCharsets.UTF_8);
    return starts(xml.substring(0, xml.indexOf("</w:tbl>")), Pattern.compile("<w:tr[ >]")).size();
  }

  @Test
  void aDocxTableWhoseLastPartHasOneOrTwoRowsReadsAsOne() throws Exception {
    int rows = docxRows();
    for (int lastRows = 1; lastRows <= 2; lastRows++) {
      for (List<String> between : BETWEEN) {
        assertIsTheSeed(read(docxSplit(rows - lastRows + 1, between, false)));
        assertIsTheSeed(read(docxSplit(rows - lastRows + 1, between, true)));
      }
    }
  }

  @Test
  void aDocxTableCutAtAnyRowReadsAsTheSeed() {
    int rows = docxRows();
    qt().withExamples(40).forAll(integers().between(2, rows), integers().between(0, BETWEEN.size() - 1),
        integers().between(0, 1)).checkAssert((cut, between, header) -> {
          try {
            assertIsTheSeed(read(docxSplit(cut, BETWEEN.get(between), header == 1)));
          } catch (IOException | PlanFormatException e) {
            throw new AssertionError("cut before row " + cut + ": " + e.getMessage(), e);
          }
        });
  }

  // ------------------------------------------------------------------ helpers

  private static ReadResult read(byte[] document) throws IOException, PlanFormatException {
    return PlanDocuments.standard().read(new ByteArrayInputStream(document));
  }

  private static List<Integer> starts(String text, Pattern pattern) {
    List<Integer> out = new ArrayList<>();
    for (Matcher m = pattern.matcher(text); m.find(); ) {
      out.add(m.start());
    }
    return out;
  }
}
