package io.github.acplan.serialization.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.acplan.core.MeasureNumber;
import io.github.acplan.core.PlanStructureException;
import io.github.acplan.core.monitoring.ExecutionReport;
import io.github.acplan.core.monitoring.ExecutionStatus;
import io.github.acplan.core.monitoring.MeasureExecution;
import io.github.acplan.core.monitoring.ReportingPeriod;
import io.github.acplan.serialization.InputLocation;
import io.github.acplan.serialization.PlanFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.Writer;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
 * {@code $.entries[3].status}; a syntax error or a duplicate key gives the line and column. The input is
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

  private static final List<String> REPORT = List.of("format", "version", "period", "entries");
  private static final List<String> REPORT_OPTIONAL = List.of("asOf");
  private static final List<String> ENTRY = List.of("measure", "status");
  private static final List<String> ENTRY_OPTIONAL = List.of("actualDate", "comment", "evidence");

  private static final ExecutionReportJson DEFAULT = new ExecutionReportJson(PlanJson.Limits.defaults());

  private final PlanJson.Limits limits;
  private final ObjectMapper mapper;

  private ExecutionReportJson(PlanJson.Limits limits) {
    this.limits = limits;
    this.mapper = PlanJson.strictMapper(limits);
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
   * Returns a copy of this reader and writer with other limits: {@code ExecutionReportJson.standard().withLimits(…)}.
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
    return limits;
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
    PlanJson.writeDocument(mapper.getFactory(), out, pretty, g -> write(g, report));
  }

  /**
   * Reads a report from JSON text.
   *
   * @param json the JSON
   * @return the report
   * @throws PlanFormatException if the JSON is malformed, exceeds the limits, or does not describe a valid
   *     report; the location is a JSON path, or a line and column for a syntax error
   */
  public ExecutionReport read(String json) throws PlanFormatException {
    Objects.requireNonNull(json, "json");
    try (JsonParser p = mapper.getFactory().createParser(json)) {
      return read(PlanJson.tree(mapper, p, "report"));
    } catch (IOException e) {
      throw PlanJson.syntax(e);
    }
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
    return read(PlanJson.tree(mapper, f -> f.createParser(json), "report"));
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
    return read(PlanJson.tree(mapper, f -> f.createParser(json), "report"));
  }

  // ------------------------------------------------------------------ writing

  static void write(JsonGenerator g, ExecutionReport report) throws IOException {
    g.writeStartObject();
    g.writeStringField("format", FORMAT);
    g.writeNumberField("version", VERSION);
    g.writeStringField("period", report.period().toString());
    // written even at its default, the period's last day, so that a reader need not work it out
    g.writeStringField("asOf", report.asOf().toString());
    g.writeArrayFieldStart("entries");
    for (MeasureExecution e : report.entries()) {
      g.writeStartObject();
      g.writeStringField("measure", e.number().toString());
      g.writeStringField("status", e.status().id());
      if (e.actualDate().isPresent()) {
        g.writeStringField("actualDate", e.actualDate().get().toString());
      }
      g.writeStringField("comment", e.comment());
      g.writeArrayFieldStart("evidence");
      for (String link : e.evidence()) {
        g.writeString(link);
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  // ------------------------------------------------------------------ reading

  static ExecutionReport read(JsonNode root) throws PlanFormatException {
    JsonPath rootPath = JsonPath.ROOT;
    JsonPaths.object(root, rootPath, REPORT, REPORT_OPTIONAL);
    String format = JsonPaths.text(root.get("format"), rootPath.property("format"));
    if (!format.equals(FORMAT)) {
      throw new PlanFormatException("$.format", "expected \"" + FORMAT + "\"; found \"" + format + "\"");
    }
    int version = JsonPaths.integer(root.get("version"), rootPath.property("version"));
    if (version != VERSION) {
      throw new PlanFormatException("$.version", "unsupported version " + version
          + "; this library reads version " + VERSION);
    }
    String periodText = JsonPaths.text(root.get("period"), rootPath.property("period"));
    ReportingPeriod period;
    try {
      period = ReportingPeriod.parse(periodText);
    } catch (IllegalArgumentException e) {
      throw new PlanFormatException("$.period", e.getMessage(), e);
    }
    ExecutionReport.Builder report = ExecutionReport.builder().period(period);
    if (root.has("asOf")) {
      JsonPath path = rootPath.property("asOf");
      LocalDate asOf = date(root.get("asOf"), path);
      if (!period.contains(asOf)) {
        throw new PlanFormatException(InputLocation.jsonPath(path.toString()), "the reporting date " + asOf + " is outside the period "
            + period + " (" + period.startInclusive() + ".." + period.endInclusive() + ")");
      }
      report.asOf(asOf);
    }
    JsonPath entriesPath = rootPath.property("entries");
    JsonNode entries = JsonPaths.array(root.get("entries"), entriesPath);
    Map<MeasureNumber, Integer> firstIndex = new HashMap<>();
    for (int i = 0; i < entries.size(); i++) {
      JsonPath path = entriesPath.index(i);
      MeasureExecution entry = entry(entries.get(i), path);
      Integer first = firstIndex.putIfAbsent(entry.number(), i);
      if (first != null) {
        throw new PlanFormatException(InputLocation.jsonPath(path.property("measure").toString()), "measure " + entry.number()
            + " is reported more than once (first at " + entriesPath.index(first) + ")");
      }
      report.addEntries(entry);
    }
    try {
      return report.build();
    } catch (PlanStructureException e) {
      throw new PlanFormatException("$", e.getMessage(), e); // checked above; kept for a future invariant
    }
  }

  private static MeasureExecution entry(JsonNode node, JsonPath path) throws PlanFormatException {
    JsonPaths.object(node, path, ENTRY, ENTRY_OPTIONAL);
    JsonPath measurePath = path.property("measure");
    String measure = JsonPaths.text(node.get("measure"), measurePath);
    MeasureNumber number;
    try {
      number = MeasureNumber.parse(measure);
    } catch (IllegalArgumentException e) {
      throw new PlanFormatException(InputLocation.jsonPath(measurePath.toString()), e.getMessage(), e);
    }
    if (number.depth() < 2) {
      // a measure of a plan always has one (Measure): "1" names a section, never a measure
      throw new PlanFormatException(InputLocation.jsonPath(measurePath.toString()), "expected a measure number of at least two parts, "
          + "the section's number first (e.g. \"1.1\"); found \"" + measure + "\"");
    }
    MeasureExecution.Builder entry = MeasureExecution.builder().number(number);
    entry.status(status(node.get("status"), path.property("status")));
    if (node.has("actualDate")) {
      entry.actualDate(date(node.get("actualDate"), path.property("actualDate")));
    }
    if (node.has("comment")) {
      entry.comment(JsonPaths.text(node.get("comment"), path.property("comment")));
    }
    if (node.has("evidence")) {
      JsonPath evidencePath = path.property("evidence");
      JsonNode evidence = JsonPaths.array(node.get("evidence"), evidencePath);
      for (int i = 0; i < evidence.size(); i++) {
        entry.addEvidence(JsonPaths.text(evidence.get(i), evidencePath.index(i)));
      }
    }
    return entry.build();
  }

  private static ExecutionStatus status(JsonNode node, JsonPath path) throws PlanFormatException {
    String text = JsonPaths.text(node, path);
    return ExecutionStatus.fromText(text).orElseThrow(() -> {
      List<String> ids = new ArrayList<>();
      List<String> words = new ArrayList<>();
      for (ExecutionStatus s : ExecutionStatus.values()) {
        ids.add(s.id());
        words.add(s.ukrainian());
      }
      return new PlanFormatException(InputLocation.jsonPath(path.toString()), "expected a status, one of " + ids + " or " + words
          + "; found " + JsonPaths.describe(node));
    });
  }

  private static LocalDate date(JsonNode node, JsonPath path) throws PlanFormatException {
    String text = JsonPaths.text(node, path);
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw new PlanFormatException(InputLocation.jsonPath(path.toString()), "expected an ISO date like \"2020-06-30\"; found "
          + JsonPaths.describe(node), e);
    }
  }
}
