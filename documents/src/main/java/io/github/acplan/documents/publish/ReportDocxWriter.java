package io.github.acplan.documents.publish;

import io.github.acplan.core.monitoring.MonitoringResult;
import io.github.acplan.documents.publish.internal.ReportPage;
import io.github.acplan.serialization.report.ReportPhrases;
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
 * Writes the monitoring report ("Інформація про стан виконання … за I півріччя 2020 року") as a Word
 * document (DOCX), with the content and the words of
 * {@link io.github.acplan.serialization.report.ExecutionReportTextWriter} and of
 * {@link ReportHtmlWriter}'s page (without its charts): the title, the key figures, the table section by
 * section (number, measure, deadline with due date and standing, responsible, status, verdict, comment
 * with evidence), then the summary.
 *
 * <p>Laid out as {@link PlanDocxWriter} is, after ДСТУ 4163:2020: A4 portrait, margins of 30, 10, 20 and 20
 * mm, Times New Roman of 14 points, 10 points in the table of seven columns; the table's header row is
 * repeated on every page and rows may break across pages.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ReportDocxWriter {

  private static final int[] WIDTHS = {567, 2200, 1300, 1400, 1300, 1300, 1571};

  private static final ReportDocxWriter STANDARD = new ReportDocxWriter();

  private ReportDocxWriter() {}

  /**
   * The writer.
   *
   * @return the shared instance
   */
  public static ReportDocxWriter standard() {
    return STANDARD;
  }

  /**
   * Writes the report as a DOCX document. The stream is not closed.
   *
   * @param result the monitoring result
   * @param locale Ukrainian ("uk") for Ukrainian, anything else for English
   * @param out where to write
   * @throws IOException if {@code out} fails
   * @throws IllegalArgumentException if a text of the plan or the status file has a character a Word
   *     document cannot hold (a control character other than TAB and line breaks, a lone surrogate)
   */
  public void write(MonitoringResult result, Locale locale, OutputStream out) throws IOException {
    Objects.requireNonNull(result, "result");
    Objects.requireNonNull(locale, "locale");
    Objects.requireNonNull(out, "out");
    ReportPage page = ReportPage.of(result, locale);
    try (XWPFDocument doc = new XWPFDocument()) {
      DocxLayout layout = new DocxLayout(doc);
      for (String line : page.title()) {
        DocxLayout.run(layout.paragraph(ParagraphAlignment.CENTER), line, DocxLayout.TEXT_POINTS, true);
      }
      layout.blank();
      for (ReportPage.Figure f : page.figures()) {
        DocxLayout.run(layout.paragraph(ParagraphAlignment.LEFT), f.label() + ": " + f.value(),
            DocxLayout.TEXT_POINTS, false);
      }
      layout.blank();
      int points = DocxLayout.SMALL_TABLE_POINTS;
      XWPFTable table = layout.table(WIDTHS);
      DocxLayout.row(table, WIDTHS, page.headers(), points, true, true);
      for (ReportPage.Row r : page.rows()) {
        if (r.section()) {
          DocxLayout.spanningRow(table, WIDTHS, r.name(), points, true);
          continue;
        }
        String deadline = r.deadline() + (r.risks().isEmpty() ? "" : "\n" + String.join("\n", r.risks()));
        List<String> comment = new ArrayList<>();
        if (!r.comment().isEmpty()) {
          comment.add(r.comment());
        }
        r.evidence().forEach(e -> comment.add(e.text()));
        XWPFTableRow row = DocxLayout.row(table, WIDTHS, List.of(r.number(), r.name(), deadline, r.responsible(),
            r.status(), r.verdict()), points, false, false);
        if (!comment.isEmpty()) {
          DocxLayout.run(DocxLayout.firstParagraph(row.getCell(6)), String.join("\n", comment), points, false);
        }
      }
      for (ReportPhrases.Block b : page.summary()) {
        layout.blank();
        DocxLayout.run(layout.paragraph(ParagraphAlignment.LEFT), b.heading(), DocxLayout.TEXT_POINTS, true);
        for (String line : b.lines()) {
          DocxLayout.run(layout.paragraph(ParagraphAlignment.LEFT), line, DocxLayout.TEXT_POINTS, false);
        }
      }
      doc.write(out);
    }
  }
}
