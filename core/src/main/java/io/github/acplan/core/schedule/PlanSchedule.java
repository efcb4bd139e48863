package io.github.acplan.core.schedule;

import io.github.acplan.calendar.WorkingCalendar;
import io.github.acplan.core.Measure;
import io.github.acplan.core.Plan;
import io.github.acplan.core.PlanPeriod;
import io.github.acplan.core.deadline.Deadline;
import io.github.acplan.core.schedule.DeadlineSchedule;
import io.github.acplan.core.schedule.Occurrence;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Every occurrence of every measure's deadline in a plan, sorted by due date, then measure number, then
 * the start of the window.
 *
 * <p>Built once from a plan and a {@link DeadlineSchedule} (which holds the calendar and the policies);
 * the queries then only filter. A measure of a multi-year programme whose deadline column is split into
 * years ({@link Measure#yearlyDeadlines()}) is scheduled year by year: each year's deadline over that
 * year, the measure's own deadline in a year without one (unless its text is blank). This class is
 * immutable and thread-safe if the calendar is.
 */
public final class PlanSchedule {

  private static final Comparator<DueItem> ORDER = Comparator.comparing(DueItem::due)
      .thenComparing(item -> item.measure().number())
      .thenComparing(item -> item.occurrence().startInclusive());

  private final Plan plan;
  private final List<DueItem> items;

  private PlanSchedule(Plan plan, List<DueItem> items) {
    this.plan = plan;
    this.items = items;
  }

  /**
   * Schedules a plan with the default policies of {@link DeadlineSchedule#of} over the plan's period.
   *
   * @param plan the plan
   * @param calendar the working calendar, e.g. {@code UkrainianCalendar.standard()}
   * @return the schedule
   * @throws IllegalArgumentException if a due date falls outside the calendar's supported range
   */
  public static PlanSchedule of(Plan plan, WorkingCalendar calendar) {
    Objects.requireNonNull(plan, "plan");
    return of(plan, DeadlineSchedule.of(plan.period(), calendar));
  }

  /**
   * Schedules a plan with the given deadline schedule (its period, calendar and policies).
   *
   * @param plan the plan
   * @param schedule how deadlines become due dates
   * @return the schedule
   * @throws IllegalArgumentException if a due date falls outside the calendar's supported range; the
   *     message names the measure and its deadline
   */
  public static PlanSchedule of(Plan plan, DeadlineSchedule schedule) {
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(schedule, "schedule");
    List<DueItem> all = new ArrayList<>();
    for (Measure m : plan.measures()) {
      try {
        all.addAll(itemsOf(m, schedule));
      } catch (IllegalArgumentException e) {
        // The calendar says which date is out of its range; the user needs to know which measure.
        throw new IllegalArgumentException("Measure " + m.number() + ", deadline \"" + m.deadline().text()
            + "\": " + e.getMessage(), e);
      }
    }
    all.sort(ORDER);
    return new PlanSchedule(plan, List.copyOf(all));
  }

  /**
   * Lists the occurrences of one measure. A measure without {@linkplain Measure#yearlyDeadlines() yearly
   * deadlines} is scheduled by its {@link Measure#deadline()} over the schedule's period. A measure with
   * them is scheduled year by year: in each year of the period, the deadline written for that year over
   * that year alone, or, if the year has none, the measure's own deadline over that year unless its text
   * is blank (the year's cell left empty means nothing is due that year). An occurrence given by two
   * years (a deadline that names a year, written in a cell of another year) is listed once.
   */
  private static List<DueItem> itemsOf(Measure m, DeadlineSchedule schedule) {
    List<DueItem> items = new ArrayList<>();
    if (m.yearlyDeadlines().isEmpty()) {
      for (Occurrence o : schedule.occurrences(m.deadline())) {
        items.add(new DueItem(m, o, m.deadline()));
      }
      return items;
    }
    Set<List<Object>> seen = new HashSet<>();
    PlanPeriod period = schedule.period();
    for (int year = period.firstYear(); year <= period.lastYear(); year++) {
      Deadline d = m.yearlyDeadlines().get(year);
      if (d == null) {
        if (m.deadline().text().isBlank()) {
          continue;
        }
        d = m.deadline();
      }
      for (Occurrence o : schedule.withPeriod(PlanPeriod.ofYear(year)).occurrences(d)) {
        if (seen.add(List.of(o.startInclusive(), o.endInclusive(), o.due(), o.reportOnly()))) {
          items.add(new DueItem(m, o, d));
        }
      }
    }
    return items;
  }

  /**
   * Returns the plan this schedule is for.
   *
   * @return the plan
   */
  public Plan plan() {
    return plan;
  }

  /**
   * Returns every occurrence, sorted.
   *
   * @return the items
   */
  public List<DueItem> items() {
    return items;
  }

  /**
   * Returns the occurrences due from {@code fromInclusive} to {@code toInclusive}, sorted.
   *
   * @param fromInclusive the first due date listed
   * @param toInclusive the last due date listed
   * @return the items in the window
   * @throws IllegalArgumentException if {@code toInclusive} is before {@code fromInclusive}
   */
  public List<DueItem> dueBetween(LocalDate fromInclusive, LocalDate toInclusive) {
    return dueBetween(fromInclusive, toInclusive, item -> true);
  }

  /**
   * Returns the occurrences due in a window that also pass a filter (e.g. a department's measures).
   *
   * @param fromInclusive the first due date listed
   * @param toInclusive the last due date listed
   * @param filter which items to keep
   * @return the items, sorted
   * @throws IllegalArgumentException if {@code toInclusive} is before {@code fromInclusive}
   */
  public List<DueItem> dueBetween(LocalDate fromInclusive, LocalDate toInclusive,
      Predicate<? super DueItem> filter) {
    Objects.requireNonNull(fromInclusive, "fromInclusive");
    Objects.requireNonNull(toInclusive, "toInclusive");
    Objects.requireNonNull(filter, "filter");
    if (toInclusive.isBefore(fromInclusive)) {
      throw new IllegalArgumentException(
          "The window ends (" + toInclusive + ") before it starts (" + fromInclusive + ")");
    }
    List<DueItem> out = new ArrayList<>();
    for (DueItem item : items) {
      if (!item.due().isBefore(fromInclusive) && !item.due().isAfter(toInclusive) && filter.test(item)) {
        out.add(item);
      }
    }
    return List.copyOf(out);
  }
}
