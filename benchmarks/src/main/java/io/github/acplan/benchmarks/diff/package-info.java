/**
 * Plan diff benchmarks: acplan's {@code PlanDiff} against JaVers and a map-by-number baseline.
 *
 * <p>Contents: {@link io.github.acplan.benchmarks.diff.DiffBenchmark} (JMH),
 * {@link io.github.acplan.benchmarks.diff.PlanGenerator} (large seed-like plans and their amended
 * versions), {@link io.github.acplan.benchmarks.diff.MeasurePojo} (the JaVers model),
 * {@link io.github.acplan.benchmarks.diff.MapDiff} (the baseline).
 */
@NullMarked
package io.github.acplan.benchmarks.diff;

import org.jspecify.annotations.NullMarked;
