package io.github.acplan.core.diff;

import io.github.acplan.core.MeasureNumber;
import java.util.Objects;

/**
 * A measure went to another section (and so got another number). If its fields changed too, a
 * {@link MeasureModified} follows.
 *
 * @param oldNumber the number in the older plan
 * @param newNumber the number in the newer plan, in another section
 */
public record MeasureMoved(MeasureNumber oldNumber, MeasureNumber newNumber) implements Change {

  /**
   * Checks the components.
   *
   * @param oldNumber the old number
   * @param newNumber the new number
   * @throws IllegalArgumentException if both numbers are in the same section
   */
  public MeasureMoved {
    Objects.requireNonNull(oldNumber, "oldNumber");
    Objects.requireNonNull(newNumber, "newNumber");
    if (oldNumber.section() == newNumber.section()) {
      throw new IllegalArgumentException("Measure " + oldNumber + " → " + newNumber
          + " stays in section " + oldNumber.section() + ": that is a renumbering, not a move");
    }
  }

  @Override
  public ChangeKind kind() {
    return ChangeKind.MEASURE_MOVED;
  }

  @Override
  public <R> R accept(ChangeVisitor<R> visitor) {
    return visitor.visit(this);
  }
}
