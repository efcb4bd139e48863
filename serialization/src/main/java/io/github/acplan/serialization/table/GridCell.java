package io.github.acplan.serialization.table;

import java.util.List;
import java.util.Objects;

/**
 * One cell of a {@link GridRow}: its paragraphs, how many grid columns it spans, how it takes part in a
 * vertical merge, and where it came from.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param paragraphs the cell's paragraphs in order, possibly none (an empty cell)
 * @param columnSpan the number of grid columns the cell spans, at least 1
 * @param verticalMerge how the cell takes part in a vertical merge
 * @param location where the cell came from
 */
public record GridCell(
    List<CellParagraph> paragraphs, int columnSpan, VerticalMerge verticalMerge,
    GridLocation location) {

  /**
   * Copies the paragraphs and checks the components.
   *
   * @param paragraphs the cell's paragraphs in order, possibly none (an empty cell)
   * @param columnSpan the number of grid columns the cell spans, at least 1
   * @param verticalMerge how the cell takes part in a vertical merge
   * @param location where the cell came from
   * @throws NullPointerException if a component or a paragraph is null
   * @throws IllegalArgumentException if the span is below 1
   */
  public GridCell {
    paragraphs = List.copyOf(paragraphs);
    Objects.requireNonNull(verticalMerge, "verticalMerge");
    Objects.requireNonNull(location, "location");
    if (columnSpan < 1) {
      throw new IllegalArgumentException("A cell spans at least 1 column, got " + columnSpan
          + " at " + location);
    }
  }

  /**
   * A cell of one column, not merged, with one plain paragraph per line of the text (none for an empty
   * text).
   *
   * @param text the cell's text, paragraphs separated by LF
   * @param location where the cell came from
   * @return the cell
   */
  public static GridCell ofText(String text, GridLocation location) {
    if (text.isEmpty()) {
      return new GridCell(List.of(), 1, VerticalMerge.NONE, location);
    }
    return new GridCell(java.util.Arrays.stream(text.split("\n", -1)).map(CellParagraph::of).toList(),
        1, VerticalMerge.NONE, location);
  }

  /**
   * A copy spanning the given number of columns.
   *
   * @param span the number of grid columns, at least 1
   * @return the copy
   * @throws IllegalArgumentException if the span is below 1
   */
  public GridCell withColumnSpan(int span) {
    return new GridCell(paragraphs, span, verticalMerge, location);
  }

  /**
   * A copy taking part in a vertical merge as given.
   *
   * @param merge how the copy takes part in a vertical merge
   * @return the copy
   */
  public GridCell withVerticalMerge(VerticalMerge merge) {
    return new GridCell(paragraphs, columnSpan, merge, location);
  }

  /**
   * The cell's text as a reader sees it: the paragraphs' {@linkplain CellParagraph#shownText() shown
   * text} joined by LF.
   *
   * @return the text, empty for an empty cell
   */
  public String text() {
    if (paragraphs.size() == 1) {
      return paragraphs.get(0).shownText();
    }
    StringBuilder sb = new StringBuilder();
    for (CellParagraph p : paragraphs) {
      if (sb.length() > 0) {
        sb.append('\n');
      }
      sb.append(p.shownText());
    }
    return sb.toString();
  }

  /**
   * Whether the cell holds no text but whitespace.
   *
   * @return true for an empty cell
   */
  public boolean isBlank() {
    for (CellParagraph p : paragraphs) {
      if (!p.shownText().isBlank()) {
        return false;
      }
    }
    return true;
  }
}
