package io.github.acplan.serialization.table;

import java.util.List;
import java.util.Objects;

/**
 * A plan's or a risk register's table as a format-neutral grid, with the paragraphs around it: what
 * every extractor (text, DOCX, PDF, HTML, XLSX) produces and the one interpretation reads.
 *
 * <p>The paragraphs before the table hold the annex line ("Додаток до розпорядження … від 09.01.2020
 * № 2-р"), the approval ("ЗАТВЕРДЖЕНО …") and the title with its period; the paragraphs after it hold
 * the signatory (position and name, as one paragraph or as the cells of a borderless table read row by
 * row). This class is immutable and thread-safe.
 *
 * @param rows the table's rows in document order
 * @param paragraphsBefore the text paragraphs before the table, in order
 * @param paragraphsAfter the text paragraphs after the table, in order
 * @param source what the grid was extracted from, for messages ("DOCX, table 1", "PDF", "text")
 * @param warnings what the extractor could only guess, in document order; the readers pass them on as
 *     warnings of what they read
 */
public record TableGrid(
    List<GridRow> rows, List<String> paragraphsBefore, List<String> paragraphsAfter, String source,
    List<GridWarning> warnings) {

  /**
   * Copies the lists and checks the components.
   *
   * @param rows the table's rows in document order
   * @param paragraphsBefore the text paragraphs before the table, in order
   * @param paragraphsAfter the text paragraphs after the table, in order
   * @param source what the grid was extracted from, for messages ("DOCX, table 1", "PDF", "text")
   * @param warnings what the extractor could only guess, in document order
   * @throws NullPointerException if a component or an element is null
   */
  public TableGrid {
    rows = List.copyOf(rows);
    paragraphsBefore = List.copyOf(paragraphsBefore);
    paragraphsAfter = List.copyOf(paragraphsAfter);
    Objects.requireNonNull(source, "source");
    warnings = List.copyOf(warnings);
  }

  /**
   * A grid whose extractor guessed nothing.
   *
   * @param rows the table's rows in document order
   * @param paragraphsBefore the text paragraphs before the table, in order
   * @param paragraphsAfter the text paragraphs after the table, in order
   * @param source what the grid was extracted from, for messages ("DOCX, table 1", "PDF", "text")
   * @throws NullPointerException if a component or an element is null
   */
  public TableGrid(List<GridRow> rows, List<String> paragraphsBefore, List<String> paragraphsAfter,
      String source) {
    this(rows, paragraphsBefore, paragraphsAfter, source, List.of());
  }

  /**
   * The number of cells in the grid, counting merged cells once: what document limits count.
   *
   * @return the number of cells
   */
  public long cellCount() {
    long count = 0;
    for (GridRow r : rows) {
      count += r.cells().size();
    }
    return count;
  }
}
