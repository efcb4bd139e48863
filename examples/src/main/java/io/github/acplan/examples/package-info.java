/**
 * Runnable examples of acplan, each a short {@code main} that shows one way to use the library.
 *
 * <ul>
 *   <li>{@link io.github.acplan.examples.Section5Example}: a section of a plan built in code with the
 *       builders;</li>
 *   <li>{@link io.github.acplan.examples.CalendarExample}: the working-day calendar alone: working days
 *       until a date, terms after an event, holidays and days off, the end of martial law;</li>
 *   <li>{@link io.github.acplan.examples.CouncilSystemExample}: acplan in a council's system: the plan
 *       from JSON, what a department has due in a week, one calendar shared by many threads;</li>
 *   <li>{@link io.github.acplan.examples.NextYearPlanExample}: a plan built in code with the builders and
 *       rolled over to the next year, with the edits and the new due dates.</li>
 * </ul>
 *
 * <p>Run one with {@code java -cp examples/target/acplan.jar io.github.acplan.examples.CalendarExample}.
 */
@NullMarked
package io.github.acplan.examples;

import org.jspecify.annotations.NullMarked;
