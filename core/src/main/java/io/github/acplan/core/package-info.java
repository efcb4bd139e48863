/**
 * The immutable model of an anti-corruption plan ("План заходів щодо запобігання та виявлення корупції").
 *
 * <p>Contents:
 * <ul>
 *   <li>{@link io.github.acplan.core.Plan}: the whole plan, with its period, approval and signatory;</li>
 *   <li>{@link io.github.acplan.core.Section}: a numbered section of measures;</li>
 *   <li>{@link io.github.acplan.core.Measure}: one row of the table ("захід");</li>
 *   <li>{@link io.github.acplan.core.MeasureNumber}: "1.1", "3.10", "1.1.1.1.1", ordered part by part;</li>
 *   <li>{@link io.github.acplan.core.Responsible} and {@link io.github.acplan.core.Actor}: who carries a
 *       measure out;</li>
 *   <li>{@link io.github.acplan.core.Indicator} and {@link io.github.acplan.core.ExpectedResult}: the
 *       texts of the indicator and expected-result columns;</li>
 *   <li>{@link io.github.acplan.core.Worded} and {@link io.github.acplan.core.Wording}: the identifier
 *       and the Ukrainian and English names of an enum's value (plan kinds, risk levels, statuses,
 *       field names), with look-ups by identifier and by Ukrainian name.</li>
 * </ul>
 *
 * <p>Every value is immutable, thread-safe and rejects {@code null}. Structural invariants (unique
 * measure numbers, numbers that start with their section's number) are checked when a value is built and
 * reported by {@link io.github.acplan.core.PlanStructureException}; legal and quality rules belong to the
 * validator.
 */
@NullMarked
package io.github.acplan.core;

import org.jspecify.annotations.NullMarked;
