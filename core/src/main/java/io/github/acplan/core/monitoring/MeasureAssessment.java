package io.github.acplan.core.monitoring;

import io.github.acplan.core.Measure;
import io.github.acplan.core.MeasureNumber;
import io.github.acplan.core.schedule.DueItem;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a monitoring report shows of one measure: what it said, which occurrences of the measure's deadline
 * fall in the reporting period, where the measure stands on the report's date, and the verdict.
 *
 * <p>Made by {@link ExecutionMonitor}, whose class comment gives the rules. This class is immutable and
 * thread-safe.
 */
public final class MeasureAssessment {

  private final Measure measure;
  private final Optional<MeasureExecution> entry;
  private final List<DueItem> occurrences;
  private final List<DueItem> reportOccurrences;
  private final Standing standing;
  private final Optional<LocalDate> dueDate;
  private final Optional<Boolean> onTime;
  private final Optional<Verdict> verdict;

  MeasureAssessment(Measure measure, Optional<MeasureExecution> entry, List<DueItem> occurrences,
      List<DueItem> reportOccurrences, Standing standing, Optional<LocalDate> dueDate,
      Optional<Boolean> onTime, Optional<Verdict> verdict) {
    this.measure = Objects.requireNonNull(measure, "measure");
    this.entry = Objects.requireNonNull(entry, "entry");
    this.occurrences = Objects.requireNonNull(occurrences, "occurrences");
    this.reportOccurrences = Objects.requireNonNull(reportOccurrences, "reportOccurrences");
    this.standing = Objects.requireNonNull(standing, "standing");
    this.dueDate = Objects.requireNonNull(dueDate, "dueDate");
    this.onTime = Objects.requireNonNull(onTime, "onTime");
    this.verdict = Objects.requireNonNull(verdict, "verdict");
  }

  /**
   * Returns the measure.
   *
   * @return the measure of the plan
   */
  public Measure measure() {
    return measure;
  }

  /**
   * Returns the measure's number.
   *
   * @return e.g. "2.1"
   */
  public MeasureNumber number() {
    return measure.number();
  }

  /**
   * Returns what the report says of the measure.
   *
   * @return the entry, or empty if the report says nothing of it
   */
  public Optional<MeasureExecution> entry() {
    return entry;
  }

  /**
   * Returns the occurrences of the measure's deadline with a due date of their own that fall in the
   * reporting period: those whose window, from its first day to its due date, shares a day with the
   * period.
   *
   * @return the occurrences, sorted by due date, possibly empty
   */
  public List<DueItem> occurrences() {
    return occurrences;
  }

  /**
   * Returns the {@linkplain io.github.acplan.core.schedule.Occurrence#reportOnly() report-only}
   * occurrences that fall in the reporting period: the reporting windows of a duty without a due date
   * of its own ("Постійно", "При призначенні на посаду", a term after an event).
   *
   * @return the occurrences, sorted by due date, possibly empty
   */
  public List<DueItem> reportOccurrences() {
    return reportOccurrences;
  }

  /**
   * Tells whether the measure has to be reported on in the period: some occurrence of its deadline, with
   * a due date or report-only, falls in it.
   *
   * @return true if {@link #occurrences()} or {@link #reportOccurrences()} is not empty
   */
  public boolean expected() {
    return !occurrences.isEmpty() || !reportOccurrences.isEmpty();
  }

  /**
   * Tells whether the measure counts in the {@link Completion} figures: it is {@linkplain #expected()
   * expected} in the period, or the report says something of it.
   *
   * @return true if expected or reported
   */
  public boolean counted() {
    return expected() || entry.isPresent();
  }

  /**
   * Returns where the measure stands on the report's date.
   *
   * @return the standing
   */
  public Standing standing() {
    return standing;
  }

  /**
   * Returns the due date the measure is judged by, chosen among its {@link #occurrences()}: for an
   * {@link Standing#OVERDUE overdue} measure the earliest due date that has passed; for a measure
   * {@link Standing#DUE due} the earliest due date of a running term; for one {@link Standing#NOT_YET_DUE
   * not yet due} the earliest due date; for one {@link Standing#DONE done} with an actual date, the
   * earliest due date not before it, or failing that the latest (which it missed); for one done without
   * an actual date, as if it were not done. All are working days under the schedule's day-off policy.
   *
   * @return the due date, or empty if the measure has no occurrence with a due date in the period
   */
  public Optional<LocalDate> dueDate() {
    return dueDate;
  }

  /**
   * Tells whether a measure done in full was done by its due date: the actual date is not after
   * {@link #dueDate()}.
   *
   * @return true or false for a measure reported {@link ExecutionStatus#DONE} with an actual date and a
   *     due date; empty otherwise
   */
  public Optional<Boolean> onTime() {
    return onTime;
  }

  /**
   * Tells whether the measure is done in full.
   *
   * @return true if the report says {@link ExecutionStatus#DONE}
   */
  public boolean inFull() {
    return entry.isPresent() && entry.get().status().isDoneInFull();
  }

  /**
   * Returns the verdict. With an entry: {@link ExecutionStatus#DONE} gives {@link Verdict#DONE_LATE} if
   * {@link #onTime()} is false and {@link Verdict#DONE_ON_TIME} otherwise; {@link
   * ExecutionStatus#PARTLY_DONE} gives {@link Verdict#PARTLY_DONE}; {@link ExecutionStatus#NOT_DONE}
   * gives {@link Verdict#NOT_DONE}; {@link ExecutionStatus#IN_PROGRESS} and {@link
   * ExecutionStatus#NOT_STARTED} give {@link Verdict#NOT_DONE} when the measure is {@link
   * Standing#OVERDUE overdue} (its term ran out) and {@link Verdict#IN_PROGRESS} otherwise. Without an
   * entry: {@link Verdict#NOT_REPORTED} if the measure is {@linkplain #expected() expected} in the period.
   *
   * @return the verdict, or empty for a measure neither expected nor reported in the period
   */
  public Optional<Verdict> verdict() {
    return verdict;
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof MeasureAssessment o)) {
      return false;
    }
    return measure.equals(o.measure) && entry.equals(o.entry) && occurrences.equals(o.occurrences)
        && reportOccurrences.equals(o.reportOccurrences) && standing == o.standing
        && dueDate.equals(o.dueDate) && onTime.equals(o.onTime) && verdict.equals(o.verdict);
  }

  @Override
  public int hashCode() {
    return Objects.hash(measure, entry, occurrences, reportOccurrences, standing, dueDate, onTime, verdict);
  }

  /**
   * Returns a one-line summary for logs and test failures.
   *
   * @return e.g. "2.1 done due 2020-06-30 on time: done-on-time"
   */
  @Override
  public String toString() {
    return measure.number() + " " + standing.id()
        + dueDate.map(d -> " due " + d).orElse("")
        + onTime.map(t -> t ? " on time" : " late").orElse("")
        + verdict.map(v -> ": " + v.id()).orElse("");
  }
}
