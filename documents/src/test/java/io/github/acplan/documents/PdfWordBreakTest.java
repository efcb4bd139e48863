package io.github.acplan.documents;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.acplan.documents.pdf.PdfTables;
import io.github.acplan.serialization.table.GridCell;
import io.github.acplan.serialization.table.TableGrid;
import java.io.ByteArrayOutputStream;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * The PDF extractor's rule for a token too wide for its column, which the layout broke between two
 * characters: the line holds that token alone, with no space shown after it, starts where the next line
 * starts, and ends closer to the cell's inner right edge than the next line's first glyph is wide; and
 * when a space would have fitted after it, the document is one that shows the spaces ending its lines.
 * When not even a space would have fitted, the words the document shows whole decide where they can (the
 * parts are joined if together they are such a word), and otherwise the spelling of Ukrainian words
 * (LineJoinsTest and LetterModelTest, with Ukrainian text: the Standard 14 fonts drawn here have no
 * Cyrillic). The page is drawn with PDFBox in Helvetica 10 pt (a space 2.78 pt wide, "n" and "u" 5.56
 * pt): a ruled table of one row, each cell as wide as its first line and the room asked for.
 */
class PdfWordBreakTest {

  private static final float LEFT = 40;
  private static final float TOP = 800;
  private static final float PADDING = 2.4f;
  private static final float LINE = 11.5f;
  private static final float SIZE = 10;
  private static final PDType1Font FONT = new PDType1Font(Standard14Fonts.FontName.HELVETICA);

  /**
   * A cell: its lines (a line ending with a space shows that space, as LibreOffice does), and the room
   * left after its first line, without that line's own trailing space.
   */
  private record Cell(float room, float indentOfSecondLine, List<String> lines) {
    static Cell of(float room, String... lines) {
      return new Cell(room, 0, List.of(lines));
    }

    float width() throws Exception {
      return PADDING + FONT.getStringWidth(lines.get(0).stripTrailing()) / 1000 * SIZE + room + PADDING;
    }
  }

  private static byte[] row(Cell... cells) throws Exception {
    try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PDPage page = new PDPage(PDRectangle.A4);
      doc.addPage(page);
      float height = LINE * 4;
      float width = 0;
      for (Cell c : cells) {
        width += c.width();
      }
      try (PDPageContentStream s = new PDPageContentStream(doc, page)) {
        s.setLineWidth(0.5f);
        for (float y : new float[] {TOP, TOP - height}) {
          s.moveTo(LEFT, y);
          s.lineTo(LEFT + width, y);
        }
        float x = LEFT;
        for (int c = 0; c <= cells.length; c++) {
          s.moveTo(x, TOP);
          s.lineTo(x, TOP - height);
          x += c < cells.length ? cells[c].width() : 0;
        }
        s.stroke();
        s.setFont(FONT, SIZE);
        x = LEFT;
        for (Cell cell : cells) {
          for (int k = 0; k < cell.lines().size(); k++) {
            s.beginText();
            s.newLineAtOffset(x + PADDING + (k > 0 ? cell.indentOfSecondLine() : 0), TOP - LINE * (k + 1));
            s.showText(cell.lines().get(k));
            s.endText();
          }
          x += cell.width();
        }
      }
      doc.save(out);
      return out.toByteArray();
    }
  }

  private static List<String> cellTexts(byte[] pdf) throws Exception {
    List<TableGrid> grids = PdfTables.extract(pdf, DocumentLimits.standard());
    assertThat(grids).hasSize(1);
    return grids.get(0).rows().get(0).cells().stream().map(GridCell::text).toList();
  }

  /** A cell whose lines end with a shown space: the document writes the spaces ending its lines. */
  private static final Cell SPACES_SHOWN = Cell.of(30, "with ", "spaces");

  @Test
  void aTokenBrokenWhereItsNextLetterDidNotFitIsJoined() throws Exception {
    // 4 pt left: a space (2.78) would have fitted and was not shown; "n" (5.56) did not fit.
    assertThat(cellTexts(row(Cell.of(4, "Organisatio", "nal unit"), SPACES_SHOWN)))
        .containsExactly("Organisational unit", "with spaces");
  }

  @Test
  void aWholeWordFillingItsLineKeepsItsSpace() throws Exception {
    // The same room, but the space after the word is shown.
    assertThat(cellTexts(row(Cell.of(4, "Organisation ", "unit"), SPACES_SHOWN)))
        .containsExactly("Organisation unit", "with spaces");
  }

  /**
   * The inner right edge is the right rule less the left padding; a cell's right padding may be a little
   * wider (LibreOffice's 12 pt print of the seed ends "бухгалтерськ" 0.19 pt past it): a line past that
   * edge by less than half a point still fills its line, one further past does not.
   */
  @Test
  void aLineEndingJustPastTheInnerEdgeStillFillsItsLine() throws Exception {
    assertThat(cellTexts(row(Cell.of(-0.3f, "Organisatio", "nal unit"), SPACES_SHOWN)))
        .containsExactly("Organisational unit", "with spaces");
    assertThat(cellTexts(row(Cell.of(-1, "Organisatio", "nal unit"), SPACES_SHOWN)))
        .containsExactly("Organisatio nal unit", "with spaces");
  }

  /** Room for the next glyph ("n", 5.56 pt) by more than a point: the line ended a word. */
  @Test
  void aLineWithRoomForTheNextGlyphEndsAWord() throws Exception {
    assertThat(cellTexts(row(Cell.of(7f, "Organisatio", "nal unit"), SPACES_SHOWN)))
        .containsExactly("Organisatio nal unit", "with spaces");
  }

  /**
   * Room for the next glyph by less than a point is no evidence: the inner edge is an estimate
   * (LibreOffice's A5 print of the seed leaves 5.16 pt after "«Прями" and did not fit "х", 5.0 pt wide; a
   * print in DejaVu Serif leaves 0.8 pt more than "л" after "спеціа"). As a space would have fitted and
   * none is shown, the line ends inside a token.
   */
  @Test
  void aLineWithRoomForTheNextGlyphByLessThanAPointAndNoSpaceShownEndsInsideAToken() throws Exception {
    assertThat(cellTexts(row(Cell.of(5.9f, "Organisatio", "nal unit"), SPACES_SHOWN)))
        .containsExactly("Organisational unit", "with spaces");
    assertThat(cellTexts(row(Cell.of(6.5f, "Organisatio", "nal unit"), SPACES_SHOWN)))
        .containsExactly("Organisational unit", "with spaces");
  }

  @Test
  void aLineOfTwoWordsOrATailThatCannotGoOnATokenEndsAWord() throws Exception {
    assertThat(cellTexts(row(Cell.of(4, "an Organisatio", "nal unit"), Cell.of(4, "Organisatio", "Nal"),
        Cell.of(4, "Organisatio", "(nal)"), Cell.of(4, "Organisatio", "2020"), SPACES_SHOWN)))
        .containsExactly("an Organisatio nal unit", "Organisatio Nal", "Organisatio (nal)",
            "Organisatio 2020", "with spaces");
  }

  @Test
  void aNextLineThatStartsElsewhereIsNotTheRestOfAToken() throws Exception {
    assertThat(cellTexts(row(new Cell(4, 10, List.of("Organisatio", "nal unit")), SPACES_SHOWN)))
        .containsExactly("Organisatio nal unit", "with spaces");
  }

  /** The two parts together are a word the table shows whole: joined, though one part is a word too. */
  @Test
  void partsThatTogetherAreAWordShownWholeElsewhereAreJoined() throws Exception {
    assertThat(cellTexts(row(Cell.of(1, "Department", "al unit"),
        Cell.of(30, "Departmental ", "Department ", "rules"))))
        .containsExactly("Departmental unit", "Departmental Department rules");
  }

  /** LibreOffice may break a compound before its own hyphen; a list's dash is followed by a space. */
  @Test
  void aLineStartingWithAHyphenAndALetterGoesOnACompound() throws Exception {
    assertThat(cellTexts(row(Cell.of(30, "organisation", "-wide plan"), Cell.of(30, "Ensure:", "- review"),
        SPACES_SHOWN)))
        .containsExactly("organisation-wide plan", "Ensure: - review", "with spaces");
    // A browser's print shows no line-end spaces: nothing tells the break, a space is kept.
    assertThat(cellTexts(row(Cell.of(30, "organisation", "-wide plan"), Cell.of(30, "with", "spaces"))))
        .containsExactly("organisation -wide plan", "with spaces");
  }

  /**
   * LibreOffice 7.4's print of a table whose columns are as wide as one long word and a set room
   * ({@code src/test/fixtures/make-narrow-columns-pdf.sh}): "Організаційний" fills its line leaving
   * more than a space (LibreOffice shows the space), and less than one (it shows none; the word is
   * shown whole in the first cell); "Територіальний" and "бухгалтерського" are broken between two
   * letters, leaving less than the next letter, and less than a space.
   */
  @Test
  void libreOfficesNarrowColumnsReadAsWritten() throws Exception {
    byte[] pdf = PlanDocumentsTest.resource("narrow-columns.pdf");
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setSortByPosition(true);
      assertThat(stripper.getText(doc).lines().map(String::strip).toList()).containsExactly(
          "Організаційний Організаційний Територіальн бухгалтерськог", "відділ відділ ий центр о обліку");
    }
    assertThat(cellTexts(pdf)).containsExactly("Організаційний відділ", "Організаційний відділ",
        "Територіальний центр", "бухгалтерського обліку");
  }
}
