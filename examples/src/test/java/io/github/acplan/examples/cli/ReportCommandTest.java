package io.github.acplan.examples.cli;

import static io.github.acplan.examples.cli.CliRun.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.acplan.calendar.UkrainianCalendar;
import io.github.acplan.core.Plan;
import io.github.acplan.core.monitoring.ExecutionMonitor;
import io.github.acplan.core.monitoring.ExecutionReport;
import io.github.acplan.core.monitoring.MonitoringResult;
import io.github.acplan.serialization.json.ExecutionReportJson;
import io.github.acplan.serialization.json.MonitoringResultJson;
import io.github.acplan.serialization.report.ExecutionReportTextWriter;
import io.github.acplan.serialization.text.PlanTextReader;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs {@code acplan report} in-process on the seed plan and the bundled hand-written 2020-H1 status file,
 * and compares what it prints with what the library writes for the same inputs (the serialization module
 * compares that with its golden files).
 */
class ReportCommandTest {

  private static final Locale UK = Locale.forLanguageTag("uk");

  @TempDir
  Path dir;

  private Path bundled(String name) throws IOException {
    Path file = dir.resolve(name);
    BundledFiles.copy(name, file);
    return file;
  }

  private Path plan() throws IOException {
    return bundled("dovhyntsivskyi-2020-plan.txt");
  }

  private Path status() throws IOException {
    return bundled("dovhyntsivskyi-2020-H1-status.json");
  }

  /**
   * What the library writes for the same plan and status file: the CLI must print exactly that. The
   * content itself is compared with golden files in the serialization module's tests.
   */
  private String library(Locale locale, boolean json) throws Exception {
    Plan p = PlanTextReader.standard().read(Files.readString(plan(), StandardCharsets.UTF_8)).plan();
    ExecutionReport report = ExecutionReportJson.standard().read(Files.readString(status(), StandardCharsets.UTF_8));
    MonitoringResult result = ExecutionMonitor.of(p, UkrainianCalendar.standard()).assess(report);
    return json ? MonitoringResultJson.standard().write(result) : ExecutionReportTextWriter.standard().write(result, locale);
  }

  @Test
  void theSeedPlansFirstHalfOf2020IsTheLibrarysReport() throws Exception {
    CliRun r = run("report", plan().toString(), status().toString(), "--period", "2020-H1");
    assertThat(r.err()).isEmpty();
    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).isEqualTo(library(UK, false))
        .startsWith("Інформація про стан виконання Плану заходів щодо запобігання та виявлення корупції у "
            + "виконкомі Довгинцівської районної в місті ради на 2020 рік\nза I півріччя 2020 року (станом на "
            + "30.06.2020)\n");
  }

  @Test
  void aStatusFileSavedAsUtf16WithItsByteOrderMarkIsReadAsTheUtf8One() throws Exception {
    String status = Files.readString(status(), StandardCharsets.UTF_8);
    for (Charset encoding : new Charset[] {StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE,
        Charset.forName("UTF-32BE"), StandardCharsets.UTF_8}) {
      Path saved = Files.write(dir.resolve(encoding + ".json"), ("\uFEFF" + status).getBytes(encoding));
      CliRun r = run("report", plan().toString(), saved.toString(), "--period", "2020-H1");
      assertThat(r.err()).as(encoding.name()).isEmpty();
      assertThat(r.out()).as(encoding.name()).isEqualTo(library(UK, false));
    }
    // an odd byte at the end cannot be UTF-16: refused in one line that names the encoding
    byte[] utf16 = ("\uFEFF" + status).getBytes(StandardCharsets.UTF_16LE);
    Path cut = Files.write(dir.resolve("cut.json"), Arrays.copyOf(utf16, utf16.length + 1));
    CliRun r = run("report", plan().toString(), cut.toString());
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).isEqualTo("acplan report: " + cut + ": not UTF-16LE text; expected a status file in UTF-8, "
        + "or in UTF-16 or UTF-32 after its byte order mark" + System.lineSeparator());
  }

  @Test
  void inEnglishAndAsJson() throws Exception {
    CliRun en = run("report", plan().toString(), status().toString(), "--lang", "en");
    assertThat(en.exitCode()).isZero();
    assertThat(en.out()).isEqualTo(library(Locale.ENGLISH, false));
    CliRun json = run("report", plan().toString(), status().toString(), "--format", "json");
    assertThat(json.exitCode()).isZero();
    assertThat(json.out()).isEqualTo(library(UK, true)).contains("\"format\": \"acplan-monitoring-result\"");
  }

  @Test
  void writesTheFileAndPrintsOneLine() throws Exception {
    Path out = dir.resolve("report-2020-H1.txt");
    CliRun r = run("report", plan().toString(), status().toString(), "--out", out.toString());
    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).isEqualTo(out + ": 2020-H1 as of 2020-06-30: 40 counted, 4 done, 1 overdue, 1 unreported\n");
    assertThat(Files.readString(out, StandardCharsets.UTF_8)).isEqualTo(library(UK, false));
  }

  @Test
  void anEarlierReportingDateChangesWhatIsOverdue() throws IOException {
    // On 31 March 2020 the first quarter's terms still run: 3.6 is not yet overdue; 1.1 and 2.1 are
    // reported done in June, after that date, but the status file says so and the report believes it.
    CliRun r = run("report", plan().toString(), status().toString(), "--as-of", "2020-03-31");
    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).contains("за I півріччя 2020 року (станом на 31.03.2020)\n").contains("Прострочено: немає\n");
  }

  @Test
  void aPeriodTheStatusFilesDoNotCoverIsAnError() throws IOException {
    // A 2020-H1 file cannot make a report for nine months: July to September is missing.
    CliRun r = run("report", plan().toString(), status().toString(), "--period", "2020-9M");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).startsWith("acplan report: --period 2020-9M: the status files [")
        .contains("cannot be rolled up into it: ").contains("2020-07-01..2020-09-30");
    assertThat(r.err().strip().lines()).hasSize(1);
    // Several files need a period to roll up into.
    CliRun noPeriod = run("report", plan().toString(), status().toString(), status().toString());
    assertThat(noPeriod.exitCode()).isEqualTo(2);
    assertThat(noPeriod.err()).startsWith("acplan report: --period is required with several status files");
  }

  @Test
  void quarterlyStatusFilesRollUpIntoTheHalfYear() throws IOException {
    Path q1 = Files.writeString(dir.resolve("q1.json"), "{\"format\": \"acplan-execution-report\", "
        + "\"version\": 1, \"period\": \"2020-Q1\", \"entries\": ["
        + "{\"measure\": \"4.2\", \"status\": \"in-progress\"},"
        + "{\"measure\": \"3.6\", \"status\": \"done\", \"actualDate\": \"2020-03-12\"}]}",
        StandardCharsets.UTF_8);
    Path q2 = Files.writeString(dir.resolve("q2.json"), "{\"format\": \"acplan-execution-report\", "
        + "\"version\": 1, \"period\": \"2020-Q2\", \"entries\": ["
        + "{\"measure\": \"4.2\", \"status\": \"done\", \"actualDate\": \"2020-04-06\"}]}",
        StandardCharsets.UTF_8);
    CliRun r = run("report", plan().toString(), q1.toString(), q2.toString(), "--period", "2020-H1",
        "--format", "json");
    assertThat(r.err()).isEmpty();
    assertThat(r.exitCode()).isZero();
    String json = r.out().replaceAll("\\s+", " ");
    assertThat(json).contains("\"period\": \"2020-H1\", \"asOf\": \"2020-06-30\"");
    // 4.2 ("Січень-березень 2020 р.", due Tue 31.03.2020): the second quarter's entry wins, done late.
    assertThat(json).contains("\"measure\": \"4.2\", \"section\": 4, \"standing\": \"done\", "
        + "\"verdict\": \"done-late\"");
    // 3.6 is reported only in the first quarter: its entry is kept.
    assertThat(json).contains("\"measure\": \"3.6\", \"section\": 3, \"standing\": \"done\"");
  }

  @Test
  void badInputGivesOneLineAndExitCodeTwo() throws IOException {
    Path broken = Files.writeString(dir.resolve("status.json"),
        "{\"format\": \"acplan-execution-report\", \"version\": 1, \"period\": \"2020-H1\","
            + " \"entries\": [{\"measure\": \"1.1\", \"status\": \"зроблено\"}]}", StandardCharsets.UTF_8);
    for (String[] args : new String[][] {
        {"report", plan().toString(), broken.toString()},
        {"report", plan().toString(), status().toString(), "--period", "2020-H3"},
        {"report", plan().toString(), status().toString(), "--as-of", "2020-07-01"},
        {"report", plan().toString(), status().toString(), "--as-of", "30.06.2020"},
        {"report", plan().toString(), status().toString(), "--format", "pdf"},
        {"report", plan().toString(), dir.resolve("missing.json").toString()}}) {
      CliRun r = run(args);
      assertThat(r.exitCode()).as(String.join(" ", args)).isEqualTo(2);
      r.assertOneErrorLine("acplan report: ");
    }
    assertThat(run("report", plan().toString(), broken.toString()).err()).contains("$.entries[0].status");
  }
}
