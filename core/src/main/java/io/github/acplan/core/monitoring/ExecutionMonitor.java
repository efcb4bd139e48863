package io.github.acplan.core.monitoring;

import io.github.acplan.calendar.WorkingCalendar;
import io.github.acplan.core.Measure;
import io.github.acplan.core.MeasureNumber;
import io.github.acplan.core.Plan;
import io.github.acplan.core.schedule.DeadlineSchedule;
import io.github.acplan.core.schedule.DueItem;
import io.github.acplan.core.schedule.PlanSchedule;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads monitoring reports against a plan's schedule: what is done, due, overdue or to be reported, with
 * verdicts and completion figures.
 *
 * <p>The monitor schedules the plan once ({@link PlanSchedule}, with {@link Measure#yearlyDeadlines()
 * yearly deadlines} of a programme), then {@link #assess(ExecutionReport)} judges a report:
 * <ol>
 *   <li>An occurrence of a measure's deadline falls in the reporting period when its window, from its
 *       first day to its due date, shares a day with the period: "Протягом 2020 р." falls in 2020-H1
 *       although it is due on 31 December. A report-only occurrence (the reporting window of a duty
 *       without a due date) falls in it when its window shares a day with the period.</li>
 *   <li>A measure reported {@link ExecutionStatus#DONE} is {@link Standing#DONE}. Otherwise, among the
 *       occurrences with a due date: if one is due strictly before the report's date
 *       ({@link ExecutionReport#asOf()}) it is {@link Standing#OVERDUE}; else if one's window has begun
 *       and its due date has not passed, {@link Standing#DUE}; else (all begin later)
 *       {@link Standing#NOT_YET_DUE}. With report-only occurrences only, {@link Standing#REPORTABLE}
 *       (never overdue); with none, {@link Standing#NOT_SCHEDULED}.</li>
 *   <li>A term's last day is the last day of its window (Civil Code of Ukraine, art. 254: a half-year or
 *       quarter ends on the last day of its last month, the year on 31 December); if that is a day off,
 *       the term ends on the next working day (art. 254 part 5), which the schedule already gives as the
 *       due date. A measure is therefore overdue only from the day after its due date: never on a day off
 *       that moved the due date, nor on the due date itself. A term counted from an event begins the day
 *       after it (art. 253) and has no date in the plan, so it is report-only.</li>
 *   <li>The due date, the on-time flag and the verdict follow {@link MeasureAssessment#dueDate()},
 *       {@link MeasureAssessment#onTime()} and {@link MeasureAssessment#verdict()}; completion figures
 *       follow {@link Completion}.</li>
 * </ol>
 * A report's entries are matched to measures by number; entries for numbers the plan does not have are
 * listed by {@link MonitoringResult#unknownEntries()}.
 *
 * <p>This class is immutable and thread-safe if the calendar is.
 */
public final class ExecutionMonitor {

  private final Plan plan;
  private final PlanSchedule schedule;
  private final Map<MeasureNumber, List<DueItem>> itemsByMeasure;

  private ExecutionMonitor(Plan plan, PlanSchedule schedule) {
    this.plan = plan;
    this.schedule = schedule;
    Map<MeasureNumber, List<DueItem>> items = new HashMap<>();
    for (DueItem item : schedule.items()) {
      items.computeIfAbsent(item.measure().number(), n -> new ArrayList<>()).add(item);
    }
    this.itemsByMeasure = items;
  }

  /**
   * Returns a monitor with the default policies of {@link DeadlineSchedule#of} over the plan's period.
   *
   * @param plan the plan
   * @param calendar the working calendar, e.g. {@code UkrainianCalendar.standard()}
   * @return the monitor
   * @throws IllegalArgumentException if a due date falls outside the calendar's supported range
   */
  public static ExecutionMonitor of(Plan plan, WorkingCalendar calendar) {
    Objects.requireNonNull(plan, "plan");
    return of(plan, DeadlineSchedule.of(plan.period(), Objects.requireNonNull(calendar, "calendar")));
  }

  /**
   * Returns a monitor that schedules the plan with the given deadline schedule (its period, calendar and
   * policies).
   *
   * @param plan the plan
   * @param schedule how deadlines become due dates
   * @return the monitor
   * @throws IllegalArgumentException if a due date falls outside the calendar's supported range
   */
  public static ExecutionMonitor of(Plan plan, DeadlineSchedule schedule) {
    return new ExecutionMonitor(plan, PlanSchedule.of(plan, schedule));
  }

  /**
   * Returns the plan.
   *
   * @return the plan monitored
   */
  public Plan plan() {
    return plan;
  }

  /**
   * Returns the plan's schedule the monitor judges by.
   *
   * @return the schedule
   */
  public PlanSchedule schedule() {
    return schedule;
  }

  /**
   * Judges a report against the plan.
   *
   * @param report the report
   * @return every measure's assessment, the lists and the figures
   */
  public MonitoringResult assess(ExecutionReport report) {
    Objects.requireNonNull(report, "report");
    // Entries by number once: ExecutionReport.entry(n) scans the entries, which made a report on n
    // measures cost n^2/2 comparisons (0.4 s for 10 000 measures, see benchmarks/README.md).
    Map<MeasureNumber, MeasureExecution> entries = new HashMap<>();
    for (MeasureExecution e : report.entries()) {
      entries.put(e.number(), e);
    }
    List<MeasureAssessment> assessments = new ArrayList<>(plan.measures().size());
    for (Measure m : plan.measures()) {
      assessments.add(assess(m, Optional.ofNullable(entries.get(m.number())), report.period(), report.asOf()));
    }
    List<MeasureExecution> unknown = new ArrayList<>();
    for (MeasureExecution e : report.entries()) {
      if (plan.measure(e.number()).isEmpty()) {
        unknown.add(e);
      }
    }
    return new MonitoringResult(plan, report, List.copyOf(assessments), List.copyOf(unknown));
  }

  /**
   * Lists the measures whose term runs on a date, nothing being reported done: the {@link Standing#DUE}
   * measures of an empty report for the date's calendar year as of that date.
   *
   * @param date the date
   * @return the assessments, in plan order
   * @throws IllegalArgumentException if the date's year is outside 1991..2100
   */
  public List<MeasureAssessment> dueOn(LocalDate date) {
    return onDate(date).due();
  }

  /**
   * Lists the measures overdue on a date, nothing being reported done: the {@link Standing#OVERDUE}
   * measures of an empty report for the date's calendar year as of that date. Terms of earlier years
   * are not carried over.
   *
   * @param date the date
   * @return the assessments, in plan order
   * @throws IllegalArgumentException if the date's year is outside 1991..2100
   */
  public List<MeasureAssessment> overdueOn(LocalDate date) {
    return onDate(date).overdue();
  }

  private MonitoringResult onDate(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return assess(ExecutionReport.builder().period(ReportingPeriod.ofYear(date.getYear())).asOf(date).build());
  }

  private MeasureAssessment assess(Measure m, Optional<MeasureExecution> entry, ReportingPeriod period,
      LocalDate asOf) {
    List<DueItem> fixed = new ArrayList<>();
    List<DueItem> reportOnly = new ArrayList<>();
    for (DueItem item : itemsByMeasure.getOrDefault(m.number(), List.of())) {
      LocalDate start = item.occurrence().startInclusive();
      if (item.occurrence().reportOnly()) {
        if (!start.isAfter(period.endInclusive())
            && !item.occurrence().endInclusive().isBefore(period.startInclusive())) {
          reportOnly.add(item);
        }
      } else if (!start.isAfter(period.endInclusive()) && !item.due().isBefore(period.startInclusive())) {
        fixed.add(item);
      }
    }
    // The schedule lists items by due date, so the first match of each kind is the earliest.
    Optional<LocalDate> firstPassed = fixed.stream().map(DueItem::due).filter(d -> d.isBefore(asOf)).findFirst();
    Optional<LocalDate> firstRunning = fixed.stream()
        .filter(i -> !i.due().isBefore(asOf) && !i.occurrence().startInclusive().isAfter(asOf))
        .map(DueItem::due).findFirst();
    Optional<LocalDate> firstLater = fixed.stream()
        .filter(i -> i.occurrence().startInclusive().isAfter(asOf)).map(DueItem::due).findFirst();
    boolean done = entry.isPresent() && entry.get().status().isDoneInFull();
    Standing standing = done ? Standing.DONE
        : firstPassed.isPresent() ? Standing.OVERDUE
        : firstRunning.isPresent() ? Standing.DUE
        : firstLater.isPresent() ? Standing.NOT_YET_DUE
        : !reportOnly.isEmpty() ? Standing.REPORTABLE
        : Standing.NOT_SCHEDULED;

    Optional<LocalDate> dueDate;
    Optional<LocalDate> actual = entry.flatMap(MeasureExecution::actualDate);
    if (done && actual.isPresent() && !fixed.isEmpty()) {
      dueDate = Optional.of(fixed.get(fixed.size() - 1).due());
      for (DueItem item : fixed) {
        if (!item.due().isBefore(actual.get())) {
          dueDate = Optional.of(item.due());
          break;
        }
      }
    } else {
      dueDate = firstPassed.or(() -> firstRunning).or(() -> firstLater);
    }
    Optional<Boolean> onTime = done && actual.isPresent() && dueDate.isPresent()
        ? Optional.of(!actual.get().isAfter(dueDate.get()))
        : Optional.empty();
    Optional<Verdict> verdict = entry.isPresent()
        ? Optional.of(verdict(entry.get().status(), standing, onTime))
        : !fixed.isEmpty() || !reportOnly.isEmpty() ? Optional.of(Verdict.NOT_REPORTED) : Optional.empty();
    return new MeasureAssessment(m, entry, List.copyOf(fixed), List.copyOf(reportOnly),
        standing, dueDate, onTime, verdict);
  }

  private static Verdict verdict(ExecutionStatus status, Standing standing, Optional<Boolean> onTime) {
    switch (status) {
      case DONE:
        return onTime.orElse(true) ? Verdict.DONE_ON_TIME : Verdict.DONE_LATE;
      case PARTLY_DONE:
        return Verdict.PARTLY_DONE;
      case NOT_DONE:
        return Verdict.NOT_DONE;
      default:
        // In progress or not started: not done once the term has run out.
        return standing == Standing.OVERDUE ? Verdict.NOT_DONE : Verdict.IN_PROGRESS;
    }
  }
}
