/**
 * Legal terms under the Civil Code of Ukraine, arts. 253–255: when a term of days, working days, weeks,
 * months, quarters, half-years or years ends.
 *
 * <p>Contents:
 * <ul>
 *   <li>{@link io.github.acplan.calendar.term.LegalTerms}: the end of a term after an event, and of a
 *       term "until" a date;</li>
 *   <li>{@link io.github.acplan.calendar.term.DueDateShift}: what to do when the last day is a day off;</li>
 *   <li>{@link io.github.acplan.calendar.term.UntilReading}: whether "до &lt;дата&gt;" includes the
 *       date.</li>
 * </ul>
 */
@NullMarked
package io.github.acplan.calendar.term;

import org.jspecify.annotations.NullMarked;
