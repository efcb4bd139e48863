package io.github.acplan.documents.extraction;

import io.github.acplan.documents.DocumentLimits;
import io.github.acplan.serialization.PlanFormatException;
import io.github.acplan.serialization.table.GridLocation;

/**
 * Counts the rows and cells an extractor takes from one table against the {@link DocumentLimits}, so
 * that a table too large is refused while it is read, with the limit and the place it was reached.
 *
 * <p>Not thread-safe: one budget per table being extracted.
 */
public final class TableBudget {
  private final DocumentLimits limits;
  private int rows;
  private long cells;

  /**
   * Starts counting against the limits.
   *
   * @param limits the limits
   */
  public TableBudget(DocumentLimits limits) {
    this.limits = limits;
  }

  /**
   * Counts one more row.
   *
   * @param at where the row is
   * @throws PlanFormatException if the table has more rows than the limit
   */
  public void row(GridLocation at) throws PlanFormatException {
    if (++rows > limits.maxTableRows()) {
      throw new PlanFormatException(at, "the table has more than "
          + limits.maxTableRows() + " rows, the limit of DocumentLimits.maxTableRows");
    }
  }

  /**
   * Counts one more cell.
   *
   * @param at where the cell is
   * @throws PlanFormatException if the table has more cells than the limit
   */
  public void cell(GridLocation at) throws PlanFormatException {
    if (++cells > limits.maxCells()) {
      throw new PlanFormatException(at, "the table has more than "
          + limits.maxCells() + " cells, the limit of DocumentLimits.maxCells");
    }
  }

  /**
   * Refuses a document with more tables than the limit, before any is read.
   *
   * @param limits the limits
   * @param format the document's format, for the message ("DOCX", "HTML", "XLSX")
   * @param tables how many tables (sheets, for XLSX) it has
   * @throws PlanFormatException if they are more than {@link DocumentLimits#maxTables()}
   */
  public static void checkTables(DocumentLimits limits, String format, int tables) throws PlanFormatException {
    if (tables > limits.maxTables()) {
      throw new PlanFormatException(format, "the document has " + tables
          + (format.equals("XLSX") ? " sheets" : " tables") + ", more than " + limits.maxTables()
          + ", the limit of DocumentLimits.maxTables");
    }
  }
}
