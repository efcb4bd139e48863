/**
 * The risk register of an anti-corruption programme (NAZK Methodology of corruption-risk management,
 * order No. 830/21 of 28.12.2021).
 *
 * <p>Contents:
 * <ul>
 *   <li>{@link io.github.acplan.core.risk.CorruptionRisk}: one entry of the register, linked to the
 *       measures that address it;</li>
 *   <li>{@link io.github.acplan.core.risk.RiskScale}: the scores allowed and how they give a level;</li>
 *   <li>{@link io.github.acplan.core.risk.RiskLevel}: low, medium, high;</li>
 *   <li>{@link io.github.acplan.core.risk.RiskIds}: the order of risk identifiers, numbers compared as
 *       numbers ("R-2" before "R-10").</li>
 * </ul>
 *
 * <p>A programme holds its register in {@link io.github.acplan.core.Plan#risks()}; links to measures
 * that do not exist are rejected when the plan is built, scores off the scale are reported by the
 * validator.
 */
@NullMarked
package io.github.acplan.core.risk;

import org.jspecify.annotations.NullMarked;
