/**
 * Deadline parsing benchmarks: phrases of real plans read by the parser, against a one-pattern floor.
 *
 * <p>Contents: {@link io.github.acplan.benchmarks.deadline.DeadlineParseBenchmark} (JMH),
 * {@link io.github.acplan.benchmarks.deadline.DeadlinePhrases} (the phrases).
 */
@NullMarked
package io.github.acplan.benchmarks.deadline;

import org.jspecify.annotations.NullMarked;
