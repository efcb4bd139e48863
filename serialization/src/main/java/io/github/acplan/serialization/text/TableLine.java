package io.github.acplan.serialization.text;

import io.github.acplan.core.text.TextNormalization;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One line of a table's text, split into its raw cells: by TAB, or by bars ({@code " | "}, with or
 * without outer bars); a line with neither is one cell. A line of TAB-separated cells read by
 * {@link #scan(int, String, int, int)} also carries its cells decoded, found in the same pass.
 */
final class TableLine {

  private final int line;
  /** The line as written; null until asked for when the line is its cells joined by TAB. */
  private String raw;
  private final List<String> cells;
  /** The decoded cells where the scan could tell them (no markup, single spaces), else null entries. */
  private final CellMarkup.@Nullable Decoded[] decoded;

  /**
   * A line.
   *
   * @param line the 1-based line number
   * @param raw the line as written
   * @param cells the raw cells, at least one
   */
  TableLine(int line, String raw, List<String> cells) {
    this(line, raw, List.copyOf(cells), null);
  }

  private TableLine(int line, @Nullable String raw, List<String> cells,
      CellMarkup.@Nullable Decoded @Nullable [] decoded) {
    this.line = line;
    this.raw = raw;
    this.cells = cells;
    this.decoded = decoded;
  }

  /** @return the 1-based line number */
  int line() {
    return line;
  }

  /** @return the line as written */
  String raw() {
    String r = raw;
    if (r == null) {
      r = String.join("\t", cells);
      raw = r;
    }
    return r;
  }

  /** @return the raw cells, at least one */
  List<String> cells() {
    return cells;
  }

  /**
   * Returns a cell decoded ({@link CellMarkup#decode(String)}), from the scan where it told it.
   *
   * @param i the 0-based index of a cell
   * @return the decoded cell
   */
  CellMarkup.Decoded decoded(int i) {
    CellMarkup.Decoded d = decoded == null ? null : decoded[i];
    return d != null ? d : CellMarkup.decode(cells.get(i));
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
    return new TableLine(line, raw, cells, null);
  }

  /**
   * Reads a line of TAB-separated cells in one pass over its characters: the cells are cut from the text
   * where they lie, and a cell without markup whose spaces are single and inside is decoded on the way
   * (it is its own text). Gives up, returning null, on a line that {@link
   * io.github.acplan.core.text.TextNormalization#cleanToPlainSpaces(String)} could change or that has
   * no TAB: such a line goes through {@link #split(int, String)} once cleaned.
   *
   * @param line the 1-based line number
   * @param text the text holding the line
   * @param start where the line starts in the text
   * @param end where it ends (exclusive, before its line end)
   * @return the line, or null
   */
  static @Nullable TableLine scan(int line, String text, int start, int end) {
    List<String> cells = new ArrayList<>();
    List<CellMarkup.@Nullable Decoded> decoded = new ArrayList<>();
    int cellStart = start;
    boolean markup = false;
    boolean singleSpaces = true;
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (c >= 0xA0) {
        // Letters of Ukrainian text; anything cleaning could change sends the line the general way.
        if (!TextNormalization.isPlain(c)) {
          return null;
        }
      } else if (c == '\t') {
        addCell(text, cellStart, i, markup, singleSpaces, cells, decoded);
        cellStart = i + 1;
        markup = false;
        singleSpaces = true;
      } else if (c == '<' || c == '&') {
        markup = true;
      } else if (c <= ' ' && CellMarkup.isRawSpace(c)) {
        // A space is single and inside when it is not first and what follows is no space, TAB or end.
        singleSpaces &= c == ' ' && i > cellStart && i + 1 < end && !CellMarkup.isRawSpace(text.charAt(i + 1));
      }
    }
    if (cells.isEmpty()) {
      return null;
    }
    addCell(text, cellStart, end, markup, singleSpaces, cells, decoded);
    String raw = start == 0 && end == text.length() ? text : null;
    return new TableLine(line, raw, List.copyOf(cells), decoded.toArray(new CellMarkup.Decoded[0]));
  }

  private static void addCell(String text, int from, int to, boolean markup, boolean singleSpaces,
      List<String> cells, List<CellMarkup.@Nullable Decoded> decoded) {
    String cell = text.substring(from, to);
    cells.add(cell);
    decoded.add(markup || !singleSpaces ? null : CellMarkup.plain(cell));
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
