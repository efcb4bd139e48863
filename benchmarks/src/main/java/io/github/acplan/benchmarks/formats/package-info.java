/**
 * Format benchmarks: acplan's text and JSON readers and writers against plain Jackson.
 *
 * <p>Contents: {@link io.github.acplan.benchmarks.formats.FormatsBenchmark} (JMH),
 * {@link io.github.acplan.benchmarks.formats.PlanPojo} (the plain-object tree for Jackson).
 */
@NullMarked
package io.github.acplan.benchmarks.formats;

import org.jspecify.annotations.NullMarked;
