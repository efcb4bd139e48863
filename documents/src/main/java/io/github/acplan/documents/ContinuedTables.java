package io.github.acplan.documents;

import io.github.acplan.serialization.table.GridCell;
import io.github.acplan.serialization.table.GridRow;
import io.github.acplan.serialization.table.GridWarning;
import io.github.acplan.serialization.table.TableGrid;
import io.github.acplan.serialization.text.PlanTableReader;
import java.util.ArrayList;
import java.util.List;

/**
 * One plan's table split into several tables of a document: Word splits a table where a paragraph is
 * put into it, editors start a new table on each page ("Продовження додатка" between them, the header
 * or the columns' numbers repeated), and a web page may hold one table per section. Read alone, the
 * first part was the plan and the rest of its measures were lost.
 *
 * <p>Consecutive tables are parts of one when nothing but blank paragraphs, page numbers and
 * "Продовження додатка" (or "… таблиці") stands between them, and they have as many columns. The joined
 * table is tried first; its parts stay candidates of their own, for a document whose next table is
 * something else of the same width.
 */
final class ContinuedTables {

  private ContinuedTables() {}

  /**
   * A table as read: one table of the document, or several joined.
   *
   * @param grid the table, joined if it has several parts
   * @param parts the document's tables it is made of, in order (one for a table that was not split)
   */
  record Joined(TableGrid grid, List<TableGrid> parts) {
    Joined {
      parts = List.copyOf(parts);
    }
  }

  /**
   * Joins each run of consecutive tables that continue one another.
   *
   * @param tables the document's tables in document order
   * @return one entry per run, in document order
   */
  static List<Joined> join(List<TableGrid> tables) {
    List<Joined> out = new ArrayList<>();
    int i = 0;
    while (i < tables.size()) {
      int j = i + 1;
      while (j < tables.size() && continues(tables.get(j - 1), tables.get(j))) {
        j++;
      }
      List<TableGrid> parts = tables.subList(i, j);
      out.add(new Joined(parts.size() == 1 ? parts.get(0) : joined(parts), parts));
      i = j;
    }
    return out;
  }

  /**
   * Each table as a part of its own, for a format whose extractor joins a table's parts itself.
   *
   * @param tables the document's tables in document order
   * @return one entry per table
   */
  static List<Joined> apart(List<TableGrid> tables) {
    List<Joined> out = new ArrayList<>(tables.size());
    for (TableGrid table : tables) {
      out.add(new Joined(table, List.of(table)));
    }
    return out;
  }

  /** Whether {@code next} continues {@code table}: only page furniture between, as many columns. */
  static boolean continues(TableGrid table, TableGrid next) {
    for (String paragraph : table.paragraphsAfter()) {
      if (!paragraph.isBlank() && !PlanTableReader.isPageFurniture(paragraph)) {
        return false;
      }
    }
    return !table.rows().isEmpty() && !next.rows().isEmpty() && width(table) == width(next);
  }

  /** The widest row's columns, a merged cell counted for the columns it spans. */
  private static int width(TableGrid table) {
    int width = 0;
    for (GridRow row : table.rows()) {
      int columns = 0;
      for (GridCell cell : row.cells()) {
        columns += cell.columnSpan();
      }
      width = Math.max(width, columns);
    }
    return width;
  }

  private static TableGrid joined(List<TableGrid> parts) {
    List<GridRow> rows = new ArrayList<>();
    List<GridWarning> warnings = new ArrayList<>();
    for (TableGrid part : parts) {
      rows.addAll(part.rows());
      warnings.addAll(part.warnings());
    }
    TableGrid first = parts.get(0);
    TableGrid last = parts.get(parts.size() - 1);
    return new TableGrid(rows, first.paragraphsBefore(), last.paragraphsAfter(),
        first.source() + " and the " + (parts.size() - 1) + " table" + (parts.size() > 2 ? "s" : "")
            + " continuing it", warnings);
  }
}
