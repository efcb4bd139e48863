package io.github.acplan.serialization.json;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.acplan.core.validation.ValidationReport;
import java.io.IOException;
import java.io.Writer;
import java.util.Objects;

/**
 * Writes a {@link ValidationReport} as JSON, in the naming style of the plan format: the JSON that
 * {@code acplan validate --format json} prints.
 *
 * <pre>{@code
 * {
 *   "errors": 1, "warnings": 0, "infos": 2,
 *   "findings": [ {
 *     "code": "MISSING_NAME", "severity": "error", "path": "пункт 1.3",
 *     "section": 1, "measure": "1.3", "field": "name",       (each left out when the finding has none)
 *     "messageUk": "Пункт 1.3: не вказано найменування заходу", "messageEn": "…" } ]
 * }
 * }</pre>
 * Severities are lower-case ids ({@code error}, {@code warning}, {@code info}); the findings come in the
 * report's order. The shape is declared once in acplan-json-mapping, so an application's own Jackson 2 or
 * Jackson 3 mapper with acplan's module writes the same. The JSON Schema is in the jar at
 * {@value #SCHEMA_RESOURCE}. Written only: a report is a result, not an input.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class ValidationReportJson {

  /** Where the JSON Schema of the format is in the jar. */
  public static final String SCHEMA_RESOURCE = "/io/github/acplan/validation-report.schema.json";

  private static final ValidationReportJson STANDARD = new ValidationReportJson();

  private final ObjectMapper mapper = JsonMapper.builder().addModule(new AcplanJacksonModule()).build();

  private ValidationReportJson() {}

  /**
   * Returns the writer.
   *
   * @return the shared instance
   */
  public static ValidationReportJson standard() {
    return STANDARD;
  }

  /**
   * Writes a report as indented JSON (two spaces, LF line ends, a final line end).
   *
   * @param report the report
   * @return the JSON
   */
  public String write(ValidationReport report) {
    return write(report, true);
  }

  /**
   * Writes a report as JSON.
   *
   * @param report the report
   * @param pretty true for indented output, false for one line
   * @return the JSON
   */
  public String write(ValidationReport report, boolean pretty) {
    Objects.requireNonNull(report, "report");
    return PlanJson.written(out -> PlanJson.writeDocument(mapper.getFactory(), out, pretty,
        g -> mapper.writeValue(g, report)));
  }

  /**
   * Writes a report as JSON to a writer, which is flushed and not closed: a large report is not built
   * as one string.
   *
   * @param report the report
   * @param out where to write
   * @param pretty true for indented output ending with a line end, false for one line
   * @throws IOException if writing fails
   */
  public void write(ValidationReport report, Writer out, boolean pretty) throws IOException {
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(out, "out");
    PlanJson.writeDocument(mapper.getFactory(), out, pretty, g -> mapper.writeValue(g, report));
  }
}
