package io.github.acplan.documents.xlsx;

import io.github.acplan.documents.DocumentLimits;
import io.github.acplan.documents.extraction.BoundedStream;
import io.github.acplan.documents.extraction.DocumentText;
import io.github.acplan.documents.extraction.OfficeZip;
import io.github.acplan.documents.extraction.TableBudget;
import io.github.acplan.serialization.PlanFormatException;
import io.github.acplan.serialization.table.CellParagraph;
import io.github.acplan.serialization.table.GridCell;
import io.github.acplan.serialization.table.GridLocation;
import io.github.acplan.serialization.table.GridRow;
import io.github.acplan.serialization.table.GridWarning;
import io.github.acplan.serialization.table.TableGrid;
import io.github.acplan.serialization.table.VerticalMerge;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Extracts the sheets of an XLSX workbook as {@link TableGrid}s, one per sheet, as a plan kept in Excel
 * or downloaded from Google Sheets: every row with a non-empty cell is a table row, cells as Excel shows
 * them (a number or a date in its cell's format, a formula's cached value), line breaks inside a cell as
 * paragraphs. A merged region is one cell spanning its columns, continued in the rows below it (a
 * vertical merge). Locations name the sheet, the row and the cell. The zip-bomb limits of
 * {@link OfficeZip} hold ("XLSX, entry xl/worksheets/sheet1.xml: a zip bomb: …").
 *
 * <p>Sheets are read as streams (Apache POI's event API and a SAX parser), so that the rows and cells
 * of {@link DocumentLimits} are counted as they are read and a workbook far over them is refused
 * before it is held: POI's object model of a 13 MB workbook of 1.2 million cells needed more than a
 * gigabyte. The workbook's shared strings and styles are held, up to {@value #MAX_SHARED_STRINGS_MIB} MiB
 * of XML each.
 *
 * <p>A hidden sheet (an old version of the plan, the list behind a drop-down) is not read while a sheet
 * is shown; each grid's warnings name the sheets left out. Hidden rows and columns of a sheet that is
 * read (hidden by hand, or rows a filter hides) are read as the others, nothing a plan holds being left
 * out unseen, and a warning names those that hold text.
 *
 * <p>Numbers are shown as in the workbook's own formats, with a full stop for the decimal point whatever
 * the JVM's locale: "3.1", never "3,1" on a server set to Ukrainian. A measure number that the
 * spreadsheet kept as a number and so cut short ("3.10" kept as 3.1) is read as the number meant when
 * it follows its predecessor in the column, with a warning.
 */
public final class XlsxTables {

  static {
    OfficeZip.applyLimits();
  }

  /** The most XML of the shared strings, and of the styles, read in MiB: both are held while the sheets are read. */
  static final int MAX_SHARED_STRINGS_MIB = 32;

  private XlsxTables() {
  }

  /**
   * Extracts every sheet of a workbook.
   *
   * @param bytes the workbook
   * @param limits the limits of rows and cells per sheet, and of sheets
   * @return one grid per sheet with at least one row, in workbook order
   * @throws PlanFormatException if the bytes are not a readable XLSX, or a sheet is over the limits
   */
  public static List<TableGrid> extract(byte[] bytes, DocumentLimits limits) throws PlanFormatException {
    OPCPackage pkg;
    try {
      pkg = OPCPackage.open(new ByteArrayInputStream(bytes));
    } catch (PlanFormatException e) {
      throw e; // already says what and where; not a damaged file
    } catch (IOException | OpenXML4JException | RuntimeException e) {
      throw OfficeZip.refused("XLSX", "the file is not a readable XLSX workbook", e);
    }
    try {
      XSSFReader reader = new XSSFReader(pkg);
      SharedStrings strings = sharedStrings(pkg);
      StylesTable styles = styles(pkg);
      List<String> names = new ArrayList<>();
      List<PackagePart> parts = new ArrayList<>();
      XSSFReader.SheetIterator sheets = reader.getSheetIterator();
      while (sheets.hasNext()) {
        sheets.next().close();
        names.add(sheets.getSheetName());
        parts.add(sheets.getSheetPart());
        TableBudget.checkTables(limits, "XLSX", names.size());
      }
      // Hidden sheets (an old version of the plan, a list behind a drop-down) are not what Excel shows:
      // they are read only when no sheet is shown, and each visible sheet's grid says they were left out.
      Set<String> hidden = hiddenSheets(reader);
      boolean anyShown = names.stream().anyMatch(name -> !hidden.contains(name));
      List<GridWarning> leftOut = new ArrayList<>();
      for (String name : names) {
        if (anyShown && hidden.contains(name)) {
          leftOut.add(new GridWarning(GridLocation.unknown().withSheet(name), "the workbook's hidden sheet «"
              + name + "» is not read; show it in the workbook to read it"));
        }
      }
      // the workbook's formats, not the JVM's locale: a measure number 3.1 is "3.1" on any server
      DataFormatter formatter = new DataFormatter(Locale.ROOT);
      List<TableGrid> grids = new ArrayList<>();
      for (int s = 0; s < parts.size(); s++) {
        if (anyShown && hidden.contains(names.get(s))) {
          continue;
        }
        SheetCells sheet = new SheetCells(names.get(s), strings, styles, formatter, limits);
        try (InputStream in = parts.get(s).getInputStream()) {
          parse(in, sheet);
        }
        List<GridWarning> warnings = new ArrayList<>(leftOut);
        List<GridRow> rows = rows(sheet, limits, warnings);
        if (!rows.isEmpty()) {
          grids.add(new TableGrid(rows, List.of(), List.of(), "XLSX, sheet «" + names.get(s) + "»", warnings));
        }
      }
      return grids;
    } catch (PlanFormatException e) {
      throw e; // already says what and where; not a damaged file
    } catch (IOException | OpenXML4JException | SAXException | ParserConfigurationException
        | RuntimeException e) {
      throw OfficeZip.refused("XLSX", "the workbook could not be read", e);
    } finally {
      pkg.revert(); // read only: nothing is written back
    }
  }

  /** The workbook's shared strings, none if it has none; their XML read up to its limit. */
  private static SharedStrings sharedStrings(OPCPackage pkg) throws IOException, SAXException {
    List<PackagePart> parts = pkg.getPartsByContentType(XSSFRelation.SHARED_STRINGS.getContentType());
    if (parts.isEmpty()) {
      return new ReadOnlySharedStringsTable(InputStream.nullInputStream(), false);
    }
    try (InputStream in = limited(parts.get(0).getInputStream(), parts.get(0).getPartName().getName())) {
      return new ReadOnlySharedStringsTable(in, false);
    } catch (SAXException e) {
      if (e.getException() instanceof PlanFormatException refused) {
        throw refused;
      }
      throw e;
    }
  }

  /** The names of the sheets the workbook hides ({@code state="hidden"} or {@code "veryHidden"}). */
  private static Set<String> hiddenSheets(XSSFReader reader)
      throws IOException, OpenXML4JException, SAXException, ParserConfigurationException {
    Set<String> hidden = new HashSet<>();
    XMLReader xml = XMLHelper.newXMLReader();
    xml.setContentHandler(new DefaultHandler() {
      @Override
      public void startElement(String uri, String localName, String qualifiedName, Attributes attributes) {
        String state = attributes.getValue("state");
        if ((localName.equals("sheet") || qualifiedName.endsWith(":sheet") || qualifiedName.equals("sheet"))
            && attributes.getValue("name") != null && state != null && !state.equals("visible")) {
          hidden.add(attributes.getValue("name"));
        }
      }
    });
    try (InputStream in = limited(reader.getWorkbookData(), "xl/workbook.xml")) {
      xml.parse(new InputSource(in));
    }
    return hidden;
  }

  /** The workbook's cell styles (their number formats), the default ones if it has none. */
  private static StylesTable styles(OPCPackage pkg) throws IOException {
    List<PackagePart> parts = pkg.getPartsByContentType(XSSFRelation.STYLES.getContentType());
    if (parts.isEmpty()) {
      return new StylesTable();
    }
    try (InputStream in = limited(parts.get(0).getInputStream(), parts.get(0).getPartName().getName())) {
      return new StylesTable(in);
    }
  }

  /** A part's stream, refused at its entry once it gives more than the limit of a part held whole. */
  private static InputStream limited(InputStream in, String entry) {
    return BoundedStream.of(in, (long) MAX_SHARED_STRINGS_MIB << 20, () -> new PlanFormatException("XLSX, entry "
        + entry.replaceFirst("^/", ""), "the entry is larger than " + MAX_SHARED_STRINGS_MIB + " MiB, the limit "
        + "of acplan's workbooks for their shared strings and styles, which are held while the sheets are read"));
  }

  /** Streams a sheet's XML into its cells, with no DTD and no external entity (POI's secure parser). */
  private static void parse(InputStream in, SheetCells sheet)
      throws IOException, SAXException, ParserConfigurationException {
    XMLReader xml = XMLHelper.newXMLReader();
    xml.setContentHandler(sheet);
    try {
      xml.parse(new InputSource(in));
    } catch (SAXException e) {
      if (e.getException() instanceof PlanFormatException refused) {
        throw refused;
      }
      throw e;
    }
  }

  /** The grid rows of a sheet: its merged regions applied, rows without text left out. */
  private static List<GridRow> rows(SheetCells sheet, DocumentLimits limits, List<GridWarning> warnings)
      throws PlanFormatException {
    // The top-left cell of every merged region, and the cells the regions cover in the rows read.
    Map<Long, CellRangeAddress> covered = new HashMap<>();
    long coveredCells = 0;
    for (CellRangeAddress region : sheet.merged) {
      for (SheetCells.Row row : sheet.rowsBetween(region.getFirstRow(), region.getLastRow())) {
        covered.put(key(row.index(), region.getFirstColumn()), region);
        if (++coveredCells > limits.maxCells()) {
          throw new PlanFormatException(GridLocation.ofTableRow(row.index() + 1).withSheet(sheet.name),
              "the sheet's merged regions cover more than " + limits.maxCells() + " cells, the limit of "
              + "DocumentLimits.maxCells");
        }
      }
    }
    NumberCells numbers = new NumberCells();
    List<GridRow> rows = new ArrayList<>();
    List<Integer> hiddenRowsWithText = new ArrayList<>();
    BitSet hiddenColumnsWithText = new BitSet();
    for (SheetCells.Row row : sheet.rows) {
      GridLocation at = GridLocation.ofTableRow(row.index() + 1).withSheet(sheet.name);
      List<GridCell> cells = new ArrayList<>();
      boolean anyText = false;
      int column = 0;
      while (column < row.width()) {
        GridLocation cellAt = at.withCell(column + 1);
        CellRangeAddress region = covered.get(key(row.index(), column));
        int span = 1;
        VerticalMerge merge = VerticalMerge.NONE;
        String text = "";
        if (region != null) {
          span = region.getLastColumn() - region.getFirstColumn() + 1;
          boolean first = region.getFirstRow() == row.index();
          boolean tall = region.getLastRow() > region.getFirstRow();
          merge = !tall ? VerticalMerge.NONE : first ? VerticalMerge.RESTART : VerticalMerge.CONTINUE;
          if (first) {
            text = row.text(column);
          }
        } else {
          text = row.text(column);
          String meant = numbers.restore(column, text, row.isNumber(column));
          if (meant != null) {
            warnings.add(new GridWarning(cellAt, "the cell holds the number " + text + ", read as measure "
                + meant + ", which follows the measure above it: a spreadsheet keeps \"" + meant + "\" as the "
                + "number " + text + "; format the column as text so that the number is kept as written"));
            text = meant;
          }
        }
        anyText |= !text.isEmpty();
        if (!text.isEmpty() && sheet.hiddenColumns.get(column)) {
          hiddenColumnsWithText.set(column);
        }
        List<CellParagraph> paragraphs = new ArrayList<>();
        if (!text.isEmpty()) {
          for (String line : text.split("\r\n|\r|\n", -1)) {
            paragraphs.add(CellParagraph.of(line));
          }
        }
        cells.add(new GridCell(paragraphs, span, merge, cellAt));
        column += span;
      }
      if (anyText) {
        rows.add(GridRow.of(cells, at));
        if (sheet.hiddenRows.get(row.index())) {
          hiddenRowsWithText.add(row.index() + 1);
        }
      }
    }
    if (!hiddenRowsWithText.isEmpty() || !hiddenColumnsWithText.isEmpty()) {
      warnings.add(new GridWarning(GridLocation.unknown().withSheet(sheet.name), "there is text in the sheet's "
          + "hidden " + hiddenText(hiddenRowsWithText, hiddenColumnsWithText) + ": it is read as the rest of the "
          + "sheet, though Excel neither shows nor prints it; delete them from the sheet if they are no part of "
          + "the plan"));
    }
    return rows;
  }

  /** The most hidden rows or columns a warning lists; the others are counted. */
  private static final int HIDDEN_LISTED = 10;

  /** "rows 12, 13 and columns E, G", the first {@value #HIDDEN_LISTED} of each listed. */
  private static String hiddenText(List<Integer> rows, BitSet columns) {
    List<String> parts = new ArrayList<>();
    if (!rows.isEmpty()) {
      parts.add((rows.size() == 1 ? "row " : "rows ") + listed(rows.stream().map(String::valueOf).toList()));
    }
    if (!columns.isEmpty()) {
      List<String> letters = new ArrayList<>();
      columns.stream().forEach(c -> letters.add(CellReference.convertNumToColString(c)));
      parts.add((letters.size() == 1 ? "column " : "columns ") + listed(letters));
    }
    return String.join(" and ", parts);
  }

  private static String listed(List<String> items) {
    String shown = String.join(", ", items.subList(0, Math.min(items.size(), HIDDEN_LISTED)));
    return items.size() > HIDDEN_LISTED ? shown + " (and " + (items.size() - HIDDEN_LISTED) + " more)" : shown;
  }

  private static long key(int row, int column) {
    return ((long) row << 20) | column;
  }

  /** Whether a cell reference's column could be read ("B7" is column 1); -1 if it is not a reference. */
  static int column(String reference) {
    try {
      return new CellReference(reference).getCol();
    } catch (RuntimeException e) {
      return -1;
    }
  }

  /** What a cell shows, trimmed; blank is empty. */
  static String shown(String text) {
    return DocumentText.isBlank(text) ? "" : DocumentText.trim(text);
  }
}
