package io.github.acplan.core.diff;

import io.github.acplan.core.MeasureNumber;
import java.util.List;
import java.util.Objects;

/**
 * Fields of a measure changed.
 *
 * @param oldNumber the number in the older plan
 * @param newNumber the number in the newer plan; differs from {@code oldNumber} when a
 *     {@link MeasureMoved} or {@link MeasureRenumbered} precedes this change
 * @param changes the changed fields, in the order of {@link MeasureField}; never empty
 */
public record MeasureModified(MeasureNumber oldNumber, MeasureNumber newNumber, List<FieldChange> changes)
    implements Change {

  /**
   * Checks and copies the components.
   *
   * @param oldNumber the old number
   * @param newNumber the new number
   * @param changes the changed fields
   * @throws IllegalArgumentException if there are no changes
   */
  public MeasureModified {
    Objects.requireNonNull(oldNumber, "oldNumber");
    Objects.requireNonNull(newNumber, "newNumber");
    changes = List.copyOf(changes);
    if (changes.isEmpty()) {
      throw new IllegalArgumentException("Measure " + newNumber + ": a modification changes some field");
    }
  }

  @Override
  public ChangeKind kind() {
    return ChangeKind.MEASURE_MODIFIED;
  }

  @Override
  public <R> R accept(ChangeVisitor<R> visitor) {
    return visitor.visit(this);
  }
}
