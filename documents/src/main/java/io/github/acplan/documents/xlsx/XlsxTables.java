package io.github.acplan.documents.xlsx;

import io.github.acplan.documents.DocumentLimits;
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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Extracts the sheets of an XLSX workbook (Apache POI XSSF) as {@link TableGrid}s, one per sheet, as a
 * plan kept in Excel or downloaded from Google Sheets: every row with a non-empty cell is a table row,
 * cells as Excel shows them ({@link DataFormatter}: a date as formatted, a formula's cached value), line
 * breaks inside a cell as paragraphs. A merged region is one cell spanning its columns, continued in the
 * rows below it (a vertical merge). Locations name the sheet, the row and the cell. The zip-bomb limits
 * of {@link OfficeZip} hold ("XLSX, entry xl/worksheets/sheet1.xml: a zip bomb: …").
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

  private XlsxTables() {
  }

  /**
   * Extracts every sheet of a workbook.
   *
   * @param bytes the workbook
   * @param limits the limits of rows and cells per sheet
   * @return one grid per sheet with at least one row, in workbook order
   * @throws PlanFormatException if the bytes are not a readable XLSX, or a sheet is over the limits
   */
  public static List<TableGrid> extract(byte[] bytes, DocumentLimits limits) throws PlanFormatException {
    XSSFWorkbook workbook;
    try {
      workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes));
    } catch (PlanFormatException e) {
      throw e; // already says what and where; not a damaged file
    } catch (IOException | RuntimeException e) {
      throw OfficeZip.refused("XLSX", "the file is not a readable XLSX workbook", e);
    }
    try (workbook) {
      // the workbook's formats, not the JVM's locale: a measure number 3.1 is "3.1" on any server
      DataFormatter formatter = new DataFormatter(Locale.ROOT);
      TableBudget.checkTables(limits, "XLSX", workbook.getNumberOfSheets());
      List<TableGrid> grids = new ArrayList<>();
      for (int s = 0; s < workbook.getNumberOfSheets(); s++) {
        XSSFSheet sheet = workbook.getSheetAt(s);
        List<GridWarning> warnings = new ArrayList<>();
        List<GridRow> rows = rows(sheet, formatter, limits, warnings);
        if (!rows.isEmpty()) {
          grids.add(new TableGrid(rows, List.of(), List.of(), "XLSX, sheet «" + sheet.getSheetName() + "»",
              warnings));
        }
      }
      return grids;
    } catch (PlanFormatException e) {
      throw e; // already says what and where; not a damaged file
    } catch (IOException | RuntimeException e) {
      throw OfficeZip.refused("XLSX", "the workbook could not be read", e);
    }
  }

  private static List<GridRow> rows(XSSFSheet sheet, DataFormatter formatter, DocumentLimits limits,
      List<GridWarning> warnings) throws PlanFormatException {
    NumberCells numbers = new NumberCells();
    // The top-left cell of every merged region, and the cells the regions cover.
    Map<Long, CellRangeAddress> starts = new HashMap<>();
    Map<Long, CellRangeAddress> covered = new HashMap<>();
    for (CellRangeAddress region : sheet.getMergedRegions()) {
      starts.put(key(region.getFirstRow(), region.getFirstColumn()), region);
      int last = Math.min(region.getLastRow(), region.getFirstRow() + limits.maxTableRows());
      for (int r = region.getFirstRow(); r <= last; r++) {
        covered.put(key(r, region.getFirstColumn()), region);
      }
    }
    TableBudget budget = new TableBudget(limits);
    List<GridRow> rows = new ArrayList<>();
    for (Row row : sheet) {
      int rowNumber = row.getRowNum() + 1;
      GridLocation at = GridLocation.ofTableRow(rowNumber).withSheet(sheet.getSheetName());
      short last = row.getLastCellNum();
      if (last <= 0) {
        continue;
      }
      budget.row(at);
      List<GridCell> cells = new ArrayList<>();
      boolean anyText = false;
      int column = 0;
      while (column < last) {
        GridLocation cellAt = at.withCell(column + 1);
        budget.cell(cellAt);
        CellRangeAddress region = covered.get(key(row.getRowNum(), column));
        int span = 1;
        VerticalMerge merge = VerticalMerge.NONE;
        String text = "";
        if (region != null) {
          span = region.getLastColumn() - region.getFirstColumn() + 1;
          boolean first = region.getFirstRow() == row.getRowNum();
          boolean tall = region.getLastRow() > region.getFirstRow();
          merge = !tall ? VerticalMerge.NONE : first ? VerticalMerge.RESTART : VerticalMerge.CONTINUE;
          if (first) {
            text = text(row.getCell(column), formatter);
          }
        } else {
          Cell cell = row.getCell(column);
          text = text(cell, formatter);
          String meant = numbers.restore(column, text, isNumber(cell));
          if (meant != null) {
            warnings.add(new GridWarning(cellAt, "the cell holds the number " + text + ", read as measure "
                + meant + ", which follows the measure above it: a spreadsheet keeps \"" + meant + "\" as the "
                + "number " + text + "; format the column as text so that the number is kept as written"));
            text = meant;
          }
        }
        anyText |= !text.isEmpty();
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
      }
    }
    return rows;
  }

  private static String text(Cell cell, DataFormatter formatter) {
    if (cell == null) {
      return "";
    }
    String text = formatter.formatCellValue(cell);
    return DocumentText.isBlank(text) ? "" : DocumentText.trim(text);
  }

  /** Whether the cell holds a number, or a formula whose value is one, that is not a date. */
  private static boolean isNumber(Cell cell) {
    if (cell == null) {
      return false;
    }
    CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType()
        : cell.getCellType();
    return type == CellType.NUMERIC && !DateUtil.isCellDateFormatted(cell);
  }

  private static long key(int row, int column) {
    return ((long) row << 20) | column;
  }
}
