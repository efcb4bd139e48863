package io.github.acplan.documents.xlsx;

import io.github.acplan.documents.DocumentLimits;
import io.github.acplan.documents.extraction.TableBudget;
import io.github.acplan.serialization.PlanFormatException;
import io.github.acplan.serialization.table.GridLocation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.jspecify.annotations.Nullable;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The cells of one sheet as its XML streams by (a SAX handler): each cell's text as Excel shows it and
 * whether it holds a number, by row, and the sheet's merged regions. Rows and cells are counted against
 * the {@link DocumentLimits} as they are read, and the sheet's text against
 * {@value #MAX_SHEET_TEXT_CHARS} characters, so that a sheet over them stops the parse with a located
 * {@link PlanFormatException} (carried by a {@link SAXException}). Not thread-safe; one per sheet.
 */
final class SheetCells extends DefaultHandler {

  /** The columns of a sheet (A to XFD), in Excel 2007 and later. */
  private static final int MAX_COLUMNS = 16_384;

  /** Whether a boolean attribute of SpreadsheetML is true ({@code "1"} or {@code "true"}). */
  private static boolean isOn(@Nullable String value) {
    return value != null && (value.equals("1") || value.equalsIgnoreCase("true"));
  }

  /** The most characters of text a sheet's cells hold together: a plan's sheet holds tens of thousands. */
  static final int MAX_SHEET_TEXT_CHARS = 16 << 20;

  /** A row read: its 0-based index and its cells by column, sorted. */
  static final class Row {
    private final int index;
    private int[] columns = new int[8];
    private String[] texts = new String[8];
    private boolean[] numbers = new boolean[8];
    private int size;
    /** One more than the last column that has a cell element, empty or not (POI's last cell number). */
    private int width;

    Row(int index) {
      this.index = index;
    }

    int index() {
      return index;
    }

    int width() {
      return width;
    }

    void add(int column, String text, boolean number) {
      if (size == columns.length) {
        columns = Arrays.copyOf(columns, size * 2);
        texts = Arrays.copyOf(texts, size * 2);
        numbers = Arrays.copyOf(numbers, size * 2);
      }
      columns[size] = column;
      texts[size] = text;
      numbers[size] = number;
      size++;
    }

    void touch(int column) {
      width = Math.max(width, column + 1);
    }

    /** Sorts the cells by column; a hostile sheet may give them in any order. */
    void sort() {
      for (int i = 1; i < size; i++) {
        if (columns[i - 1] > columns[i]) {
          Integer[] order = new Integer[size];
          for (int k = 0; k < size; k++) {
            order[k] = k;
          }
          Arrays.sort(order, Comparator.comparingInt(k -> columns[k]));
          int[] c = new int[size];
          String[] t = new String[size];
          boolean[] n = new boolean[size];
          for (int k = 0; k < size; k++) {
            c[k] = columns[order[k]];
            t[k] = texts[order[k]];
            n[k] = numbers[order[k]];
          }
          columns = c;
          texts = t;
          numbers = n;
          return;
        }
      }
    }

    private int find(int column) {
      return Arrays.binarySearch(columns, 0, size, column);
    }

    String text(int column) {
      int i = find(column);
      return i < 0 ? "" : texts[i];
    }

    boolean isNumber(int column) {
      int i = find(column);
      return i >= 0 && numbers[i];
    }
  }

  final String name;
  final List<Row> rows = new ArrayList<>();
  final List<CellRangeAddress> merged = new ArrayList<>();
  /** The 0-based rows the sheet hides ({@code <row hidden="1">}: hidden by hand or by a filter). */
  final BitSet hiddenRows = new BitSet();
  /** The 0-based columns the sheet hides ({@code <col min max hidden="1">}). */
  final BitSet hiddenColumns = new BitSet();

  private final SharedStrings strings;
  private final StylesTable styles;
  private final DataFormatter formatter;
  private final DocumentLimits limits;
  private final TableBudget budget;

  private @Nullable Row row;
  private int lastRow = -1;
  private int lastColumn = -1;
  private int column;
  private @Nullable String type;
  private int style;
  private final StringBuilder value = new StringBuilder();
  private boolean inValue;
  private boolean inInline;
  private boolean inText;
  private boolean inPhonetic;
  private long textChars;
  private boolean sorted = true;

  SheetCells(String name, SharedStrings strings, StylesTable styles, DataFormatter formatter,
      DocumentLimits limits) {
    this.name = name;
    this.strings = strings;
    this.styles = styles;
    this.formatter = formatter;
    this.limits = limits;
    this.budget = new TableBudget(limits);
  }

  private static String local(String localName, String qualifiedName) {
    if (!localName.isEmpty()) {
      return localName;
    }
    int colon = qualifiedName.indexOf(':');
    return colon < 0 ? qualifiedName : qualifiedName.substring(colon + 1);
  }

  @Override
  public void startElement(String uri, String localName, String qualifiedName, Attributes attributes)
      throws SAXException {
    switch (local(localName, qualifiedName)) {
      case "row":
        int index = number(attributes.getValue("r"), lastRow + 2) - 1;
        row = new Row(Math.max(0, index));
        if (isOn(attributes.getValue("hidden"))) {
          hiddenRows.set(row.index());
        }
        sorted &= row.index() > lastRow;
        lastRow = row.index();
        lastColumn = -1;
        break;
      case "c":
        String reference = attributes.getValue("r");
        int at = reference == null ? -1 : XlsxTables.column(reference);
        column = at >= 0 ? at : lastColumn + 1;
        lastColumn = column;
        type = attributes.getValue("t");
        style = number(attributes.getValue("s"), 0);
        value.setLength(0);
        if (row != null) {
          row.touch(column);
        }
        break;
      case "v":
        inValue = true;
        break;
      case "is":
        inInline = true;
        break;
      case "t":
        inText = inInline;
        break;
      case "rPh":
        inPhonetic = true;
        break;
      case "col":
        if (isOn(attributes.getValue("hidden"))) {
          // 1-based and inclusive; a sheet has at most 16 384 columns (XFD)
          int min = Math.max(1, Math.min(MAX_COLUMNS, number(attributes.getValue("min"), 1)));
          int max = Math.max(min, Math.min(MAX_COLUMNS, number(attributes.getValue("max"), min)));
          hiddenColumns.set(min - 1, max);
        }
        break;
      case "mergeCell":
        String ref = attributes.getValue("ref");
        if (ref != null) {
          try {
            merged.add(CellRangeAddress.valueOf(ref));
          } catch (RuntimeException e) {
            // a damaged reference: the cells are read unmerged
          }
          if (merged.size() > limits.maxCells()) {
            throw refused(GridLocation.unknown().withSheet(name), "the sheet has more than "
                + limits.maxCells() + " merged regions, the limit of DocumentLimits.maxCells");
          }
        }
        break;
      default:
        break;
    }
  }

  @Override
  public void characters(char[] ch, int start, int length) throws SAXException {
    // a value, or the text of an inline string's runs (not the white space between its elements, nor its
    // phonetic guide)
    if (inValue || (inText && !inPhonetic)) {
      textChars += length;
      if (textChars > MAX_SHEET_TEXT_CHARS) {
        throw refused(GridLocation.ofTableRow(lastRow + 1).withSheet(name), "the sheet's text is longer than "
            + MAX_SHEET_TEXT_CHARS + " characters, the limit of acplan's workbooks");
      }
      value.append(ch, start, length);
    }
  }

  @Override
  public void endElement(String uri, String localName, String qualifiedName) throws SAXException {
    switch (local(localName, qualifiedName)) {
      case "v":
        inValue = false;
        break;
      case "is":
        inInline = false;
        break;
      case "t":
        inText = false;
        break;
      case "rPh":
        inPhonetic = false;
        break;
      case "c":
        if (row != null) {
          cell();
        }
        break;
      case "row":
        if (row != null) {
          endRow(row);
        }
        row = null;
        break;
      case "sheetData":
        if (!sorted) {
          rows.sort(Comparator.comparingInt(Row::index));
        }
        break;
      default:
        break;
    }
  }

  private void cell() {
    String raw = value.toString();
    boolean number = false;
    String text;
    String t = type == null ? "n" : type;
    switch (t) {
      case "s":
        int index = number(raw.trim(), -1);
        text = index >= 0 && index < strings.getCount() ? strings.getItemAt(index).getString() : "";
        break;
      case "b":
        text = raw.trim().equals("1") ? "TRUE" : raw.isBlank() ? "" : "FALSE";
        break;
      case "inlineStr":
      case "str":
      case "e":
      case "d":
        text = raw;
        break;
      default:
        text = "";
        if (!raw.isBlank()) {
          try {
            double d = Double.parseDouble(raw.trim());
            XSSFCellStyle cellStyle = style >= 0 && style < styles.getNumCellStyles() ? styles.getStyleAt(style) : null;
            int format = cellStyle == null ? 0 : cellStyle.getDataFormat();
            String pattern = cellStyle == null ? null : cellStyle.getDataFormatString();
            if (pattern == null) {
              pattern = "General";
            }
            text = formatter.formatRawCellContents(d, format, pattern);
            number = !DateUtil.isADateFormat(format, pattern);
          } catch (RuntimeException e) {
            text = raw; // not a number after all: shown as written
          }
        }
        break;
    }
    text = XlsxTables.shown(text == null ? "" : text);
    if (!text.isEmpty()) {
      row.add(column, text, number);
    }
  }

  private void endRow(Row done) throws SAXException {
    if (done.width() <= 0) {
      return;
    }
    GridLocation at = GridLocation.ofTableRow(done.index() + 1).withSheet(name);
    try {
      budget.row(at);
      for (int c = 0; c < done.width(); c++) {
        budget.cell(at.withCell(c + 1));
      }
    } catch (PlanFormatException e) {
      throw new SAXException(e);
    }
    done.sort();
    rows.add(done);
  }

  /** The rows read whose index is within [first, last], in order. */
  List<Row> rowsBetween(int first, int last) {
    int from = search(first);
    int to = search(last + 1);
    return rows.subList(from, to);
  }

  /** The index of the first row whose index is at least {@code index}. */
  private int search(int index) {
    int low = 0;
    int high = rows.size();
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (rows.get(mid).index() < index) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    return low;
  }

  private static int number(@Nullable String text, int otherwise) {
    if (text == null) {
      return otherwise;
    }
    try {
      return Integer.parseInt(text.trim());
    } catch (NumberFormatException e) {
      return otherwise;
    }
  }

  private static SAXException refused(GridLocation at, String problem) {
    return new SAXException(new PlanFormatException(at, problem));
  }
}
