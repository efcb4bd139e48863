/**
 * The schedule of a whole plan: every occurrence of every measure's deadline, sorted by due date.
 *
 * <p>Contents:
 * <ul>
 *   <li>{@link io.github.acplan.core.schedule.PlanSchedule}: the sorted occurrences of a plan, with
 *       queries by window;</li>
 *   <li>{@link io.github.acplan.core.schedule.DueItem}: one measure's occurrence.</li>
 * </ul>
 */
@NullMarked
package io.github.acplan.core.schedule;

import org.jspecify.annotations.NullMarked;
