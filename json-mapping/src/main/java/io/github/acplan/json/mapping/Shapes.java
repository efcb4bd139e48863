package io.github.acplan.json.mapping;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.github.acplan.core.Measure;
import io.github.acplan.core.PlanPeriod;
import io.github.acplan.core.Responsible;
import io.github.acplan.core.Section;
import io.github.acplan.core.deadline.Deadline;
import io.github.acplan.core.diff.Change;
import io.github.acplan.core.monitoring.MeasureExecution;
import io.github.acplan.core.monitoring.ReportingPeriod;
import java.math.BigDecimal;
import io.github.acplan.core.risk.RiskScale;
import io.github.acplan.core.validation.Finding;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The JSON shapes: one record per object of the format, each property named explicitly (renaming a model
 * accessor cannot change the format), in the order written. Values of other model types inside a shape
 * ({@link Section}, {@link Measure}, {@link Deadline}…) are model types: each Jackson module maps them
 * through their own shapes, so a {@code Section} has one form whether it stands alone or in a plan.
 * Optional properties are {@code null} in a shape and left out of the JSON.
 */
final class Shapes {
  private Shapes() {}

  /** A plan. */
  record PlanShape(
      @JsonProperty(value = "schemaVersion", required = true) int schemaVersion,
      @JsonProperty("kind") @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable String kind,
      @JsonProperty(value = "title", required = true) String title,
      @JsonProperty(value = "body", required = true) String body,
      @JsonProperty(value = "period", required = true) PlanPeriod period,
      @JsonProperty("approval") @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable ApprovalShape approval,
      @JsonProperty("signatory") @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable SignatoryShape signatory,
      @JsonProperty("riskScale") @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable RiskScale riskScale,
      @JsonProperty("measuresMustAddressRisks") @JsonInclude(JsonInclude.Include.NON_NULL)
          @Nullable Boolean measuresMustAddressRisks,
      @JsonProperty(value = "sections", required = true) List<Section> sections,
      @JsonProperty("risks") @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable List<RiskShape> risks) {
  }

  /** The act that approved a plan. */
  record ApprovalShape(
      @JsonProperty(value = "kind", required = true) String kind,
      @JsonProperty(value = "authority", required = true) String authority,
      @JsonProperty(value = "date", required = true) String date,
      @JsonProperty(value = "number", required = true) String number) {
  }

  /** Who signed a plan. */
  record SignatoryShape(
      @JsonProperty(value = "position", required = true) String position,
      @JsonProperty(value = "name", required = true) String name) {
  }

  /** A plan period. */
  record PeriodShape(
      @JsonProperty(value = "firstYear", required = true) int firstYear,
      @JsonProperty(value = "lastYear", required = true) int lastYear) {
  }

  /** A risk scale. */
  record RiskScaleShape(
      @JsonProperty(value = "minScore", required = true) int minScore,
      @JsonProperty(value = "maxScore", required = true) int maxScore,
      @JsonProperty(value = "mediumFrom", required = true) int mediumFrom,
      @JsonProperty(value = "highFrom", required = true) int highFrom) {
  }

  /** A section. */
  record SectionShape(
      @JsonProperty(value = "number", required = true) int number,
      @JsonProperty(value = "title", required = true) String title,
      @JsonProperty(value = "measures", required = true) List<Measure> measures) {
  }

  /** A measure. */
  record MeasureShape(
      @JsonProperty(value = "number", required = true) String number,
      @JsonProperty(value = "name", required = true) String name,
      @JsonProperty(value = "deadline", required = true) Deadline deadline,
      @JsonProperty("yearlyDeadlines") @JsonInclude(JsonInclude.Include.NON_NULL)
          @Nullable Map<String, Deadline> yearlyDeadlines,
      @JsonProperty(value = "responsible", required = true) Responsible responsible,
      @JsonProperty("resources") @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable String resources,
      @JsonProperty(value = "indicators", required = true) List<String> indicators,
      @JsonProperty(value = "expectedResults", required = true) List<String> expectedResults) {
  }

  /** Who is responsible for a measure. */
  record ResponsibleShape(
      @JsonProperty(value = "text", required = true) String text,
      @JsonProperty(value = "actors", required = true) List<ActorShape> actors) {
  }

  /** One actor. */
  record ActorShape(
      @JsonProperty(value = "kind", required = true) String kind,
      @JsonProperty(value = "name", required = true) String name,
      @JsonProperty("qualifier") @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable String qualifier) {
  }

  /** An entry of the risk register; {@code level} is derived, written inside a plan only. */
  record RiskShape(
      @JsonProperty(value = "id", required = true) String id,
      @JsonProperty(value = "function", required = true) String function,
      @JsonProperty(value = "risk", required = true) String risk,
      @JsonProperty(value = "description", required = true) String description,
      @JsonProperty(value = "sources", required = true) List<String> sources,
      @JsonProperty(value = "probability", required = true) int probability,
      @JsonProperty(value = "consequence", required = true) int consequence,
      @JsonProperty("level") @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable String level,
      @JsonProperty(value = "measures", required = true) List<String> measures) {
  }

  /** A validation report (write-only): the counts by severity, then the findings in order. */
  record ValidationReportShape(
      @JsonProperty("errors") int errors,
      @JsonProperty("warnings") int warnings,
      @JsonProperty("infos") int infos,
      @JsonProperty("findings") List<Finding> findings) {
  }

  /** One finding (write-only); its place in the plan both as a path and as its parts. */
  record FindingShape(
      @JsonProperty("code") String code,
      @JsonProperty("severity") String severity,
      @JsonProperty("path") String path,
      @JsonProperty("section") @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable Integer section,
      @JsonProperty("measure") @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable String measure,
      @JsonProperty("risk") @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable String risk,
      @JsonProperty("year") @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable Integer year,
      @JsonProperty("field") @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable String field,
      @JsonProperty("messageUk") String messageUk,
      @JsonProperty("messageEn") String messageEn) {
  }

  // ------------------------------------------------------------------ monitoring

  /** A status file: what the officers report on the measures of a plan for a period. */
  record ExecutionReportShape(
      @JsonProperty(value = "format", required = true) String format,
      @JsonProperty(value = "version", required = true) int version,
      @JsonProperty(value = "period", required = true) ReportingPeriod period,
      @JsonProperty("asOf") @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable String asOf,
      @JsonProperty(value = "entries", required = true) List<MeasureExecution> entries) {
  }

  /** One entry of a status file; comment and evidence are always written, optional on reading. */
  record MeasureExecutionShape(
      @JsonProperty(value = "measure", required = true) String measure,
      @JsonProperty(value = "status", required = true) String status,
      @JsonProperty("actualDate") @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable String actualDate,
      @JsonProperty("comment") @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable String comment,
      @JsonProperty("evidence") @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable List<String> evidence) {
  }

  /** One occurrence of a measure's deadline in a plan's schedule (write-only). */
  record DueItemShape(
      @JsonProperty("measure") String measure,
      @JsonProperty("due") String due,
      @JsonProperty("startInclusive") String startInclusive,
      @JsonProperty("endInclusive") String endInclusive,
      @JsonProperty("reportOnly") boolean reportOnly,
      @JsonProperty("what") String what,
      @JsonProperty("deadline") Deadline deadline) {
  }

  /**
   * A monitoring result (write-only). Every property is always written, {@code null} where a value
   * does not apply, whatever inclusion the application's mapper is configured with.
   */
  record MonitoringResultShape(
      @JsonProperty("format") String format,
      @JsonProperty("version") int version,
      @JsonProperty("plan") PlanSummaryShape plan,
      @JsonProperty("period") String period,
      @JsonProperty("asOf") String asOf,
      @JsonProperty("measures") List<AssessmentShape> measures,
      @JsonProperty("completion") CompletionsShape completion,
      @JsonProperty("overdue") List<String> overdue,
      @JsonProperty("unreported") List<String> unreported,
      @JsonProperty("notScheduled") List<String> notScheduled,
      @JsonProperty("unknownEntries") List<UnknownEntryShape> unknownEntries) {
  }

  /** The plan a monitoring result is about. */
  record PlanSummaryShape(
      @JsonProperty("title") String title,
      @JsonProperty("body") String body,
      @JsonProperty("period") String period) {
  }

  /** How one measure stands in a monitoring result. */
  record AssessmentShape(
      @JsonProperty("measure") String measure,
      @JsonProperty("section") int section,
      @JsonProperty("standing") String standing,
      @JsonProperty("verdict") @JsonInclude(JsonInclude.Include.ALWAYS) @Nullable String verdict,
      @JsonProperty("expected") boolean expected,
      @JsonProperty("counted") boolean counted,
      @JsonProperty("status") @JsonInclude(JsonInclude.Include.ALWAYS) @Nullable String status,
      @JsonProperty("dueDate") @JsonInclude(JsonInclude.Include.ALWAYS) @Nullable String dueDate,
      @JsonProperty("actualDate") @JsonInclude(JsonInclude.Include.ALWAYS) @Nullable String actualDate,
      @JsonProperty("onTime") @JsonInclude(JsonInclude.Include.ALWAYS) @Nullable Boolean onTime,
      @JsonProperty("inFull") boolean inFull,
      @JsonProperty("comment") String comment,
      @JsonProperty("evidence") List<String> evidence) {
  }

  /** The completion figures of a monitoring result: overall, by section and by actor. */
  record CompletionsShape(
      @JsonProperty("overall") CompletionShape overall,
      @JsonProperty("bySection") List<SectionCompletionShape> bySection,
      @JsonProperty("byActor") List<ActorCompletionShape> byActor) {
  }

  /**
   * Completion figures; {@code percentDone} (done in full) and {@code percentDoneFullyOrPartly} (the
   * NAZK's headline figure, done fully or partly) rounded half up to one decimal.
   */
  record CompletionShape(
      @JsonProperty("total") int total,
      @JsonProperty("done") int done,
      @JsonProperty("partlyDone") int partlyDone,
      @JsonProperty("inProgress") int inProgress,
      @JsonProperty("notDone") int notDone,
      @JsonProperty("notStarted") int notStarted,
      @JsonProperty("notReported") int notReported,
      @JsonProperty("percentDone") BigDecimal percentDone,
      @JsonProperty("percentDoneFullyOrPartly") BigDecimal percentDoneFullyOrPartly) {
  }

  /** The completion figures of one section, after its number and title. */
  record SectionCompletionShape(
      @JsonProperty("section") int section,
      @JsonProperty("title") String title,
      @JsonUnwrapped CompletionShape figures) {
  }

  /** The completion figures of one actor, after its name. */
  record ActorCompletionShape(
      @JsonProperty("actor") String actor,
      @JsonUnwrapped CompletionShape figures) {
  }

  /** A reported entry whose measure is not in the plan; its optional values written as {@code null}. */
  record UnknownEntryShape(
      @JsonProperty("measure") String measure,
      @JsonProperty("status") String status,
      @JsonProperty("actualDate") @JsonInclude(JsonInclude.Include.ALWAYS) @Nullable String actualDate,
      @JsonProperty("comment") String comment,
      @JsonProperty("evidence") List<String> evidence) {
  }

  // ------------------------------------------------------------------ diff

  /** A diff (write-only): the number of changes of each kind, by kind id, then the changes in order. */
  record DiffShape(
      @JsonProperty("counts") Map<String, Integer> counts,
      @JsonProperty("changes") List<Change> changes) {
  }

  /** One change of a diff; {@code "kind"}, the kind's id, comes first in every one. */
  interface ChangeShape {
  }

  /** A plan attribute changed; a value the attribute lacks in one version is left out. */
  record PlanChangedShape(
      @JsonProperty("kind") String kind,
      @JsonProperty("attribute") String attribute,
      @JsonProperty("old") @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable String oldValue,
      @JsonProperty("new") @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable String newValue)
      implements ChangeShape {
  }

  /** A section added or removed, by number and title (its measures are changes of their own). */
  record SectionChangeShape(
      @JsonProperty("kind") String kind,
      @JsonProperty("section") int section,
      @JsonProperty("title") String title) implements ChangeShape {
  }

  /** A section renamed. */
  record SectionRenamedShape(
      @JsonProperty("kind") String kind,
      @JsonProperty("section") int section,
      @JsonProperty("old") String oldTitle,
      @JsonProperty("new") String newTitle) implements ChangeShape {
  }

  /** A measure added or removed, the whole measure in the plan format. */
  record MeasureChangeShape(
      @JsonProperty("kind") String kind,
      @JsonProperty("measure") Measure measure) implements ChangeShape {
  }

  /** A measure moved or renumbered. */
  record MeasureNumbersShape(
      @JsonProperty("kind") String kind,
      @JsonProperty("oldNumber") String oldNumber,
      @JsonProperty("newNumber") String newNumber) implements ChangeShape {
  }

  /** A measure whose fields changed. */
  record MeasureModifiedShape(
      @JsonProperty("kind") String kind,
      @JsonProperty("oldNumber") String oldNumber,
      @JsonProperty("newNumber") String newNumber,
      @JsonProperty("fields") List<FieldChangeShape> fields) implements ChangeShape {
  }

  /** One changed field of a measure or of a risk; {@code year} for a yearly deadline only. */
  record FieldChangeShape(
      @JsonProperty("field") String field,
      @JsonProperty("year") @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable Integer year,
      @JsonProperty("old") List<String> oldValues,
      @JsonProperty("new") List<String> newValues) {
  }

  /** A risk added to or removed from the register, in the plan format with its level. */
  record RiskChangeShape(
      @JsonProperty("kind") String kind,
      @JsonProperty("risk") RiskShape risk) implements ChangeShape {
  }

  /** A risk whose fields or level changed; a level off the scale is left out. */
  record RiskModifiedShape(
      @JsonProperty("kind") String kind,
      @JsonProperty("oldId") String oldId,
      @JsonProperty("newId") String newId,
      @JsonProperty("fields") List<FieldChangeShape> fields,
      @JsonProperty("oldLevel") @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable String oldLevel,
      @JsonProperty("newLevel") @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable String newLevel)
      implements ChangeShape {
  }
}
