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
 * @param field what changed: "title", "body", "period", "approval", "section-title", "name",
 *     "deadline", "indicators" or "expected-results" (one edit per changed indicator or expected result)
 * @param oldText the text before; for the approval, the approving act as written
 * @param newText the text after; empty for the cleared approval
 */
public record RolloverEdit(OptionalInt section, Optional<MeasureNumber> measure, String field,
    String oldText, String newText) {

  /**
   * Checks the components.
   *
   * @param section the section
   * @param measure the measure
   * @param field the field
   * @param oldText the old text
   * @param newText the new text
   * @throws IllegalArgumentException if the texts are equal
   */
  public RolloverEdit {
    Objects.requireNonNull(section, "section");
    Objects.requireNonNull(measure, "measure");
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(oldText, "oldText");
    Objects.requireNonNull(newText, "newText");
    if (oldText.equals(newText)) {
      throw new IllegalArgumentException("A rollover edit of " + field + " changes the text");
    }
  }

  /**
   * Returns where the edit is, as "plan/period", "section 2/section-title" or "1.2/deadline".
   *
   * @return the path
   */
  public String path() {
    String where = measure.isPresent()
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
