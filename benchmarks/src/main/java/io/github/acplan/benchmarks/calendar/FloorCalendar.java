package io.github.acplan.benchmarks.calendar;

import io.github.acplan.calendar.WorkingCalendar;
import java.time.LocalDate;
import java.util.Arrays;

/**
 * The "floor": the fastest plausible working-day calendar, a bare {@code boolean[]} indexed by
 * {@code epochDay - base} and a table of working days for {@code +N working days} in O(1).
 *
 * <p>It copies the answers of another calendar over a fixed range, so it can only be as correct as its
 * source; it exists to show how close a real calendar comes to the limit of a lookup from a
 * {@link LocalDate}. Immutable and thread-safe.
 */
public final class FloorCalendar implements WorkingCalendar {

  private final long base;
  private final boolean[] working;
  /** {@code rank[i]}: how many working days are in {@code [base, base + i)}. */
  private final int[] rank;
  /** {@code workingDay[k]}: offset from {@code base} of the k-th (0-based) working day. */
  private final int[] workingDay;

  private FloorCalendar(long base, boolean[] working) {
    this.base = base;
    this.working = working;
    this.rank = new int[working.length + 1];
    int[] days = new int[working.length];
    int k = 0;
    for (int i = 0; i < working.length; i++) {
      rank[i] = k;
      if (working[i]) {
        days[k++] = i;
      }
    }
    rank[working.length] = k;
    this.workingDay = Arrays.copyOf(days, k);
  }

  /**
   * Copies the answers of {@code source} for every day of {@code [firstInclusive, lastInclusive]}.
   *
   * @param source the calendar to copy
   * @param firstInclusive the first day of the range
   * @param lastInclusive the last day of the range
   * @return the floor calendar
   */
  public static FloorCalendar copyOf(WorkingCalendar source, LocalDate firstInclusive,
      LocalDate lastInclusive) {
    long first = firstInclusive.toEpochDay();
    int size = Math.toIntExact(lastInclusive.toEpochDay() - first + 1);
    boolean[] working = new boolean[size];
    for (int i = 0; i < size; i++) {
      working[i] = source.isWorkingDay(LocalDate.ofEpochDay(first + i));
    }
    return new FloorCalendar(first, working);
  }

  @Override
  public boolean isWorkingDay(LocalDate date) {
    // An out-of-range date throws ArrayIndexOutOfBoundsException: acceptable for a benchmark floor.
    return working[(int) (date.toEpochDay() - base)];
  }

  @Override
  public LocalDate plusWorkingDays(LocalDate date, int workingDays) {
    int i = (int) (date.toEpochDay() - base);
    if (workingDays > 0) {
      // Working days strictly before or on `date` are rank[i + 1]; the n-th one after has that index + n - 1.
      return LocalDate.ofEpochDay(base + workingDay[rank[i + 1] + workingDays - 1]);
    }
    if (workingDays < 0) {
      return LocalDate.ofEpochDay(base + workingDay[rank[i] + workingDays]);
    }
    return date;
  }

  @Override
  public int workingDaysBetween(LocalDate startInclusive, LocalDate endExclusive) {
    return rank[(int) (endExclusive.toEpochDay() - base)] - rank[(int) (startInclusive.toEpochDay() - base)];
  }
}
