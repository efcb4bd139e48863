package io.github.acplan.serialization.json;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.acplan.core.monitoring.ExecutionReport;
import io.github.acplan.serialization.PlanFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.Writer;
import java.util.Objects;

/**
 * Writes monitoring reports (status files) as JSON and reads them back: what the officers report on
 * each measure of a plan for a period.
 *
 * <p>The shape (format {@value #FORMAT}, version {@value #VERSION}, described by the JSON Schema in the
 * jar at {@value #SCHEMA_RESOURCE}), properties always written in this order:
 * <pre>{@code
 * {
 *   "format": "acplan-execution-report",
 *   "version": 1,
 *   "period": "2020-H1",                     (2020-Q1 … 2020-Q4, 2020-H1, 2020-H2, 2020-9M or 2020)
 *   "asOf": "2020-06-30",                    (optional on reading: the period's last day)
 *   "entries": [ {
 *       "measure": "1.1",
 *       "status": "done",                    (done, partly-done, in-progress, not-done, not-started)
 *       "actualDate": "2020-03-15",          (optional)
 *       "comment": "…",                      (optional on reading: empty)
 *       "evidence": [ "https://…" ] } ]      (optional on reading: none)
 * }
 * }</pre>
 * A status file is often written by hand, so reading takes the status in the officer's own words as
 * well, in any letter case: "виконано", "виконано частково", "виконується", "не виконано", "не
 * розпочато"; and the period in any letter case ("2020-h1"). Writing always gives the identifiers.
 *
 * <p>Otherwise reading is as strict as {@link PlanJson}'s: an unknown property (a misspelt
 * {@code "coment"} would otherwise lose the comment silently), a missing required one, a value of the
 * wrong type, a malformed date, an unknown status, a measure reported twice, or a reporting date outside
 * the period is a {@link PlanFormatException} whose location is the JSON path of the value, e.g.
 * {@code $.entries[3].status}, a property named twice too; a syntax error gives the line and column. The input is
 * bounded by {@link PlanJson.Limits}. The report does not name its plan: whether its measures are in the
 * plan is for the caller (the monitor) to check.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class ExecutionReportJson {

  /** The value of {@code "format"}, which tells a status file from a plan. */
  public static final String FORMAT = "acplan-execution-report";

  /** The version of the JSON shape written and read, the value of {@code "version"}. */
  public static final int VERSION = 1;

  /** Where the JSON Schema of the format is in the jar. */
  public static final String SCHEMA_RESOURCE = "/io/github/acplan/execution-report.schema.json";

  private static final ExecutionReportJson DEFAULT = new ExecutionReportJson(PlanJson.Limits.defaults());

  /** Reads and writes through the shared mapping of acplan-json-mapping, within the limits. */
  private final PlanJson format;

  private ExecutionReportJson(PlanJson.Limits limits) {
    this.format = PlanJson.standard().withLimits(limits);
  }

  /**
   * Returns the reader and writer with the default {@link PlanJson.Limits}.
   *
   * @return the shared instance
   */
  public static ExecutionReportJson standard() {
    return DEFAULT;
  }

  /**
   * Returns a copy of this reader and writer with other limits:
   * {@code ExecutionReportJson.standard().withLimits(…)}.
   *
   * @param limits the limits on the input
   * @return a new instance
   */
  public ExecutionReportJson withLimits(PlanJson.Limits limits) {
    return new ExecutionReportJson(Objects.requireNonNull(limits, "limits"));
  }

  /**
   * Returns the limits of this instance.
   *
   * @return the limits
   */
  public PlanJson.Limits limits() {
    return format.limits();
  }

  /**
   * Writes a report as indented JSON (two spaces, LF line ends, a final line end).
   *
   * @param report the report
   * @return the JSON
   */
  public String write(ExecutionReport report) {
    return write(report, true);
  }

  /**
   * Writes a report as JSON on one line, without spaces between tokens.
   *
   * @param report the report
   * @return the JSON
   */
  public String writeCompact(ExecutionReport report) {
    return write(report, false);
  }

  /**
   * Writes a report as JSON.
   *
   * @param report the report
   * @param pretty true for indented output, false for one line
   * @return the JSON
   */
  public String write(ExecutionReport report, boolean pretty) {
    return PlanJson.written(out -> write(report, out, pretty));
  }

  /**
   * Writes a report as JSON to a writer, which is flushed and not closed.
   *
   * @param report the report
   * @param out where to write
   * @param pretty true for indented output (with a final line end), false for one line
   * @throws IOException if writing fails
   */
  public void write(ExecutionReport report, Writer out, boolean pretty) throws IOException {
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(out, "out");
    ObjectMapper mapper = format.formatMapper();
    PlanJson.writeDocument(mapper.getFactory(), out, pretty, g -> mapper.writeValue(g, report));
  }

  /**
   * Reads a report from JSON text; a byte order mark first is passed over, as {@link PlanJson#read(String)}
   * does.
   *
   * @param json the JSON
   * @return the report
   * @throws PlanFormatException if the JSON is malformed, exceeds the limits, or does not describe a valid
   *     report; the location is a JSON path, or a line and column for a syntax error
   */
  public ExecutionReport read(String json) throws PlanFormatException {
    Objects.requireNonNull(json, "json");
    return format.readText(json, ExecutionReport.class, "report");
  }

  /**
   * Reads a report from a stream of JSON text; the reader is not closed.
   *
   * @param json the JSON
   * @return the report
   * @throws IOException if reading fails
   * @throws PlanFormatException as {@link #read(String)}
   */
  public ExecutionReport read(Reader json) throws IOException, PlanFormatException {
    Objects.requireNonNull(json, "json");
    Reader text = PlanJson.textOf(json);
    return format.readSource(f -> f.createParser(text), ExecutionReport.class, "report");
  }

  /**
   * Reads a report from JSON bytes (UTF-8, UTF-16 or UTF-32, detected); the stream is not closed.
   *
   * @param json the JSON
   * @return the report
   * @throws IOException if reading fails
   * @throws PlanFormatException as {@link #read(String)}
   */
  public ExecutionReport read(InputStream json) throws IOException, PlanFormatException {
    Objects.requireNonNull(json, "json");
    return format.readSource(f -> f.createParser(json), ExecutionReport.class, "report");
  }
}
