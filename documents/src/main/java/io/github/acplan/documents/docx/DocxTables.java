package io.github.acplan.documents.docx;

import io.github.acplan.documents.DocumentLimits;
import io.github.acplan.documents.extraction.DocumentText;
import io.github.acplan.documents.extraction.OfficeZip;
import io.github.acplan.documents.extraction.TableBudget;
import io.github.acplan.documents.extraction.TextAroundTable;
import io.github.acplan.serialization.PlanFormatException;
import io.github.acplan.serialization.table.CellParagraph;
import io.github.acplan.serialization.table.GridCell;
import io.github.acplan.serialization.table.GridLocation;
import io.github.acplan.serialization.table.GridRow;
import io.github.acplan.serialization.table.GridWarning;
import io.github.acplan.serialization.table.TableGrid;
import io.github.acplan.serialization.table.VerticalMerge;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import javax.xml.stream.XMLStreamException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationshipCollection;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.jspecify.annotations.Nullable;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * Extracts the tables of a DOCX (Apache POI XWPF) as {@link TableGrid}s: one grid per table of the
 * document's body, each with the body's other paragraphs (and the rows of its other tables, cells
 * separated by TAB, as a signatory in a borderless table is) before and after it, as far as the
 * previous and the next large table ({@link TextAroundTable}): a programme's plan and its risk register
 * annexed after it are two tables, each with its own text around it.
 *
 * <p>A document laid out with a table (a council's web page copied into Word, a form with a frame) holds
 * the plan's table in one of its cells: every table inside another table's cell, down to
 * {@value #MAX_NESTING} tables deep, is a grid too, with the paragraphs of its own cell around it. Grids
 * are in the order of their tables in the document, numbered so ("DOCX, table 2" is the second table
 * met reading the document, nested ones included).
 *
 * <p>Cells keep their paragraphs, Word list items (with the label Word shows: "1)", "•"), bold and
 * italic paragraphs, column spans ({@code gridSpan}) and vertical merges ({@code vMerge}). Header rows
 * marked to repeat ({@code tblHeader}) are written once in a DOCX, so none is a repeated header here.
 * Pages are not known before a DOCX is laid out: locations are table rows and cells.
 *
 * <p>Zip-bomb limits are set on POI's {@code ZipSecureFile} ({@link OfficeZip}, a JVM-wide setting of
 * POI): an entry inflating more than 100 times its compressed size, larger than 256 MiB, or holding more
 * than 64 Mi characters of text is refused ("DOCX, entry word/document.xml: a zip bomb: …"). The main
 * part's XML is read up to {@value #MAX_MAIN_PART_MIB} MiB, which POI's model of it fits in a 256 MB heap.
 */
public final class DocxTables {

  static {
    OfficeZip.applyLimits();
  }

  /**
   * The largest main part ({@code word/document.xml}) read, in MiB. POI's model of a document takes
   * ten to fifteen times its XML and iterates a table's rows in quadratic time: a main part of 24 MiB
   * (27 000 table rows) is read in 10 s under a 256 MB heap, one of 39 MiB ran out of 384 MB.
   */
  static final int MAX_MAIN_PART_MIB = 24;

  /**
   * How many tables deep a table inside another table's cell is still read: a document laid out with a
   * table (a page copied from a council's website into Word, a form with a frame) holds the plan's table
   * in one of its cells; deeper nesting is no document's layout.
   */
  static final int MAX_NESTING = 4;

  /** POI's text for a reference to a footnote or an endnote ({@code XWPFRun.text()}). */
  private static final Pattern NOTE_REFERENCE = Pattern.compile("\\[(?:footnoteRef|endnoteRef):-?\\d+]");

  /** The widest column span read; a larger {@code gridSpan} is a damaged or hostile file. */
  private static final int MAX_SPAN = 64;

  private DocxTables() {
  }

  /**
   * Extracts every table of a DOCX.
   *
   * @param bytes the document
   * @param limits the limits of rows and cells per table
   * @return one grid per table, in document order; none if the body has no table
   * @throws PlanFormatException if the bytes are not a readable DOCX, or a table is over the limits
   */
  public static List<TableGrid> extract(byte[] bytes, DocumentLimits limits) throws PlanFormatException {
    XWPFDocument doc;
    MarkupUnwrapper unwrapper = new MarkupUnwrapper();
    try {
      doc = open(bytes, unwrapper);
    } catch (PlanFormatException e) {
      throw e; // already says what and where; not a damaged file
    } catch (IOException | InvalidFormatException | XMLStreamException | RuntimeException e) {
      throw OfficeZip.refused("DOCX", "the file is not a readable DOCX document", e);
    }
    List<GridWarning> warnings = new ArrayList<>();
    if (unwrapper.hadTrackedChanges()) {
      warnings.add(new GridWarning(GridLocation.unknown(), "the document has tracked changes; read as if "
          + "they were accepted: insertions kept, deletions and the old places of moved text left out"));
    }
    if (unwrapper.hadHiddenText()) {
      warnings.add(new GridWarning(GridLocation.unknown(), "the document has hidden text, which Word "
          + "neither shows nor prints; it is left out"));
    }
    try (doc) {
      // The blocks of the body, and of each cell that holds a table (a layout table's), each found once.
      List<List<Object>> containers = new ArrayList<>();
      Map<XWPFTable, Integer> numbers = new IdentityHashMap<>();
      ListLabels labels = ListLabels.of(doc);
      blocks(doc.getBodyElements(), 0, labels, containers, numbers);
      TableBudget.checkTables(limits, "DOCX", numbers.size());
      Map<Object, List<String>> made = new IdentityHashMap<>();
      TableGrid[] grids = new TableGrid[numbers.size()];
      for (List<Object> blocks : containers) {
        Predicate<Object> large = TextAroundTable.largeTables(blocks,
            b -> b instanceof XWPFTable t ? shape(t) : null, DocxTables::blockText);
        for (int i = 0; i < blocks.size(); i++) {
          if (blocks.get(i) instanceof XWPFTable table) {
            int tableNumber = numbers.get(table);
            List<GridWarning> tableWarnings = new ArrayList<>(warnings);
            List<GridRow> rows = rows(table, tableNumber, limits, labels, tableWarnings);
            grids[tableNumber - 1] = new TableGrid(rows,
                texts(blocks.subList(TextAroundTable.start(blocks, i, large, DocxTables::blockText), i), made),
                texts(blocks.subList(i + 1, TextAroundTable.end(blocks, i, large, DocxTables::blockText)), made),
                "DOCX, table " + tableNumber, tableWarnings);
          }
        }
      }
      return List.of(grids);
    } catch (PlanFormatException e) {
      throw e; // already says what and where; not a damaged file
    } catch (IOException | RuntimeException e) {
      throw OfficeZip.refused("DOCX", "the DOCX document could not be read", e);
    }
  }

  /**
   * Opens the document with its main part as Word shows it: content controls and custom XML taken off
   * their contents, tracked changes accepted ({@link MarkupUnwrapper}); a plain document is not rewritten.
   */
  private static XWPFDocument open(byte[] bytes, MarkupUnwrapper unwrapper)
      throws IOException, InvalidFormatException, XMLStreamException {
    OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(bytes));
    try {
      PackageRelationshipCollection main = pkg.getRelationshipsByType(PackageRelationshipTypes.CORE_DOCUMENT);
      if (main.size() > 0) {
        PackagePart part = pkg.getPart(main.getRelationship(0));
        if (part != null) {
          byte[] xml;
          try (InputStream in = part.getInputStream()) {
            xml = in.readNBytes((MAX_MAIN_PART_MIB << 20) + 1);
          }
          if (xml.length > MAX_MAIN_PART_MIB << 20) {
            throw new PlanFormatException("DOCX, entry " + part.getPartName().getName().replaceFirst("^/", ""),
                "the document's XML is larger than " + MAX_MAIN_PART_MIB + " MiB, the limit of acplan's DOCX "
                + "documents (POI holds it as objects ten times its size; a plan of 5 000 rows is about 18 MiB)");
          }
          if (MarkupUnwrapper.mayNeedUnwrapping(xml)) {
            byte[] unwrapped = unwrapper.unwrap(xml);
            try (OutputStream out = part.getOutputStream()) {
              out.write(unwrapped);
            }
          }
        }
      }
      return new XWPFDocument(pkg);
    } catch (IOException | XMLStreamException | RuntimeException e) {
      pkg.revert();
      throw e;
    }
  }

  /**
   * Adds the blocks of a body or a cell to the containers: paragraphs as their text, tables as they are,
   * numbered in document order; then, for each table, the blocks of its cells that hold a table, down to
   * {@value #MAX_NESTING} tables deep.
   *
   * @param elements the body's or the cell's elements
   * @param depth how many tables are around them
   */
  private static void blocks(List<IBodyElement> elements, int depth, ListLabels numbering,
      List<List<Object>> containers, Map<XWPFTable, Integer> numbers) {
    List<Object> blocks = new ArrayList<>();
    containers.add(blocks);
    for (IBodyElement element : elements) {
      if (element instanceof XWPFParagraph paragraph) {
        blocks.add(paragraphText(paragraph, numbering));
      } else if (element instanceof XWPFTable table) {
        blocks.add(table);
        numbers.put(table, numbers.size() + 1);
        if (depth < MAX_NESTING) {
          for (XWPFTableRow row : table.getRows()) {
            for (XWPFTableCell cell : row.getTableCells()) {
              if (!cell.getTables().isEmpty()) {
                blocks(cell.getBodyElements(), depth + 1, numbering, containers, numbers);
              }
            }
          }
        }
      }
    }
  }

  /** A table's rows, columns and first cells, for telling a large table from a small one. */
  private static TextAroundTable.TableShape shape(XWPFTable table) {
    int columns = 0;
    List<String> firstCells = new ArrayList<>();
    for (XWPFTableRow row : table.getRows()) {
      int width = 0;
      for (XWPFTableCell cell : row.getTableCells()) {
        width += span(cell.getCTTc().getTcPr());
      }
      columns = Math.max(columns, width);
      List<XWPFTableCell> cells = row.getTableCells();
      if (!cells.isEmpty()) {
        firstCells.add(DocumentText.trim(cellText(cells.get(0))));
      }
    }
    return new TextAroundTable.TableShape(table.getNumberOfRows(), columns, firstCells);
  }

  /** A paragraph's text; a table has none that could begin an annex. */
  private static String blockText(Object block) {
    return block instanceof String text ? text : "";
  }

  /**
   * The text of body blocks: paragraphs as they are, other tables row by row, cells by TAB. A table's
   * rows are made once and shared by the grids around which it stands.
   */
  private static List<String> texts(List<Object> blocks, Map<Object, List<String>> made) {
    List<String> out = new ArrayList<>();
    for (Object block : blocks) {
      if (block instanceof String text) {
        out.add(DocumentText.isBlank(text) ? "" : text);
      } else {
        out.addAll(made.computeIfAbsent(block, b -> tableLines((XWPFTable) b)));
      }
    }
    return out;
  }

  private static List<String> tableLines(XWPFTable table) {
    List<String> out = new ArrayList<>();
    for (XWPFTableRow row : table.getRows()) {
      List<String> cells = new ArrayList<>();
      for (XWPFTableCell cell : row.getTableCells()) {
        cells.add(DocumentText.trim(cellText(cell).replace('\n', ' ').replace('\t', ' ')));
      }
      out.add(String.join("\t", cells));
    }
    return out;
  }

  private static List<GridRow> rows(XWPFTable table, int tableNumber, DocumentLimits limits,
      ListLabels numbering, List<GridWarning> warnings) throws PlanFormatException {
    TableBudget budget = new TableBudget(limits);
    List<GridRow> rows = new ArrayList<>();
    int rowNumber = 0;
    for (XWPFTableRow row : table.getRows()) {
      rowNumber++;
      GridLocation at = GridLocation.ofTableRow(rowNumber);
      budget.row(at);
      List<GridCell> cells = new ArrayList<>();
      int cellNumber = 0;
      for (XWPFTableCell cell : row.getTableCells()) {
        cellNumber++;
        GridLocation cellAt = at.withCell(cellNumber);
        budget.cell(cellAt);
        CTTcPr pr = cell.getCTTc().getTcPr();
        int span = span(pr);
        VerticalMerge merge = VerticalMerge.NONE;
        if (pr != null && pr.isSetVMerge()) {
          merge = pr.getVMerge().getVal() == STMerge.RESTART ? VerticalMerge.RESTART : VerticalMerge.CONTINUE;
        }
        cells.add(new GridCell(paragraphs(cell, numbering, cellAt, warnings), span, merge, cellAt));
      }
      if (!cells.isEmpty()) {
        rows.add(GridRow.of(cells, at));
      }
    }
    if (rows.isEmpty()) {
      throw new PlanFormatException("DOCX, table " + tableNumber, "the table has no cells");
    }
    return rows;
  }

  /** The grid columns a cell spans, at most {@link #MAX_SPAN}. */
  private static int span(@Nullable CTTcPr pr) {
    return pr != null && pr.isSetGridSpan() && pr.getGridSpan().getVal() != null
        ? Math.max(1, pr.getGridSpan().getVal().min(BigInteger.valueOf(MAX_SPAN)).intValue()) : 1;
  }

  /**
   * A cell's paragraphs, without the empty ones at its start and end, and without the references to
   * footnotes and endnotes that POI writes into a paragraph's text ("[footnoteRef:1]"), with a warning.
   */
  private static List<CellParagraph> paragraphs(XWPFTableCell cell, ListLabels numbering, GridLocation cellAt,
      List<GridWarning> warnings) {
    List<CellParagraph> out = new ArrayList<>();
    boolean noted = false;
    for (XWPFParagraph p : cell.getParagraphs()) {
      String shown = p.getText();
      String text = withoutNotes(p, shown);
      if (!noted && text.length() != shown.length()) {
        noted = true;
        warnings.add(new GridWarning(cellAt, "the cell refers to a footnote or an endnote; the reference mark "
            + "is left out of its text, and the note is not read"));
      }
      Optional<String> label = numbering.label(p);
      boolean bold = !p.getRuns().isEmpty();
      boolean italic = bold;
      for (XWPFRun run : p.getRuns()) {
        String runText = run.text();
        if (runText == null || runText.isBlank()) {
          continue;
        }
        bold &= run.isBold();
        italic &= run.isItalic();
      }
      out.add(new CellParagraph(text, label, 0, bold && !text.isBlank(), italic && !text.isBlank()));
    }
    while (!out.isEmpty() && !out.get(0).isListItem() && DocumentText.isBlank(out.get(0).text())) {
      out.remove(0);
    }
    while (!out.isEmpty() && !out.get(out.size() - 1).isListItem()
        && DocumentText.isBlank(out.get(out.size() - 1).text())) {
      out.remove(out.size() - 1);
    }
    return out;
  }

  /** A paragraph of the body, a list item with its label. */
  private static String paragraphText(XWPFParagraph p, ListLabels numbering) {
    String text = text(p);
    return numbering.label(p).map(label -> label + " " + text).orElse(text);
  }

  /**
   * A paragraph's text as Word shows it in place. POI's text adds, for a reference to a footnote or an
   * endnote, a mark in the run ("[footnoteRef:1]", where Word shows a superscript 1) and the note's own
   * text at the paragraph's end ("[1: …]", or "!!! End note with ID … not found"): neither is part of a
   * measure's text.
   */
  static String text(XWPFParagraph p) {
    return withoutNotes(p, p.getText());
  }

  /** A paragraph's text as POI gives it ({@code shown}) without the notes' marks and texts. */
  private static String withoutNotes(XWPFParagraph p, String shown) {
    String text = shown;
    String notes = p.getFootnoteText();
    if (!notes.isEmpty() && text.endsWith(notes)) {
      text = text.substring(0, text.length() - notes.length());
    }
    return text.indexOf('[') < 0 ? text : NOTE_REFERENCE.matcher(text).replaceAll("");
  }

  /** A cell's text: its paragraphs by LF, the rows of a table in it by LF and their cells by TAB. */
  private static String cellText(XWPFTableCell cell) {
    StringBuilder out = new StringBuilder();
    for (IBodyElement element : cell.getBodyElements()) {
      if (out.length() > 0) {
        out.append('\n');
      }
      if (element instanceof XWPFParagraph paragraph) {
        out.append(text(paragraph));
      } else if (element instanceof XWPFTable table) {
        for (XWPFTableRow row : table.getRows()) {
          List<String> cells = new ArrayList<>();
          for (XWPFTableCell nested : row.getTableCells()) {
            cells.add(cellText(nested).replace('\n', ' ').replace('\t', ' '));
          }
          out.append(String.join("\t", cells)).append('\n');
        }
      }
    }
    return out.toString();
  }
}
