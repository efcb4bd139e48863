package io.github.acplan.core.schedule;

import io.github.acplan.calendar.WorkingCalendar;
import io.github.acplan.calendar.term.DueDateShift;
import io.github.acplan.calendar.term.LegalTerms;
import io.github.acplan.calendar.term.UntilReading;
import io.github.acplan.core.PlanPeriod;
import io.github.acplan.core.deadline.ByDate;
import io.github.acplan.core.deadline.Composite;
import io.github.acplan.core.deadline.Conditional;
import io.github.acplan.core.deadline.DateBound;
import io.github.acplan.core.deadline.DateRange;
import io.github.acplan.core.deadline.Deadline;
import io.github.acplan.core.deadline.DeadlineVisitor;
import io.github.acplan.core.deadline.Decade;
import io.github.acplan.core.deadline.DuringPeriod;
import io.github.acplan.core.deadline.Joiner;
import io.github.acplan.core.deadline.OnEvent;
import io.github.acplan.core.deadline.PerSchedule;
import io.github.acplan.core.deadline.RangeForm;
import io.github.acplan.core.deadline.PeriodUnit;
import io.github.acplan.core.deadline.Periodic;
import io.github.acplan.core.deadline.Permanent;
import io.github.acplan.core.deadline.Statutory;
import io.github.acplan.core.deadline.Unrecognized;
import io.github.acplan.core.deadline.WithinCalendarDays;
import io.github.acplan.core.deadline.WithinMonths;
import io.github.acplan.core.deadline.WithinWorkingDays;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Turns deadlines into concrete dates for a plan period under a working calendar.
 *
 * <p>{@link #occurrences(Deadline)} lists the windows and due dates of a deadline: "Щопівроку" in 2020 is
 * due 30 June and 31 December; "1 декада січня 2021 року" covers 1–10 January 2021 and, 10 January
 * being a Sunday, is due on the next working day. Quarters and half-years count from 1 January (Civil
 * Code of Ukraine, art. 254 part 2). Duties without a due date of their own ("Постійно", "При
 * призначенні на посаду", terms after an event) are listed once per reporting period as
 * {@linkplain Occurrence#reportOnly() report-only} occurrences. Parts joined by ";" or "," are listed
 * together; a parenthesised or following phrase refines the one before it, so its fixed dates, if it has
 * any, replace the first phrase's.
 *
 * <p>{@link #dueAfter(Deadline, LocalDate)} computes the due date of a term after an event: the term
 * starts the day after the event (Civil Code art. 253), so "Протягом 2-х робочих днів з моменту
 * отримання повідомлення" received on Thursday 16 April 2020 is due Tuesday 21 April 2020 (Monday 20
 * April, the day after Easter, was a day off).
 *
 * <p>The policies are explicit and shared with the calendar module's {@link LegalTerms}:
 * {@link DueDateShift} (default: the next working day, Civil Code art. 254 part 5), {@link DayOffPolicy}
 * (default: every due date moves, fixed calendar dates such as "до 31 травня 2025 р." included; choose
 * {@link DayOffPolicy#MOVE_PERIODS_ONLY} to keep fixed dates, as the Civil Code's art. 251 and 254 part 5
 * read them), {@link UntilReading} for "до" (default: inclusive, as plan tables mean
 * it) and the reporting period (default: half-year).
 * This class is immutable and thread-safe if the calendar is.
 */
public final class DeadlineSchedule {

  private final PlanPeriod period;
  private final LegalTerms terms;
  private final UntilReading until;
  private final PeriodUnit reporting;
  private final DayOffPolicy dayOff;

  private DeadlineSchedule(PlanPeriod period, LegalTerms terms, UntilReading until, PeriodUnit reporting,
      DayOffPolicy dayOff) {
    this.period = period;
    this.terms = terms;
    this.until = until;
    this.reporting = reporting;
    this.dayOff = dayOff;
  }

  /**
   * Returns a schedule with the default policies: due dates on a day off move to the next working day,
   * fixed dates included ({@link DayOffPolicy#MOVE_EVERY_DUE_DATE}), "до" is inclusive, duties are
   * reported every half-year.
   *
   * @param period the plan period
   * @param calendar the working calendar
   * @return the schedule
   */
  public static DeadlineSchedule of(PlanPeriod period, WorkingCalendar calendar) {
    return new DeadlineSchedule(Objects.requireNonNull(period, "period"), LegalTerms.of(calendar),
        UntilReading.INCLUSIVE, PeriodUnit.HALF_YEAR, DayOffPolicy.MOVE_EVERY_DUE_DATE);
  }

  /**
   * Returns a copy with another day-off policy.
   *
   * @param shift what happens to a due date on a day off
   * @return the copy
   */
  public DeadlineSchedule withDueDateShift(DueDateShift shift) {
    return new DeadlineSchedule(period, terms.withShift(shift), until, reporting, dayOff);
  }

  /**
   * Returns a copy with another choice of which due dates move off a day off: every due date (the
   * default), or only the ends of periods, fixed calendar dates staying as written (the Civil Code's
   * reading of art. 254 part 5).
   *
   * @param dayOff the policy
   * @return the copy
   */
  public DeadlineSchedule withDayOffPolicy(DayOffPolicy dayOff) {
    return new DeadlineSchedule(period, terms, until, reporting, Objects.requireNonNull(dayOff, "dayOff"));
  }

  /**
   * Returns which due dates move off a day off.
   *
   * @return the policy
   */
  public DayOffPolicy dayOffPolicy() {
    return dayOff;
  }

  /**
   * Returns a copy with another reading of "до".
   *
   * @param until inclusive or exclusive
   * @return the copy
   */
  public DeadlineSchedule withUntilReading(UntilReading until) {
    return new DeadlineSchedule(period, terms, Objects.requireNonNull(until, "until"), reporting, dayOff);
  }

  /**
   * Returns a copy that reports duties without a due date every {@code reporting} period.
   *
   * @param reporting a month, quarter, half-year or year
   * @return the copy
   */
  public DeadlineSchedule withReportingPeriod(PeriodUnit reporting) {
    return new DeadlineSchedule(period, terms, until, Objects.requireNonNull(reporting, "reporting"), dayOff);
  }

  /**
   * Returns a copy over another period, with the same calendar and policies. A multi-year plan schedules
   * a deadline written for one year of it (a year sub-column of the deadline column) over that year.
   *
   * @param period the period
   * @return the copy
   */
  public DeadlineSchedule withPeriod(PlanPeriod period) {
    return new DeadlineSchedule(Objects.requireNonNull(period, "period"), terms, until, reporting, dayOff);
  }

  /**
   * Returns the plan period.
   *
   * @return the period
   */
  public PlanPeriod period() {
    return period;
  }

  /**
   * Returns where a due date on a day off moves.
   *
   * @return the shift
   */
  public DueDateShift dueDateShift() {
    return terms.shift();
  }

  /**
   * Returns the reading of "до".
   *
   * @return the reading
   */
  public UntilReading untilReading() {
    return until;
  }

  /**
   * Returns the reporting period for duties without a due date.
   *
   * @return the period unit
   */
  public PeriodUnit reportingPeriod() {
    return reporting;
  }

  /**
   * Moves the last day of a period (a строк) off a day off according to the {@link DueDateShift} policy
   * (Civil Code art. 254 part 5).
   *
   * @param date the last day of a term
   * @return the due date
   * @throws IllegalArgumentException if the calendar does not cover the dates involved
   */
  public LocalDate due(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return terms.shift(date);
  }

  /**
   * Returns the due date of a fixed calendar date (a термін): moved off a day off as
   * {@link #due(LocalDate)} moves it under the default {@link DayOffPolicy#MOVE_EVERY_DUE_DATE}, the date
   * itself under {@link DayOffPolicy#MOVE_PERIODS_ONLY}.
   *
   * @param date the date a deadline names
   * @return the due date
   * @throws IllegalArgumentException if the calendar does not cover the dates involved
   */
  public LocalDate dueOnFixedDate(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return dayOff.movesFixedDates() ? terms.shift(date) : date;
  }

  /**
   * Lists the occurrences of a deadline in the plan period, sorted by due date, then window. A deadline
   * that names years ("1 декада січня 2021 року") gives occurrences in those years even outside the
   * period. An {@link Unrecognized} deadline has none. Equal windows given by several parts of a
   * composite are listed once, for the first part.
   *
   * @param deadline the deadline
   * @return the occurrences, possibly empty
   * @throws IllegalArgumentException if the calendar does not cover the dates involved
   */
  public List<Occurrence> occurrences(Deadline deadline) {
    Objects.requireNonNull(deadline, "deadline");
    List<Occurrence> all = deadline.accept(new Occurrences());
    Map<List<Object>, Occurrence> unique = new LinkedHashMap<>();
    for (Occurrence o : all) {
      unique.putIfAbsent(List.of(o.startInclusive(), o.endInclusive(), o.due(), o.reportOnly()), o);
    }
    List<Occurrence> sorted = new ArrayList<>(unique.values());
    sorted.sort(Comparator.comparing(Occurrence::due).thenComparing(Occurrence::startInclusive)
        .thenComparing(Occurrence::endInclusive).thenComparing(Occurrence::reportOnly));
    return List.copyOf(sorted);
  }

  /**
   * Tells whether a deadline counts a term from an event ("within N days of ..."), alone or in a part.
   *
   * @param deadline the deadline
   * @return true if {@link #dueAfter(Deadline, LocalDate)} can give a date
   */
  public static boolean hasTermAfterEvent(Deadline deadline) {
    Objects.requireNonNull(deadline, "deadline");
    if (deadline instanceof WithinWorkingDays || deadline instanceof WithinCalendarDays
        || deadline instanceof WithinMonths) {
      return true;
    }
    if (deadline instanceof Conditional conditional) {
      return hasTermAfterEvent(conditional.deadline());
    }
    if (deadline instanceof Composite composite) {
      return composite.parts().stream().anyMatch(DeadlineSchedule::hasTermAfterEvent);
    }
    return false;
  }

  /**
   * Returns the due date of a term that counts from an event on {@code event}. The term starts the day
   * after the event (Civil Code art. 253): N working days end on the N-th working day after the event;
   * N calendar days or N months end N days or months later (on the month's last day if it has no such
   * day, art. 254 part 3), moved off a day off by the {@link DueDateShift} policy. For a composite, the
   * earliest of its parts' due dates.
   *
   * @param deadline the deadline
   * @param event the day the event happened
   * @return the due date, or empty if the deadline counts no term from an event
   * @throws IllegalArgumentException if the calendar does not cover the dates involved
   */
  public Optional<LocalDate> dueAfter(Deadline deadline, LocalDate event) {
    Objects.requireNonNull(deadline, "deadline");
    Objects.requireNonNull(event, "event");
    if (deadline instanceof WithinWorkingDays withinWorkingDays) {
      return Optional.of(terms.workingDaysAfter(event, withinWorkingDays.workingDays()));
    }
    if (deadline instanceof WithinCalendarDays withinCalendarDays) {
      return Optional.of(terms.daysAfter(event, withinCalendarDays.days()));
    }
    if (deadline instanceof WithinMonths withinMonths) {
      return Optional.of(terms.monthsAfter(event, withinMonths.months()));
    }
    if (deadline instanceof Conditional conditional) {
      return dueAfter(conditional.deadline(), event);
    }
    if (deadline instanceof Composite composite) {
      Optional<LocalDate> earliest = Optional.empty();
      for (Deadline part : composite.parts()) {
        Optional<LocalDate> d = dueAfter(part, event);
        if (d.isPresent() && (earliest.isEmpty() || d.get().isBefore(earliest.get()))) {
          earliest = d;
        }
      }
      return earliest;
    }
    return Optional.empty();
  }

  // ---------------------------------------------------------------------------------------------

  private List<Integer> years() {
    List<Integer> years = new ArrayList<>();
    for (int y = period.firstYear(); y <= period.lastYear(); y++) {
      years.add(y);
    }
    return years;
  }

  private List<Integer> yearsOr(OptionalInt year) {
    return year.isEmpty() ? years() : List.of(year.getAsInt());
  }

  private static LocalDate periodStart(int year, PeriodUnit unit, int index) {
    return LocalDate.of(year, (index - 1) * unit.lengthInMonths() + 1, 1);
  }

  private static LocalDate periodEnd(int year, PeriodUnit unit, int index) {
    LocalDate last = LocalDate.of(year, index * unit.lengthInMonths(), 1);
    return last.withDayOfMonth(last.lengthOfMonth());
  }

  /** Whether a due date ends a period or is a date the deadline names: a day off moves them differently. */
  private enum DueDay {
    /** The last day of a period (a строк: "щокварталу", "1 декада січня"): moved off a day off. */
    PERIOD_END,
    /** A date the deadline names (a термін: "до 15 грудня"): moved only as the {@link DayOffPolicy} says. */
    NAMED_DATE
  }

  /**
   * The one place where the {@link DueDateShift} and the {@link DayOffPolicy} give an occurrence its due
   * date: the window {@code start..end}, due on {@code day}, moved off a day off as {@code what} it is
   * requires.
   */
  private Occurrence occurrence(LocalDate start, LocalDate end, LocalDate day, DueDay what, Deadline source) {
    LocalDate due = what == DueDay.NAMED_DATE ? dueOnFixedDate(day) : due(day);
    return new Occurrence(start, end, due, false, source);
  }

  /** An occurrence that ends with a period: its last day moves off a day off. */
  private Occurrence periodEnding(LocalDate start, LocalDate end, Deadline source) {
    return occurrence(start, end, end, DueDay.PERIOD_END, source);
  }

  /**
   * An occurrence of "до/не пізніше/on" a date in a year: the window opens on the date itself for "on",
   * else at {@code opens}, and ends on the term's last day ("до" read by the {@link UntilReading}), which
   * is a named date.
   */
  private Occurrence byDate(ByDate date, int year, LocalDate opens, Deadline source) {
    LocalDate day = date.dateIn(year);
    LocalDate last = lastDay(date.bound(), day);
    LocalDate start = date.bound() == DateBound.ON ? day : opens;
    return occurrence(start.isAfter(last) ? last : start, last, last, DueDay.NAMED_DATE, source);
  }

  private List<Occurrence> reportOnly(Deadline source) {
    List<Occurrence> list = new ArrayList<>();
    for (int year : years()) {
      for (int i = 1; i <= reporting.perYear(); i++) {
        LocalDate end = periodEnd(year, reporting, i);
        list.add(new Occurrence(periodStart(year, reporting, i), end, due(end), true, source));
      }
    }
    return list;
  }

  /** The last day of a term "до/не пізніше/on" a date. */
  private LocalDate lastDay(DateBound bound, LocalDate date) {
    return bound == DateBound.UNTIL ? until.lastDay(date) : date;
  }

  private final class Occurrences implements DeadlineVisitor<List<Occurrence>> {

    @Override
    public List<Occurrence> visitPermanent(Permanent d) {
      return reportOnly(d);
    }

    @Override
    public List<Occurrence> visitPeriodic(Periodic d) {
      List<Occurrence> list = new ArrayList<>();
      PeriodUnit unit = d.every();
      for (int year : d.months().isEmpty() ? years() : yearsOr(d.year())) {
        if (!d.dates().isEmpty()) {
          for (ByDate date : d.dates()) {
            list.add(byDate(date, year, LocalDate.of(year, 1, 1), d));
          }
        } else if (!d.months().isEmpty()) {
          for (Month month : d.months()) {
            int index = (month.getValue() - 1) / unit.lengthInMonths() + 1;
            LocalDate end = LocalDate.of(year, month, 1);
            list.add(periodEnding(periodStart(year, unit, index), end.withDayOfMonth(end.lengthOfMonth()), d));
          }
        } else if (d.dayOfNextMonth().isPresent()) {
          // "до 10 числа місяця, наступного за звітним": the window is the period, the due date is that
          // day of the next month, moved off a day off like any other.
          int day = d.dayOfNextMonth().get();
          for (int i = 1; i <= unit.perYear(); i++) {
            LocalDate end = periodEnd(year, unit, i);
            LocalDate next = end.plusDays(1);
            LocalDate dueDay = next.withDayOfMonth(Math.min(day, next.lengthOfMonth()));
            list.add(occurrence(periodStart(year, unit, i), end, dueDay, DueDay.NAMED_DATE, d));
          }
        } else if (d.daysAfterPeriod().isPresent()) {
          // "не пізніше ніж на 40 день після закінчення звітного кварталу": a term of days from the period's
          // end (a строк, Civil Code art. 254 part 5), so it moves off a day off as a period's end does.
          int days = d.daysAfterPeriod().get();
          for (int i = 1; i <= unit.perYear(); i++) {
            LocalDate end = periodEnd(year, unit, i);
            list.add(occurrence(periodStart(year, unit, i), end, end.plusDays(days), DueDay.PERIOD_END, d));
          }
        } else {
          for (int i = 1; i <= unit.perYear(); i++) {
            list.add(periodEnding(periodStart(year, unit, i), periodEnd(year, unit, i), d));
          }
        }
      }
      return list;
    }

    @Override
    public List<Occurrence> visitByDate(ByDate d) {
      List<Occurrence> list = new ArrayList<>();
      for (int year : yearsOr(d.year())) {
        // a date in a year outside the plan period opens with the period
        LocalDate opens = d.year().isEmpty() || period.containsYear(d.year().getAsInt())
            ? LocalDate.of(year, 1, 1) : period.firstDay();
        list.add(byDate(d, year, opens, d));
      }
      return list;
    }

    @Override
    public List<Occurrence> visitDateRange(DateRange d) {
      // "Січень-березень" ends with a month, a period; "з 16 липня по 15 серпня" on a named day.
      DueDay what = d.form() == RangeForm.MONTHS ? DueDay.PERIOD_END : DueDay.NAMED_DATE;
      // a range that names its years happens once, in them
      List<Integer> years = d.startYear().isPresent() ? List.of(0) : years();
      List<Occurrence> list = new ArrayList<>();
      for (int year : years) {
        list.add(occurrence(d.startIn(year), d.endIn(year), d.endIn(year), what, d));
      }
      return list;
    }

    @Override
    public List<Occurrence> visitDecade(Decade d) {
      List<Occurrence> list = new ArrayList<>();
      for (int year : yearsOr(d.year())) {
        list.add(periodEnding(d.firstDayIn(year), d.lastDayIn(year), d));
      }
      return list;
    }

    @Override
    public List<Occurrence> visitDuringPeriod(DuringPeriod d) {
      List<Occurrence> list = new ArrayList<>();
      for (int year : d.years().isEmpty() ? years() : d.years()) {
        list.add(periodEnding(periodStart(year, d.unit(), d.index()), periodEnd(year, d.unit(), d.endIndex()),
            d));
      }
      return list;
    }

    @Override
    public List<Occurrence> visitWithinWorkingDays(WithinWorkingDays d) {
      return reportOnly(d);
    }

    @Override
    public List<Occurrence> visitWithinCalendarDays(WithinCalendarDays d) {
      return reportOnly(d);
    }

    @Override
    public List<Occurrence> visitWithinMonths(WithinMonths d) {
      return reportOnly(d);
    }

    @Override
    public List<Occurrence> visitOnEvent(OnEvent d) {
      return reportOnly(d);
    }

    @Override
    public List<Occurrence> visitStatutory(Statutory d) {
      return reportOnly(d);
    }

    @Override
    public List<Occurrence> visitPerSchedule(PerSchedule d) {
      return reportOnly(d);
    }

    @Override
    public List<Occurrence> visitConditional(Conditional d) {
      return d.deadline().accept(this);
    }

    @Override
    public List<Occurrence> visitComposite(Composite d) {
      if (d.joiner() == Joiner.PARENTHESES || d.joiner() == Joiner.SPACE) {
        // The second phrase refines the first: "щорічно (у другому півріччі)" is due in the second
        // half-year; "за окремим планом (не рідше 1 разу на квартал)" quarterly; "Протягом року у
        // визначені законодавством строки" within the year.
        List<Occurrence> detail = d.parts().get(1).accept(this);
        if (detail.stream().anyMatch(o -> !o.reportOnly())) {
          return detail;
        }
        return d.parts().get(0).accept(this);
      }
      List<Occurrence> list = new ArrayList<>();
      for (Deadline part : d.parts()) {
        list.addAll(part.accept(this));
      }
      return list;
    }

    @Override
    public List<Occurrence> visitUnrecognized(Unrecognized d) {
      return List.of();
    }
  }
}
