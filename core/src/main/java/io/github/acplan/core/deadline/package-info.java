/**
 * Deadlines of measures ("Строк виконання"): the original text and what it means.
 *
 * <p>When a deadline is due in a plan's period is computed by {@link
 * io.github.acplan.core.schedule.DeadlineSchedule}, in the schedule package.
 *
 * <p>Contents:
 * <ul>
 *   <li>{@link io.github.acplan.core.deadline.Deadline}: the closed hierarchy of deadline kinds, each a
 *       record that keeps the original text;</li>
 *   <li>{@link io.github.acplan.core.deadline.DeadlineKind}: the kinds with their logical names;</li>
 *   <li>{@link io.github.acplan.core.deadline.DeadlineVisitor}: branching over the kinds;</li>
 *   <li>{@link io.github.acplan.core.deadline.DeadlineParser}: Ukrainian text to a deadline, never
 *       throwing on any text;</li>
 *   <li>{@link io.github.acplan.core.deadline.DeadlineFormatter}: a deadline to the text officials write,
 *       and the canonical form;</li>
 *   <li>{@link io.github.acplan.core.deadline.Deadlines}: factories for deadlines built in code;</li>
 *   <li>the kinds: {@link io.github.acplan.core.deadline.Permanent},
 *       {@link io.github.acplan.core.deadline.Periodic}, {@link io.github.acplan.core.deadline.ByDate},
 *       {@link io.github.acplan.core.deadline.DateRange}, {@link io.github.acplan.core.deadline.Decade},
 *       {@link io.github.acplan.core.deadline.DuringPeriod},
 *       {@link io.github.acplan.core.deadline.WithinWorkingDays},
 *       {@link io.github.acplan.core.deadline.WithinCalendarDays},
 *       {@link io.github.acplan.core.deadline.WithinMonths}, {@link io.github.acplan.core.deadline.OnEvent},
 *       {@link io.github.acplan.core.deadline.Statutory},
 *       {@link io.github.acplan.core.deadline.PerSchedule},
 *       {@link io.github.acplan.core.deadline.Conditional},
 *       {@link io.github.acplan.core.deadline.Composite},
 *       {@link io.github.acplan.core.deadline.Unrecognized};</li>
 *   <li>their components: {@link io.github.acplan.core.deadline.PeriodUnit},
 *       {@link io.github.acplan.core.deadline.DateBound}, {@link io.github.acplan.core.deadline.RangeForm},
 *       {@link io.github.acplan.core.deadline.Joiner}.</li>
 * </ul>
 */
@NullMarked
package io.github.acplan.core.deadline;

import org.jspecify.annotations.NullMarked;
