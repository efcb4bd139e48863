/**
 * Comparing two versions of a plan: what an amending order changed.
 *
 * <p>Contents:
 * <ul>
 *   <li>{@link io.github.acplan.core.diff.PlanDiff}: lists the changes between two plans;</li>
 *   <li>{@link io.github.acplan.core.diff.Change}: the closed hierarchy of changes
 *       ({@link io.github.acplan.core.diff.PlanChanged}, {@link io.github.acplan.core.diff.SectionAdded},
 *       {@link io.github.acplan.core.diff.SectionRemoved}, {@link io.github.acplan.core.diff.SectionRenamed},
 *       {@link io.github.acplan.core.diff.MeasureAdded}, {@link io.github.acplan.core.diff.MeasureRemoved},
 *       {@link io.github.acplan.core.diff.MeasureMoved},
 *       {@link io.github.acplan.core.diff.MeasureRenumbered},
 *       {@link io.github.acplan.core.diff.MeasureModified}, {@link io.github.acplan.core.diff.RiskAdded},
 *       {@link io.github.acplan.core.diff.RiskRemoved}, {@link io.github.acplan.core.diff.RiskModified}), with
 *       {@link io.github.acplan.core.diff.ChangeKind} names and a
 *       {@link io.github.acplan.core.diff.ChangeVisitor};</li>
 *   <li>{@link io.github.acplan.core.diff.FieldChange}, {@link io.github.acplan.core.diff.MeasureField},
 *       {@link io.github.acplan.core.diff.PlanAttribute}, {@link io.github.acplan.core.diff.RiskFieldChange},
 *       {@link io.github.acplan.core.diff.RiskField}: field-level old and new values;</li>
 *   <li>{@link io.github.acplan.core.diff.DiffReport}: the changes as Ukrainian or English text.</li>
 * </ul>
 */
@NullMarked
package io.github.acplan.core.diff;

import org.jspecify.annotations.NullMarked;
