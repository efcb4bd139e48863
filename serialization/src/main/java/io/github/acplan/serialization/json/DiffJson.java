package io.github.acplan.serialization.json;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.acplan.core.diff.Change;
import io.github.acplan.json.mapping.JsonMapping;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Objects;

/**
 * Writes the changes between two versions of a plan ({@code PlanDiff.between}) as JSON, in the naming
 * style of the plan format: the JSON that {@code acplan diff --format json} prints.
 *
 * <pre>{@code
 * {
 *   "counts": { "plan-changed": 1, "measure-modified": 1, "risk-added": 1 },   (kinds present, in kind order)
 *   "changes": [
 *     { "kind": "plan-changed", "attribute": "measures-must-address-risks", "old": "false", "new": "true" },
 *     { "kind": "section-added", "section": 7, "title": "…" },               (also section-removed)
 *     { "kind": "section-renamed", "section": 2, "old": "…", "new": "…" },
 *     { "kind": "measure-added", "measure": { "number": "1.3", … } },         (also measure-removed;
 *                                                             the whole measure, as in the plan format)
 *     { "kind": "measure-moved", "oldNumber": "1.2", "newNumber": "2.1" },    (also measure-renumbered)
 *     { "kind": "measure-modified", "oldNumber": "1.1", "newNumber": "1.1", "fields": [
 *         { "field": "yearly-deadline", "year": 2025, "old": [ "…" ], "new": [ "…" ] } ] },
 *     { "kind": "risk-added", "risk": { "id": "3", …, "level": "high", … } }, (also risk-removed)
 *     { "kind": "risk-modified", "oldId": "1", "newId": "1", "fields": [
 *         { "field": "probability", "old": [ "2" ], "new": [ "3" ] } ],
 *       "oldLevel": "medium", "newLevel": "high" } ]
 * }
 * }</pre>
 * Kinds, fields, attributes and levels are the model's lower-case ids ({@code ChangeKind.id()},
 * {@code MeasureField.id()}, {@code RiskField.id()}, {@code PlanAttribute.id()}, {@code RiskLevel.id()});
 * a value a version lacks ({@code "old"} of a plan attribute, a {@code "year"} of any field but a yearly
 * deadline, a level off the plan's risk scale) is left out. A measure and a risk are written as in
 * {@link PlanJson}. The shape is declared once in acplan-json-mapping ({@link JsonMapping#diff(List)}),
 * so an application's own Jackson 2 or Jackson 3 mapper with acplan's module writes the same; the JSON
 * Schema is in the jar at {@value #SCHEMA_RESOURCE}. Written only: a diff is a result, not an input.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class DiffJson {

  /** Where the JSON Schema of the format is in the jar. */
  public static final String SCHEMA_RESOURCE = "/io/github/acplan/diff.schema.json";

  private static final DiffJson STANDARD = new DiffJson();

  private final ObjectMapper mapper = JsonMapper.builder().addModule(new AcplanJacksonModule()).build();

  private DiffJson() {}

  /**
   * Returns the writer.
   *
   * @return the shared instance
   */
  public static DiffJson standard() {
    return STANDARD;
  }

  /**
   * Writes changes as indented JSON (two spaces, LF line ends, a final line end).
   *
   * @param changes the changes, in the order {@code PlanDiff.between} gives them
   * @return the JSON
   */
  public String write(List<? extends Change> changes) {
    return write(changes, true);
  }

  /**
   * Writes changes as JSON.
   *
   * @param changes the changes
   * @param pretty true for indented output, false for one line
   * @return the JSON
   */
  public String write(List<? extends Change> changes, boolean pretty) {
    return PlanJson.written(out -> write(changes, out, pretty));
  }

  /**
   * Writes changes as JSON to a writer, which is flushed and not closed.
   *
   * @param changes the changes
   * @param out where to write
   * @param pretty true for indented output with a final line end, false for one line
   * @throws IOException if writing fails
   */
  public void write(List<? extends Change> changes, Writer out, boolean pretty) throws IOException {
    Objects.requireNonNull(changes, "changes");
    Objects.requireNonNull(out, "out");
    Object shape = JsonMapping.diff(changes);
    PlanJson.writeDocument(mapper.getFactory(), out, pretty, g -> mapper.writeValue(g, shape));
  }
}
