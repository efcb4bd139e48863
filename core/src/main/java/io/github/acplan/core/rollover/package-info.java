/**
 * Preparing next year's plan from this year's, or the next programme from a multi-year one.
 *
 * <p>Contents:
 * <ul>
 *   <li>{@link io.github.acplan.core.rollover.PlanRollover}: moves a plan's period and the years in its
 *       texts, deadlines per year and risk register, and clears the approval;</li>
 *   <li>{@link io.github.acplan.core.rollover.RolloverResult} and
 *       {@link io.github.acplan.core.rollover.RolloverEdit}: the draft and what changed in it.</li>
 * </ul>
 */
@NullMarked
package io.github.acplan.core.rollover;

import org.jspecify.annotations.NullMarked;
