package io.github.acplan.documents.publish;

import java.math.BigInteger;
import java.util.List;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSimpleField;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTabStop;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTabJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

/**
 * The page, fonts, tables and lists of the Word documents this package writes, in one place so that the
 * plan and the report look alike.
 *
 * <p>The figures follow ДСТУ 4163:2020 "Уніфікована система організаційно-розпорядчої документації.
 * Вимоги до оформлення документів" (in force since 01.09.2021, replacing ДСТУ 4163-2003): A4 paper
 * (210 × 297 mm), margins of at least 30 mm on the left, 10 mm on the right and 20 mm at the top and the
 * bottom, and type of 12 to 14 points; Times New Roman is the typeface official documents use. The
 * annex block, the title and the signatory are set in 14 points; a table's text in 12 points (10 for the
 * many narrow columns of a risk register), which the standard's range and common practice for tables
 * allow.
 */
final class DocxLayout {

  /** Twips (1/20 point) per millimetre. */
  private static final double TWIPS_PER_MM = 1440 / 25.4;

  static final String FONT = "Times New Roman";
  static final int TEXT_POINTS = 14;
  static final int TABLE_POINTS = 12;
  static final int SMALL_TABLE_POINTS = 10;

  static final int PAGE_WIDTH = 11906; // 210 mm
  static final int PAGE_HEIGHT = 16838; // 297 mm
  static final int MARGIN_LEFT = twips(30);
  static final int MARGIN_RIGHT = twips(10);
  static final int MARGIN_TOP = twips(20);
  static final int MARGIN_BOTTOM = twips(20);
  /** The width of the text between the margins, where tables and the signatory's tab stop end. */
  static final int TEXT_WIDTH = PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT;
  /** The width of the text of a landscape page. */
  static final int LANDSCAPE_TEXT_WIDTH = PAGE_HEIGHT - MARGIN_LEFT - MARGIN_RIGHT;
  /** Where the annex block starts: the right part of the page, as the standard places a "гриф". */
  static final int ANNEX_INDENT = twips(100);

  private final XWPFDocument doc;
  private XWPFHeader firstPageHeader;
  private BigInteger bulletList;

  DocxLayout(XWPFDocument doc) {
    this.doc = doc;
    CTSectPr sect = doc.getDocument().getBody().isSetSectPr() ? doc.getDocument().getBody().getSectPr()
        : doc.getDocument().getBody().addNewSectPr();
    page(sect, false);
    // The document's default typeface too, for what has no run of its own (empty paragraphs, list marks).
    CTFonts fonts = CTFonts.Factory.newInstance();
    fonts.setAscii(FONT);
    fonts.setHAnsi(FONT);
    fonts.setCs(FONT);
    fonts.setEastAsia(FONT);
    doc.createStyles().setDefaultFonts(fonts);
    pageNumbers(sect);
  }

  /**
   * Numbers the pages from the second on, in the middle of the top margin (10 mm from the edge), in
   * Arabic numerals without a word or punctuation, as ДСТУ 4163:2020 asks of a document of several pages;
   * the first page has an empty header of its own (w:titlePg).
   */
  private void pageNumbers(CTSectPr sect) {
    firstPageHeader = doc.createHeader(HeaderFooterType.FIRST);
    firstPageHeader.createParagraph();
    XWPFHeader other = doc.createHeader(HeaderFooterType.DEFAULT);
    XWPFParagraph p = other.createParagraph();
    p.setAlignment(ParagraphAlignment.CENTER);
    CTSimpleField field = p.getCTP().addNewFldSimple();
    field.setInstr("PAGE");
    CTR r = field.addNewR();
    CTRPr rpr = r.addNewRPr();
    CTFonts f = rpr.addNewRFonts();
    f.setAscii(FONT);
    f.setHAnsi(FONT);
    rpr.addNewSz().setVal(BigInteger.valueOf(TEXT_POINTS * 2L));
    r.addNewT().setStringValue("2");
    if (!sect.isSetTitlePg()) {
      sect.addNewTitlePg();
    }
  }

  /** Sets A4 in portrait or landscape, with the standard's margins, on a section. */
  private static void page(CTSectPr sect, boolean landscape) {
    CTPageSz size = sect.isSetPgSz() ? sect.getPgSz() : sect.addNewPgSz();
    size.setW(BigInteger.valueOf(landscape ? PAGE_HEIGHT : PAGE_WIDTH));
    size.setH(BigInteger.valueOf(landscape ? PAGE_WIDTH : PAGE_HEIGHT));
    size.setOrient(landscape ? STPageOrientation.LANDSCAPE : STPageOrientation.PORTRAIT);
    CTPageMar margins = sect.isSetPgMar() ? sect.getPgMar() : sect.addNewPgMar();
    margins.setLeft(BigInteger.valueOf(MARGIN_LEFT));
    margins.setRight(BigInteger.valueOf(MARGIN_RIGHT));
    margins.setTop(BigInteger.valueOf(MARGIN_TOP));
    margins.setBottom(BigInteger.valueOf(MARGIN_BOTTOM));
    margins.setHeader(BigInteger.valueOf(twips(10)));
    margins.setFooter(BigInteger.valueOf(twips(10)));
    margins.setGutter(BigInteger.ZERO);
  }

  /**
   * Ends the portrait section here and makes what follows landscape, for a wide table (a risk register of
   * nine columns). Word keeps a section's page settings in the paragraph that ends it and the last
   * section's in the body.
   */
  void landscapeFromHere() {
    XWPFParagraph end = doc.createParagraph();
    CTPPr ppr = end.getCTP().isSetPPr() ? end.getCTP().getPPr() : end.getCTP().addNewPPr();
    // The portrait section takes the body's settings as they are (headers, first-page header); the body's
    // settings then become the landscape section's, whose pages go on being numbered.
    CTSectPr body = doc.getDocument().getBody().getSectPr();
    ppr.setSectPr((CTSectPr) body.copy());
    page(body, true);
    if (body.isSetTitlePg()) {
      body.unsetTitlePg();
    }
  }

  static int twips(double millimetres) {
    return (int) Math.round(millimetres * TWIPS_PER_MM);
  }

  XWPFDocument document() {
    return doc;
  }

  /** A paragraph of the body with no space after it. */
  XWPFParagraph paragraph(ParagraphAlignment alignment) {
    XWPFParagraph p = doc.createParagraph();
    p.setAlignment(alignment);
    p.setSpacingAfter(0);
    return p;
  }

  /**
   * Marks the first page at the top right, in its header: "ПРОЄКТ" on a draft. In the header rather than
   * the body, the mark stays out of the document's text, which begins with the annex block as a signed
   * document's does.
   */
  void firstPageMark(String text) {
    XWPFParagraph p = firstPageHeader.getParagraphs().get(0);
    p.setAlignment(ParagraphAlignment.RIGHT);
    run(p, text, TEXT_POINTS, true);
  }

  /** A line of the annex block at the top right. */
  void annexLine(String text) {
    XWPFParagraph p = paragraph(ParagraphAlignment.LEFT);
    p.setIndentationLeft(ANNEX_INDENT);
    run(p, text, TEXT_POINTS, false);
  }

  /** An empty paragraph, as the space between blocks. */
  void blank() {
    run(paragraph(ParagraphAlignment.LEFT), "", TEXT_POINTS, false);
  }

  /**
   * A run in the documents' typeface; line breaks in the text (LF, CR LF, CR) become Word line breaks.
   *
   * @throws IllegalArgumentException if the text has a character XML 1.0, and so a Word document, cannot
   *     hold (a control character other than TAB and line breaks, a lone surrogate, U+FFFE or U+FFFF):
   *     POI would write "?" in its place, silently altering the text
   */
  static XWPFRun run(XWPFParagraph p, String text, int points, boolean bold) {
    checkWritable(text);
    XWPFRun r = p.createRun();
    r.setFontFamily(FONT);
    r.setFontSize(points);
    r.setBold(bold);
    String[] lines = text.split("\r\n|[\n\r]", -1);
    for (int i = 0; i < lines.length; i++) {
      if (i > 0) {
        r.addBreak();
      }
      r.setText(lines[i], i);
    }
    return r;
  }

  private static void checkWritable(String text) {
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      boolean ok = cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF)
          || (cp >= 0xE000 && cp <= 0xFFFD) || cp >= 0x10000;
      if (!ok) {
        throw new IllegalArgumentException(String.format(java.util.Locale.ROOT,
            "the text \"%s\" has the character U+%04X at index %d, which a Word document cannot hold",
            abbreviate(text), cp, i));
      }
      i += Character.charCount(cp);
    }
  }

  private static String abbreviate(String text) {
    String one = text.replaceAll("\\p{Cntrl}", "?");
    return one.length() <= 60 ? one : one.substring(0, 59) + "…";
  }

  /** The signatory's line: the position at the left, the name at a right tab stop at the text's end. */
  void signatory(String position, String name) {
    XWPFParagraph p = paragraph(ParagraphAlignment.LEFT);
    CTPPr ppr = p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr();
    CTTabStop tab = ppr.addNewTabs().addNewTab();
    tab.setVal(STTabJc.RIGHT);
    tab.setPos(BigInteger.valueOf(TEXT_WIDTH));
    XWPFRun r = run(p, position, TEXT_POINTS, false);
    r.addTab();
    XWPFRun n = run(p, name, TEXT_POINTS, false);
    n.setBold(false);
  }

  /**
   * A table of the given column widths (twips, adding up to the text width), fixed layout, single
   * borders, no rows yet: POI's table comes with one row, which is removed.
   */
  XWPFTable table(int[] widths) {
    XWPFTable t = doc.createTable(1, widths.length);
    t.removeRow(0);
    t.setTableAlignment(TableRowAlign.LEFT);
    CTTblPr pr = t.getCTTbl().getTblPr();
    pr.addNewTblLayout().setType(STTblLayoutType.FIXED);
    pr.getTblW().setType(STTblWidth.DXA);
    int total = 0;
    for (int w : widths) {
      total += w;
    }
    pr.getTblW().setW(BigInteger.valueOf(total));
    CTTblGrid grid = t.getCTTbl().getTblGrid() == null ? t.getCTTbl().addNewTblGrid() : t.getCTTbl().getTblGrid();
    while (grid.sizeOfGridColArray() > 0) {
      grid.removeGridCol(0);
    }
    for (int w : widths) {
      grid.addNewGridCol().setW(BigInteger.valueOf(w));
    }
    return t;
  }

  /**
   * A row of cells with the given texts. A header row is repeated at the top of every page the table
   * runs onto (w:tblHeader); every row may break across pages, so a long measure does not leave half a
   * page empty.
   */
  static XWPFTableRow row(XWPFTable t, int[] widths, List<String> texts, int points, boolean bold,
      boolean header) {
    XWPFTableRow row = t.createRow();
    while (row.getTableCells().size() < widths.length) {
      row.addNewTableCell();
    }
    row.setRepeatHeader(header);
    row.setCantSplitRow(false);
    for (int i = 0; i < widths.length; i++) {
      XWPFTableCell cell = row.getCell(i);
      width(cell, widths[i]);
      if (i < texts.size()) {
        XWPFParagraph p = firstParagraph(cell);
        p.setAlignment(header ? ParagraphAlignment.CENTER : ParagraphAlignment.LEFT);
        run(p, texts.get(i), points, bold);
      }
    }
    return row;
  }

  /** A row of one cell merged across the table (w:gridSpan): a section's heading. */
  static XWPFTableRow spanningRow(XWPFTable t, int[] widths, String text, int points, boolean bold) {
    XWPFTableRow row = t.createRow();
    while (row.getTableCells().size() > 1) {
      row.removeCell(row.getTableCells().size() - 1);
    }
    row.setCantSplitRow(false);
    XWPFTableCell cell = row.getCell(0);
    int total = 0;
    for (int w : widths) {
      total += w;
    }
    width(cell, total);
    CTTcPr pr = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
    pr.addNewGridSpan().setVal(BigInteger.valueOf(widths.length));
    XWPFParagraph p = firstParagraph(cell);
    p.setAlignment(ParagraphAlignment.CENTER);
    run(p, text, points, bold);
    return row;
  }

  private static void width(XWPFTableCell cell, int twips) {
    CTTcPr pr = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
    if (!pr.isSetTcW()) {
      pr.addNewTcW();
    }
    pr.getTcW().setType(STTblWidth.DXA);
    pr.getTcW().setW(BigInteger.valueOf(twips));
  }

  static XWPFParagraph firstParagraph(XWPFTableCell cell) {
    XWPFParagraph p = cell.getParagraphs().isEmpty() ? cell.addParagraph() : cell.getParagraphs().get(0);
    p.setSpacingAfter(0);
    return p;
  }

  /**
   * Writes items into a cell: one item as a plain paragraph, several as a real Word list (a bulleted
   * numbering definition), so that an editor keeps them a list.
   */
  void items(XWPFTableCell cell, List<String> items, int points) {
    if (items.size() == 1) {
      run(firstParagraph(cell), items.get(0), points, false);
      return;
    }
    BigInteger list = bulletList();
    for (int i = 0; i < items.size(); i++) {
      XWPFParagraph p = i == 0 ? firstParagraph(cell) : cell.addParagraph();
      p.setSpacingAfter(0);
      p.setNumID(list);
      p.setNumILvl(BigInteger.ZERO);
      run(p, items.get(i), points, false);
    }
  }

  /** The document's one bulleted list definition ("–", hanging indent), made on first use. */
  private BigInteger bulletList() {
    if (bulletList == null) {
      XWPFNumbering numbering = doc.createNumbering();
      CTAbstractNum abs = CTAbstractNum.Factory.newInstance();
      abs.setAbstractNumId(BigInteger.ONE);
      CTLvl level = abs.addNewLvl();
      level.setIlvl(BigInteger.ZERO);
      level.addNewStart().setVal(BigInteger.ONE);
      level.addNewNumFmt().setVal(STNumberFormat.BULLET);
      level.addNewLvlText().setVal("–");
      level.addNewLvlJc().setVal(org.openxmlformats.schemas.wordprocessingml.x2006.main.STJc.LEFT);
      CTFonts markFont = level.addNewRPr().addNewRFonts();
      markFont.setAscii(FONT);
      markFont.setHAnsi(FONT);
      var ind = level.addNewPPr().addNewInd();
      ind.setLeft(BigInteger.valueOf(twips(4)));
      ind.setHanging(BigInteger.valueOf(twips(4)));
      BigInteger abstractId = numbering.addAbstractNum(new XWPFAbstractNum(abs, numbering));
      bulletList = numbering.addNum(abstractId);
    }
    return bulletList;
  }
}
