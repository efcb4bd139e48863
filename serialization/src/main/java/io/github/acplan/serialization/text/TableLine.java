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
   * @param scratch room for the line's characters, at least {@code end - start}: the scan reads them
   *     from an array, which the compiler turns into a tighter loop than one of {@code charAt}
   * @return the line, or null
   */
  static @Nullable TableLine scan(int line, String text, int start, int end, char[] scratch) {
    List<String> cells = new ArrayList<>();
    List<CellMarkup.@Nullable Decoded> decoded = new ArrayList<>();
    text.getChars(start, end, scratch, 0);
    int n = end - start;
    int cellStart = 0;
    // What a cell holds is gathered without a branch (the flags of its characters or'ed together, and
    // whether two spaces stand together), so that the loop runs as fast over words and spaces alike; only
    // a TAB, a few per line, branches.
    int flags = 0;
    boolean doubledSpace = false;
    char before = 0;
    for (int i = 0; i < n; i++) {
      char c = scratch[i];
      int stop = STOP[c];
      doubledSpace |= (c | before) == ' '; // both a space (or NUL, which only sends the cell the general way)
      before = c;
      if (stop == TAB) {
        if ((flags & NOT_PLAIN) != 0) {
          return null;
        }
        addCell(text, start, cellStart, i, flags, doubledSpace, scratch, cells, decoded);
        cellStart = i + 1;
        flags = 0;
        doubledSpace = false;
        before = 0;
      } else {
        flags |= stop;
      }
    }
    if ((flags & NOT_PLAIN) != 0) {
      return null; // cleaning could change it: the line goes the general way
    }
    if (cells.isEmpty()) {
      return null;
    }
    addCell(text, start, cellStart, n, flags, doubledSpace, scratch, cells, decoded);
    String raw = start == 0 && end == text.length() ? text : null;
    return new TableLine(line, raw, List.copyOf(cells), decoded.toArray(new CellMarkup.Decoded[0]));
  }

  /**
   * Adds the cell at {@code [from, to)} of the line starting at {@code lineStart} in the text, decoded
   * where it is its own text: no markup, no space at either end, none doubled, no other kind of space.
   */
  private static void addCell(String text, int lineStart, int from, int to, int flags, boolean doubledSpace,
      char[] scratch, List<String> cells, List<CellMarkup.@Nullable Decoded> decoded) {
    String cell = text.substring(lineStart + from, lineStart + to);
    cells.add(cell);
    boolean asRead = flags == 0 && !doubledSpace && (from == to || scratch[from] != ' ' && scratch[to - 1] != ' ');
    decoded.add(asRead ? CellMarkup.plain(cell) : null);
  }

  /** {@link #STOP}: a TAB, which ends a cell. */
  private static final byte TAB = 1;
  /** {@link #STOP}: the start of a tag or a character reference. */
  private static final byte MARKUP = 2;
  /** {@link #STOP}: a space other than U+0020 that cleaning keeps (LF, CR, FF, VT inside a line). */
  private static final byte OTHER_SPACE = 4;
  /** {@link #STOP}: a character that cleaning could change or remove. */
  private static final byte NOT_PLAIN = 8;

  /** For every UTF-16 unit, what the scan must note at it; 0, nothing, for a plain character or U+0020. */
  private static final byte[] STOP = stops();

  private static byte[] stops() {
    byte[] stops = new byte[Character.MAX_VALUE + 1];
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      char ch = (char) c;
      if (!TextNormalization.isPlain(ch)) {
        stops[c] = NOT_PLAIN;
      } else if (ch == '\t') {
        stops[c] = TAB;
      } else if (ch == '<' || ch == '&') {
        stops[c] = MARKUP;
      } else if (ch != ' ' && CellMarkup.isRawSpace(ch)) {
        stops[c] = OTHER_SPACE;
      }
    }
    return stops;
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
