package io.github.acplan.serialization.text;

import io.github.acplan.serialization.table.CellParagraph;
import io.github.acplan.serialization.table.GridCell;
import io.github.acplan.serialization.table.GridLocation;
import io.github.acplan.serialization.table.GridRow;
import io.github.acplan.serialization.table.TableGrid;
import io.github.acplan.serialization.table.VerticalMerge;
import java.util.ArrayList;
import java.util.List;

/**
 * One row as both table readers see it, whatever the source: a line of the text form, a row of a
 * document's table, or a line of a paragraph around that table; its cells decoded once.
 *
 * <p>Turning a {@link TableGrid} into rows is done here only: a cell spanning columns is that cell
 * followed by empty cells, a cell continuing a vertical merge is empty, a repeated header row is left
 * out (the row after it is marked as following a page break), and the lines of the paragraphs before and
 * after the table are rows of plain cells split at TAB.
 *
 * @param line the 1-based position: the line of a text; for a grid, the place among paragraph lines and
 *     rows
 * @param cells the decoded cells, at least one
 * @param location where the row is, for messages
 * @param continues whether the source says the row continues the one before it across a page break
 * @param afterBreak whether the source dropped a repeated header right before the row
 * @param source the row as a line of text, for the text around the table and for messages
 */
record SourceRow(int line, List<CellMarkup.Decoded> cells, GridLocation location, boolean continues,
    boolean afterBreak, TableLine source) {

  /**
   * A line of the text form, its raw cells decoded.
   *
   * @param line the line split into raw cells
   * @return the row, located at its line
   */
  static SourceRow ofLine(TableLine line) {
    List<CellMarkup.Decoded> decoded = new ArrayList<>(line.cells().size());
    for (int i = 0; i < line.cells().size(); i++) {
      decoded.add(line.decoded(i));
    }
    return new SourceRow(line.line(), decoded, GridLocation.ofLine(line.line()), false, false, line);
  }

  /**
   * The rows of a text.
   *
   * @param lines the text's lines
   * @return a row per line
   */
  static List<SourceRow> ofLines(List<TableLine> lines) {
    List<SourceRow> rows = new ArrayList<>(lines.size());
    for (TableLine line : lines) {
      rows.add(ofLine(line));
    }
    return rows;
  }

  /**
   * The rows of a grid: the lines of the paragraphs before the table, its rows, and the lines of the
   * paragraphs after it, numbered from 1 in that order.
   *
   * @param grid the table and the paragraphs around it
   * @return the rows
   */
  static List<SourceRow> ofGrid(TableGrid grid) {
    List<SourceRow> rows = new ArrayList<>(grid.rows().size() + 16);
    int paragraph = paragraphRows(grid.paragraphsBefore(), 0, rows);
    boolean afterBreak = false;
    for (GridRow r : grid.rows()) {
      if (r.repeatedHeader()) {
        afterBreak = true;
        continue;
      }
      List<CellMarkup.Decoded> cells = new ArrayList<>(r.width());
      for (GridCell c : r.cells()) {
        cells.add(c.verticalMerge() == VerticalMerge.CONTINUE
            ? CellMarkup.decoded(List.of()) : CellMarkup.decoded(cleaned(c.paragraphs())));
        for (int k = 1; k < c.columnSpan(); k++) {
          cells.add(CellMarkup.decoded(List.of()));
        }
      }
      rows.add(of(rows.size() + 1, cells, r.location(), r.continuation(), afterBreak));
      afterBreak = false;
    }
    paragraphRows(grid.paragraphsAfter(), paragraph, rows);
    return rows;
  }

  /**
   * The grid readers' one normalisation step: each paragraph's text cleaned
   * ({@link io.github.acplan.core.text.TextNormalization#clean(String)}).
   */
  private static List<CellParagraph> cleaned(List<CellParagraph> paragraphs) {
    List<CellParagraph> out = new ArrayList<>(paragraphs.size());
    for (CellParagraph p : paragraphs) {
      out.add(CellMarkup.cleaned(p));
    }
    return out;
  }

  /**
   * Adds the lines of paragraphs outside the table as rows of plain cells (a TAB separates cells, as
   * between a signatory's position and name); returns the number of the last paragraph.
   */
  private static int paragraphRows(List<String> paragraphs, int before, List<SourceRow> rows) {
    int paragraph = before;
    for (String p : paragraphs) {
      paragraph++;
      for (String line : p.split("\r\n|\r|\n", -1)) {
        List<CellMarkup.Decoded> cells = new ArrayList<>();
        for (String cell : line.split("\t", -1)) {
          cells.add(CellMarkup.plain(CellMarkup.cleaned(cell)));
        }
        rows.add(of(rows.size() + 1, cells, GridLocation.ofParagraph(paragraph), false, false));
      }
    }
    return paragraph;
  }

  /** A row of a document: its line of text is its cells' texts, each on one line, joined by TAB. */
  private static SourceRow of(int line, List<CellMarkup.Decoded> cells, GridLocation location,
      boolean continues, boolean afterBreak) {
    List<String> texts = new ArrayList<>(cells.size());
    for (CellMarkup.Decoded c : cells) {
      texts.add(c.text.replace('\n', ' '));
    }
    return new SourceRow(line, cells, location, continues, afterBreak,
        new TableLine(line, String.join("\t", texts), texts));
  }

  /**
   * The decoded text of a cell, or "" past the last one.
   *
   * @param i the 0-based index
   * @return the text
   */
  String text(int i) {
    return i >= 0 && i < cells.size() ? cells.get(i).text : "";
  }
}
