package io.github.acplan.documents.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.acplan.documents.DocumentLimits;
import io.github.acplan.documents.extraction.DocumentText;
import io.github.acplan.serialization.table.CellParagraph;
import io.github.acplan.serialization.table.GridCell;
import io.github.acplan.serialization.table.GridRow;
import io.github.acplan.serialization.table.TableGrid;
import java.io.ByteArrayOutputStream;
import java.util.Calendar;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * The streamed sheet shows every cell as POI's own object model does with the same formatter (cached
 * formula values, the workbook's formats, no locale): text, rich text, numbers in several formats, dates,
 * booleans, formulas and blanks, in random workbooks.
 */
class StreamedCellsTest {

  private static final String[] FORMATS = {"General", "0.00", "0%", "dd.mm.yyyy", "#,##0", "@"};
  private static final String WORDS = "Захід 1.1 Щокварталу до 10 числа\nвідділ «Х» – ґ є ї'";

  @Test
  void everyCellReadsAsPoisObjectModelShowsIt() {
    qt().withExamples(60).forAll(longs().all()).checkAssert(seed -> {
      try {
        check(new Random(seed));
      } catch (Exception e) {
        throw new AssertionError(e);
      }
    });
  }

  private static void check(Random random) throws Exception {
    Map<String, String> expected = new HashMap<>();
    byte[] bytes;
    try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      XSSFSheet sheet = book.createSheet("План");
      XSSFCellStyle[] styles = new XSSFCellStyle[FORMATS.length];
      for (int i = 0; i < FORMATS.length; i++) {
        styles[i] = book.createCellStyle();
        styles[i].setDataFormat(book.createDataFormat().getFormat(FORMATS[i]));
      }
      int rows = 1 + random.nextInt(12);
      for (int r = 0; r < rows; r++) {
        Row row = sheet.createRow(r * (1 + random.nextInt(2)) + random.nextInt(2) + r);
        int columns = 1 + random.nextInt(7);
        for (int c = 0; c < columns; c++) {
          Cell cell = row.createCell(c + random.nextInt(2));
          fill(cell, random, styles);
        }
      }
      book.getCreationHelper().createFormulaEvaluator().evaluateAll();
      DataFormatter formatter = new DataFormatter(Locale.ROOT);
      formatter.setUseCachedValuesForFormulaCells(true);
      // a measure number a spreadsheet cut short is read as meant (NumberCellsTest): the same here
      NumberCells numbers = new NumberCells();
      for (Row row : sheet) {
        for (Cell cell : row) {
          String shown = formatter.formatCellValue(cell);
          shown = DocumentText.isBlank(shown) ? "" : DocumentText.trim(shown);
          boolean number = cell.getCellType() == CellType.NUMERIC && !DateUtil.isCellDateFormatted(cell)
              || cell.getCellType() == CellType.FORMULA && cell.getCachedFormulaResultType() == CellType.NUMERIC;
          String meant = numbers.restore(cell.getColumnIndex(), shown, number);
          expected.put((row.getRowNum() + 1) + ":" + (cell.getColumnIndex() + 1), meant != null ? meant : shown);
        }
      }
      book.write(out);
      bytes = out.toByteArray();
    }
    List<TableGrid> grids = XlsxTables.extract(bytes, DocumentLimits.standard());
    Map<String, String> read = new HashMap<>();
    for (TableGrid grid : grids) {
      for (GridRow row : grid.rows()) {
        for (GridCell cell : row.cells()) {
          String text = cell.paragraphs().stream().map(CellParagraph::text).collect(Collectors.joining("\n"));
          read.put(cell.location().tableRow().getAsInt() + ":" + cell.location().cell().getAsInt(), text);
        }
      }
    }
    // every cell with text is read as shown; cells without text are read empty or not at all
    expected.forEach((at, shown) -> {
      if (!shown.isEmpty()) {
        assertThat(read.get(at)).as("cell " + at).isEqualTo(shown);
      } else {
        assertThat(read.getOrDefault(at, "")).as("cell " + at).isEmpty();
      }
    });
  }

  private static void fill(Cell cell, Random random, XSSFCellStyle[] styles) {
    switch (random.nextInt(8)) {
      case 0:
        cell.setCellValue(words(random));
        break;
      case 1:
        XSSFRichTextString rich = new XSSFRichTextString(words(random));
        rich.applyFont(0, Math.min(3, rich.length()), cell.getSheet().getWorkbook().createFont());
        cell.setCellValue(rich);
        break;
      case 2:
        cell.setCellValue(random.nextInt(2000) / (random.nextBoolean() ? 1.0 : 100.0));
        cell.setCellStyle(styles[random.nextInt(styles.length)]);
        break;
      case 3:
        Calendar date = Calendar.getInstance();
        date.clear();
        date.set(2020 + random.nextInt(6), random.nextInt(12), 1 + random.nextInt(28));
        cell.setCellValue(date);
        cell.setCellStyle(styles[3]);
        break;
      case 4:
        cell.setCellValue(random.nextBoolean());
        break;
      case 5:
        cell.setCellFormula(random.nextBoolean() ? (1 + random.nextInt(9)) + "*" + (1 + random.nextInt(9)) + "/4"
            : "\"Розділ \"&" + random.nextInt(9));
        break;
      case 6:
        cell.setCellValue(3.1 + random.nextInt(3)); // a measure number kept as a number
        break;
      default:
        // left blank: a cell element with no value
        break;
    }
  }

  private static String words(Random random) {
    int from = random.nextInt(WORDS.length());
    return WORDS.substring(from, from + random.nextInt(WORDS.length() - from + 1));
  }

  @Test
  void anInlineStringIsItsRunsTextWithoutTheWhiteSpaceBetweenItsElementsNorItsPhoneticGuide() throws Exception {
    SheetCells sheet = new SheetCells("Аркуш", new org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable(
        java.io.InputStream.nullInputStream(), false), new org.apache.poi.xssf.model.StylesTable(),
        new DataFormatter(Locale.ROOT), DocumentLimits.standard());
    String xml = "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>\n"
        + "  <row r=\"1\">\n    <c r=\"B1\" t=\"inlineStr\">\n      <is>\n        <r><t>Щопів</t></r>\n"
        + "        <r><t xml:space=\"preserve\">року </t></r>\n        <rPh sb=\"0\" eb=\"1\"><t>x</t></rPh>\n"
        + "      </is>\n    </c>\n  </row>\n</sheetData></worksheet>";
    javax.xml.parsers.SAXParserFactory factory = javax.xml.parsers.SAXParserFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.newSAXParser().parse(new java.io.ByteArrayInputStream(xml.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
        sheet);
    assertThat(sheet.rows).singleElement().satisfies(row -> assertThat(row.text(1)).isEqualTo("Щопівроку"));
  }
}
