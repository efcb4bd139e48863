package io.github.acplan.documents.pdf;

import io.github.acplan.documents.DocumentLimits;
import io.github.acplan.documents.extraction.DocumentText;
import io.github.acplan.documents.extraction.TableBudget;
import io.github.acplan.serialization.PlanFormatException;
import io.github.acplan.serialization.table.CellParagraph;
import io.github.acplan.serialization.table.GridCell;
import io.github.acplan.serialization.table.GridLocation;
import io.github.acplan.serialization.table.GridRow;
import io.github.acplan.serialization.table.GridWarning;
import io.github.acplan.serialization.table.TableGrid;
import io.github.acplan.serialization.table.VerticalMerge;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Extracts a plan's table from a PDF printed from Word or LibreOffice (Apache PDFBox): the table is
 * rebuilt from the ruling lines of its cell borders and the positions of its glyphs, page by page, into
 * one {@link TableGrid}.
 *
 * <p>On every page the horizontal rules cut the table into rows and the vertical rules crossing a row cut
 * it into cells; a cell's span counts the table's columns it covers, so a section heading merged across
 * the table is one cell. A cell's visual lines are joined with a space, or without one after a line-final
 * hyphen, inside a number and inside a token the layout broke because it was too wide for its column,
 * also where a cell is carried over a page break (see {@link LineJoins}); a gap between two lines wider
 * than the page's line pitch starts a new paragraph (see {@link LineSpacing}). On every page after the first, the rows that
 * repeat the first page's header rows are marked as repeated headers, and a first row whose number cell
 * is empty continues the last row of the page before. Text above the table on its first page (annex,
 * approval, title) and below it on its last page (signatory; a gap of more than three character widths
 * on a line is a TAB) are the paragraphs around the grid; text around the table on the pages between
 * (page numbers, running heads) is layout and is left out.
 *
 * <p>PDFBox holds at most 64 MiB of the document in memory and spills the rest to a temporary file.
 */
public final class PdfTables {

  private static final float SAME = 2.5f;
  /** How much of a PDF PDFBox keeps in memory; the rest goes to a temporary file. */
  private static final long MAX_MAIN_MEMORY = 64L << 20;
  /** The first page's rows read as the header that later pages repeat: the header and its numbers. */
  private static final int HEADER_ROWS = 2;
  /** A gap between glyphs wider than this share of the font's height is a space between words. */
  private static final float WORD_GAP = 0.18f;
  /** A gap wider than this many font heights, outside the table, is a TAB (position … name). */
  private static final float TAB_GAP = 3f;

  private PdfTables() {
  }

  /**
   * Extracts the table of a PDF.
   *
   * @param bytes the document
   * @param limits the page, row and cell limits
   * @return the table, one grid; none if no page has a ruled table
   * @throws PlanFormatException if the PDF is password-protected, damaged, has no text layer, or is
   *     over the limits
   */
  public static List<TableGrid> extract(byte[] bytes, DocumentLimits limits) throws PlanFormatException {
    try (PDDocument doc = Loader.loadPDF(bytes, "", null, null,
        MemoryUsageSetting.setupMixed(MAX_MAIN_MEMORY).streamCache)) {
      int pages = doc.getNumberOfPages();
      if (pages > limits.maxPages()) {
        throw new PlanFormatException("page " + (limits.maxPages() + 1), "the PDF has " + pages
            + " pages, more than the limit of " + limits.maxPages() + " (DocumentLimits.maxPages)");
      }
      return extract(doc, limits);
    } catch (InvalidPasswordException e) {
      throw new PlanFormatException("PDF", "the PDF is password-protected", e);
    } catch (PlanFormatException e) {
      throw e; // already says what and where; not a damaged file
    } catch (IOException | RuntimeException e) {
      throw new PlanFormatException("PDF", "the PDF is damaged or truncated ("
          + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")",
          e);
    }
  }

  private static List<TableGrid> extract(PDDocument doc, DocumentLimits limits)
      throws IOException, PlanFormatException {
    if (doc.isEncrypted() && !doc.getCurrentAccessPermission().canExtractContent()) {
      throw new PlanFormatException("PDF", "the PDF is password-protected against copying its text");
    }
    List<String> before = new ArrayList<>();
    List<String> after = new ArrayList<>();
    List<GridRow> rows = new ArrayList<>();
    List<List<String>> headerTexts = new ArrayList<>();
    TableBudget budget = new TableBudget(limits);
    boolean anyText = false;
    boolean tableSeen = false;
    List<String> afterOnPage = new ArrayList<>();
    LineJoins joins = new LineJoins();
    // The cells' paragraphs of rows with a join that waits for the whole document, by index in rows.
    Map<Integer, List<List<LineJoins.Paragraph>>> undecided = new TreeMap<>();
    List<BreakAcrossPages> breaks = new ArrayList<>();
    List<List<LineJoins.Paragraph>> lastDrafts = List.of();
    int lastIndex = -1;
    // Rows whose number a page break split: {the row before the break, the row after it}.
    List<int[]> numbers = new ArrayList<>();
    for (int p = 0; p < doc.getNumberOfPages(); p++) {
      int pageNumber = p + 1;
      PDPage page = doc.getPage(p);
      int[] directions = new int[4];
      List<Glyph> glyphs = glyphs(doc, pageNumber, directions);
      anyText |= !glyphs.isEmpty();
      Rulings rulings = new Rulings(page);
      rulings.run();
      Table table = Table.of(rulings.inTextFrame(90 * mostCommon(directions)));
      if (table == null) {
        List<String> lines = lines(glyphs);
        if (tableSeen) {
          afterOnPage.addAll(lines);
        } else {
          before.addAll(lines);
        }
        continue;
      }
      List<Glyph> above = new ArrayList<>();
      List<Glyph> below = new ArrayList<>();
      List<List<List<Glyph>>> cellGlyphs = table.emptyCells();
      for (Glyph g : glyphs) {
        if (g.centreY() < table.top()) {
          above.add(g);
        } else if (g.centreY() > table.bottom()) {
          below.add(g);
        } else {
          table.place(g.centreX(), g.centreY(), g, cellGlyphs);
        }
      }
      if (!tableSeen) {
        before.addAll(lines(above));
      }
      // The text after the table is what follows the last page's table.
      afterOnPage = new ArrayList<>(lines(below));
      LineSpacing spacing = LineSpacing.of(cellLines(cellGlyphs));
      boolean firstRowOfPage = true;
      for (int r = 0; r < table.rowCount(); r++) {
        int rowNumber = rows.size() + 1;
        GridLocation at = GridLocation.ofTableRow(rowNumber).withPage(pageNumber);
        List<GridCell> cells = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        List<List<LineJoins.Paragraph>> drafts = new ArrayList<>();
        boolean waits = false;
        for (int c = 0; c < table.cellCount(r); c++) {
          GridLocation cellAt = at.withCell(c + 1);
          budget.cell(cellAt);
          // A cell at the top or the bottom of a page may go on from or to another page: its outer words
          // may be parts of words.
          List<LineJoins.Paragraph> draft = paragraphs(cellGlyphs.get(r).get(c), table.left(r, c),
              table.right(r, c), spacing, joins, tableSeen && r <= HEADER_ROWS,
              r == table.rowCount() - 1);
          List<CellParagraph> paragraphs = new ArrayList<>();
          for (LineJoins.Paragraph paragraph : draft) {
            paragraphs.add(cellParagraph(paragraph.provisionalText(), paragraph.bold()));
            waits |= paragraph.undecided();
          }
          drafts.add(draft);
          cells.add(new GridCell(paragraphs, table.span(r, c), VerticalMerge.NONE, cellAt));
          texts.add(new GridCell(paragraphs, 1, VerticalMerge.NONE, cellAt).text());
        }
        if (cells.isEmpty() || texts.stream().allMatch(String::isEmpty)) {
          continue;
        }
        budget.row(at);
        GridRow row = GridRow.of(cells, at);
        if (!tableSeen && rows.size() < HEADER_ROWS) {
          headerTexts.add(texts);
        }
        if (tableSeen && firstRowOfPage && headerTexts.contains(texts)) {
          row = row.withRepeatedHeader(true);
        } else {
          if (tableSeen && firstRowOfPage && lastIndex >= 0
              && numberBrokenAcrossPages(rows.get(lastIndex), texts.get(0))) {
            // "1." at the foot of a page and "3" at the head of the next: one number, "1.3", whose row
            // goes on; the number is put together once every row is read.
            numbers.add(new int[] {lastIndex, rows.size()});
            texts.set(0, "");
          }
          if (tableSeen && firstRowOfPage && !rows.isEmpty()
              && (texts.get(0).isEmpty() || spansTheTable(row) && spansTheTable(lastRow(rows)))) {
            // Carried over the page break: a measure row's number stays on the page before; a heading
            // (one cell across the table) continues when the row before it is a heading too.
            row = row.withContinuation(true);
          }
          firstRowOfPage = false;
        }
        if (row.continuation() && lastIndex >= 0) {
          breaks.addAll(BreakAcrossPages.in(rows.get(lastIndex), lastIndex, lastDrafts, row, rows.size(),
              drafts));
        }
        rows.add(row);
        if (waits) {
          undecided.put(rows.size() - 1, drafts);
        }
        if (!row.repeatedHeader()) {
          lastDrafts = drafts;
          lastIndex = rows.size() - 1;
        }
      }
      tableSeen = true;
    }
    if (!anyText) {
      throw new PlanFormatException("PDF", "no text in this PDF: it is a scan; run OCR first");
    }
    after.addAll(afterOnPage);
    if (rows.isEmpty()) {
      return List.of();
    }
    for (BreakAcrossPages b : breaks) {
      b.joinIfBroken(joins, undecided);
    }
    List<GridWarning> guesses = new ArrayList<>();
    for (Map.Entry<Integer, List<List<LineJoins.Paragraph>>> entry : undecided.entrySet()) {
      rows.set(entry.getKey(), decided(rows.get(entry.getKey()), entry.getValue(), joins, guesses));
    }
    for (BreakAcrossPages b : breaks) {
      // A break that moved the whole of the row before to the next page (a heading of one line at the foot
      // of a page, broken in its last word) leaves that row blank: the row on the next page is then the
      // whole row, not the rest of one, and a heading read as a continuation would go into the measure
      // above it.
      if (rows.get(b.beforeRow()).cells().stream().allMatch(GridCell::isBlank)) {
        rows.set(b.afterRow(), rows.get(b.afterRow()).withContinuation(false));
      }
    }
    for (int[] pair : numbers) {
      GridRow head = rows.get(pair[0]);
      GridRow tail = rows.get(pair[1]);
      // Spaces around its dots are the font's, not the number's ("6" and ". 5" are "6.5").
      String number = (head.cells().get(0).text() + tail.cells().get(0).text()).replace(" ", "");
      rows.set(pair[0], withFirstCell(head, number));
      rows.set(pair[1], withFirstCell(tail, ""));
    }
    return List.of(new TableGrid(rows, before, after, "PDF", guesses));
  }

  /** A row read again once every page has been seen, each join between its lines decided. */
  private static GridRow decided(GridRow row, List<List<LineJoins.Paragraph>> drafts, LineJoins joins,
      List<GridWarning> guesses) {
    List<GridCell> cells = new ArrayList<>();
    for (int c = 0; c < row.cells().size(); c++) {
      GridCell cell = row.cells().get(c);
      List<CellParagraph> paragraphs = new ArrayList<>();
      List<String> guessed = new ArrayList<>();
      for (LineJoins.Paragraph paragraph : drafts.get(c)) {
        paragraphs.add(cellParagraph(joins.text(paragraph, guessed), paragraph.bold()));
      }
      for (String g : guessed) {
        guesses.add(new GridWarning(cell.location(), g));
      }
      cells.add(new GridCell(paragraphs, cell.columnSpan(), cell.verticalMerge(), cell.location()));
    }
    return new GridRow(cells, row.repeatedHeader(), row.continuation(), row.location());
  }

  /** Groups of digits joined by dots, spaces taken out: the pieces of a number a page break cut. */
  private static final Pattern NUMBER_PIECE = Pattern.compile("\\.?\\d{1,9}(?:\\.\\d{1,9}){0,9}\\.?");

  /**
   * Whether the last row before a page break begins with a number cut at a dot and the first row after
   * it with the rest: "1." and "3", or "6" and ". 5" (a monospaced font sets spaces around dots). The
   * piece before the break is not a number of a measure on its own (it has one group, or ends with the
   * dot after which the rest comes), so a whole number is never joined to the next page's first cell,
   * unless that cell begins with a zero, which no group of a number begins with ("6.1" and "0").
   *
   * @param before the last row before the page break
   * @param firstCellAfter the first cell's text of the first row after it
   * @return true if the two are one number
   */
  public static boolean numberBrokenAcrossPages(GridRow before, String firstCellAfter) {
    if (before.cells().size() < 2) {
      return false;
    }
    String head = before.cells().get(0).text().replace(" ", "");
    String tail = firstCellAfter.replace(" ", "");
    if (!NUMBER_PIECE.matcher(head).matches() || !NUMBER_PIECE.matcher(tail).matches()
        || head.startsWith(".")) {
      return false;
    }
    // A group never begins with a zero: "6.1" and "0" are "6.10", however whole "6.1" looks.
    if (tail.startsWith("0") && !head.endsWith(".")) {
      return true;
    }
    if (head.endsWith(".") == tail.startsWith(".")) {
      return false;
    }
    boolean headIsWhole = head.indexOf('.') >= 0 && head.indexOf('.') < head.length() - 1;
    return !headIsWhole && (head + tail).indexOf("..") < 0;
  }

  /** The row with its first cell's text replaced: one plain paragraph, or none for an empty text. */
  private static GridRow withFirstCell(GridRow row, String text) {
    List<GridCell> cells = new ArrayList<>(row.cells());
    GridCell first = cells.get(0);
    cells.set(0, new GridCell(text.isEmpty() ? List.of() : List.of(cellParagraph(text, false)),
        first.columnSpan(), first.verticalMerge(), first.location()));
    return new GridRow(cells, row.repeatedHeader(), row.continuation(), row.location());
  }

  private static CellParagraph cellParagraph(String text, boolean bold) {
    return new CellParagraph(text, Optional.empty(), 0, bold, false);
  }

  private static boolean spansTheTable(GridRow row) {
    return row.cells().size() == 1 && row.cells().get(0).columnSpan() > 1;
  }

  private static GridRow lastRow(List<GridRow> rows) {
    for (int i = rows.size() - 1; i >= 0; i--) {
      if (!rows.get(i).repeatedHeader()) {
        return rows.get(i);
      }
    }
    return rows.get(rows.size() - 1);
  }

  /** The index of the largest count, the first of equal ones. */
  private static int mostCommon(int[] counts) {
    int best = 0;
    for (int i = 1; i < counts.length; i++) {
      if (counts[i] > counts[best]) {
        best = i;
      }
    }
    return best;
  }

  /**
   * The page's glyphs, each in the frame of its own direction ({@code getXDirAdj}), and how many run in
   * each direction (0°, 90°, 180°, 270°, by index): the table is read in the frame of most of its text.
   */
  private static List<Glyph> glyphs(PDDocument doc, int page, int[] directions) throws IOException {
    List<Glyph> out = new ArrayList<>();
    PDFTextStripper stripper = new PDFTextStripper() {
      @Override
      protected void processTextPosition(TextPosition text) {
        String unicode = text.getUnicode();
        if (unicode == null) {
          return;
        }
        if (!unicode.isBlank()) {
          directions[Math.floorMod(Math.round(text.getDir() / 90f), 4)]++;
          String font = text.getFont() == null || text.getFont().getName() == null ? ""
              : text.getFont().getName().toLowerCase(Locale.ROOT);
          out.add(new Glyph(unicode, text.getXDirAdj(), text.getYDirAdj(), text.getWidthDirAdj(),
              Math.max(text.getHeightDir(), 1f), font.contains("bold"), text.getWidthOfSpace(), false));
        } else if (!out.isEmpty()) {
          // A space shown right after a glyph on its line: kept as a mark on that glyph, for LineJoins.
          Glyph last = out.get(out.size() - 1);
          if (Math.abs(text.getYDirAdj() - last.y()) <= SAME && text.getXDirAdj() >= last.x()) {
            out.set(out.size() - 1, last.withSpaceAfter());
          }
        }
      }
    };
    stripper.setStartPage(page);
    stripper.setEndPage(page);
    stripper.getText(doc);
    return out;
  }

  /** Glyphs grouped into visual lines, top to bottom, each sorted left to right. */
  private static List<List<Glyph>> visualLines(List<Glyph> glyphs) {
    List<Glyph> sorted = new ArrayList<>(glyphs);
    sorted.sort(Comparator.comparingDouble(Glyph::y).thenComparingDouble(Glyph::x));
    List<List<Glyph>> lines = new ArrayList<>();
    for (Glyph g : sorted) {
      List<Glyph> last = lines.isEmpty() ? null : lines.get(lines.size() - 1);
      if (last != null && Math.abs(last.get(0).y() - g.y()) <= Math.max(SAME, g.height() * 0.4f)) {
        last.add(g);
      } else {
        List<Glyph> line = new ArrayList<>();
        line.add(g);
        lines.add(line);
      }
    }
    for (List<Glyph> line : lines) {
      line.sort(Comparator.comparingDouble(Glyph::x));
    }
    return lines;
  }

  /** A visual line's text: a space for a gap between glyphs, a TAB for a wide gap. */
  private static String text(List<Glyph> line, boolean tabs) {
    StringBuilder sb = new StringBuilder();
    Glyph previous = null;
    for (Glyph g : line) {
      if (previous != null) {
        float gap = g.x() - previous.right();
        float em = Math.max(previous.height(), 4f);
        if (tabs && gap > TAB_GAP * em) {
          sb.append('\t');
        } else if (gap > em * WORD_GAP) {
          sb.append(' ');
        }
      }
      sb.append(g.text());
      previous = g;
    }
    return sb.toString();
  }

  private static List<String> lines(List<Glyph> glyphs) {
    List<String> out = new ArrayList<>();
    for (List<Glyph> line : visualLines(glyphs)) {
      out.add(DocumentText.trim(text(line, true)));
    }
    return out;
  }

  /** The visual lines of every cell of a page, by cell. */
  private static List<List<List<Glyph>>> cellLines(List<List<List<Glyph>>> cellGlyphs) {
    List<List<List<Glyph>>> out = new ArrayList<>();
    for (List<List<Glyph>> row : cellGlyphs) {
      for (List<Glyph> cell : row) {
        out.add(visualLines(cell));
      }
    }
    return out;
  }

  /**
   * A cell's paragraphs: its visual lines joined (see {@link LineJoins}), a gap wider than the page's
   * line spacing starting a new paragraph (see {@link LineSpacing}).
   */
  private static List<LineJoins.Paragraph> paragraphs(List<Glyph> glyphs, float left, float right,
      LineSpacing spacing, LineJoins joins, boolean openStart, boolean openEnd) {
    List<List<Glyph>> lines = visualLines(glyphs);
    float padding = Float.MAX_VALUE;
    for (List<Glyph> line : lines) {
      padding = Math.min(padding, line.get(0).x() - left);
    }
    List<LineJoins.Paragraph> out = new ArrayList<>();
    List<List<Glyph>> paragraph = new ArrayList<>();
    float previousBaseline = Float.NaN;
    float previousHeight = 0;
    for (List<Glyph> line : lines) {
      float baseline = line.get(0).y();
      float height = 0;
      for (Glyph g : line) {
        height = Math.max(height, g.height());
      }
      if (!Float.isNaN(previousBaseline)
          && spacing.startsParagraph(baseline - previousBaseline, previousHeight, height)) {
        out.add(paragraph(paragraph, left, right, padding, joins, openStart && out.isEmpty(), false));
        paragraph = new ArrayList<>();
      }
      paragraph.add(line);
      previousBaseline = baseline;
      previousHeight = height;
    }
    if (!paragraph.isEmpty()) {
      out.add(paragraph(paragraph, left, right, padding, joins, openStart && out.isEmpty(), openEnd));
    }
    return out;
  }

  private static LineJoins.Paragraph paragraph(List<List<Glyph>> lines, float left, float right,
      float padding, LineJoins joins, boolean openStart, boolean openEnd) {
    List<String> texts = new ArrayList<>();
    for (List<Glyph> line : lines) {
      texts.add(DocumentText.trim(text(line, false)));
    }
    return joins.paragraph(lines, texts, left, right, padding, openStart, openEnd);
  }
}
