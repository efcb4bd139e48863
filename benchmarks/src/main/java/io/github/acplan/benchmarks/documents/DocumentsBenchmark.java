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
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
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
 * "1000" measure nothing and return at once). No HTML at that size. XLSX, for both: the plan laid out in
 * a sheet by POI as a council keeps it (title rows, the header, headings merged across, measure rows);
 * its floor is POI's object model opening the workbook and showing every cell's text, the way acplan read
 * workbooks before it streamed their sheets.
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
  private byte[] xlsx;

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
      xlsx = xlsx(SeedFixtures.plan());
    } else {
      Plan generated = PlanGenerator.seeded(42).plan(Integer.parseInt(plan));
      docx = docx(generated);
      pdf = RuledTablePdf.fontInstalled() ? RuledTablePdf.print(generated) : null;
      html = null;
      xlsx = xlsx(generated);
    }
  }

  /** A plan kept in a sheet: title rows, the header, headings merged across the table, measure rows. */
  static byte[] xlsx(Plan plan) throws IOException {
    try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      XSSFSheet sheet = book.createSheet("План");
      int r = 0;
      for (String line : new String[] {"ПЛАН ЗАХОДІВ", plan.title(), "на " + plan.period().firstYear() + " рік"}) {
        sheet.createRow(r++).createCell(0).setCellValue(line);
      }
      String[] header = {"№ з/п", "Найменування заходу", "Строк виконання", "Відповідальні за виконання",
          "Індикатор виконання", "Очікувані результати"};
      XSSFRow top = sheet.createRow(r++);
      for (int i = 0; i < 6; i++) {
        top.createCell(i).setCellValue(header[i]);
      }
      for (Section s : plan.sections()) {
        sheet.createRow(r).createCell(0).setCellValue(s.number() + ". " + s.title());
        sheet.addMergedRegion(new CellRangeAddress(r, r, 0, 5));
        r++;
        for (Measure m : s.measures()) {
          XSSFRow row = sheet.createRow(r++);
          row.createCell(0).setCellValue(m.number().toString());
          row.createCell(1).setCellValue(m.name());
          row.createCell(2).setCellValue(m.deadline().text());
          row.createCell(3).setCellValue(m.responsible().text());
          row.createCell(4).setCellValue(m.indicators().isEmpty() ? "" : m.indicators().get(0).text());
          row.createCell(5).setCellValue(m.expectedResults().isEmpty() ? "" : m.expectedResults().get(0).text());
        }
      }
      book.write(out);
      return out.toByteArray();
    }
  }

  /**
   * acplan: the XLSX read into a plan, its sheet streamed.
   *
   * @return the plan read
   * @throws Exception if it cannot be read (a bug)
   */
  @Benchmark
  public ReadResult xlsxAcplan() throws Exception {
    return PlanDocuments.standard().read(new ByteArrayInputStream(xlsx));
  }

  /**
   * Floor: POI's object model opens the workbook and every cell's text is shown, nothing interpreted.
   *
   * @return the characters seen
   * @throws IOException if POI fails (a bug)
   */
  @Benchmark
  public long xlsxPoiObjectModelFloor() throws IOException {
    long chars = 0;
    DataFormatter formatter = new DataFormatter(Locale.ROOT);
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      for (Row row : book.getSheetAt(0)) {
        for (Cell cell : row) {
          chars += formatter.formatCellValue(cell).length();
        }
      }
    }
    return chars;
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
