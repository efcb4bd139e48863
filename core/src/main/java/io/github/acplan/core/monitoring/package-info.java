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
 *       year;</li>
 *   <li>{@link io.github.acplan.core.monitoring.ExecutionReports}: rolling quarterly and half-year reports
 *       up into longer periods;</li>
 *   <li>{@link io.github.acplan.core.monitoring.ExecutionMonitor}: judges a report against the plan's
 *       schedule and the working calendar, and tells what is due or overdue on a date;</li>
 *   <li>{@link io.github.acplan.core.monitoring.MonitoringResult}: the judgement of a report, with lists
 *       by standing and {@link io.github.acplan.core.monitoring.Completion} figures per plan, section and
 *       actor;</li>
 *   <li>{@link io.github.acplan.core.monitoring.MeasureAssessment}: one measure's occurrences in the
 *       period, {@link io.github.acplan.core.monitoring.Standing}, due date and
 *       {@link io.github.acplan.core.monitoring.Verdict}.</li>
 * </ul>
 */
@NullMarked
package io.github.acplan.core.monitoring;

import org.jspecify.annotations.NullMarked;
