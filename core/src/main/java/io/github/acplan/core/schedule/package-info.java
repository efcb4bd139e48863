/**
 * When deadlines are due: the windows and due dates of one deadline in a plan's period, and the schedule
 * of a whole plan, every occurrence of every measure's deadline sorted by due date.
 *
 * <p>Contents:
 * <ul>
 *   <li>{@link io.github.acplan.core.schedule.DeadlineSchedule}: windows and due dates of a deadline in a
 *       plan period under a working calendar, and terms after an event (Civil Code of Ukraine, arts.
 *       253–254);</li>
 *   <li>{@link io.github.acplan.core.schedule.Occurrence}: one window of a deadline;</li>
 *   <li>{@link io.github.acplan.core.schedule.PlanSchedule}: the sorted occurrences of a plan, with
 *       queries by window;</li>
 *   <li>{@link io.github.acplan.core.schedule.DueItem}: one measure's occurrence.</li>
 * </ul>
 */
@NullMarked
package io.github.acplan.core.schedule;

import org.jspecify.annotations.NullMarked;
