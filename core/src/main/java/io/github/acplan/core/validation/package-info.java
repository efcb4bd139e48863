/**
 * Checking a plan before approval: missing cells, numbering, deadlines (and the yearly deadlines of a
 * multi-year programme), text split by a page break, near-duplicate measures, the risk register of an
 * anti-corruption programme and its links to measures and, optionally, actors missing from a staff
 * register.
 *
 * <p>Contents:
 * <ul>
 *   <li>{@link io.github.acplan.core.validation.PlanValidator}: runs rules, adds and switches them off;</li>
 *   <li>{@link io.github.acplan.core.validation.ValidationRule} and
 *       {@link io.github.acplan.core.validation.ValidationRules}: one check, and the built-in ones;</li>
 *   <li>{@link io.github.acplan.core.validation.ValidationReport},
 *       {@link io.github.acplan.core.validation.Finding},
 *       {@link io.github.acplan.core.validation.FindingPath},
 *       {@link io.github.acplan.core.validation.PlanField},
 *       {@link io.github.acplan.core.validation.Severity}: what was found, where (a section, a measure,
 *       a risk of the register, a field, the year of a yearly deadline), how serious;</li>
 *   <li>{@link io.github.acplan.core.validation.FindingCodes}: the stable codes of the built-in rules;</li>
 *   <li>{@link io.github.acplan.core.validation.StaffRegister}: the caller's list of positions and units.</li>
 * </ul>
 *
 * <p>Structural invariants (unique numbers, measures inside their section) are enforced by the model
 * when a plan is built; this package reports quality and legal problems, never throws on them.
 */
@NullMarked
package io.github.acplan.core.validation;

import org.jspecify.annotations.NullMarked;
