package io.github.acplan.serialization.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.github.acplan.core.Plan;
import io.github.acplan.core.monitoring.Completion;
import io.github.acplan.core.monitoring.MeasureAssessment;
import io.github.acplan.core.monitoring.MeasureExecution;
import io.github.acplan.core.monitoring.MonitoringResult;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

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
 *                  "notStarted": 0, "notReported": 3, "percentDone": 30.0 },
 *     "bySection": [ { "section": 1, "title": "…", "total": 2, …, "percentDone": 50.0 } ],
 *     "byActor": [ { "actor": "Головний спеціаліст …", "total": 14, …, "percentDone": 28.6 } ] },
 *   "overdue": [ "3.6" ],
 *   "unreported": [ "6.10" ],
 *   "notScheduled": [ "1.2" ],
 *   "unknownEntries": [ { "measure": "7.1", "status": "done", "actualDate": null, "comment": "…",
 *                         "evidence": [] } ]
 * }
 * }</pre>
 * Dates are ISO ({@code yyyy-MM-dd}); {@code percentDone} is {@link Completion#percentDone()} rounded half
 * up to one decimal. The figures follow {@link MonitoringResult}: sections are all listed, in plan order,
 * and sum to the overall figures; actors are listed in the order they first appear in the plan, each
 * counting every measure that names it (so they overlap), only those with a counted measure. The lists
 * of numbers are in plan order, the unknown entries in the report's order.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class MonitoringResultJson {

  /** The value of the {@code "format"} property. */
  public static final String FORMAT = "acplan-monitoring-result";

  /** The value of the {@code "version"} property. */
  public static final int VERSION = 1;

  private static final JsonFactory FACTORY = new JsonFactory();

  private MonitoringResultJson() {}

  /**
   * Writes a result as indented JSON (two spaces, LF line ends, a final line end).
   *
   * @param result the monitoring result
   * @return the JSON
   */
  public static String write(MonitoringResult result) {
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
  public static void write(MonitoringResult result, Writer out, boolean pretty) throws IOException {
    Objects.requireNonNull(result, "result");
    Objects.requireNonNull(out, "out");
    PlanJson.writeDocument(FACTORY, out, pretty, g -> write(g, result));
  }

  private static void write(JsonGenerator g, MonitoringResult result) throws IOException {
    Plan plan = result.plan();
    g.writeStartObject();
    g.writeStringField("format", FORMAT);
    g.writeNumberField("version", VERSION);
    g.writeObjectFieldStart("plan");
    g.writeStringField("title", plan.title());
    g.writeStringField("body", plan.body());
    g.writeStringField("period", plan.period().toString());
    g.writeEndObject();
    g.writeStringField("period", result.report().period().toString());
    g.writeStringField("asOf", result.report().asOf().toString());

    g.writeArrayFieldStart("measures");
    for (MeasureAssessment a : result.assessments()) {
      Optional<MeasureExecution> entry = a.entry();
      g.writeStartObject();
      g.writeStringField("measure", a.number().toString());
      g.writeNumberField("section", a.number().section());
      g.writeStringField("standing", a.standing().id());
      nullable(g, "verdict", a.verdict().map(v -> v.id()));
      g.writeBooleanField("expected", a.expected());
      g.writeBooleanField("counted", a.counted());
      nullable(g, "status", entry.map(e -> e.status().id()));
      date(g, "dueDate", a.dueDate());
      date(g, "actualDate", entry.flatMap(MeasureExecution::actualDate));
      if (a.onTime().isPresent()) {
        g.writeBooleanField("onTime", a.onTime().get());
      } else {
        g.writeNullField("onTime");
      }
      g.writeBooleanField("inFull", a.inFull());
      g.writeStringField("comment", entry.map(MeasureExecution::comment).orElse(""));
      g.writeArrayFieldStart("evidence");
      for (String link : entry.map(MeasureExecution::evidence).orElse(List.of())) {
        g.writeString(link);
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    g.writeEndArray();

    g.writeObjectFieldStart("completion");
    g.writeFieldName("overall");
    g.writeStartObject();
    counts(g, result.completion());
    g.writeEndObject();
    g.writeArrayFieldStart("bySection");
    for (Map.Entry<Integer, Completion> e : result.completionBySection().entrySet()) {
      g.writeStartObject();
      g.writeNumberField("section", e.getKey());
      g.writeStringField("title", plan.section(e.getKey()).map(s -> s.title()).orElse(""));
      counts(g, e.getValue());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("byActor");
    for (Map.Entry<String, Completion> e : result.completionByActor().entrySet()) {
      if (e.getValue().total() > 0) {
        g.writeStartObject();
        g.writeStringField("actor", e.getKey());
        counts(g, e.getValue());
        g.writeEndObject();
      }
    }
    g.writeEndArray();
    g.writeEndObject();

    numbers(g, "overdue", result.overdue());
    numbers(g, "unreported", result.unreported());
    g.writeArrayFieldStart("notScheduled");
    for (MeasureAssessment a : result.assessments()) {
      if (!a.counted()) {
        g.writeString(a.number().toString());
      }
    }
    g.writeEndArray();
    g.writeArrayFieldStart("unknownEntries");
    for (MeasureExecution e : result.unknownEntries()) {
      g.writeStartObject();
      g.writeStringField("measure", e.number().toString());
      g.writeStringField("status", e.status().id());
      date(g, "actualDate", e.actualDate());
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

  private static void counts(JsonGenerator g, Completion c) throws IOException {
    g.writeNumberField("total", c.total());
    g.writeNumberField("done", c.done());
    g.writeNumberField("partlyDone", c.partlyDone());
    g.writeNumberField("inProgress", c.inProgress());
    g.writeNumberField("notDone", c.notDone());
    g.writeNumberField("notStarted", c.notStarted());
    g.writeNumberField("notReported", c.notReported());
    g.writeNumberField("percentDone", BigDecimal.valueOf(c.percentDone()).setScale(1, RoundingMode.HALF_UP));
  }

  private static void numbers(JsonGenerator g, String name, Iterable<MeasureAssessment> list) throws IOException {
    g.writeArrayFieldStart(name);
    for (MeasureAssessment a : list) {
      g.writeString(a.number().toString());
    }
    g.writeEndArray();
  }

  private static void nullable(JsonGenerator g, String name, Optional<String> value) throws IOException {
    if (value.isPresent()) {
      g.writeStringField(name, value.get());
    } else {
      g.writeNullField(name);
    }
  }

  private static void date(JsonGenerator g, String name, Optional<LocalDate> value) throws IOException {
    nullable(g, name, value.map(LocalDate::toString));
  }
}
