package io.github.acplan.examples.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * A plain-text table with aligned columns, for the human-readable output of the tool.
 *
 * <p>Cells are single-line: line breaks and tabs become spaces. A column may have a maximum width; longer
 * cells are cut with "…" so that a table stays readable in an 120-column terminal.
 */
final class TextTable {

  private final String[] headers;
  private final int[] maxWidths;
  private final List<String[]> rows = new ArrayList<>();

  /**
   * Creates a table.
   *
   * @param headers the column headers
   */
  TextTable(String... headers) {
    this.headers = headers.clone();
    this.maxWidths = new int[headers.length];
    java.util.Arrays.fill(maxWidths, Integer.MAX_VALUE);
  }

  /** Limits a column's width; longer cells are cut with an ellipsis. */
  TextTable maxWidth(int column, int width) {
    maxWidths[column] = width;
    return this;
  }

  /** Adds a row; it must have one cell per header. */
  TextTable row(Object... cells) {
    if (cells.length != headers.length) {
      throw new IllegalArgumentException(
          "A row has " + headers.length + " cells, got " + cells.length);
    }
    String[] row = new String[cells.length];
    for (int i = 0; i < cells.length; i++) {
      row[i] = fit(String.valueOf(cells[i]).replaceAll("[\\t\\r\\n]+", " ").strip(), maxWidths[i]);
    }
    rows.add(row);
    return this;
  }

  private static String fit(String s, int width) {
    return s.codePointCount(0, s.length()) <= width
        ? s
        : s.substring(0, s.offsetByCodePoints(0, width - 1)) + "…";
  }

  /** Renders the table, each line indented by {@code indent}, ending with a line break. */
  String render(String indent) {
    int[] widths = new int[headers.length];
    for (int i = 0; i < headers.length; i++) {
      widths[i] = length(headers[i]);
      for (String[] row : rows) {
        widths[i] = Math.max(widths[i], length(row[i]));
      }
    }
    StringBuilder sb = new StringBuilder();
    line(sb, indent, headers, widths);
    String[] rule = new String[headers.length];
    for (int i = 0; i < rule.length; i++) {
      rule[i] = "-".repeat(widths[i]);
    }
    line(sb, indent, rule, widths);
    for (String[] row : rows) {
      line(sb, indent, row, widths);
    }
    return sb.toString();
  }

  private static void line(StringBuilder sb, String indent, String[] cells, int[] widths) {
    StringBuilder line = new StringBuilder(indent);
    for (int i = 0; i < cells.length; i++) {
      line.append(cells[i]);
      if (i < cells.length - 1) {
        line.append(" ".repeat(widths[i] - length(cells[i]) + 2));
      }
    }
    sb.append(line.toString().stripTrailing()).append('\n');
  }

  private static int length(String s) {
    return s.codePointCount(0, s.length());
  }
}
