package io.github.acplan.serialization.text;

import java.util.List;

/**
 * One line of a table's text, split into its raw cells: by TAB, or by bars ({@code " | "}, with or
 * without outer bars); a line with neither is one cell.
 *
 * @param line the 1-based line number
 * @param raw the line as written
 * @param cells the raw cells, at least one
 */
record TableLine(int line, String raw, List<String> cells) {

  TableLine {
    cells = List.copyOf(cells);
  }

  /**
   * Splits a line into cells.
   *
   * @param line the 1-based line number
   * @param raw the line
   * @return the line and its cells
   */
  static TableLine split(int line, String raw) {
    List<String> cells;
    if (raw.indexOf('\t') >= 0) {
      cells = List.of(raw.split("\t", -1));
    } else {
      String s = raw.strip();
      if (s.startsWith("|") && s.endsWith("|") && s.length() > 1) {
        cells = List.of(s.substring(1, s.length() - 1).split("\\|", -1));
      } else if (s.contains(" | ")) {
        cells = List.of(s.split("\\|", -1));
      } else {
        cells = List.of(raw);
      }
    }
    return new TableLine(line, raw, cells);
  }

  /**
   * Returns a raw cell, or "" past the last one.
   *
   * @param i the 0-based index
   * @return the raw cell
   */
  String cell(int i) {
    return i < cells.size() ? cells.get(i) : "";
  }

  /**
   * Tells whether the decoded cells of a row number the table's columns: "1", "2", "3", … in order, at
   * least three, empty cells skipped (the row many plans put under the header).
   *
   * @param texts the decoded cells
   * @return true for a row of column numbers
   */
  static boolean isColumnNumbers(List<String> texts) {
    int expected = 1;
    for (String d : texts) {
      if (d.isEmpty()) {
        continue;
      }
      if (!d.equals(Integer.toString(expected))) {
        return false;
      }
      expected++;
    }
    return expected > 3;
  }
}
