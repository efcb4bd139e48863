/**
 * Monitoring benchmarks: acplan's {@code ExecutionMonitor} (scheduling a plan, assessing a half-year
 * report) and the report's text and JSON writers, against a bare floor that only matches entries to
 * measures and compares precomputed due dates with the report's date. No peer library does this.
 *
 * <p>Contents: {@link io.github.acplan.benchmarks.monitoring.MonitoringBenchmark} (JMH),
 * {@link io.github.acplan.benchmarks.monitoring.MonitoringInputs} (the plans with parsed deadlines and
 * their H1 reports), {@link io.github.acplan.benchmarks.monitoring.OverdueFloor} (the floor).
 */
@NullMarked
package io.github.acplan.benchmarks.monitoring;

import org.jspecify.annotations.NullMarked;
