package io.github.acplan.serialization.text;

import io.github.acplan.serialization.table.WrappedText;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text of a table cell as both table readers (plans and risk registers) take it: the pieces of a
 * cell split over rows joined back, its items, and its text shortened for messages.
 */
final class CellText {

  /** "1) ", "2) " … at the start or after white space: the marker of a numbered item inside a cell. */
  private static final Pattern ITEM_MARKER = Pattern.compile("(?<![^\\s])(\\d{1,2})\\)\\s*");

  private CellText() {
  }

  /**
   * Joins the pieces of a cell split over rows: with a space, or without one across a hyphenated word
   * ({@link WrappedText#join(List)}).
   */
  static String join(List<CellMarkup.Decoded> pieces) {
    if (pieces.size() == 1) {
      return pieces.get(0).text;
    }
    List<String> texts = new ArrayList<>(pieces.size());
    for (CellMarkup.Decoded piece : pieces) {
      texts.add(piece.text);
    }
    return WrappedText.join(texts);
  }

  /**
   * Returns the items of a cell: one per list item when the cell is a single piece that is nothing but a
   * list, else the whole text as one item, or none when it is blank.
   */
  static List<String> items(List<CellMarkup.Decoded> pieces, String joined) {
    if (pieces != null && pieces.size() == 1 && !pieces.get(0).items.isEmpty()) {
      List<String> items = new ArrayList<>();
      for (String item : pieces.get(0).items) {
        if (!item.isBlank()) {
          items.add(item);
        }
      }
      return items;
    }
    return joined.isBlank() ? List.of() : List.of(joined);
  }

  /**
   * Returns the items of a cell without their separators: one per list item (or numbered item) when
   * there are several, else the whole text as one item, or none.
   */
  static List<String> separatedItems(List<CellMarkup.Decoded> pieces, String joined) {
    List<String> items = splitNumbered(items(pieces, joined));
    if (items.size() < 2) {
      return items;
    }
    List<String> out = new ArrayList<>(items.size());
    for (String item : items) {
      out.add(withoutSeparator(item));
    }
    return out;
  }

  /** Drops the trailing ";" that separates list items. */
  static String withoutSeparator(String item) {
    String t = item.strip();
    return t.endsWith(";") ? t.substring(0, t.length() - 1).strip() : t;
  }

  /**
   * Splits a single item numbered "1) … 2) …" into its items; list items and any other text are returned
   * as they are. The markers must run 1, 2, 3 … and each stand at the start or after white space.
   */
  static List<String> splitNumbered(List<String> items) {
    if (items.size() != 1) {
      return items;
    }
    String text = items.get(0);
    Matcher m = ITEM_MARKER.matcher(text);
    List<int[]> markers = new ArrayList<>();
    int expected = 1;
    while (m.find()) {
      if (Integer.parseInt(m.group(1)) == expected) {
        if (expected == 1 && !text.substring(0, m.start()).isBlank()) {
          return items;
        }
        markers.add(new int[] {m.start(), m.end()});
        expected++;
      }
    }
    if (markers.size() < 2) {
      return items;
    }
    List<String> out = new ArrayList<>();
    for (int i = 0; i < markers.size(); i++) {
      int from = markers.get(i)[1];
      int to = i + 1 < markers.size() ? markers.get(i + 1)[0] : text.length();
      out.add(text.substring(from, to).strip());
    }
    return out;
  }

  /** The text on one line, shortened to 80 characters, for messages. */
  static String abbreviate(String s) {
    String oneLine = s.replace('\n', ' ').replace('\t', ' ');
    return oneLine.length() <= 80 ? oneLine : oneLine.substring(0, 77) + "…";
  }
}
