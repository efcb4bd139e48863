/**
 * Monitoring the execution of a plan: status reports per measure, and what they say against the plan's
 * schedule and the working calendar.
 *
 * <p>Contents:
 * <ul>
 *   <li>{@link io.github.acplan.core.monitoring.ExecutionReport} and
 *       {@link io.github.acplan.core.monitoring.MeasureExecution}: what the officers report;</li>
 *   <li>{@link io.github.acplan.core.monitoring.ExecutionStatus}: виконано, виконано частково, виконується,
 *       не виконано, не розпочато;</li>
 *   <li>{@link io.github.acplan.core.monitoring.ReportingPeriod}: a quarter, half-year, nine months or
 *       year.</li>
 * </ul>
 */
@NullMarked
package io.github.acplan.core.monitoring;

import org.jspecify.annotations.NullMarked;
