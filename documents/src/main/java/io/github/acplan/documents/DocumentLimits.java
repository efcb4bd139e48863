package io.github.acplan.documents;

/**
 * The limits {@link PlanDocuments} holds a document to, checked while reading, so that a hostile or
 * broken file ends in a {@link io.github.acplan.serialization.PlanFormatException} naming the limit and
 * never in an {@link OutOfMemoryError}.
 *
 * <p>The standard limits are far above any real plan (a council's plan is ~50 measures on ~15 pages; a
 * national programme a few thousand measures): 64 MiB, 2 000 pages, 50 000 table rows, 500 000 cells,
 * 10 000 tables. This class is immutable and thread-safe.
 *
 * @param maxBytes the largest document read, in bytes
 * @param maxPages the most pages of a paged document (PDF)
 * @param maxTableRows the most rows of one table
 * @param maxCells the most cells of one table
 * @param maxTables the most tables of a document (DOCX, HTML) or sheets of a workbook (XLSX): each is a
 *     grid with the text around it, and a page of thousands of tiny tables must not cost more than
 *     its bytes say
 */
public record DocumentLimits(long maxBytes, int maxPages, int maxTableRows, long maxCells, int maxTables) {

  /** The standard number of tables, and the one a limit made without it has. */
  private static final int STANDARD_MAX_TABLES = 10_000;

  private static final DocumentLimits STANDARD =
      new DocumentLimits(64L << 20, 2_000, 50_000, 500_000, STANDARD_MAX_TABLES);

  /**
   * Checks that every limit is positive.
   *
   * @param maxBytes the largest document read, in bytes
   * @param maxPages the most pages of a paged document (PDF)
   * @param maxTableRows the most rows of one table
   * @param maxCells the most cells of one table
   * @param maxTables the most tables of a document or sheets of a workbook
   * @throws IllegalArgumentException if a limit is below 1
   */
  public DocumentLimits {
    if (maxBytes < 1 || maxPages < 1 || maxTableRows < 1 || maxCells < 1 || maxTables < 1) {
      throw new IllegalArgumentException("Every document limit is at least 1, got " + maxBytes
          + " bytes, " + maxPages + " pages, " + maxTableRows + " table rows, " + maxCells + " cells, "
          + maxTables + " tables");
    }
  }

  /**
   * Limits with the standard number of tables (10 000), as before that limit was added.
   *
   * @param maxBytes the largest document read, in bytes
   * @param maxPages the most pages of a paged document (PDF)
   * @param maxTableRows the most rows of one table
   * @param maxCells the most cells of one table
   * @throws IllegalArgumentException if a limit is below 1
   */
  public DocumentLimits(long maxBytes, int maxPages, int maxTableRows, long maxCells) {
    this(maxBytes, maxPages, maxTableRows, maxCells, STANDARD_MAX_TABLES);
  }

  /**
   * The standard limits.
   *
   * @return 64 MiB, 2 000 pages, 50 000 table rows, 500 000 cells, 10 000 tables
   */
  public static DocumentLimits standard() {
    return STANDARD;
  }

  /**
   * A copy with another byte limit.
   *
   * @param bytes the largest document read
   * @return the copy
   * @throws IllegalArgumentException if the limit is below 1
   */
  public DocumentLimits withMaxBytes(long bytes) {
    return new DocumentLimits(bytes, maxPages, maxTableRows, maxCells, maxTables);
  }

  /**
   * A copy with another page limit.
   *
   * @param pages the most pages
   * @return the copy
   * @throws IllegalArgumentException if the limit is below 1
   */
  public DocumentLimits withMaxPages(int pages) {
    return new DocumentLimits(maxBytes, pages, maxTableRows, maxCells, maxTables);
  }

  /**
   * A copy with another row limit.
   *
   * @param rows the most rows of one table
   * @return the copy
   * @throws IllegalArgumentException if the limit is below 1
   */
  public DocumentLimits withMaxTableRows(int rows) {
    return new DocumentLimits(maxBytes, maxPages, rows, maxCells, maxTables);
  }

  /**
   * A copy with another cell limit.
   *
   * @param cells the most cells of one table
   * @return the copy
   * @throws IllegalArgumentException if the limit is below 1
   */
  public DocumentLimits withMaxCells(long cells) {
    return new DocumentLimits(maxBytes, maxPages, maxTableRows, cells, maxTables);
  }

  /**
   * A copy with another table limit.
   *
   * @param tables the most tables of a document or sheets of a workbook
   * @return the copy
   * @throws IllegalArgumentException if the limit is below 1
   */
  public DocumentLimits withMaxTables(int tables) {
    return new DocumentLimits(maxBytes, maxPages, maxTableRows, maxCells, tables);
  }
}
