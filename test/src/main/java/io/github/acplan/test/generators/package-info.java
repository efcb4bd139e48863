/**
 * Generators of random valid acplan values for property tests, independent of any test framework.
 *
 * <p>Contents:
 * <ul>
 *   <li>{@link io.github.acplan.test.generators.AcplanGenerators}: a
 *       {@link java.util.random.RandomGenerator} in, a value out: dates in the calendar's range, plan
 *       periods, measure numbers, actors, deadlines of every kind and their texts, measures, sections,
 *       plans, programmes with risk registers, status files;</li>
 *   <li>{@link io.github.acplan.test.generators.AcplanGens}: the same as QuickTheories generators (needs
 *       QuickTheories, an optional dependency).</li>
 * </ul>
 */
@NullMarked
package io.github.acplan.test.generators;

import org.jspecify.annotations.NullMarked;
