package io.github.acplan.core.validation;

import io.github.acplan.core.MeasureNumber;
import io.github.acplan.core.risk.RiskIds;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Where in a plan a {@link Finding} is: the plan itself, a risk of the register, a section, or a measure,
 * and optionally a field of it; a measure's deadline for one year of a multi-year period is a field
 * ({@link PlanField#YEARLY_DEADLINES}) qualified by the year.
 *
 * <p>Paths sort in the order of the plan: plan-level first, then the risk register (by identifier,
 * numbers in identifiers compared as numbers, so "R-2" comes before "R-10"), then by section, then by
 * measure number, then by field and year. {@link #toString()} gives e.g. "3.5/expected-results",
 * "section 2", "plan/title", "risk R-2/probability" or "2.1/yearly-deadlines[2025]". This class is
 * immutable and thread-safe.
 *
 * @param section the section's number, if the finding is about a section or a measure
 * @param measure the measure's number, if the finding is about a measure
 * @param field the field, if the finding is about one field
 * @param risk the identifier of a risk of the register, if the finding is about a risk
 * @param year the year of a yearly deadline, if the finding is about one
 *     ({@link io.github.acplan.core.Measure#yearlyDeadlines()})
 */
public record FindingPath(OptionalInt section, Optional<MeasureNumber> measure, Optional<PlanField> field,
    Optional<String> risk, OptionalInt year) implements Comparable<FindingPath> {

  private static final Comparator<FindingPath> ORDER = Comparator
      .comparingInt(FindingPath::rank)
      .thenComparingInt((FindingPath p) -> p.section.isPresent() ? p.section.getAsInt() : 0)
      .thenComparing(p -> p.risk, Comparator.comparing(
          (Optional<String> r) -> r.orElse(null), Comparator.nullsFirst(RiskIds.order())))
      .thenComparing(p -> p.measure, Comparator.comparing(
          (Optional<MeasureNumber> m) -> m.orElse(null), Comparator.nullsFirst(Comparator.naturalOrder())))
      .thenComparing(p -> p.field, Comparator.comparing(
          (Optional<PlanField> f) -> f.orElse(null), Comparator.nullsFirst(Comparator.naturalOrder())))
      .thenComparingInt(p -> p.year.isPresent() ? p.year.getAsInt() : Integer.MIN_VALUE);

  /**
   * Checks the components.
   *
   * @param section the section's number
   * @param measure the measure's number
   * @param field the field
   * @param risk the risk's identifier
   * @param year the year of a yearly deadline
   * @throws IllegalArgumentException if a measure is given without its section, or with another section;
   *     if a risk is given with a section or measure, or its identifier is blank; or if a year is given
   *     without the field {@link PlanField#YEARLY_DEADLINES}
   */
  public FindingPath {
    Objects.requireNonNull(section, "section");
    Objects.requireNonNull(measure, "measure");
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(risk, "risk");
    Objects.requireNonNull(year, "year");
    if (measure.isPresent()
        && (section.isEmpty() || section.getAsInt() != measure.get().section())) {
      throw new IllegalArgumentException("A finding path for measure " + measure.get()
          + " must name its section " + measure.get().section() + ", got " + section);
    }
    if (risk.isPresent() && (section.isPresent() || risk.get().isBlank())) {
      throw new IllegalArgumentException("A finding path for a risk names a non-blank risk identifier and"
          + " no section or measure, got risk \"" + risk.get() + "\" with section " + section
          + " and measure " + measure);
    }
    if (year.isPresent() && !field.equals(Optional.of(PlanField.YEARLY_DEADLINES))) {
      throw new IllegalArgumentException("A finding path names a year only for the field "
          + PlanField.YEARLY_DEADLINES.id() + ", got year " + year.getAsInt() + " with field " + field);
    }
  }

  /**
   * Creates the path of the plan, a section or a measure, with no risk and no year: the form paths had
   * before programmes.
   *
   * @param section the section's number
   * @param measure the measure's number
   * @param field the field
   * @throws IllegalArgumentException if a measure is given without its section, or with another section
   */
  public FindingPath(OptionalInt section, Optional<MeasureNumber> measure, Optional<PlanField> field) {
    this(section, measure, field, Optional.empty(), OptionalInt.empty());
  }

  /**
   * Returns the path of the whole plan.
   *
   * @return the path
   */
  public static FindingPath plan() {
    return new FindingPath(OptionalInt.empty(), Optional.empty(), Optional.empty());
  }

  /**
   * Returns the path of a plan-level field.
   *
   * @param field the field, e.g. {@link PlanField#TITLE}
   * @return the path
   */
  public static FindingPath plan(PlanField field) {
    return new FindingPath(OptionalInt.empty(), Optional.empty(), Optional.of(field));
  }

  /**
   * Returns the path of a section.
   *
   * @param section the section's number
   * @return the path
   */
  public static FindingPath section(int section) {
    return new FindingPath(OptionalInt.of(section), Optional.empty(), Optional.empty());
  }

  /**
   * Returns the path of a section's field.
   *
   * @param section the section's number
   * @param field the field, e.g. {@link PlanField#SECTION_TITLE}
   * @return the path
   */
  public static FindingPath section(int section, PlanField field) {
    return new FindingPath(OptionalInt.of(section), Optional.empty(), Optional.of(field));
  }

  /**
   * Returns the path of a measure.
   *
   * @param measure the measure's number
   * @return the path
   */
  public static FindingPath measure(MeasureNumber measure) {
    return new FindingPath(OptionalInt.of(measure.section()), Optional.of(measure), Optional.empty());
  }

  /**
   * Returns the path of a measure's field.
   *
   * @param measure the measure's number
   * @param field the field, e.g. {@link PlanField#DEADLINE}
   * @return the path
   */
  public static FindingPath measure(MeasureNumber measure, PlanField field) {
    return new FindingPath(OptionalInt.of(measure.section()), Optional.of(measure), Optional.of(field));
  }

  /**
   * Returns the path of a measure's deadline for one year ("2.1/yearly-deadlines[2025]").
   *
   * @param measure the measure's number
   * @param year the year, a key of {@link io.github.acplan.core.Measure#yearlyDeadlines()}
   * @return the path
   */
  public static FindingPath yearlyDeadline(MeasureNumber measure, int year) {
    return new FindingPath(OptionalInt.of(measure.section()), Optional.of(measure),
        Optional.of(PlanField.YEARLY_DEADLINES), Optional.empty(), OptionalInt.of(year));
  }

  /**
   * Returns the path of a risk of the register ("risk R-2").
   *
   * @param id the risk's identifier, {@link io.github.acplan.core.risk.CorruptionRisk#id()}
   * @return the path
   * @throws IllegalArgumentException if the identifier is blank
   */
  public static FindingPath risk(String id) {
    return new FindingPath(OptionalInt.empty(), Optional.empty(), Optional.empty(), Optional.of(id),
        OptionalInt.empty());
  }

  /**
   * Returns the path of a risk's field ("risk R-2/probability").
   *
   * @param id the risk's identifier, {@link io.github.acplan.core.risk.CorruptionRisk#id()}
   * @param field the field, e.g. {@link PlanField#PROBABILITY}
   * @return the path
   * @throws IllegalArgumentException if the identifier is blank
   */
  public static FindingPath risk(String id, PlanField field) {
    return new FindingPath(OptionalInt.empty(), Optional.empty(), Optional.of(field), Optional.of(id),
        OptionalInt.empty());
  }

  /** 0 for the plan, 1 for the risk register, 2 for sections and measures. */
  private int rank() {
    return risk.isPresent() ? 1 : section.isPresent() ? 2 : 0;
  }

  @Override
  public int compareTo(FindingPath other) {
    return ORDER.compare(this, other);
  }

  /**
   * Returns the path as text: "plan", "plan/title", "risk R-2", "risk R-2/probability", "section 2",
   * "section 2/section-title", "3.5", "3.5/expected-results", "2.1/yearly-deadlines[2025]".
   *
   * @return the text
   */
  @Override
  public String toString() {
    String where = risk.isPresent()
        ? "risk " + risk.get()
        : measure.isPresent()
            ? measure.get().toString()
            : section.isPresent() ? "section " + section.getAsInt() : "plan";
    if (field.isEmpty()) {
      return where;
    }
    return where + "/" + field.get().id() + (year.isPresent() ? "[" + year.getAsInt() + "]" : "");
  }
}
