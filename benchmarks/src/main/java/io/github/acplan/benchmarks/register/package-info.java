/**
 * Risk register benchmarks: reading a programme from its risk register text, against reading a plan text
 * with the same number of measures.
 *
 * <p>Contents: {@link io.github.acplan.benchmarks.register.RegisterReadBenchmark} (JMH),
 * {@link io.github.acplan.benchmarks.register.RegisterGenerator} (large register texts that read like the
 * seed).
 */
@NullMarked
package io.github.acplan.benchmarks.register;

import org.jspecify.annotations.NullMarked;
