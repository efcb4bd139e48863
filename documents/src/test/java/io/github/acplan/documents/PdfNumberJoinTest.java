package io.github.acplan.documents;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.acplan.documents.pdf.PdfTables;
import io.github.acplan.serialization.table.GridRow;
import io.github.acplan.serialization.table.TableGrid;
import java.io.ByteArrayOutputStream;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;

/**
 * The PDF extractor's rule for a number too wide for its column: a cell line of nothing but digits and
 * dots goes on without a space when the next line starts with a digit ("3.1" + "0" reads "3.10", as a
 * layout breaks a measure's number in a narrow column); any other pair of lines is joined with a space.
 * The page is drawn here with PDFBox: a ruled table of one row, each cell's lines placed by hand.
 */
class PdfNumberJoinTest {

  private static final float LEFT = 50;
  private static final float TOP = 800;
  private static final float WIDTH = 90;
  private static final float LINE = 11.5f;

  /** One ruled row of cells, each cell's lines one under the other. */
  private static byte[] row(List<List<String>> cells) throws Exception {
    try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PDPage page = new PDPage(PDRectangle.A4);
      doc.addPage(page);
      float height = LINE * 4;
      try (PDPageContentStream s = new PDPageContentStream(doc, page)) {
        s.setLineWidth(0.5f);
        for (float y : new float[] {TOP, TOP - height}) {
          s.moveTo(LEFT, y);
          s.lineTo(LEFT + WIDTH * cells.size(), y);
        }
        for (int c = 0; c <= cells.size(); c++) {
          s.moveTo(LEFT + WIDTH * c, TOP);
          s.lineTo(LEFT + WIDTH * c, TOP - height);
        }
        s.stroke();
        s.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 10);
        for (int c = 0; c < cells.size(); c++) {
          List<String> lines = cells.get(c);
          for (int k = 0; k < lines.size(); k++) {
            s.beginText();
            s.newLineAtOffset(LEFT + WIDTH * c + 4, TOP - LINE * (k + 1));
            s.showText(lines.get(k));
            s.endText();
          }
        }
      }
      doc.save(out);
      return out.toByteArray();
    }
  }

  private static List<String> cellTexts(byte[] pdf) throws Exception {
    List<TableGrid> grids = PdfTables.extract(pdf, DocumentLimits.standard());
    assertThat(grids).hasSize(1);
    GridRow row = grids.get(0).rows().get(0);
    return row.cells().stream().map(c -> c.text()).toList();
  }

  @Test
  void aNumberBrokenBetweenDigitsIsJoinedWithoutASpace() throws Exception {
    assertThat(cellTexts(row(List.of(List.of("3.1", "0"), List.of("12", "345"), List.of("1.", "2.3")))))
        .containsExactly("3.10", "12345", "1.2.3");
  }

  @Test
  void anyOtherBreakIsASpace() throws Exception {
    // A number followed by a word, a word followed by a number, a number with a letter in it.
    assertThat(cellTexts(row(List.of(List.of("2020", "year"), List.of("until", "2020"),
        List.of("3.1a", "0")))))
        .containsExactly("2020 year", "until 2020", "3.1a 0");
  }
}
