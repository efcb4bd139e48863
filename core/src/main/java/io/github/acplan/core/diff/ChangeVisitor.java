package io.github.acplan.core.diff;

/**
 * An operation on each kind of {@link Change}, for callers that branch on the kind.
 *
 * @param <R> the result type
 */
public interface ChangeVisitor<R> {

  /**
   * Visits a change of the plan's own fields.
   *
   * @param change the change
   * @return the result
   */
  R visit(PlanChanged change);

  /**
   * Visits an added section.
   *
   * @param change the change
   * @return the result
   */
  R visit(SectionAdded change);

  /**
   * Visits a removed section.
   *
   * @param change the change
   * @return the result
   */
  R visit(SectionRemoved change);

  /**
   * Visits a renamed section.
   *
   * @param change the change
   * @return the result
   */
  R visit(SectionRenamed change);

  /**
   * Visits an added measure.
   *
   * @param change the change
   * @return the result
   */
  R visit(MeasureAdded change);

  /**
   * Visits a removed measure.
   *
   * @param change the change
   * @return the result
   */
  R visit(MeasureRemoved change);

  /**
   * Visits a measure moved to another section.
   *
   * @param change the change
   * @return the result
   */
  R visit(MeasureMoved change);

  /**
   * Visits a renumbered measure.
   *
   * @param change the change
   * @return the result
   */
  R visit(MeasureRenumbered change);

  /**
   * Visits a modified measure.
   *
   * @param change the change
   * @return the result
   */
  R visit(MeasureModified change);

  /**
   * Visits a risk added to the register.
   *
   * @param change the change
   * @return the result
   */
  R visit(RiskAdded change);

  /**
   * Visits a risk removed from the register.
   *
   * @param change the change
   * @return the result
   */
  R visit(RiskRemoved change);

  /**
   * Visits a modified risk.
   *
   * @param change the change
   * @return the result
   */
  R visit(RiskModified change);
}
