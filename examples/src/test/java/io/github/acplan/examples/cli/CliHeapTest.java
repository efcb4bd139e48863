package io.github.acplan.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.acplan.serialization.text.TextLimits;
import io.github.acplan.test.fixtures.SeedFixtures;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line under a 256 MB heap, as a hostile user would run it: a file far over the byte limit,
 * a 40 MB plan text and a plan of 100 000 measures end in the documented refusal (exit code 2, one line
 * naming the file, the line and the limit), never in {@code OutOfMemoryError}; a plan of exactly
 * {@link TextLimits#maxMeasures()} measures is read, validated, scheduled and written as JSON, and one more
 * measure is refused; a 16 MB JSON array and a 40 MB JSON string are refused by the JSON reader's limits
 * and checks as they stream. Each case starts {@code acplan} in a new JVM with {@code -Xmx256m}; the files are
 * made in a temporary folder at test time.
 */
class CliHeapTest {

  @TempDir
  Path dir;

  @Test
  void aThreeHundredMegabyteFileIsRefusedBeforeItIsRead() throws Exception {
    Path file = dir.resolve("huge.txt");
    try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
      f.setLength(300L << 20); // sparse: the size is what the command must look at first
    }

    for (String command : List.of("parse", "validate", "schedule")) {
      Outcome r = acplan(command, file.toString());

      assertThat(r.exitCode).as(command).isEqualTo(2);
      assertThat(r.output).as(command).contains("huge.txt").contains("more than the limit")
          .doesNotContain("OutOfMemoryError", "Exception in thread");
    }

    // The files beside the plan: a status file for report, a staff list for validate.
    Path plan = dir.resolve("plan.txt");
    Files.writeString(plan, SeedFixtures.text(), StandardCharsets.UTF_8);
    for (String[] args : List.of(new String[] {"report", plan.toString(), file.toString()},
        new String[] {"validate", "--staff", file.toString(), plan.toString()})) {
      Outcome r = acplan(args);

      assertThat(r.exitCode).as(args[0] + ", output:\n" + r.head()).isEqualTo(2);
      assertThat(r.output).as(args[0]).contains("huge.txt").contains("more than the limit")
          .doesNotContain("OutOfMemoryError", "Exception in thread");
    }
  }

  @Test
  void aFortyMegabytePlanTextIsRefusedAtTheCharacterLimitUnder256MbOfHeap() throws Exception {
    Path file = dir.resolve("forty.txt");
    writePlan(file, 40L << 20);
    assertThat(Files.size(file)).isGreaterThanOrEqualTo(40L << 20);

    for (String command : List.of("parse", "validate")) {
      Outcome r = acplan(command, file.toString());

      assertThat(r.output).as(command).doesNotContain("OutOfMemoryError", "Exception in thread",
          "StackOverflowError");
      assertThat(r.exitCode).as(command + " exit code, output:\n" + r.head()).isEqualTo(2);
      assertThat(r.output).as(command).contains(file + ": line ")
          .contains("the text is longer than " + TextLimits.standard().maxChars() + " characters, "
              + "the limit of TextLimits.maxChars");
    }
  }

  @Test
  void aWorkbookOfAMillionCellsIsRefusedAtTheRowLimitUnder256MbOfHeap() throws Exception {
    // POI's object model held the whole sheet before the rows were counted: this 13 MB workbook ran out
    // of a 1 GB heap. The sheet is now streamed and refused at its 50 001st row.
    Path file = dir.resolve("million-cells.xlsx");
    writeWorkbook(file, 200_000, 6);
    Outcome r = acplan("parse", file.toString());
    assertThat(r.output).doesNotContain("OutOfMemoryError", "Exception in thread");
    assertThat(r.exitCode).as(r.head()).isEqualTo(2);
    assertThat(r.output).contains(file + ": sheet «Дані», row 50001: the table has more than 50000 rows, "
        + "the limit of DocumentLimits.maxTableRows");
  }

  /** A workbook of one sheet of random hexadecimal cells, inline strings, written as the XML it is. */
  private static void writeWorkbook(Path file, int rows, int columns) throws IOException {
    java.util.Random random = new java.util.Random(7);
    try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(file))) {
      entry(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas."
          + "openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" ContentType=\"application/"
          + "vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/"
          + "xml\"/><Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-"
          + "officedocument.spreadsheetml.sheet.main+xml\"/><Override PartName=\"/xl/worksheets/sheet1.xml\" "
          + "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/></Types>");
      entry(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://"
          + "schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://"
          + "schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/"
          + "workbook.xml\"/></Relationships>");
      entry(zip, "xl/workbook.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"http://"
          + "schemas.openxmlformats.org/spreadsheetml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/"
          + "officeDocument/2006/relationships\"><sheets><sheet name=\"Дані\" sheetId=\"1\" r:id=\"rId1\"/>"
          + "</sheets></workbook>");
      entry(zip, "xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships "
          + "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" "
          + "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" "
          + "Target=\"worksheets/sheet1.xml\"/></Relationships>");
      zip.putNextEntry(new java.util.zip.ZipEntry("xl/worksheets/sheet1.xml"));
      BufferedWriter out = new BufferedWriter(new java.io.OutputStreamWriter(zip, StandardCharsets.UTF_8));
      out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/"
          + "spreadsheetml/2006/main\"><sheetData>");
      for (int r = 1; r <= rows; r++) {
        out.write("<row r=\"" + r + "\">");
        for (int c = 0; c < columns; c++) {
          out.write("<c r=\"" + (char) ('A' + c) + r + "\" t=\"inlineStr\"><is><t>"
              + Long.toHexString(random.nextLong() >>> 24) + "</t></is></c>");
        }
        out.write("</row>");
      }
      out.write("</sheetData></worksheet>");
      out.flush();
      zip.closeEntry();
    }
  }

  private static void entry(java.util.zip.ZipOutputStream zip, String name, String xml) throws IOException {
    zip.putNextEntry(new java.util.zip.ZipEntry(name));
    zip.write(xml.getBytes(StandardCharsets.UTF_8));
    zip.closeEntry();
  }

  @Test
  void pagesOfThousandsOfSmallTablesAreRefusedUnder256MbOfHeap() throws Exception {
    // Each table was a grid with the whole page around it as its text: 20 000 tables of a 1 MB page ran
    // out of a 512 MB heap. Now the text around a table is its nearest blocks, and tables are limited.
    String table = "<p>x</p><table><tr><td>a</td><td>b</td></tr></table>";
    Path over = dir.resolve("twenty-thousand-tables.html");
    Files.writeString(over, "<html><body>" + table.repeat(20_000) + "</body></html>");
    Path under = dir.resolve("nine-thousand-tables.html");
    Files.writeString(under, "<html><body>" + table.repeat(9_000) + "</body></html>");

    Outcome refused = acplan("parse", over.toString());
    assertThat(refused.output).doesNotContain("OutOfMemoryError", "Exception in thread");
    assertThat(refused.exitCode).as(refused.head()).isEqualTo(2);
    assertThat(refused.output).contains(over + ": HTML: the document has 20000 tables, more than 10000, "
        + "the limit of DocumentLimits.maxTables");

    Outcome none = acplan("parse", under.toString());
    assertThat(none.output).doesNotContain("OutOfMemoryError", "Exception in thread");
    assertThat(none.exitCode).as(none.head()).isEqualTo(2);
    assertThat(none.output).contains("(no table of the 9000 read as a plan: HTML, table 1: 1 row;")
        .contains("; and 8980 more)");
  }

  @Test
  void aPlanOfOneHundredThousandMeasuresIsRefusedUnder256MbOfHeap() throws Exception {
    Path file = dir.resolve("hundred-thousand.txt");
    int measures = writePlan(file, 100_000);
    assertThat(measures).isEqualTo(100_000);

    for (List<String> args : List.of(List.of("parse", "--format", "json"), List.of("validate"),
        List.of("validate", "--format", "json"))) {
      Outcome r = acplan(with(args, file));

      assertThat(r.output).as(args.toString()).doesNotContain("OutOfMemoryError", "Exception in thread",
          "StackOverflowError");
      assertThat(r.exitCode).as(args + " exit code, output:\n" + r.head()).isEqualTo(2);
      assertThat(r.output).as(args.toString()).contains(file + ": line ").contains("the limit of TextLimits.");
    }
  }

  @Test
  void aPlanAtTheMeasureLimitIsReadValidatedAndWrittenUnder256MbOfHeap() throws Exception {
    int limit = TextLimits.standard().maxMeasures();
    Path file = dir.resolve("at-the-limit.txt");
    assertThat(writePlan(file, limit)).isEqualTo(limit);
    String last = ((limit + 99) / 100) + "." + ((limit - 1) % 100 + 1);

    Outcome parsed = acplan("parse", "--format", "json", file.toString());
    assertThat(parsed.exitCode).as("parse exit code, output:\n" + parsed.head()).isZero();
    assertThat(parsed.output).contains("\"number\": \"" + last + "\"")
        .doesNotContain("OutOfMemoryError");

    for (List<String> args : List.of(List.of("validate"), List.of("validate", "--format", "json"),
        List.of("schedule", "--format", "csv"))) {
      Outcome r = acplan(with(args, file));
      // validate exits 1 when it finds errors; neither is a refusal
      assertThat(r.exitCode).as(args + " exit code, output:\n" + r.head()).isIn(0, 1);
      assertThat(r.output).as(args.toString()).doesNotContain("OutOfMemoryError", "Exception in thread");
    }
  }

  @Test
  void aPlanOneMeasureOverTheLimitIsRefusedAtThatMeasuresLine() throws Exception {
    int limit = TextLimits.standard().maxMeasures();
    Path file = dir.resolve("over-the-limit.txt");
    writePlan(file, limit + 1);

    Outcome r = acplan("parse", file.toString());

    assertThat(r.exitCode).as("exit code, output:\n" + r.head()).isEqualTo(2);
    assertThat(r.output).contains(file + ": line ")
        .contains("the plan has more than " + limit + " measures, the limit of TextLimits.maxMeasures");
  }

  @Test
  void aSixteenMegabyteJsonArrayAndAFortyMegabyteJsonStringAreRefusedUnder256MbOfHeap() throws Exception {
    Path array = dir.resolve("array.json");
    try (BufferedWriter out = Files.newBufferedWriter(array, StandardCharsets.UTF_8)) {
      out.write("{\"schemaVersion\":1,\"zzz\":[\"a\"");
      for (long written = 0; written < 16L << 20; written += 4) {
        out.write(",\"a\"");
      }
      out.write("]}");
    }
    Path string = dir.resolve("string.json");
    try (BufferedWriter out = Files.newBufferedWriter(string, StandardCharsets.UTF_8)) {
      out.write('"');
      char[] block = new char[1 << 20];
      java.util.Arrays.fill(block, 'a');
      for (int i = 0; i < 40; i++) {
        out.write(block);
      }
      out.write('"');
    }

    for (Path file : List.of(array, string)) {
      Outcome r = acplan("parse", file.toString());

      assertThat(r.output).as(file.toString()).doesNotContain("OutOfMemoryError", "Exception in thread");
      assertThat(r.exitCode).as(file + " exit code, output:\n" + r.head()).isEqualTo(2);
      assertThat(r.output).as(file.toString()).contains(file + ": $");
    }
  }

  private static String[] with(List<String> args, Path file) {
    List<String> all = new ArrayList<>(args);
    all.add(file.toString());
    return all.toArray(String[]::new);
  }

  /** Writes a plan text of the seed's layout: 1 000 sections of 100 measures each. */
  private static int writePlan(Path file, int measures) throws IOException {
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      header(out);
      int written = 0;
      for (int s = 1; written < measures; s++) {
        out.write(s + ". Розділ " + s + "\t\t\t\t\t\n");
        for (int m = 1; m <= 100 && written < measures; m++, written++) {
          row(out, s + "." + m);
        }
      }
      footer(out);
      return written;
    }
  }

  /**
   * Writes a plan text of at least {@code bytes}, sections of 100 measures whose expected results are
   * long enough (about 900 characters a row) that the character limit is reached before the measure
   * limit: the text is read line by line into the plan, so whichever limit comes first refuses it.
   */
  private static void writePlan(Path file, long bytes) throws IOException {
    String results = "; удосконалення антикорупційної діяльності".repeat(15);
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      header(out);
      long written = 0;
      for (int s = 1; written < bytes; s++) {
        out.write(s + ". Розділ " + s + "\t\t\t\t\t\n");
        for (int m = 1; m <= 100; m++) {
          written += row(out, s + "." + m, results);
        }
      }
      footer(out);
    }
  }

  private static void header(BufferedWriter out) throws IOException {
    out.write("Додаток\nдо розпорядження голови\nрайонної в місті ради\nвід 09.01.2020 № 2-р\n\n"
        + "ПЛАН ЗАХОДІВ\nщодо запобігання та виявлення корупції\n"
        + "у виконкомі Довгинцівської районної в місті ради\nна 2020 рік\n\n"
        + "№ з/п\tНайменування заходу\tСтрок виконання\tВідповідальні за виконання\t"
        + "Індикатор виконання\tОчікувані результати\n1\t2\t3\t4\t5\t6\n");
  }

  private static int row(BufferedWriter out, String number) throws IOException {
    return row(out, number, "");
  }

  private static int row(BufferedWriter out, String number, String moreResults) throws IOException {
    String line = number + "\tПроводити моніторинг виконання Плану заходів\tЩопівроку (червень, грудень "
        + "2020 року)\tГоловний спеціаліст з питань запобігання і виявлення корупції\tПроведено "
        + "оцінку\tУдосконалення антикорупційної діяльності" + moreResults + "\n";
    out.write(line);
    return line.getBytes(StandardCharsets.UTF_8).length;
  }

  private static void footer(BufferedWriter out) throws IOException {
    out.write("\nКеруючий справами виконкому\t\t\t\t\tОлександр Гижко\n");
  }

  /** Runs {@code acplan args…} in a new JVM with -Xmx256m; its output, both streams together. */
  private Outcome acplan(String... args) throws IOException, InterruptedException {
    List<String> command = ForkedAcplan.command(List.of("-Xmx256m", "-XX:+ExitOnOutOfMemoryError"), args);
    // Standard output (a 100 000-measure JSON) goes to a file: only its end is looked at.
    Path out = Files.createTempFile(dir, "out", ".txt");
    Process process = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(out.toFile()).start();
    assertThat(process.waitFor(10, TimeUnit.MINUTES)).as("acplan " + String.join(" ", args)).isTrue();
    String output = Files.readString(out, StandardCharsets.UTF_8);
    Files.delete(out);
    return new Outcome(process.exitValue(), output);
  }

  private static final class Outcome {
    final int exitCode;
    final String output;

    Outcome(int exitCode, String output) {
      this.exitCode = exitCode;
      this.output = output;
    }

    String head() {
      return output.substring(0, Math.min(output.length(), 2_000));
    }
  }
}
