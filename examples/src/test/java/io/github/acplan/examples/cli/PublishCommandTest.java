package io.github.acplan.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs {@code acplan publish} and {@code acplan report --format html|docx} in-process on the seed. */
class PublishCommandTest {

  @TempDir
  Path dir;

  private Path bundled(String name) throws IOException {
    Path file = dir.resolve(name);
    BundledFiles.copy(name, file);
    return file;
  }

  @Test
  void publishesTheSeedPlanAsDocxWithItsTable() throws Exception {
    Path out = dir.resolve("plan.docx");
    CliRun run = CliRun.run("publish", bundled("dovhyntsivskyi-2020-plan.txt").toString(), "--format", "docx",
        "--out", out.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).isEqualTo(out + ": docx, 41 measures\n");
    try (InputStream in = Files.newInputStream(out); XWPFDocument doc = new XWPFDocument(in)) {
      assertThat(doc.getTables().get(0).getRows()).hasSize(2 + 6 + 41);
    }
  }

  @Test
  void publishesTheSeedPlanAsAnEnglishHtmlPage() throws Exception {
    Path out = dir.resolve("plan.html");
    CliRun run = CliRun.run("publish", bundled("dovhyntsivskyi-2020-plan.txt").toString(), "--format", "html",
        "--lang", "en", "--out", out.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    String html = Files.readString(out, StandardCharsets.UTF_8);
    assertThat(html).contains("<html lang=\"en\">", "<th scope=\"col\">Measure</th>", "Олександр Гижко");
  }

  @Test
  void publishesThe2020DueDatesAsICalendar() throws Exception {
    Path out = dir.resolve("plan.ics");
    CliRun run = CliRun.run("publish", bundled("dovhyntsivskyi-2020-plan.txt").toString(), "--format", "ics",
        "--year", "2020", "--out", out.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    String ics = Files.readString(out, StandardCharsets.UTF_8);
    assertThat(ics).startsWith("BEGIN:VCALENDAR\r\n").contains("DTSTART;VALUE=DATE:20210111\r\n");
    int events = ics.split("BEGIN:VEVENT", -1).length - 1;
    assertThat(run.out()).isEqualTo(out + ": ics, " + events + " due dates of 2020\n");
  }

  @Test
  void refusesAYearOutsideThePlanAndOptionsOfAnotherFormat() throws Exception {
    Path plan = bundled("dovhyntsivskyi-2020-plan.txt");
    CliRun outside = CliRun.run("publish", plan.toString(), "--format", "ics", "--year", "2021", "--out",
        dir.resolve("x.ics").toString());
    assertThat(outside.exitCode()).isEqualTo(2);
    assertThat(outside.err()).isEqualTo("acplan publish: --year 2021 is outside the plan's period 2020\n");
    CliRun year = CliRun.run("publish", plan.toString(), "--format", "docx", "--year", "2020", "--out",
        dir.resolve("x.docx").toString());
    assertThat(year.err()).isEqualTo("acplan publish: --year applies to --format ics only\n");
    CliRun format = CliRun.run("publish", plan.toString(), "--format", "pdf", "--out", dir.resolve("x").toString());
    assertThat(format.err()).isEqualTo("acplan publish: Invalid value for option '--format': expected one of "
        + "[docx, html, ics] (case-insensitive) but was 'pdf'\n"
        + "Try 'acplan publish --help' for more information.\n");
  }

  @Test
  void reportsTheFirstHalfOf2020AsHtmlAndDocx() throws Exception {
    Path plan = bundled("dovhyntsivskyi-2020-plan.txt");
    Path status = bundled("dovhyntsivskyi-2020-H1-status.json");
    Path html = dir.resolve("report.html");
    CliRun run = CliRun.run("report", plan.toString(), status.toString(), "--format", "html", "--out",
        html.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(Files.readString(html, StandardCharsets.UTF_8)).contains("<b>4 (10,0 %)</b>", "<svg");
    Path docx = dir.resolve("report.docx");
    CliRun word = CliRun.run("report", plan.toString(), status.toString(), "--period", "2020-H1", "--format",
        "docx", "--out", docx.toString());
    assertThat(word.exitCode()).as(word.err()).isZero();
    try (InputStream in = Files.newInputStream(docx); XWPFDocument doc = new XWPFDocument(in)) {
      assertThat(doc.getParagraphs().get(0).getText()).startsWith("Інформація про стан виконання");
    }
    CliRun noOut = CliRun.run("report", plan.toString(), status.toString(), "--format", "docx");
    assertThat(noOut.err()).isEqualTo("acplan report: --format docx needs --out FILE\n");
  }
}
