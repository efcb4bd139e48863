/**
 * Working days, statutory holidays and legal terms under Ukrainian law.
 *
 * <p>Contents:
 * <ul>
 *   <li>{@link io.github.acplan.calendar.WorkingCalendar}: what a working-day calendar answers.</li>
 * </ul>
 */
@NullMarked
package io.github.acplan.calendar;

import org.jspecify.annotations.NullMarked;
