package io.github.acplan.core.diff;

import io.github.acplan.core.Measure;
import java.util.Objects;

/**
 * A measure exists only in the newer plan.
 *
 * @param measure the measure, as in the newer plan
 */
public record MeasureAdded(Measure measure) implements Change {

  /**
   * Checks the component.
   *
   * @param measure the measure
   */
  public MeasureAdded {
    Objects.requireNonNull(measure, "measure");
  }

  @Override
  public ChangeKind kind() {
    return ChangeKind.MEASURE_ADDED;
  }

  @Override
  public <R> R accept(ChangeVisitor<R> visitor) {
    return visitor.visit(this);
  }
}
