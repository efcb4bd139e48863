package io.github.acplan.documents.publish;

import io.github.acplan.core.Plan;
import io.github.acplan.documents.publish.internal.PlanPage;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * Writes a plan as the Word document (DOCX) that goes to the head of a council as the annex to an order:
 * ready to sign, print and publish.
 *
 * <p>The document is laid out as ДСТУ 4163:2020 "Уніфікована система організаційно-розпорядчої
 * документації. Вимоги до оформлення документів" asks of official documents: A4 portrait, margins of
 * 30 mm (left), 10 mm (right), 20 mm (top and bottom), Times New Roman of 14 points for the text and 12
 * points in the table (10 in a risk register's many columns), pages numbered from the second on in the
 * middle of the top margin. From the top:
 * <ol>
 *   <li>the annex block at the top right: "Додаток / до розпорядження голови районної в місті ради / від
 *       09.01.2020 № 2-р"; for an anti-corruption programme the approval stamp "ЗАТВЕРДЖЕНО / Розпорядження
 *       … / від … № …"; for a plan not yet approved (a draft made by rollover) "ПРОЄКТ" above the block
 *       (in the first page's header, so that the document's text still begins with the annex block), with
 *       empty places for the act, its date and its number;</li>
 *   <li>the title, centred and bold: the plan's title, its body and its period ("на 2020 рік");</li>
 *   <li>the table: the header row (№ з/п, Найменування заходу, Строк виконання, Відповідальні за
 *       виконання, Індикатор виконання, Очікувані результати; Ресурси when a measure has resources) and the
 *       row of column numbers, both repeated at the top of every page; a section's heading as one cell
 *       merged across the table; several indicators or expected results as a Word bulleted list; rows
 *       allowed to break across pages;</li>
 *   <li>the signatory: the position at the left and the name at a right tab stop;</li>
 *   <li>for a plan with a risk register, a second annex on landscape pages with the register's table: the
 *       risk's number,
 *       function or process, risk, description, sources, probability, consequences, level and the
 *       measures that address it.</li>
 * </ol>
 * A measure's deadlines per year (a programme whose deadline column is split into years) are written in
 * its deadline cell, one line per year after the measure's own deadline ("2024: …"), so that nothing is
 * lost; a reader of the table sees them as one deadline text.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class PlanDocxWriter {

  /**
   * The plan's six columns in twips, adding up to the text width (9 638). At 12 pt the number column
   * holds "3.10" and the deadline column "Щопівроку" on one line: narrower, a layout breaks them
   * between letters, and a reader of the printed PDF can no longer tell the word.
   */
  private static final int[] WIDTHS = {700, 2150, 1650, 1700, 1719, 1719};
  /** The same with a programme's resources column. */
  private static final int[] WIDTHS_WITH_RESOURCES = {700, 1900, 1500, 1400, 1380, 1380, 1378};
  /** The register's nine columns on a landscape page (they add up to its text width, 14 570 twips). */
  private static final int[] REGISTER_WIDTHS = {567, 1700, 2100, 2400, 2000, 1000, 1000, 1203, 2600};

  private static final PlanDocxWriter STANDARD = new PlanDocxWriter();

  private PlanDocxWriter() {}

  /**
   * The writer.
   *
   * @return the shared instance
   */
  public static PlanDocxWriter standard() {
    return STANDARD;
  }

  /**
   * Writes a plan as a DOCX document. The stream is not closed.
   *
   * @param plan the plan
   * @param out where to write
   * @throws IOException if {@code out} fails
   * @throws IllegalArgumentException if a text of the plan has a character a Word document cannot hold (a
   *     control character other than TAB and line breaks, a lone surrogate); the message names the place
   */
  public void write(Plan plan, OutputStream out) throws IOException {
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(out, "out");
    // The same content as the HTML page: one place decides the annex's words, the headers and the cells.
    PlanPage page = PlanPage.of(plan, Locale.forLanguageTag("uk"));
    try (XWPFDocument doc = new XWPFDocument()) {
      DocxLayout layout = new DocxLayout(doc);
      if (page.draft()) {
        layout.firstPageMark("ПРОЄКТ");
      }
      for (String line : page.annex()) {
        layout.annexLine(line);
      }
      layout.blank();
      for (String line : page.title()) {
        centred(layout, line);
      }
      layout.blank();
      measures(layout, page);
      if (!page.signatoryPosition().isEmpty() || !page.signatoryName().isEmpty()) {
        layout.blank();
        layout.signatory(page.signatoryPosition(), page.signatoryName());
      }
      if (!page.register().isEmpty()) {
        layout.landscapeFromHere();
        layout.annexLine("Додаток 2");
        layout.blank();
        centred(layout, page.registerTitle());
        layout.blank();
        register(layout, page);
      }
      doc.write(out);
    }
  }

  private static void centred(DocxLayout layout, String text) {
    DocxLayout.run(layout.paragraph(ParagraphAlignment.CENTER), text, DocxLayout.TEXT_POINTS, true);
  }

  private static void measures(DocxLayout layout, PlanPage page) {
    int[] widths = page.hasResources() ? WIDTHS_WITH_RESOURCES : WIDTHS;
    XWPFTable table = layout.table(widths);
    header(table, widths, page.headers(), DocxLayout.TABLE_POINTS);
    for (PlanPage.Row r : page.rows()) {
      try {
        row(layout, page, table, widths, r);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException((r.section() ? "Section heading \"" + r.name().split("\\.", 2)[0] + ".\""
            : "Measure " + r.number()) + ": " + e.getMessage(), e);
      }
    }
  }

  private static void row(DocxLayout layout, PlanPage page, XWPFTable table, int[] widths, PlanPage.Row r) {
    if (r.section()) {
      DocxLayout.spanningRow(table, widths, r.name(), DocxLayout.TABLE_POINTS, true);
      return;
    }
    List<String> texts = List.of(r.number(), r.name(), r.deadline(), r.responsible());
    XWPFTableRow row = DocxLayout.row(table, widths, texts, DocxLayout.TABLE_POINTS, false, false);
    if (!r.indicators().isEmpty()) {
      layout.items(row.getCell(4), r.indicators(), DocxLayout.TABLE_POINTS);
    }
    if (!r.results().isEmpty()) {
      layout.items(row.getCell(5), r.results(), DocxLayout.TABLE_POINTS);
    }
    if (page.hasResources() && !r.resources().isEmpty()) {
      DocxLayout.run(DocxLayout.firstParagraph(row.getCell(6)), r.resources(), DocxLayout.TABLE_POINTS, false);
    }
  }

  /** The header row and the row of column numbers, both repeated on every page. */
  private static void header(XWPFTable table, int[] widths, List<String> headers, int points) {
    DocxLayout.row(table, widths, headers, points, true, true);
    List<String> numbers = new ArrayList<>();
    for (int i = 1; i <= headers.size(); i++) {
      numbers.add(Integer.toString(i));
    }
    DocxLayout.row(table, widths, numbers, points, false, true);
  }

  private static void register(DocxLayout layout, PlanPage page) {
    XWPFTable table = layout.table(REGISTER_WIDTHS);
    header(table, REGISTER_WIDTHS, page.registerHeaders(), DocxLayout.SMALL_TABLE_POINTS);
    for (List<PlanPage.Cell> cells : page.register()) {
      String id = cells.get(0).items().isEmpty() ? "" : cells.get(0).items().get(0);
      try {
        registerRow(layout, table, cells);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("Corruption risk " + id + ": " + e.getMessage(), e);
      }
    }
  }

  private static void registerRow(DocxLayout layout, XWPFTable table, List<PlanPage.Cell> cells) {
    XWPFTableRow row = DocxLayout.row(table, REGISTER_WIDTHS, List.of(), DocxLayout.SMALL_TABLE_POINTS, false,
        false);
    for (int i = 0; i < cells.size(); i++) {
      List<String> items = cells.get(i).items();
      if (!items.isEmpty()) {
        layout.items(row.getCell(i), items, DocxLayout.SMALL_TABLE_POINTS);
      }
    }
  }
}
