package io.github.acplan.serialization.json;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.acplan.core.monitoring.Completion;
import io.github.acplan.core.monitoring.MonitoringResult;
import java.io.IOException;
import java.io.Writer;
import java.util.Objects;

/**
 * Writes a {@link MonitoringResult} as JSON: the report's figures for other systems (dashboards, the
 * body's web site). Write-only: the result is computed from a plan and a status file
 * ({@link ExecutionReportJson}), which are what one keeps.
 *
 * <p>The shape (format {@value #FORMAT}, version {@value #VERSION}), properties always in this order and
 * always present, {@code null} where a value does not apply:
 * <pre>{@code
 * {
 *   "format": "acplan-monitoring-result",
 *   "version": 1,
 *   "plan": { "title": "…", "body": "…", "period": "2020" },       (period "2024-2026" for a programme)
 *   "period": "2020-H1",
 *   "asOf": "2020-06-30",
 *   "measures": [ {                                  (every measure of the plan, in plan order)
 *       "measure": "4.2",
 *       "section": 4,
 *       "standing": "done",      (done, overdue, due, not-yet-due, reportable, not-scheduled)
 *       "verdict": "done-late",  (done-on-time, done-late, partly-done, not-done, in-progress,
 *                                 not-reported; null if neither expected nor reported)
 *       "expected": true,        (to be reported on in the period)
 *       "counted": true,         (counted in the completion figures: expected or reported)
 *       "status": "done",        (done, partly-done, in-progress, not-done, not-started; null if not reported)
 *       "dueDate": "2020-03-31", (the due date the measure is judged by, or null)
 *       "actualDate": "2020-04-06",
 *       "onTime": false,         (null unless done with an actual date and a due date)
 *       "inFull": true,
 *       "comment": "…",          ("" if not reported)
 *       "evidence": [ "https://…" ] } ],
 *   "completion": {
 *     "overall": { "total": 40, "done": 12, "partlyDone": 1, "inProgress": 24, "notDone": 0,
 *                  "notStarted": 0, "notReported": 3, "percentDone": 30.0,
 *                  "percentDoneFullyOrPartly": 32.5 },
 *     "bySection": [ { "section": 1, "title": "…", "total": 2, …, "percentDone": 50.0 } ],
 *     "byActor": [ { "actor": "Головний спеціаліст …", "total": 14, …, "percentDone": 28.6 } ] },
 *   "overdue": [ "3.6" ],
 *   "unreported": [ "6.10" ],
 *   "notScheduled": [ "1.2" ],
 *   "unknownEntries": [ { "measure": "7.1", "status": "done", "actualDate": null, "comment": "…",
 *                         "evidence": [] } ]
 * }
 * }</pre>
 * Dates are ISO ({@code yyyy-MM-dd}); {@code percentDone} is {@link Completion#percentDone()} and
 * {@code percentDoneFullyOrPartly} the NAZK's figure {@link Completion#percentDoneFullyOrPartly()}, both
 * rounded half up to one decimal. The figures follow {@link MonitoringResult}: sections are all listed, in plan order,
 * and sum to the overall figures; actors are listed in the order they first appear in the plan, each
 * counting every measure that names it (so they overlap), only those with a counted measure. The lists
 * of numbers are in plan order, the unknown entries in the report's order.
 *
 * <p>The shape is declared once in acplan-json-mapping: an application's own Jackson 2 or Jackson 3
 * mapper with acplan's module writes a {@code MonitoringResult} the same way.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class MonitoringResultJson {

  /** The value of the {@code "format"} property. */
  public static final String FORMAT = "acplan-monitoring-result";

  /** The value of the {@code "version"} property. */
  public static final int VERSION = 1;

  /** Writes through the shared mapping of acplan-json-mapping. */
  private static final ObjectMapper MAPPER = JsonMapper.builder().addModule(new AcplanJacksonModule()).build();

  private static final MonitoringResultJson STANDARD = new MonitoringResultJson();

  private MonitoringResultJson() {}

  /**
   * The writer.
   *
   * @return the shared instance
   */
  public static MonitoringResultJson standard() {
    return STANDARD;
  }

  /**
   * Writes a result as indented JSON (two spaces, LF line ends, a final line end).
   *
   * @param result the monitoring result
   * @return the JSON
   */
  public String write(MonitoringResult result) {
    return PlanJson.written(out -> write(result, out, true));
  }

  /**
   * Writes a result as JSON to a writer, which is flushed and not closed.
   *
   * @param result the monitoring result
   * @param out where to write
   * @param pretty true for indented output with a final line end, false for one line
   * @throws IOException if writing fails
   */
  public void write(MonitoringResult result, Writer out, boolean pretty) throws IOException {
    Objects.requireNonNull(result, "result");
    Objects.requireNonNull(out, "out");
    PlanJson.writeDocument(MAPPER.getFactory(), out, pretty, g -> MAPPER.writeValue(g, result));
  }
}
