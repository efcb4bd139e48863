package io.github.acplan.core.rollover;

import io.github.acplan.core.MeasureNumber;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One text that {@link PlanRollover} changed.
 *
 * @param section the section's number, if the edit is in a section or a measure
 * @param measure the measure's number, if the edit is in a measure
 * @param risk the identifier of the risk of the register, if the edit is in a risk
 * @param field what changed: "title", "body", "period", "approval", "section-title"; in a measure
 *     "name", "deadline", "yearly-deadline", "resources", "indicators" or "expected-results"; in a risk
 *     "function", "risk", "description" or "sources". Lists and yearly deadlines get one edit per changed
 *     item (indicator, expected result, source, year)
 * @param oldText the text before; for the approval, the approving act as written; for a yearly
 *     deadline "year: text", e.g. "2025: до 31 травня 2025 р."
 * @param newText the text after; empty for the cleared approval; for a yearly deadline "year: text"
 *     with the year moved, e.g. "2028: до 31 травня 2028 р."
 */
public record RolloverEdit(OptionalInt section, Optional<MeasureNumber> measure, Optional<String> risk,
    String field, String oldText, String newText) {

  /**
   * Checks the components.
   *
   * @param section the section
   * @param measure the measure
   * @param risk the risk
   * @param field the field
   * @param oldText the old text
   * @param newText the new text
   * @throws IllegalArgumentException if the texts are equal, or a risk is named together with a section
   *     or a measure
   */
  public RolloverEdit {
    Objects.requireNonNull(section, "section");
    Objects.requireNonNull(measure, "measure");
    Objects.requireNonNull(risk, "risk");
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(oldText, "oldText");
    Objects.requireNonNull(newText, "newText");
    if (oldText.equals(newText)) {
      throw new IllegalArgumentException("A rollover edit of " + field + " changes the text");
    }
    if (risk.isPresent() && (section.isPresent() || measure.isPresent())) {
      throw new IllegalArgumentException("A rollover edit of " + field + " is in risk " + risk.get()
          + " or in a section or measure, not both");
    }
  }

  /**
   * Returns an edit outside the risk register.
   *
   * @param section the section's number, if the edit is in a section or a measure
   * @param measure the measure's number, if the edit is in a measure
   * @param field the field
   * @param oldText the old text
   * @param newText the new text
   * @throws IllegalArgumentException if the texts are equal
   */
  public RolloverEdit(OptionalInt section, Optional<MeasureNumber> measure, String field, String oldText,
      String newText) {
    this(section, measure, Optional.empty(), field, oldText, newText);
  }

  /**
   * Returns where the edit is, as "plan/period", "section 2/section-title", "1.2/deadline" or
   * "risk R1/description".
   *
   * @return the path
   */
  public String path() {
    String where = risk.isPresent()
        ? "risk " + risk.get()
        : measure.isPresent()
            ? measure.get().toString()
            : section.isPresent() ? "section " + section.getAsInt() : "plan";
    return where + "/" + field;
  }

  /**
   * Returns "path: «old» → «new»".
   *
   * @return the text
   */
  @Override
  public String toString() {
    return path() + ": «" + oldText + "» → «" + newText + "»";
  }
}
