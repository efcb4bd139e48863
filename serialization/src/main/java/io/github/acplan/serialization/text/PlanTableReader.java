package io.github.acplan.serialization.text;

import io.github.acplan.serialization.PlanFormatException;
import io.github.acplan.serialization.table.TableGrid;
import java.util.Objects;

/**
 * Reads a plan from its table as a {@link TableGrid}: the one interpretation of a plan's table that
 * every format ends in. The text form ({@link PlanTextReader}) and the documents of
 * {@code acplan-documents} (DOCX, PDF, HTML, XLSX) only extract a grid; this class decides what is a
 * header, a section heading, a measure row, a row continued across a page break, and what the paragraphs
 * before and after the table say (approval, title and period, signatory), by the rules
 * {@link PlanTextReader} documents.
 *
 * <p>What the grid adds to those rules:
 * <ul>
 *   <li>a cell spanning several columns counts as that cell followed by empty cells, so a section
 *       heading merged across the table is a heading;</li>
 *   <li>a cell that continues a vertical merge is empty (its text is in the cell that starts it);</li>
 *   <li>a row marked as a repeated header is skipped; a row marked as a continuation continues the
 *       measure above it, whatever its first cell holds;</li>
 *   <li>each paragraph's text is cleaned once
 *       ({@link io.github.acplan.core.text.TextNormalization#clean(String)}: NFC, soft hyphens and
 *       zero-width characters removed); no-break spaces inside a text are kept as the document has
 *       them;</li>
 *   <li>a cell's paragraphs are its lines; a cell whose paragraphs with text are all list items gives
 *       one indicator or expected result per item;</li>
 *   <li>the paragraphs before and after the table are read as the lines of the text around a table are
 *       (a TAB separates a signatory's position from the name); warnings and errors name the paragraph,
 *       or the row's and cell's {@link io.github.acplan.serialization.table.GridLocation}.</li>
 * </ul>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class PlanTableReader {

  private static final PlanTableReader STANDARD = new PlanTableReader();

  private PlanTableReader() {
  }

  /**
   * The reader with the standard rules.
   *
   * @return the reader
   */
  public static PlanTableReader standard() {
    return STANDARD;
  }

  /**
   * Tells whether a paragraph between two parts of a table is page furniture, not text of the document:
   * a page number ("2", "- 2 -") or "Продовження додатка" / "Продовження таблиці", as the readers skip
   * them between pages.
   *
   * @param paragraph a paragraph's text
   * @return true for page furniture; false for any other text, a blank paragraph included
   * @throws NullPointerException if {@code paragraph} is null
   */
  public static boolean isPageFurniture(String paragraph) {
    return FrontMatter.PAGE_FURNITURE.matcher(paragraph.strip()).matches();
  }

  /**
   * Reads a plan from a table grid.
   *
   * @param grid the table and the paragraphs around it
   * @return the plan and the warnings, located in the grid
   * @throws PlanFormatException if a part of the table cannot be placed, a number or date is malformed,
   *     the title has no period, or the plan breaks the model's structure; the location is the grid's
   *     (page, table row, cell, or paragraph outside the table)
   */
  public ReadResult read(TableGrid grid) throws PlanFormatException {
    Objects.requireNonNull(grid, "grid");
    return PlanTextReader.readGrid(grid);
  }
}
