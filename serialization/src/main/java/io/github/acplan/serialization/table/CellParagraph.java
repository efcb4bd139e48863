package io.github.acplan.serialization.table;

import java.util.Objects;
import java.util.Optional;

/**
 * One paragraph of a table cell: its text, whether it is an item of a numbered or bulleted list (and
 * the label the document shows for it), and its emphasis.
 *
 * <p>A list label is what a reader sees before the item ("1)", "2.", "•", "–"); in DOCX it comes from
 * the numbering definitions, not from the paragraph's text, so it is kept apart from {@link #text()}.
 * This class is immutable and thread-safe.
 *
 * @param text the paragraph's text, without a list label the document adds itself
 * @param listLabel the label of a list item, if the paragraph is one
 * @param listLevel the nesting level of a list item, 0 for the outermost and for plain paragraphs
 * @param bold whether the whole paragraph is bold
 * @param italic whether the whole paragraph is italic
 */
public record CellParagraph(
    String text, Optional<String> listLabel, int listLevel, boolean bold, boolean italic) {

  /**
   * Checks the components.
   *
   * @param text the paragraph's text, without a list label the document adds itself
   * @param listLabel the label of a list item, if the paragraph is one
   * @param listLevel the nesting level of a list item, 0 for the outermost and for plain paragraphs
   * @param bold whether the whole paragraph is bold
   * @param italic whether the whole paragraph is italic
   * @throws NullPointerException if the text or the label is null
   * @throws IllegalArgumentException if the level is negative, or positive without a label
   */
  public CellParagraph {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(listLabel, "listLabel");
    if (listLevel < 0) {
      throw new IllegalArgumentException("A list level is 0 or more, got " + listLevel);
    }
    if (listLevel > 0 && listLabel.isEmpty()) {
      throw new IllegalArgumentException("A paragraph at list level " + listLevel
          + " is a list item and has a label");
    }
  }

  /**
   * A plain paragraph: no list, no emphasis.
   *
   * @param text the text
   * @return the paragraph
   */
  public static CellParagraph of(String text) {
    return new CellParagraph(text, Optional.empty(), 0, false, false);
  }

  /**
   * A plain bold paragraph.
   *
   * @param text the text
   * @return the paragraph
   */
  public static CellParagraph bold(String text) {
    return new CellParagraph(text, Optional.empty(), 0, true, false);
  }

  /**
   * An item of a list at the outermost level.
   *
   * @param label the label shown before the item ("1)", "•")
   * @param text the item's text
   * @return the paragraph
   */
  public static CellParagraph listItem(String label, String text) {
    return new CellParagraph(text, Optional.of(label), 0, false, false);
  }

  /**
   * Whether the paragraph is an item of a list.
   *
   * @return true for a list item
   */
  public boolean isListItem() {
    return listLabel.isPresent();
  }

  /**
   * The paragraph as a reader sees it: the list label, a space and the text for a list item (the label
   * alone for an item with no text, as a number Word puts in a table's number column); the text otherwise.
   *
   * @return the shown text
   */
  public String shownText() {
    return listLabel.map(label -> text.isBlank() ? label : label + " " + text).orElse(text);
  }
}
