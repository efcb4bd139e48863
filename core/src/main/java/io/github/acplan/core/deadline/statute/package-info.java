/**
 * Statutory terms: the terms of the acts that plans refer to instead of writing a date ("У порядку та
 * строки, визначені Законом України"), each with its act, provision and wording, as deadlines the schedule
 * can compute.
 *
 * <p>Contents:
 * <ul>
 *   <li>{@link io.github.acplan.core.deadline.statute.StatutoryTerms}: the catalogue, and the reading of a
 *       measure's deadline as the terms its duty is subject to;</li>
 *   <li>{@link io.github.acplan.core.deadline.statute.StatutoryTerm}: one term, with its citation and how it
 *       is computed;</li>
 *   <li>{@link io.github.acplan.core.deadline.statute.StatutoryReading}: a measure's deadline beside the terms
 *       it refers to;</li>
 *   <li>{@link io.github.acplan.core.deadline.statute.LegalAct}: the acts cited.</li>
 * </ul>
 *
 * <p>The reading never alters a plan: a measure keeps the deadline it was written with, and a deadline
 * that names no duty of the catalogue stays {@code statutory}.
 */
@NullMarked
package io.github.acplan.core.deadline.statute;

import org.jspecify.annotations.NullMarked;
