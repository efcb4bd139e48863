package io.github.acplan.documents;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.acplan.documents.pdf.PdfTables;
import io.github.acplan.serialization.table.CellParagraph;
import io.github.acplan.serialization.table.GridCell;
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
 * How the PDF extractor tells the paragraphs of a cell apart and carries a hyphenated word over a page
 * break, on ruled tables drawn here with PDFBox in Helvetica 10 pt: two columns, each row as high as its
 * tallest cell. A cell's lines are drawn at a given pitch; an empty line leaves a gap of one more pitch.
 */
class PdfCellLayoutTest {

  private static final float LEFT = 40;
  private static final float TOP = 800;
  private static final float PADDING = 2.4f;
  private static final float SIZE = 10;
  private static final float[] WIDTHS = {40, 220};
  private static final PDType1Font FONT = new PDType1Font(Standard14Fonts.FontName.HELVETICA);

  /** A PDF of one page per element: that page's rows, each row's cells, each cell's lines. */
  private static byte[] pdf(float pitch, List<List<List<List<String>>>> pages) throws Exception {
    try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      for (List<List<List<String>>> rows : pages) {
        PDPage page = new PDPage(PDRectangle.A4);
        doc.addPage(page);
        try (PDPageContentStream s = new PDPageContentStream(doc, page)) {
          s.setLineWidth(0.5f);
          float width = WIDTHS[0] + WIDTHS[1];
          float top = TOP;
          for (List<List<String>> row : rows) {
            int lines = 0;
            for (List<String> cell : row) {
              lines = Math.max(lines, cell.size());
            }
            float bottom = top - pitch * lines - 2 * PADDING;
            s.moveTo(LEFT, top);
            s.lineTo(LEFT + width, top);
            s.moveTo(LEFT, bottom);
            s.lineTo(LEFT + width, bottom);
            float x = LEFT;
            for (int c = 0; c <= WIDTHS.length; c++) {
              s.moveTo(x, top);
              s.lineTo(x, bottom);
              x += c < WIDTHS.length ? WIDTHS[c] : 0;
            }
            s.stroke();
            s.setFont(FONT, SIZE);
            x = LEFT;
            for (int c = 0; c < row.size(); c++) {
              List<String> cell = row.get(c);
              for (int k = 0; k < cell.size(); k++) {
                if (cell.get(k).isEmpty()) {
                  continue;
                }
                s.beginText();
                s.newLineAtOffset(x + PADDING, top - PADDING - pitch * (k + 1) + (pitch - SIZE) / 2);
                s.showText(cell.get(k));
                s.endText();
              }
              x += WIDTHS[c];
            }
            top = bottom;
          }
        }
      }
      doc.save(out);
      return out.toByteArray();
    }
  }

  private static TableGrid grid(byte[] pdf) throws Exception {
    List<TableGrid> grids = PdfTables.extract(pdf, DocumentLimits.standard());
    assertThat(grids).hasSize(1);
    return grids.get(0);
  }

  private static List<String> paragraphs(GridCell cell) {
    return cell.paragraphs().stream().map(CellParagraph::text).toList();
  }

  private static final List<List<String>> HEADER = List.of(List.of("No"), List.of("Measure"));
  private static final List<List<String>> NUMBERS = List.of(List.of("1"), List.of("2"));

  /**
   * Double-spaced lines (20 pt apart, twice the glyphs' height) are one paragraph: what tells a paragraph
   * is a gap wider than the page's line pitch, not the glyphs' height, which depends on the font.
   */
  @Test
  void linesAtThePagesPitchAreOneParagraphWhateverTheirSpacing() throws Exception {
    TableGrid grid = grid(pdf(20, List.of(List.of(HEADER, NUMBERS,
        List.of(List.of("1.1"), List.of("Keep the plan", "of measures under", "review twice a", "year")),
        List.of(List.of("1.2"), List.of("Draft the plan", "for the next year", "", "Approve it"))))));

    assertThat(paragraphs(grid.rows().get(2).cells().get(1)))
        .containsExactly("Keep the plan of measures under review twice a year");
    assertThat(paragraphs(grid.rows().get(3).cells().get(1)))
        .containsExactly("Draft the plan for the next year", "Approve it");
  }

  @Test
  void singleSpacedLinesAreSplitAtAnEmptyLine() throws Exception {
    TableGrid grid = grid(pdf(11.5f, List.of(List.of(HEADER, NUMBERS,
        List.of(List.of("1.1"), List.of("Keep the plan", "under review", "", "twice a year"))))));

    assertThat(paragraphs(grid.rows().get(2).cells().get(1)))
        .containsExactly("Keep the plan under review", "twice a year");
  }

  /**
   * A word with its own hyphen at the foot of a page goes on on the next page without a space, as it
   * does from line to line ("January-" | "March 2020" is "January-March 2020"): the part before the break
   * is moved to the row that carries the cell over.
   */
  @Test
  void aHyphenatedWordCarriedOverAPageBreakStaysOneWord() throws Exception {
    TableGrid grid = grid(pdf(11.5f, List.of(
        List.of(HEADER, NUMBERS, List.of(List.of("1.1"), List.of("Report in", "January-"))),
        List.of(HEADER, NUMBERS, List.of(List.of(""), List.of("march 2020"))))));

    List<GridRow> rows = grid.rows().stream().filter(r -> !r.repeatedHeader()).toList();
    assertThat(rows).hasSize(4);
    assertThat(rows.get(3).continuation()).isTrue();
    assertThat(rows.get(2).cells().get(1).text()).isEqualTo("Report in");
    assertThat(rows.get(3).cells().get(1).text()).isEqualTo("January-march 2020");
  }

  @Test
  void aLineEndingInAWordGoesOnAcrossAPageBreakWithASpace() throws Exception {
    TableGrid grid = grid(pdf(11.5f, List.of(
        List.of(HEADER, NUMBERS, List.of(List.of("1.1"), List.of("Report in", "January -"))),
        List.of(HEADER, NUMBERS, List.of(List.of(""), List.of("march 2020"))))));

    List<GridRow> rows = grid.rows().stream().filter(r -> !r.repeatedHeader()).toList();
    assertThat(rows.get(2).cells().get(1).text()).isEqualTo("Report in January -");
    assertThat(rows.get(3).cells().get(1).text()).isEqualTo("march 2020");
  }
}
