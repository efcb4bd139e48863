package io.github.acplan.documents;

/**
 * The kinds of document a plan or a risk register is published in, as recognised from a document's
 * content (never from its file name).
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum DocumentFormat {
  /** Office Open XML word-processing document (Word 2007 and later, LibreOffice "Word 2007-365"). */
  DOCX,
  /** Office Open XML spreadsheet (Excel 2007 and later, Google Sheets download). */
  XLSX,
  /** Portable Document Format with a text layer. */
  PDF,
  /** An HTML page with the plan's table. */
  HTML,
  /** The plain-text extraction of a plan's table that {@code acplan-serialization} reads. */
  TEXT
}
