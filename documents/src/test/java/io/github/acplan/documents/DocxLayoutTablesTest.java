package io.github.acplan.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.acplan.serialization.PlanFormatException;
import io.github.acplan.serialization.json.PlanJson;
import io.github.acplan.serialization.text.ReadResult;
import io.github.acplan.test.fixtures.SeedFixtures;
import java.io.ByteArrayInputStream;
import org.junit.jupiter.api.Test;

/**
 * A DOCX laid out with a table, as a council's web page copied into Word is, or a form with a frame: the
 * plan, its title and its signatory inside a cell of a layout table, beside a menu, under a heading row.
 * It was refused ("no table … read as a plan"): only the body's own tables were read.
 */
class DocxLayoutTablesTest {

  private static final String DOCUMENT = "word/document.xml";
  private static final String MENU = paragraph("Головна") + paragraph("Новини") + paragraph("Запобігання корупції");
  private static final String ADDRESS = paragraph("© 2020 Довгинцівська районна у місті рада. Адреса: м. Кривий Ріг, "
      + "вул. Дніпровське шосе, 11");

  private static String paragraph(String text) {
    return "<w:p><w:r><w:t>" + text + "</w:t></w:r></w:p>";
  }

  private static String cell(int width, String content) {
    // a cell ends with a paragraph (ECMA-376 §17.4.66); Word adds an empty one after a nested table
    return "<w:tc><w:tcPr><w:tcW w:w=\"" + width + "\" w:type=\"dxa\"/>"
        + "</w:tcPr>" + content + "<w:p/></w:tc>";
  }

  private static String spanning(String content) {
    return "<w:tc><w:tcPr><w:gridSpan w:val=\"2\"/></w:tcPr>" + content + "<w:p/></w:tc>";
  }

  /** The content in a layout table: a heading row, the menu beside the content, the address. */
  private static String laidOut(String content) {
    return "<w:tbl><w:tblPr><w:tblW w:w=\"5000\" w:type=\"pct\"/></w:tblPr><w:tblGrid><w:gridCol w:w=\"2000\"/>"
        + "<w:gridCol w:w=\"9000\"/></w:tblGrid>"
        + "<w:tr>" + spanning(paragraph("Довгинцівська районна у місті рада") + paragraph("Офіційний вебсайт")) + "</w:tr>"
        + "<w:tr>" + cell(2000, MENU) + cell(9000, content) + "</w:tr>"
        + "<w:tr>" + spanning(ADDRESS) + "</w:tr></w:tbl>";
  }

  private static String seedXml() {
    return OfficeParts.xml(SeedFixtures.docx(), DOCUMENT);
  }

  /** The seed's body, its section properties left out. */
  private static String body(String xml) {
    return xml.substring(xml.indexOf("<w:body>") + "<w:body>".length(), xml.lastIndexOf("<w:sectPr"));
  }

  private static String withBody(String xml, String body) {
    return xml.substring(0, xml.indexOf("<w:body>") + "<w:body>".length()) + body + xml.substring(xml.lastIndexOf("<w:sectPr"));
  }

  private static ReadResult read(String xml) throws Exception {
    return PlanDocuments.standard().read(new ByteArrayInputStream(OfficeParts.withXml(SeedFixtures.docx(), DOCUMENT, xml)));
  }

  private static void assertIsTheSeed(ReadResult read) throws Exception {
    assertThat(PlanJson.standard().write(read.plan())).isEqualTo(PlanJson.standard().write(SeedFixtures.plan()));
    assertThat(read.warnings()).isEmpty();
  }

  @Test
  void thePlanInALayoutTableReadsAsTheSeed() throws Exception {
    String xml = seedXml();
    assertIsTheSeed(read(withBody(xml, laidOut(body(xml)))));
  }

  @Test
  void aLayoutTableInsideALayoutTableToo() throws Exception {
    String xml = seedXml();
    assertIsTheSeed(read(withBody(xml, laidOut(laidOut(body(xml))))));
  }

  @Test
  void aPlanDeeperThanTheNestingLimitIsNotRead() throws Exception {
    String xml = seedXml();
    String content = body(xml);
    for (int i = 0; i < 5; i++) {
      content = laidOut(content);
    }
    String deep = withBody(xml, content);
    assertThatThrownBy(() -> read(deep)).isInstanceOf(PlanFormatException.class)
        .hasMessageContaining("read as a plan");
    // four deep is still read
    String fourDeep = withBody(xml, laidOut(laidOut(laidOut(laidOut(body(xml))))));
    assertIsTheSeed(read(fourDeep));
  }

  @Test
  void tablesAreNumberedInDocumentOrderNestedOnesIncluded() throws Exception {
    String xml = seedXml();
    // the layout table is table 1, the plan's table 2, the signatory's table 3, a table after it 4
    String body = laidOut(body(xml)) + "<w:tbl><w:tblGrid><w:gridCol w:w=\"9000\"/></w:tblGrid><w:tr>"
        + cell(9000, paragraph("Примітка")) + "</w:tr></w:tbl>" + paragraph("");
    String withBadRow = withBody(xml, body).replaceFirst("<w:t>1\\.1</w:t>", "<w:t>1.x</w:t>");
    assertThat(withBadRow).contains("1.x");
    assertThatThrownBy(() -> read(withBadRow)).isInstanceOf(PlanFormatException.class)
        .hasMessageContaining("DOCX, table 2");
  }

  /** A body of tables nested {@code depth} deep, a different word in each cell (no zip bomb). */
  private static String nested(int depth) {
    StringBuilder open = new StringBuilder();
    StringBuilder close = new StringBuilder();
    java.util.Random random = new java.util.Random(depth);
    for (int i = 0; i < depth; i++) {
      open.append("<w:tbl><w:tblGrid><w:gridCol w:w=\"100\"/></w:tblGrid><w:tr><w:tc>")
          .append(paragraph(Long.toString(random.nextLong(), 36)));
      close.append("<w:p/></w:tc></w:tr></w:tbl>");
    }
    return withBody(seedXml(), open + paragraph("1.1") + close + paragraph(""));
  }

  @Test
  void tablesNestedHundredsDeepAreReadToTheLimitOnly() {
    String deep = nested(240);
    assertThatThrownBy(() -> read(deep)).isInstanceOf(PlanFormatException.class)
        .hasMessageContaining("read as a plan");
  }

  @Test
  void tablesNestedThousandsDeepAreRefusedWithTheLibrarysError() {
    String deep = nested(5_000);
    assertThatThrownBy(() -> read(deep)).isInstanceOf(PlanFormatException.class)
        .hasMessageStartingWith("DOCX: the file is not a readable DOCX document").hasMessageContaining("depth");
  }
}
