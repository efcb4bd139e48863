package io.github.acplan.core.diff;

import io.github.acplan.core.MeasureNumber;
import java.util.Objects;

/**
 * A measure got another number in the same section. If its fields changed too, a
 * {@link MeasureModified} follows.
 *
 * @param oldNumber the number in the older plan
 * @param newNumber the number in the newer plan, in the same section
 */
public record MeasureRenumbered(MeasureNumber oldNumber, MeasureNumber newNumber) implements Change {

  /**
   * Checks the components.
   *
   * @param oldNumber the old number
   * @param newNumber the new number
   * @throws IllegalArgumentException if the numbers are equal or in different sections
   */
  public MeasureRenumbered {
    Objects.requireNonNull(oldNumber, "oldNumber");
    Objects.requireNonNull(newNumber, "newNumber");
    if (oldNumber.equals(newNumber) || oldNumber.section() != newNumber.section()) {
      throw new IllegalArgumentException("Measure " + oldNumber + " → " + newNumber
          + ": a renumbering changes the number within one section");
    }
  }

  @Override
  public ChangeKind kind() {
    return ChangeKind.MEASURE_RENUMBERED;
  }

  @Override
  public <R> R accept(ChangeVisitor<R> visitor) {
    return visitor.visit(this);
  }
}
