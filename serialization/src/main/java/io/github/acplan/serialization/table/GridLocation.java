package io.github.acplan.serialization.table;

import io.github.acplan.serialization.InputLocation;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Where a row or a cell of a {@link TableGrid} came from, as precisely as its format knows it: the line
 * of a text, the page of a PDF, the sheet of a workbook, the table row and the cell. Messages and
 * warnings show it in the human form of {@link #toString()}, e.g. "page 3, table row 12, cell 4".
 *
 * <p>Numbers are 1-based. This class is immutable and thread-safe.
 *
 * @param line the line of a text, if the grid came from text
 * @param paragraph the paragraph of a document, for the text around a table (annex, title, signatory)
 * @param page the page of a paged document (PDF; DOCX when known), if known
 * @param sheet the sheet of a workbook, if the grid came from one
 * @param tableRow the row in the table (or in the sheet), if known
 * @param cell the cell in its row (counting merged cells once), if the location is a cell's
 */
public record GridLocation(
    OptionalInt line, OptionalInt paragraph, OptionalInt page, Optional<String> sheet,
    OptionalInt tableRow, OptionalInt cell) implements InputLocation {

  private static final GridLocation UNKNOWN = new GridLocation(
      OptionalInt.empty(), OptionalInt.empty(), OptionalInt.empty(), Optional.empty(),
      OptionalInt.empty(), OptionalInt.empty());

  /**
   * Checks that every number is at least 1.
   *
   * @param line the line of a text, if the grid came from text
   * @param paragraph the paragraph of a document, for the text around a table (annex, title, signatory)
   * @param page the page of a paged document (PDF; DOCX when known), if known
   * @param sheet the sheet of a workbook, if the grid came from one
   * @param tableRow the row in the table (or in the sheet), if known
   * @param cell the cell in its row (counting merged cells once), if the location is a cell's
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if a number is below 1 or the sheet name is blank
   */
  public GridLocation {
    positive("line", Objects.requireNonNull(line, "line"));
    positive("paragraph", Objects.requireNonNull(paragraph, "paragraph"));
    positive("page", Objects.requireNonNull(page, "page"));
    positive("table row", Objects.requireNonNull(tableRow, "tableRow"));
    positive("cell", Objects.requireNonNull(cell, "cell"));
    Objects.requireNonNull(sheet, "sheet");
    if (sheet.isPresent() && sheet.get().isBlank()) {
      throw new IllegalArgumentException("A sheet's name is not blank");
    }
  }

  private static void positive(String what, OptionalInt value) {
    if (value.isPresent() && value.getAsInt() < 1) {
      throw new IllegalArgumentException("A location's " + what + " is at least 1, got "
          + value.getAsInt());
    }
  }

  /**
   * A location that knows nothing yet; add what is known with the {@code withX} methods.
   *
   * @return the empty location
   */
  public static GridLocation unknown() {
    return UNKNOWN;
  }

  /**
   * The location of a line of text.
   *
   * @param line the 1-based line
   * @return the location
   * @throws IllegalArgumentException if the line is below 1
   */
  public static GridLocation ofLine(int line) {
    return UNKNOWN.withLine(line);
  }

  /**
   * The location of a row of a table.
   *
   * @param tableRow the 1-based row
   * @return the location
   * @throws IllegalArgumentException if the row is below 1
   */
  public static GridLocation ofTableRow(int tableRow) {
    return UNKNOWN.withTableRow(tableRow);
  }

  /**
   * A copy with the line of a text.
   *
   * @param newLine the 1-based line
   * @return the copy
   * @throws IllegalArgumentException if the line is below 1
   */
  public GridLocation withLine(int newLine) {
    return new GridLocation(OptionalInt.of(newLine), paragraph, page, sheet, tableRow, cell);
  }

  /**
   * The location of a paragraph of a document, outside its table.
   *
   * @param paragraph the 1-based paragraph
   * @return the location
   * @throws IllegalArgumentException if the paragraph is below 1
   */
  public static GridLocation ofParagraph(int paragraph) {
    return new GridLocation(OptionalInt.empty(), OptionalInt.of(paragraph), OptionalInt.empty(),
        Optional.empty(), OptionalInt.empty(), OptionalInt.empty());
  }

  /**
   * A copy with the page.
   *
   * @param newPage the 1-based page
   * @return the copy
   * @throws IllegalArgumentException if the page is below 1
   */
  public GridLocation withPage(int newPage) {
    return new GridLocation(line, paragraph, OptionalInt.of(newPage), sheet, tableRow, cell);
  }

  /**
   * A copy with the sheet of a workbook.
   *
   * @param newSheet the sheet's name
   * @return the copy
   * @throws IllegalArgumentException if the name is blank
   */
  public GridLocation withSheet(String newSheet) {
    return new GridLocation(line, paragraph, page, Optional.of(newSheet), tableRow, cell);
  }

  /**
   * A copy with the table row.
   *
   * @param newTableRow the 1-based row
   * @return the copy
   * @throws IllegalArgumentException if the row is below 1
   */
  public GridLocation withTableRow(int newTableRow) {
    return new GridLocation(line, paragraph, page, sheet, OptionalInt.of(newTableRow), cell);
  }

  /**
   * A copy with the cell in its row.
   *
   * @param newCell the 1-based cell
   * @return the copy
   * @throws IllegalArgumentException if the cell is below 1
   */
  public GridLocation withCell(int newCell) {
    return new GridLocation(line, paragraph, page, sheet, tableRow, OptionalInt.of(newCell));
  }

  /**
   * The location as messages show it: "line 42", "page 3, table row 12, cell 4", "sheet «Реєстр»,
   * row 7, cell 3", or "unknown location".
   *
   * @return the human form
   */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    line.ifPresent(n -> append(sb, "line " + n));
    paragraph.ifPresent(n -> append(sb, "paragraph " + n));
    sheet.ifPresent(s -> append(sb, "sheet «" + s + "»"));
    page.ifPresent(n -> append(sb, "page " + n));
    tableRow.ifPresent(n -> append(sb, (sheet.isPresent() ? "row " : "table row ") + n));
    cell.ifPresent(n -> append(sb, "cell " + n));
    return sb.length() == 0 ? "unknown location" : sb.toString();
  }

  private static void append(StringBuilder sb, String part) {
    if (sb.length() > 0) {
      sb.append(", ");
    }
    sb.append(part);
  }
}
