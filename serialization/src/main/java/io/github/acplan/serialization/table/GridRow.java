package io.github.acplan.serialization.table;

import java.util.List;
import java.util.Objects;

/**
 * One row of a {@link TableGrid}: its cells, and what the document says of the row as a whole.
 *
 * <p>A <em>repeated header</em> is a header row that the document repeats at the top of every page
 * (Word's "repeat as header row", a PDF's header printed on each page): the interpretation reads the
 * first and skips the repeats. A <em>continuation</em> is the part of a row that a page break carried
 * to the next page: its cells continue the cells of the row before it. This class is immutable and
 * thread-safe.
 *
 * @param cells the row's cells, left to right, at least one
 * @param repeatedHeader whether the row is a header row repeated on a later page
 * @param continuation whether the row continues the row before it across a page break
 * @param location where the row came from (no cell)
 */
public record GridRow(
    List<GridCell> cells, boolean repeatedHeader, boolean continuation, GridLocation location) {

  /**
   * Copies the cells and checks the components.
   *
   * @param cells the row's cells, left to right, at least one
   * @param repeatedHeader whether the row is a header row repeated on a later page
   * @param continuation whether the row continues the row before it across a page break
   * @param location where the row came from (no cell)
   * @throws NullPointerException if a component or a cell is null
   * @throws IllegalArgumentException if there are no cells
   */
  public GridRow {
    cells = List.copyOf(cells);
    Objects.requireNonNull(location, "location");
    if (cells.isEmpty()) {
      throw new IllegalArgumentException("A table row has at least one cell, at " + location);
    }
  }

  /**
   * A plain row: not a repeated header, not a continuation.
   *
   * @param cells the cells
   * @param location where the row came from
   * @return the row
   */
  public static GridRow of(List<GridCell> cells, GridLocation location) {
    return new GridRow(cells, false, false, location);
  }

  /**
   * The number of grid columns the row covers: the sum of its cells' spans.
   *
   * @return the width in grid columns
   */
  public int width() {
    int width = 0;
    for (GridCell c : cells) {
      width += c.columnSpan();
    }
    return width;
  }

  /**
   * A copy marked as a header row repeated on a later page, or not.
   *
   * @param repeated whether the copy is a repeated header
   * @return the copy
   */
  public GridRow withRepeatedHeader(boolean repeated) {
    return new GridRow(cells, repeated, continuation, location);
  }

  /**
   * A copy marked as continuing the row before it across a page break, or not.
   *
   * @param continues whether the copy is a continuation
   * @return the copy
   */
  public GridRow withContinuation(boolean continues) {
    return new GridRow(cells, repeatedHeader, continues, location);
  }
}
