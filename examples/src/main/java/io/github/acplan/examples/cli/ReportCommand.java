package io.github.acplan.examples.cli;

import io.github.acplan.calendar.UkrainianCalendar;
import io.github.acplan.core.Plan;
import io.github.acplan.core.monitoring.ExecutionMonitor;
import io.github.acplan.core.monitoring.ExecutionReport;
import io.github.acplan.core.monitoring.ExecutionReports;
import io.github.acplan.core.monitoring.MonitoringResult;
import io.github.acplan.core.monitoring.ReportingPeriod;
import io.github.acplan.documents.publish.ReportDocxWriter;
import io.github.acplan.documents.publish.ReportHtmlWriter;
import io.github.acplan.serialization.PlanFormatException;
import io.github.acplan.serialization.json.ExecutionReportJson;
import io.github.acplan.serialization.json.MonitoringResultJson;
import io.github.acplan.serialization.report.ExecutionReportTextWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code acplan report PLAN STATUS.json}: the monitoring report "Інформація про стан виконання … за I
 * півріччя 2020 року", from a plan and a status file ({@link ExecutionReportJson}'s format), judged on the
 * Ukrainian working calendar.
 *
 * <p>Prints the report as text ({@link ExecutionReportTextWriter}, in Ukrainian or with {@code --lang en}
 * in English), with {@code --format json} as JSON ({@link MonitoringResultJson}), with {@code --format
 * html} as a self-contained page with charts ({@link ReportHtmlWriter}) or with {@code --format docx}
 * (needs {@code --out}) as a Word document ({@link ReportDocxWriter}); with {@code --out FILE}
 * it writes the file and prints a one-line summary. {@code --period} names the period the report is for:
 * with one status file, by default its own period; with several (quarterly files for a half-year, a
 * half-year and a quarter for nine months, ...) or a period other than the file's, the files are rolled
 * up into that period ({@link ExecutionReports#rollUp}: they must lie in it and cover it from its start
 * without a gap; per measure the latest file's entry counts). {@code --as-of}
 * sets another reporting date within the period. Exit code 0 when the report is written, whatever it
 * says (overdue measures are the report's content, not a failure of the command); 2 if an input cannot be
 * read, the periods differ, or an option is wrong.
 */
@Command(name = "report", mixinStandardHelpOptions = true,
    description = {"Writes the monitoring report of a plan from a status file (acplan-execution-report JSON): "
        + "measure by measure, then completion, overdue and unreported measures.",
        "Інформація про стан виконання плану за звітний період."},
    exitCodeListHeading = ExitCodes.HEADING,
    exitCodeList = {"0:the report is written, whatever it says (overdue measures are its content)",
        ExitCodes.BAD_INPUT_LINE + " (also status files that do not cover --period, --as-of outside it, "
            + "a measure whose due date lies outside the calendar: it is named)",
        ExitCodes.INTERNAL_LINE})
public final class ReportCommand implements Callable<Integer> {

  /** The output forms. */
  enum Format { text, json, html, docx }

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "PLAN", description = "The plan: published text, a document or JSON.")
  @Nullable Path plan;

  @Parameters(index = "1..*", arity = "1..*", paramLabel = "STATUS.json",
      description = "The status file: {\"format\": \"acplan-execution-report\", \"period\", \"entries\"}; "
          + "several files (e.g. 2020-Q1 and 2020-Q2) are rolled up into --period.")
  List<Path> statuses = new ArrayList<>();

  @Option(names = "--period", paramLabel = "PERIOD",
      description = "The reporting period, e.g. 2020-H1, 2020-Q3, 2020-9M, 2020 (default: the status "
          + "file's; required with several files).")
  @Nullable ReportingPeriod period;

  @Option(names = "--as-of", paramLabel = "DATE",
      description = "The reporting date YYYY-MM-DD within the period (default: the status file's).")
  @Nullable LocalDate asOf;

  @Option(names = "--format", paramLabel = "text|json|html|docx", defaultValue = "text",
      description = "Output format (default: ${DEFAULT-VALUE}); docx needs --out.")
  Format format = Format.text;

  @Option(names = "--lang", paramLabel = "uk|en", defaultValue = "uk",
      description = "Language of the report (default: ${DEFAULT-VALUE}).")
  Converters.Lang lang = Converters.Lang.uk;

  @Option(names = {"-o", "--out"}, paramLabel = "FILE",
      description = "Write the report here and print a one-line summary (default: the report on standard output).")
  @Nullable Path out;

  /** Creates the command; picocli fills its fields. */
  public ReportCommand() {}

  @Override
  public Integer call() throws BadInputException {
    PrintWriter stdout = spec.commandLine().getOut();
    Locale locale = lang.locale();
    if (format == Format.docx && out == null) {
      throw new BadInputException("--format docx needs --out FILE");
    }
    Plan p = PlanFiles.read(Objects.requireNonNull(plan));
    List<ExecutionReport> parts = new ArrayList<>();
    for (Path status : statuses) {
      parts.add(readStatus(status));
    }
    ExecutionReport report = parts.get(0);
    if (period == null && parts.size() > 1) {
      throw new BadInputException("--period is required with several status files: it names the "
          + "period they are rolled up into, e.g. --period 2020-H1 for 2020-Q1 and 2020-Q2");
    }
    if (period != null && (parts.size() > 1 || !period.equals(report.period()))) {
      report = rollUp(period, parts);
    }
    if (asOf != null) {
      if (!report.period().contains(asOf)) {
        throw new BadInputException("--as-of " + asOf + " is outside the period " + report.period()
            + " (" + report.period().startInclusive() + ".." + report.period().endInclusive() + ")");
      }
      report = report.withAsOf(asOf);
    }
    MonitoringResult result;
    try {
      result = ExecutionMonitor.of(p, UkrainianCalendar.standard()).assess(report);
    } catch (IllegalArgumentException e) {
      throw new BadInputException(plan + ": " + e.getMessage());
    }
    if (format == Format.docx) {
      Path file = Objects.requireNonNull(out);
      try (OutputStream o = Files.newOutputStream(file)) {
        ReportDocxWriter.standard().write(result, locale, o);
      } catch (IOException e) {
        throw new BadInputException(file + ": cannot write (" + e.getMessage() + ")");
      }
      stdout.print(file + ": " + result + "\n");
      stdout.flush();
      return ExitCodes.OK;
    }
    OutputOption output = new OutputOption();
    output.file = out;
    // Written as it is made (the HTML page is made whole by its template, then written).
    switch (format) {
      case json -> output.write(spec, w -> MonitoringResultJson.standard().write(result, w, true));
      case html -> output.write(spec, ReportHtmlWriter.standard().write(result, locale));
      default -> output.write(spec, w -> ExecutionReportTextWriter.standard().write(result, locale, w));
    }
    if (out != null) {
      // A summary for the person at the terminal; the report itself is in the file.
      stdout.print(out + ": " + result + "\n");
      stdout.flush();
    }
    return ExitCodes.OK;
  }

  /**
   * Reads a status file as JSON in UTF-8 (or UTF-16 or UTF-32 after its byte order mark); problems become
   * one line naming the file and the JSON path.
   */
  static ExecutionReport readStatus(Path file) throws PlanFiles.BadPlanException {
    // Streamed: the JSON reader's limits apply as it reads, the file is never held whole.
    try (PlanFiles.TextFile in = PlanFiles.openText(file)) {
      try {
        return ExecutionReportJson.standard().read(in.reader());
      } catch (CharacterCodingException e) {
        throw new PlanFiles.BadPlanException(in.notText(file, "a status file"));
      }
    } catch (PlanFormatException e) {
      throw new PlanFiles.BadPlanException(file + ": " + e.getMessage().replace('\n', ' ').replace('\r', ' '));
    } catch (IOException | RuntimeException e) {
      throw new PlanFiles.BadPlanException(file + ": cannot read the file (" + e.getClass().getSimpleName()
          + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")");
    }
  }

  /** Rolls the status files up; a gap or a file outside the period becomes one line naming the period. */
  private ExecutionReport rollUp(ReportingPeriod target, List<ExecutionReport> parts)
      throws PlanFiles.BadPlanException {
    try {
      return ExecutionReports.rollUp(target, parts);
    } catch (IllegalArgumentException e) {
      throw new PlanFiles.BadPlanException("--period " + target + ": the status files " + statuses
          + " cannot be rolled up into it: " + e.getMessage());
    }
  }
}
