package io.github.acplan.benchmarks.documents;

import io.github.acplan.benchmarks.diff.PlanGenerator;
import io.github.acplan.core.Measure;
import io.github.acplan.core.Plan;
import io.github.acplan.core.Section;
import io.github.acplan.documents.PlanDocuments;
import io.github.acplan.serialization.text.ReadResult;
import io.github.acplan.test.fixtures.SeedFixtures;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Reading a plan through {@link PlanDocuments} against a floor of the same library only extracting the
 * text: for DOCX, POI opening the document and taking every table cell's text; for PDF, PDFBox's
 * {@link PDFTextStripper} on the same file; for HTML, jsoup parsing the page and taking every cell's
 * text. "seed" is the seed plan as LibreOffice made it (DOCX, 12-page PDF, HTML); "1000" a generated
 * plan of 1 000 measures written at set-up as a DOCX table by POI and as a ruled-table PDF by PDFBox
 * ({@link RuledTablePdf}, which needs the DejaVu Sans font installed; without it the PDF benchmarks of
 * "1000" measure nothing and return at once). No HTML at that size.
 */
@BenchmarkMode(Mode.AverageTime)
@Fork(jvmArgsAppend = {"-Xms1g", "-Xmx1g", "-XX:+AlwaysPreTouch"})
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
public class DocumentsBenchmark {

  /** Which plan: the seed's documents, or a generated plan of that many measures (DOCX only). */
  @Param({"seed", "1000"})
  public String plan;

  private byte[] docx;
  private byte[] pdf;
  private byte[] html;

  /**
   * Loads or makes the documents.
   *
   * @throws IOException if POI fails (a bug)
   */
  @Setup
  public void setUp() throws IOException {
    if (plan.equals("seed")) {
      docx = SeedFixtures.docx();
      pdf = SeedFixtures.pdf();
      html = SeedFixtures.html();
    } else {
      Plan generated = PlanGenerator.seeded(42).plan(Integer.parseInt(plan));
      docx = docx(generated);
      pdf = RuledTablePdf.fontInstalled() ? RuledTablePdf.print(generated) : null;
      html = null;
    }
  }

  /** A plain DOCX of a plan: title paragraphs, the header, heading rows and measure rows. */
  static byte[] docx(Plan plan) throws IOException {
    try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      doc.createParagraph().createRun().setText("ПЛАН ЗАХОДІВ");
      doc.createParagraph().createRun().setText(plan.title());
      doc.createParagraph().createRun().setText("на " + plan.period().firstYear() + " рік");
      XWPFTable table = doc.createTable(1, 6);
      String[] header = {"№ з/п", "Найменування заходу", "Строк виконання", "Відповідальні за виконання",
          "Індикатор виконання", "Очікувані результати"};
      for (int i = 0; i < 6; i++) {
        table.getRow(0).getCell(i).setText(header[i]);
      }
      for (Section s : plan.sections()) {
        XWPFTableRow heading = table.createRow();
        heading.getCell(0).setText(s.number() + ". " + s.title());
        for (Measure m : s.measures()) {
          XWPFTableRow row = table.createRow();
          row.getCell(0).setText(m.number().toString());
          row.getCell(1).setText(m.name());
          row.getCell(2).setText(m.deadline().text());
          row.getCell(3).setText(m.responsible().text());
          row.getCell(4).setText(m.indicators().isEmpty() ? "" : m.indicators().get(0).text());
          row.getCell(5).setText(m.expectedResults().isEmpty() ? "" : m.expectedResults().get(0).text());
        }
      }
      doc.write(out);
      return out.toByteArray();
    }
  }

  /**
   * acplan: the DOCX read into a plan.
   *
   * @return the plan read
   * @throws Exception if it cannot be read (a bug)
   */
  @Benchmark
  public ReadResult docxAcplan() throws Exception {
    return PlanDocuments.standard().read(new ByteArrayInputStream(docx));
  }

  /**
   * Floor: POI opens the DOCX and takes every table cell's text.
   *
   * @return the number of characters taken
   * @throws IOException if POI fails (a bug)
   */
  @Benchmark
  public long docxPoiFloor() throws IOException {
    long chars = 0;
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
      for (XWPFTable t : doc.getTables()) {
        for (XWPFTableRow r : t.getRows()) {
          for (XWPFTableCell c : r.getTableCells()) {
            chars += c.getText().length();
          }
        }
      }
    }
    return chars;
  }

  /**
   * acplan: the PDF read into a plan.
   *
   * @return the plan read, or null without a PDF
   * @throws Exception if it cannot be read (a bug)
   */
  @Benchmark
  public ReadResult pdfAcplan() throws Exception {
    return pdf == null ? null : PlanDocuments.standard().read(new ByteArrayInputStream(pdf));
  }

  /**
   * Floor: PDFBox's text stripper on the same PDF.
   *
   * @return the text's length
   * @throws IOException if PDFBox fails (a bug)
   */
  @Benchmark
  public int pdfTextStripperFloor() throws IOException {
    if (pdf == null) {
      return 0;
    }
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(doc).length();
    }
  }

  /**
   * acplan: the HTML page read into a plan (the seed only).
   *
   * @return the plan read, or null for the generated plan
   * @throws Exception if it cannot be read (a bug)
   */
  @Benchmark
  public ReadResult htmlAcplan() throws Exception {
    return html == null ? null : PlanDocuments.standard().read(new ByteArrayInputStream(html));
  }

  /**
   * Floor: jsoup parses the page and takes every cell's text.
   *
   * @return the number of characters taken
   */
  @Benchmark
  public long htmlJsoupFloor() {
    if (html == null) {
      return 0;
    }
    long chars = 0;
    for (Element td : Jsoup.parse(new String(html, java.nio.charset.StandardCharsets.UTF_8)).select("td, th")) {
      chars += td.text().length();
    }
    return chars;
  }
}
