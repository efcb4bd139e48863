package io.github.acplan.documents;

/**
 * The limits {@link PlanDocuments} holds a document to, checked while reading, so that a hostile or
 * broken file ends in a {@link io.github.acplan.serialization.PlanFormatException} naming the limit and
 * never in an {@link OutOfMemoryError}.
 *
 * <p>The standard limits are far above any real plan (a council's plan is ~50 measures on ~15 pages; a
 * national programme a few thousand measures): 64 MiB, 2 000 pages, 50 000 table rows, 500 000 cells.
 * This class is immutable and thread-safe.
 *
 * @param maxBytes the largest document read, in bytes
 * @param maxPages the most pages of a paged document (PDF)
 * @param maxTableRows the most rows of one table
 * @param maxCells the most cells of one table
 */
public record DocumentLimits(long maxBytes, int maxPages, int maxTableRows, long maxCells) {

  private static final DocumentLimits STANDARD = new DocumentLimits(64L << 20, 2_000, 50_000, 500_000);

  /**
   * Checks that every limit is positive.
   *
   * @param maxBytes the largest document read, in bytes
   * @param maxPages the most pages of a paged document (PDF)
   * @param maxTableRows the most rows of one table
   * @param maxCells the most cells of one table
   * @throws IllegalArgumentException if a limit is below 1
   */
  public DocumentLimits {
    if (maxBytes < 1 || maxPages < 1 || maxTableRows < 1 || maxCells < 1) {
      throw new IllegalArgumentException("Every document limit is at least 1, got " + maxBytes
          + " bytes, " + maxPages + " pages, " + maxTableRows + " table rows, " + maxCells + " cells");
    }
  }

  /**
   * The standard limits.
   *
   * @return 64 MiB, 2 000 pages, 50 000 table rows, 500 000 cells
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
    return new DocumentLimits(bytes, maxPages, maxTableRows, maxCells);
  }

  /**
   * A copy with another page limit.
   *
   * @param pages the most pages
   * @return the copy
   * @throws IllegalArgumentException if the limit is below 1
   */
  public DocumentLimits withMaxPages(int pages) {
    return new DocumentLimits(maxBytes, pages, maxTableRows, maxCells);
  }

  /**
   * A copy with another row limit.
   *
   * @param rows the most rows of one table
   * @return the copy
   * @throws IllegalArgumentException if the limit is below 1
   */
  public DocumentLimits withMaxTableRows(int rows) {
    return new DocumentLimits(maxBytes, maxPages, rows, maxCells);
  }

  /**
   * A copy with another cell limit.
   *
   * @param cells the most cells of one table
   * @return the copy
   * @throws IllegalArgumentException if the limit is below 1
   */
  public DocumentLimits withMaxCells(long cells) {
    return new DocumentLimits(maxBytes, maxPages, maxTableRows, cells);
  }
}
