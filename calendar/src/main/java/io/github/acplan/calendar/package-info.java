/**
 * Working days and statutory holidays under Ukrainian law.
 *
 * <p>Contents:
 * <ul>
 *   <li>{@link io.github.acplan.calendar.WorkingCalendar}: what a working-day calendar answers;</li>
 *   <li>{@link io.github.acplan.calendar.UkrainianCalendar}: the Ukrainian calendar 1991–2100 (Labour
 *       Code arts. 67 and 73, Cabinet transfers of working days, martial law), with its builder;</li>
 *   <li>{@link io.github.acplan.calendar.Holiday}: a statutory holiday with its Ukrainian and English
 *       names;</li>
 *   <li>{@link io.github.acplan.calendar.DayExplanation} and {@link io.github.acplan.calendar.DayReason}:
 *       why a date is a working day or a day off, reason by reason with the acts, in Ukrainian or
 *       English;</li>
 *   <li>{@link io.github.acplan.calendar.WorkdayTransfer}: a transfer of a working day to another day;</li>
 *   <li>{@link io.github.acplan.calendar.WorkWeek}: five-day or six-day week;</li>
 *   <li>{@link io.github.acplan.calendar.OrthodoxEaster}: Easter and Trinity by the Julian computus;</li>
 *   <li>{@link io.github.acplan.calendar.WorkingDayAdjusters}: {@code TemporalAdjuster}s by working
 *       days.</li>
 * </ul>
 *
 * <p>Legal terms (Civil Code arts. 253–255) are in {@link io.github.acplan.calendar.term}.
 */
@NullMarked
package io.github.acplan.calendar;

import org.jspecify.annotations.NullMarked;
