package io.github.acplan.calendar;

import java.time.LocalDate;
import java.time.temporal.ChronoField;
import java.time.temporal.Temporal;
import java.time.temporal.TemporalAdjuster;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * {@link TemporalAdjuster}s that move a date by working days of a {@link WorkingCalendar}, for use with
 * {@code date.with(...)}:
 *
 * <pre>{@code
 * LocalDate due = LocalDate.of(2020, 4, 16)
 *     .with(WorkingDayAdjusters.plusWorkingDays(UkrainianCalendar.standard(), 2)); // 2020-04-21
 * }</pre>
 *
 * <p>The adjusters work on any temporal with a date ({@link LocalDate}, {@code LocalDateTime},
 * {@code ZonedDateTime}); the time of day is kept. They throw what the calendar throws, e.g.
 * {@link IllegalArgumentException} outside its supported range, and
 * {@link java.time.DateTimeException} for a temporal without a date. The adjusters are immutable and
 * thread-safe.
 */
public final class WorkingDayAdjusters {

  private WorkingDayAdjusters() {}

  /**
   * Returns an adjuster to the first working day strictly after the date.
   *
   * @param calendar the calendar that tells working days
   * @return the adjuster
   */
  public static TemporalAdjuster nextWorkingDay(WorkingCalendar calendar) {
    Objects.requireNonNull(calendar, "calendar");
    return adjuster(calendar::nextWorkingDay);
  }

  /**
   * Returns an adjuster to the date itself if it is a working day, else to the next working day.
   *
   * @param calendar the calendar that tells working days
   * @return the adjuster
   */
  public static TemporalAdjuster nextOrSameWorkingDay(WorkingCalendar calendar) {
    Objects.requireNonNull(calendar, "calendar");
    return adjuster(d -> calendar.isWorkingDay(d) ? d : calendar.nextWorkingDay(d));
  }

  /**
   * Returns an adjuster to the last working day strictly before the date.
   *
   * @param calendar the calendar that tells working days
   * @return the adjuster
   */
  public static TemporalAdjuster previousWorkingDay(WorkingCalendar calendar) {
    Objects.requireNonNull(calendar, "calendar");
    return adjuster(calendar::previousWorkingDay);
  }

  /**
   * Returns an adjuster to the date itself if it is a working day, else to the previous working day.
   *
   * @param calendar the calendar that tells working days
   * @return the adjuster
   */
  public static TemporalAdjuster previousOrSameWorkingDay(WorkingCalendar calendar) {
    Objects.requireNonNull(calendar, "calendar");
    return adjuster(d -> calendar.isWorkingDay(d) ? d : calendar.previousWorkingDay(d));
  }

  /**
   * Returns an adjuster that adds working days, as {@link WorkingCalendar#plusWorkingDays}.
   *
   * @param calendar the calendar that tells working days
   * @param workingDays how many working days to move, negative to move back
   * @return the adjuster
   */
  public static TemporalAdjuster plusWorkingDays(WorkingCalendar calendar, int workingDays) {
    Objects.requireNonNull(calendar, "calendar");
    return adjuster(d -> calendar.plusWorkingDays(d, workingDays));
  }

  private static TemporalAdjuster adjuster(UnaryOperator<LocalDate> move) {
    return (Temporal temporal) -> {
      LocalDate date = LocalDate.from(temporal);
      return temporal.with(ChronoField.EPOCH_DAY, move.apply(date).toEpochDay());
    };
  }
}
