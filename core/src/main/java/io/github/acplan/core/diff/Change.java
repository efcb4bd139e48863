package io.github.acplan.core.diff;

/**
 * One difference between two versions of a plan, as found by {@link PlanDiff#between}.
 *
 * <p>The hierarchy is closed: {@link PlanChanged}, {@link SectionAdded}, {@link SectionRemoved},
 * {@link SectionRenamed}, {@link MeasureAdded}, {@link MeasureRemoved}, {@link MeasureMoved},
 * {@link MeasureRenumbered}, {@link MeasureModified}, and for a programme's risk register
 * {@link RiskAdded}, {@link RiskRemoved}, {@link RiskModified}. Java 17 has no pattern {@code switch}:
 * branch with {@link #accept(ChangeVisitor)} or on {@link #kind()}. Values are immutable and
 * thread-safe.
 */
public sealed interface Change permits PlanChanged, SectionAdded, SectionRemoved, SectionRenamed,
    MeasureAdded, MeasureRemoved, MeasureMoved, MeasureRenumbered, MeasureModified, RiskAdded, RiskRemoved,
    RiskModified {

  /**
   * Returns the kind of change; {@link ChangeKind#id()} is its logical name.
   *
   * @return the kind
   */
  ChangeKind kind();

  /**
   * Calls the visitor's method for this change's kind.
   *
   * @param visitor the visitor
   * @param <R> the result type
   * @return what the visitor returns
   */
  <R> R accept(ChangeVisitor<R> visitor);
}
