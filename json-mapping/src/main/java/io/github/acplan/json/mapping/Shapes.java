package io.github.acplan.json.mapping;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.acplan.core.Measure;
import io.github.acplan.core.PlanPeriod;
import io.github.acplan.core.Responsible;
import io.github.acplan.core.Section;
import io.github.acplan.core.deadline.Deadline;
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
}
