package io.github.acplan.documents;

import io.github.acplan.documents.docx.DocxTables;
import io.github.acplan.documents.extraction.BoundedStream;
import io.github.acplan.documents.extraction.OfficeZip;
import io.github.acplan.documents.html.HtmlTables;
import io.github.acplan.documents.pdf.PdfTables;
import io.github.acplan.documents.xlsx.XlsxTables;
import io.github.acplan.serialization.InputLocation;
import io.github.acplan.serialization.PlanFormatException;
import io.github.acplan.serialization.table.GridLocation;
import io.github.acplan.serialization.table.TableGrid;
import io.github.acplan.serialization.text.PlanTableReader;
import io.github.acplan.serialization.text.PlanTextReader;
import io.github.acplan.serialization.text.ReadResult;
import io.github.acplan.serialization.text.RiskRegisterTextReader;
import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.jspecify.annotations.Nullable;

/**
 * Reads a plan from the document a council actually has: a DOCX (Word), a PDF printed from it, an HTML
 * page, or the plain-text form of {@code acplan-serialization}, recognised by its content, never by its
 * file name.
 *
 * <p>Every format is only <em>extracted</em> here, into a {@link TableGrid} per table; what is a
 * header, a section, a measure, a continued row, the approval, the title and the signatory is decided
 * once, by {@link PlanTableReader}, for every format. When a document has several tables (a signatory
 * is often a borderless table of its own), the largest table that reads as a plan is the plan; the
 * others are read as text around it. A programme's document holds the plan's table and, annexed after
 * it, the risk register's table, whose measures name the plan's by number: the plan read is then the
 * programme, with its risks ({@code PlanDocxWriter} writes programmes so).
 *
 * <p>Recognised by content:
 * <ul>
 *   <li>a ZIP with {@code word/document.xml}: DOCX; with {@code xl/workbook.xml}: XLSX;</li>
 *   <li>{@code %PDF-} in the first kilobyte: PDF;</li>
 *   <li>an HTML page ({@code <!DOCTYPE html>}, {@code <html>}, XHTML after an XML declaration, or markup
 *       with a {@code <table>}), in UTF-8, in UTF-16 after its byte order mark, or in the character set
 *       its {@code <meta>} names;</li>
 *   <li>a Word 97–2003 {@code .doc} or Excel 97–2003 {@code .xls} (an OLE2 file), an OpenDocument
 *       {@code .odt} or {@code .ods}, or an RTF document: refused with how to convert it
 *       ({@code soffice --headless --convert-to docx FILE});</li>
 *   <li>anything else: the text form, which must be UTF-8, or UTF-16 that begins with its byte order mark
 *       (as Windows' Notepad saves "Unicode"); text in Windows-1251 is refused with how to convert it.</li>
 * </ul>
 * An XLSX is read sheet by sheet (merged regions as spans and vertical merges); the plan is the sheet
 * whose table reads as one, the largest first. A PDF is read when its table is ruled (cell borders drawn, as
 * Word and LibreOffice print them) and it has a text layer; a scan is refused ("run OCR first").
 *
 * <p>Input is read as a stream up to {@link DocumentLimits#maxBytes()}. A document (DOCX, XLSX, PDF,
 * HTML) is read whole, within that limit, and its tables are held to the row and cell limits while they
 * are extracted. The text form is told by its first bytes and then decoded and read line by line as it
 * streams, under the text readers' {@link io.github.acplan.serialization.text.TextLimits} (characters,
 * lines, measures), so that a text over a limit is refused before it is held. This class is immutable
 * and thread-safe.
 */
public final class PlanDocuments {

  private static final PlanDocuments STANDARD = new PlanDocuments(DocumentLimits.standard());
  private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};
  private static final byte[] ZIP = {'P', 'K', 3, 4};
  /** The start of the type an OpenDocument file names in its {@code mimetype} entry. */
  private static final String OPEN_DOCUMENT = "application/vnd.oasis.opendocument.";
  /** How many first bytes tell a document from the text form ({@link #detect(byte[])} looks at 2 048). */
  private static final int HEAD_BYTES = 4096;

  /** The tables an error lists when none reads as a plan; a page of thousands says how many more. */
  private static final int TABLES_LISTED = 20;

  private final DocumentLimits limits;

  private PlanDocuments(DocumentLimits limits) {
    this.limits = limits;
  }

  /**
   * The reader with the {@linkplain DocumentLimits#standard() standard limits}.
   *
   * @return the reader
   */
  public static PlanDocuments standard() {
    return STANDARD;
  }

  /**
   * A copy with other limits.
   *
   * @param newLimits the limits
   * @return the copy
   */
  public PlanDocuments withLimits(DocumentLimits newLimits) {
    return new PlanDocuments(Objects.requireNonNull(newLimits, "newLimits"));
  }

  /**
   * The limits this reader holds documents to.
   *
   * @return the limits
   */
  public DocumentLimits limits() {
    return limits;
  }

  /**
   * Reads a plan from a file.
   *
   * @param file the document
   * @return the plan and the warnings
   * @throws IOException if the file cannot be read
   * @throws PlanFormatException if the file is larger than the limit, is of a format not read, or its
   *     table cannot be read as a plan; the location names the table row and cell, the paragraph or
   *     the line
   */
  public ReadResult read(Path file) throws IOException, PlanFormatException {
    Objects.requireNonNull(file, "file");
    checkSize(Files.size(file));
    try (InputStream in = Files.newInputStream(file)) {
      return read(in);
    }
  }

  /**
   * Reads a plan from a stream, to its end; the stream is not closed.
   *
   * @param in the document
   * @return the plan and the warnings
   * @throws IOException if the stream cannot be read
   * @throws PlanFormatException as {@link #read(Path)}
   */
  public ReadResult read(InputStream in) throws IOException, PlanFormatException {
    return read(in, PlanTableReader.standard()::read, PlanTextReader.standard()::read, true);
  }

  /**
   * Reads an anti-corruption programme's risk register (the NAZK 830/21 layout) from any format
   * {@link #read(InputStream)} reads; from a document, the largest table that reads as a register is
   * the register ({@link RiskRegisterTextReader#read(TableGrid)}). A programme's document whose
   * register is annexed to its plan and names the plan's measures by number (as
   * {@code PlanDocxWriter} writes it), which no table of reads as a register on its own, reads as
   * {@link #read(InputStream)} reads it: the plan with its risks.
   *
   * @param in the register
   * @return the programme and the warnings
   * @throws IOException if the stream cannot be read
   * @throws PlanFormatException if no table reads as a register; the location names the table row,
   *     cell, sheet or line
   */
  public ReadResult readRegister(InputStream in) throws IOException, PlanFormatException {
    RiskRegisterTextReader register = RiskRegisterTextReader.standard();
    BufferedInputStream buffered = new BufferedInputStream(Objects.requireNonNull(in, "in"), HEAD_BYTES);
    if (isText(buffered)) {
      // The text form has no annexed register to fall back on: a plan's text reads no risks.
      return register.read(bounded(buffered));
    }
    byte[] bytes = readBounded(buffered);
    try {
      return read(new ByteArrayInputStream(bytes), register::read, register::read, false);
    } catch (PlanFormatException e) {
      // A programme's document: the plan's table with its register annexed, which names the plan's
      // measures and takes its period from the plan's title.
      try {
        ReadResult programme = read(new ByteArrayInputStream(bytes));
        if (!programme.plan().risks().isEmpty()) {
          return programme;
        }
      } catch (PlanFormatException notAPlan) {
        e.addSuppressed(notAPlan);
      }
      throw e;
    }
  }

  /**
   * Extracts the tables of the document's format and reads them, or reads the text form as a stream; with
   * {@code annexes}, a register annexed to the plan read joins it ({@link RegisterAnnex}).
   */
  private ReadResult read(InputStream in, GridReader grids, TextReader text, boolean annexes)
      throws IOException, PlanFormatException {
    BufferedInputStream buffered = new BufferedInputStream(Objects.requireNonNull(in, "in"), HEAD_BYTES);
    if (isText(buffered)) {
      return text.read(bounded(buffered));
    }
    byte[] bytes = readBounded(buffered);
    DocumentFormat format = detect(bytes);
    List<TableGrid> tables;
    switch (format) {
      case DOCX:
        tables = DocxTables.extract(bytes, limits);
        break;
      case XLSX:
        tables = XlsxTables.extract(bytes, limits);
        break;
      case HTML:
        tables = HtmlTables.extract(bytes, limits);
        break;
      case PDF:
        tables = PdfTables.extract(bytes, limits);
        break;
      default:
        return text.read(new ByteArrayInputStream(bytes));
    }
    // A table split into parts (a page each, or a paragraph put into it) is read whole; DOCX and HTML
    // keep the parts apart, a PDF's pages are joined by its extractor, an XLSX's sheets are not parts.
    List<ContinuedTables.Joined> joined = format == DocumentFormat.DOCX || format == DocumentFormat.HTML
        ? ContinuedTables.join(tables) : ContinuedTables.apart(tables);
    List<TableGrid> candidates = new ArrayList<>();
    for (ContinuedTables.Joined j : joined) {
      candidates.add(j.grid());
      if (j.parts().size() > 1) {
        candidates.addAll(j.parts());
      }
    }
    Chosen chosen = readTables(candidates, tables, format, grids);
    if (!annexes) {
      return chosen.result();
    }
    List<TableGrid> others = new ArrayList<>(tables);
    for (ContinuedTables.Joined j : joined) {
      if (j.grid() == chosen.table()) {
        others.removeAll(j.parts());
      }
    }
    return RegisterAnnex.attach(chosen.result(), chosen.table(), others);
  }

  /**
   * Tells by the first bytes whether the stream is the text form, leaving the stream where it was: text
   * is read as it streams, a document needs all its bytes.
   */
  private static boolean isText(BufferedInputStream in) throws IOException, PlanFormatException {
    in.mark(HEAD_BYTES);
    byte[] head = in.readNBytes(HEAD_BYTES);
    in.reset();
    return !startsWith(head, ZIP) && detect(head) == DocumentFormat.TEXT;
  }

  /** The stream, refused with the byte limit's error once it gives more bytes than the limit. */
  private InputStream bounded(InputStream in) {
    return BoundedStream.of(in, limits.maxBytes(), this::tooLarge);
  }

  /** What was read, and from which table. */
  private record Chosen(ReadResult result, TableGrid table) {}

  /** How the text form is read: as a plan or as a register. */
  @FunctionalInterface
  private interface TextReader {
    ReadResult read(InputStream text) throws IOException, PlanFormatException;
  }

  /** How a grid is read: as a plan or as a register. */
  @FunctionalInterface
  private interface GridReader {
    ReadResult read(TableGrid grid) throws PlanFormatException;
  }

  /**
   * Recognises a document's format by its first bytes.
   *
   * @param bytes the document, or its beginning
   * @return the format
   * @throws PlanFormatException for a ZIP that is not an Office document, and for Word 97–2003 and
   *     Excel 97–2003 files, OpenDocument files and RTF documents, with how to convert them
   */
  public static DocumentFormat detect(byte[] bytes) throws PlanFormatException {
    if (startsWith(bytes, ZIP)) {
      return zipFormat(bytes);
    }
    if (startsWith(bytes, OLE2)) {
      throw new PlanFormatException("byte 0", "a Word 97–2003 (.doc) or Excel 97–2003 (.xls) file; "
          + "save it as DOCX or XLSX first, e.g. soffice --headless --convert-to docx FILE");
    }
    Charset utf16 = utf16ByteOrder(bytes);
    String head = utf16 != null
        ? new String(bytes, 2, Math.min(bytes.length - 2, 4096) & ~1, utf16)
        : new String(bytes, 0, Math.min(bytes.length, 2048), StandardCharsets.ISO_8859_1);
    if (utf16 == null && head.substring(0, Math.min(head.length(), 1024)).contains("%PDF-")) {
      return DocumentFormat.PDF;
    }
    String start = head.toLowerCase(Locale.ROOT);
    int i = 0;
    if (start.startsWith("\u00ef\u00bb\u00bf")) {
      i = 3;
    }
    while (i < start.length() && Character.isWhitespace(start.charAt(i))) {
      i++;
    }
    String markup = start.substring(i);
    if (markup.startsWith("{\\rtf")) {
      throw new PlanFormatException("byte " + i, "an RTF document; save it as DOCX first, e.g. "
          + "soffice --headless --convert-to docx FILE");
    }
    // XHTML (LibreOffice's "XHTML Writer File", for one) opens with an XML declaration before its doctype.
    boolean xhtml = markup.startsWith("<?xml") && (markup.contains("<!doctype html") || markup.contains("<html"));
    if (markup.startsWith("<!doctype html") || markup.startsWith("<html") || xhtml
        || (markup.startsWith("<") && (markup.contains("<table") || markup.contains("<body")))) {
      return DocumentFormat.HTML;
    }
    return DocumentFormat.TEXT;
  }

  /**
   * UTF-16 in the byte order of the mark the bytes begin with, or null: the markup of a page saved as
   * UTF-16 is sniffed in UTF-16, and its text is read so too.
   */
  private static @Nullable Charset utf16ByteOrder(byte[] bytes) {
    if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
      return StandardCharsets.UTF_16LE;
    }
    if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
      return StandardCharsets.UTF_16BE;
    }
    return null;
  }

  private static DocumentFormat zipFormat(byte[] bytes) throws PlanFormatException {
    boolean contentTypes = false;
    boolean word = false;
    boolean excel = false;
    String openDocument = null;
    // Walking the whole archive finds a truncated or damaged one before POI does, and inflates every
    // entry on the way: what it inflates is counted against the inflate ratio of the Office documents,
    // so that a zip bomb is refused here before it costs minutes of inflating.
    long budget = (long) OfficeZip.MAX_INFLATE_RATIO * bytes.length + (1 << 20);
    long inflated = 0;
    byte[] buffer = new byte[64 * 1024];
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
      ZipEntry entry;
      int entries = 0;
      while ((entry = zip.getNextEntry()) != null && entries++ < 10_000) {
        String name = entry.getName();
        contentTypes |= name.equals("[Content_Types].xml");
        word |= name.equals("word/document.xml");
        excel |= name.equals("xl/workbook.xml");
        if (name.equals("mimetype") && openDocument == null) {
          // an OpenDocument file names its type in this entry, stored first and uncompressed
          openDocument = new String(zip.readNBytes(128), StandardCharsets.US_ASCII);
          inflated += openDocument.length();
        }
        if (entry.getSize() > OfficeZip.MAX_ENTRY_BYTES) {
          throw new PlanFormatException("ZIP, entry " + name, "a zip bomb: the entry inflates to "
              + (entry.getSize() >> 20) + " MiB, more than " + (OfficeZip.MAX_ENTRY_BYTES >> 20) + " MiB, the "
              + "limit of acplan's Office documents");
        }
        int n;
        while ((n = zip.read(buffer)) > 0) {
          inflated += n;
          if (inflated > budget) {
            throw new PlanFormatException("ZIP, entry " + name, "a zip bomb: the archive inflates to more "
                + "than " + OfficeZip.MAX_INFLATE_RATIO + " times its size, the limit of acplan's Office "
                + "documents");
          }
        }
      }
    } catch (IOException | IllegalArgumentException e) {
      throw new PlanFormatException("ZIP", "the ZIP archive is damaged or truncated: "
          + e.getMessage(), e);
    }
    if (contentTypes && word) {
      return DocumentFormat.DOCX;
    }
    if (contentTypes && excel) {
      return DocumentFormat.XLSX;
    }
    if (openDocument != null && openDocument.startsWith(OPEN_DOCUMENT)) {
      throw new PlanFormatException("ZIP", "an OpenDocument file (" + openDocument.substring(OPEN_DOCUMENT.length())
          + ", as LibreOffice saves .odt and .ods); save it as DOCX or XLSX first, e.g. soffice --headless "
          + "--convert-to docx FILE");
    }
    throw new PlanFormatException("ZIP", "a ZIP archive that is not a DOCX or XLSX document (no "
        + (contentTypes ? "word/document.xml or xl/workbook.xml" : "[Content_Types].xml") + ")");
  }

  /** Reads the largest table that is a plan; if none is, says what each was. */
  private static Chosen readTables(List<TableGrid> candidates, List<TableGrid> grids, DocumentFormat format,
      GridReader reader) throws PlanFormatException {
    if (grids.isEmpty()) {
      throw new PlanFormatException(format.name(), "the document has no table: expected the plan's table "
          + "(\"№ з/п\", \"Найменування заходу\", \"Строк виконання\", …)"
          + (format == DocumentFormat.PDF ? "; a PDF's table is read from its cell borders, so a table "
              + "printed without them is not seen: read the DOCX, or print the table with its borders" : ""));
    }
    List<TableGrid> bySize = new ArrayList<>(candidates);
    bySize.sort(Comparator.comparingInt((TableGrid g) -> g.rows().size()).reversed());
    PlanFormatException first = null;
    for (TableGrid grid : bySize) {
      try {
        return new Chosen(reader.read(grid), grid);
      } catch (PlanFormatException e) {
        if (first == null) {
          first = inGrid(grid, e);
        }
      }
    }
    if (grids.size() == 1) {
      throw first;
    }
    StringBuilder seen = new StringBuilder();
    for (TableGrid g : grids.subList(0, Math.min(grids.size(), TABLES_LISTED))) {
      seen.append(seen.length() == 0 ? "" : "; ").append(g.source()).append(": ")
          .append(g.rows().size()).append(g.rows().size() == 1 ? " row" : " rows");
    }
    if (grids.size() > TABLES_LISTED) {
      seen.append("; and ").append(grids.size() - TABLES_LISTED).append(" more");
    }
    throw new PlanFormatException(first.where(), first.problem() + " (no table of the "
        + grids.size() + " read as a plan: " + seen + ")", first);
  }

  /**
   * The error of reading a grid, located in the document: the grid's source, then the row or cell, kept as
   * a value ({@link InputLocation.InPart}). A sheet that both name is named once.
   */
  private static PlanFormatException inGrid(TableGrid grid, PlanFormatException e) {
    if (!(e.where() instanceof GridLocation at)) {
      return new PlanFormatException(grid.source() + ", " + e.location(), e.problem(), e);
    }
    String part = grid.source();
    String sheet = at.sheet().map(s -> ", sheet «" + s + "»").orElse("");
    if (!sheet.isEmpty() && part.endsWith(sheet)) {
      part = part.substring(0, part.length() - sheet.length());
    }
    return new PlanFormatException(new InputLocation.InPart(part, at), e.problem(), e);
  }

  private void checkSize(long size) throws PlanFormatException {
    if (size > limits.maxBytes()) {
      throw tooLarge();
    }
  }

  private PlanFormatException tooLarge() {
    return new PlanFormatException("byte " + limits.maxBytes(), "the document is larger than "
        + limits.maxBytes() + " bytes, the limit of DocumentLimits.maxBytes");
  }

  private byte[] readBounded(InputStream in) throws IOException, PlanFormatException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[64 * 1024];
    long total = 0;
    int n;
    while ((n = in.read(buffer)) > 0) {
      total += n;
      checkSize(total);
      out.write(buffer, 0, n);
    }
    return out.toByteArray();
  }

  private static boolean startsWith(byte[] bytes, byte[] prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (bytes[i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
