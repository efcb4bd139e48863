/**
 * AssertJ assertions on acplan's values, with failure messages that say what was expected and what was
 * found.
 *
 * <p>Contents:
 * <ul>
 *   <li>{@link io.github.acplan.test.assertions.AcplanAssertions}: the entry point, {@code assertThat(…)}
 *       for each type below;</li>
 *   <li>{@link io.github.acplan.test.assertions.CalendarAssert}: working days and days off of a
 *       {@link io.github.acplan.calendar.WorkingCalendar}, naming the holiday, weekend or martial law
 *       when a check fails;</li>
 *   <li>{@link io.github.acplan.test.assertions.ValidationReportAssert}: errors and findings of a
 *       {@link io.github.acplan.core.validation.ValidationReport};</li>
 *   <li>{@link io.github.acplan.test.assertions.PlanScheduleAssert}: what falls due on a date in a
 *       {@link io.github.acplan.core.schedule.PlanSchedule};</li>
 *   <li>{@link io.github.acplan.test.assertions.DeadlineAssert}: the due dates of one deadline under a
 *       deadline schedule.</li>
 * </ul>
 */
@NullMarked
package io.github.acplan.test.assertions;

import org.jspecify.annotations.NullMarked;
