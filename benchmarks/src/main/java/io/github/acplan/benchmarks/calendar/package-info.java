/**
 * Working-day calendar benchmarks: acplan's Ukrainian calendar against Jollyday, ObjectLab Kit and a
 * bare-array floor, and the correctness report.
 *
 * <p>Contents: {@link io.github.acplan.benchmarks.calendar.CalendarBenchmark} and
 * {@link io.github.acplan.benchmarks.calendar.CalendarCreationBenchmark} (JMH),
 * {@link io.github.acplan.benchmarks.calendar.FloorCalendar} (the floor),
 * {@link io.github.acplan.benchmarks.calendar.JollydayCalendar} and
 * {@link io.github.acplan.benchmarks.calendar.ObjectLabCalendar} (the peers as working calendars),
 * {@link io.github.acplan.benchmarks.calendar.DaysOff} (the data fed to ObjectLab),
 * {@link io.github.acplan.benchmarks.calendar.Calendars} (shared inputs).
 */
@NullMarked
package io.github.acplan.benchmarks.calendar;

import org.jspecify.annotations.NullMarked;
