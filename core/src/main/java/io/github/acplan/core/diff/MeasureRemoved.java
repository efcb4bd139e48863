package io.github.acplan.core.diff;

import io.github.acplan.core.Measure;
import java.util.Objects;

/**
 * A measure exists only in the older plan.
 *
 * @param measure the measure, as in the older plan
 */
public record MeasureRemoved(Measure measure) implements Change {

  /**
   * Checks the component.
   *
   * @param measure the measure
   */
  public MeasureRemoved {
    Objects.requireNonNull(measure, "measure");
  }

  @Override
  public ChangeKind kind() {
    return ChangeKind.MEASURE_REMOVED;
  }

  @Override
  public <R> R accept(ChangeVisitor<R> visitor) {
    return visitor.visit(this);
  }
}
