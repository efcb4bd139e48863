package io.github.acplan.core.validation;

import io.github.acplan.core.MeasureNumber;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Where in a plan a {@link Finding} is: the plan itself, a section, or a measure, and optionally a field.
 *
 * <p>Paths sort in the order of the plan: plan-level first, then by section, then by measure number,
 * then by field. {@link #toString()} gives e.g. "3.5/expected-results", "section 2" or "plan/title".
 * This class is immutable and thread-safe.
 *
 * @param section the section's number, if the finding is about a section or a measure
 * @param measure the measure's number, if the finding is about a measure
 * @param field the field, if the finding is about one field
 */
public record FindingPath(OptionalInt section, Optional<MeasureNumber> measure, Optional<PlanField> field)
    implements Comparable<FindingPath> {

  private static final Comparator<FindingPath> ORDER = Comparator
      .comparingInt((FindingPath p) -> p.section.isPresent() ? p.section.getAsInt() : 0)
      .thenComparing(p -> p.measure, Comparator.comparing(
          (Optional<MeasureNumber> m) -> m.orElse(null), Comparator.nullsFirst(Comparator.naturalOrder())))
      .thenComparing(p -> p.field, Comparator.comparing(
          (Optional<PlanField> f) -> f.orElse(null), Comparator.nullsFirst(Comparator.naturalOrder())));

  /**
   * Checks the components.
   *
   * @param section the section's number
   * @param measure the measure's number
   * @param field the field
   * @throws IllegalArgumentException if a measure is given without its section, or with another section
   */
  public FindingPath {
    Objects.requireNonNull(section, "section");
    Objects.requireNonNull(measure, "measure");
    Objects.requireNonNull(field, "field");
    if (measure.isPresent()
        && (section.isEmpty() || section.getAsInt() != measure.get().section())) {
      throw new IllegalArgumentException("A finding path for measure " + measure.get()
          + " must name its section " + measure.get().section() + ", got " + section);
    }
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

  @Override
  public int compareTo(FindingPath other) {
    return ORDER.compare(this, other);
  }

  /**
   * Returns the path as text: "plan", "plan/title", "section 2", "section 2/section-title", "3.5",
   * "3.5/expected-results".
   *
   * @return the text
   */
  @Override
  public String toString() {
    String where = measure.isPresent()
        ? measure.get().toString()
        : section.isPresent() ? "section " + section.getAsInt() : "plan";
    return field.isPresent() ? where + "/" + field.get().id() : where;
  }
}
