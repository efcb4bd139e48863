package io.github.acplan.benchmarks.calendar;

import io.github.acplan.calendar.UkrainianCalendar;
import io.github.acplan.calendar.WorkingCalendar;
import java.time.LocalDate;
import java.util.Random;

/**
 * The calendars and inputs shared by the calendar benchmarks and the correctness report: the range
 * measured, the source of the "same data" fed to the floor and to ObjectLab, and seeded random dates.
 */
public final class Calendars {

  /** The first day of the benchmarked range. */
  public static final LocalDate FIRST = LocalDate.of(1991, 1, 1);

  /** The last day of the benchmarked range. */
  public static final LocalDate LAST = LocalDate.of(2030, 12, 31);

  /**
   * The last day a {@code plusWorkingDays} benchmark starts from: 60 working days later is still
   * within {@link #LAST}.
   */
  public static final LocalDate LAST_START = LocalDate.of(2030, 8, 31);

  /** How many random inputs each benchmark cycles through (a power of two). */
  public static final int INPUTS = 1 << 12;

  private Calendars() {}

  /**
   * Returns the calendar whose answers the floor copies and whose weekdays off ObjectLab is fed with.
   *
   * @return acplan's standard Ukrainian calendar
   */
  public static WorkingCalendar dataSource() {
    return UkrainianCalendar.standard();
  }

  /**
   * Returns {@link #INPUTS} random dates of {@code [first, last]}, the same for every run.
   *
   * @param first the first possible date
   * @param last the last possible date
   * @param seed the random seed
   * @return the dates
   */
  public static LocalDate[] randomDates(LocalDate first, LocalDate last, long seed) {
    Random random = new Random(seed);
    long span = last.toEpochDay() - first.toEpochDay() + 1;
    LocalDate[] dates = new LocalDate[INPUTS];
    for (int i = 0; i < INPUTS; i++) {
      dates[i] = first.plusDays((long) (random.nextDouble() * span));
    }
    return dates;
  }

  /**
   * Returns {@link #INPUTS} random numbers of working days in {@code [1, max]}, the same for every run.
   *
   * @param max the largest number
   * @param seed the random seed
   * @return the numbers
   */
  public static int[] randomSteps(int max, long seed) {
    Random random = new Random(seed);
    int[] steps = new int[INPUTS];
    for (int i = 0; i < INPUTS; i++) {
      steps[i] = 1 + random.nextInt(max);
    }
    return steps;
  }
}
