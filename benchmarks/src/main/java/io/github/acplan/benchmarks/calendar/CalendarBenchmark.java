package io.github.acplan.benchmarks.calendar;

import io.github.acplan.calendar.UkrainianCalendar;
import io.github.acplan.calendar.WorkingCalendar;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Working-day queries: {@code isWorkingDay} on random dates of 1991–2030 and {@code plusWorkingDays}
 * by a random 1..60 and by exactly 20 working days, for acplan, Jollyday, ObjectLab Kit and the
 * bare-array floor.
 *
 * <p>Every method cycles through the same precomputed random inputs, so the index arithmetic costs
 * the same everywhere. The state is per thread because ObjectLab's calculator is mutable.
 * Method names are {@code operation_implementation}; run.sh computes the ratios from them.
 */
@BenchmarkMode(Mode.AverageTime)
// A fixed, pre-touched heap: the first touch of memory the heap grows into (page faults, more costly
// in a VM) otherwise lands in the measurements of the allocation-heavy benchmarks at random.
@Fork(jvmArgsAppend = {"-Xms2g", "-Xmx2g", "-XX:+AlwaysPreTouch"})
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@State(Scope.Thread)
public class CalendarBenchmark {

  private static final int MASK = Calendars.INPUTS - 1;

  private LocalDate[] dates;
  private LocalDate[] starts;
  private int[] steps;
  private int index;

  private UkrainianCalendar ours;
  private FloorCalendar floor;
  private WorkingCalendar jollyday;
  private WorkingCalendar objectLab;

  /** Builds the calendars and the random inputs once per trial. */
  @Setup
  public void setUp() {
    dates = Calendars.randomDates(Calendars.FIRST, Calendars.LAST, 1);
    starts = Calendars.randomDates(Calendars.FIRST, Calendars.LAST_START, 2);
    steps = Calendars.randomSteps(60, 3);
    ours = UkrainianCalendar.standard();
    WorkingCalendar source = ours;
    floor = FloorCalendar.copyOf(source, Calendars.FIRST, Calendars.LAST);
    jollyday = JollydayCalendar.ukraine();
    objectLab = ObjectLabCalendar.withHolidays(
        DaysOff.of(source, Calendars.FIRST, Calendars.LAST).weekdaysOff());
  }

  private LocalDate nextDate() {
    return dates[index++ & MASK];
  }

  private int next() {
    return index++ & MASK;
  }

  /** @return the answer for the next random date */
  @Benchmark
  public boolean isWorkingDay_ours() {
    return ours.isWorkingDay(nextDate());
  }

  /** @return the answer for the next random date */
  @Benchmark
  public boolean isWorkingDay_floor() {
    return floor.isWorkingDay(nextDate());
  }

  /** @return the answer for the next random date */
  @Benchmark
  public boolean isWorkingDay_jollyday() {
    return jollyday.isWorkingDay(nextDate());
  }

  /** @return the answer for the next random date */
  @Benchmark
  public boolean isWorkingDay_objectlab() {
    return objectLab.isWorkingDay(nextDate());
  }

  /** @return the next random start plus a random 1..60 working days */
  @Benchmark
  public LocalDate plusWorkingDays_ours() {
    int i = next();
    return ours.plusWorkingDays(starts[i], steps[i]);
  }

  /** @return the next random start plus a random 1..60 working days */
  @Benchmark
  public LocalDate plusWorkingDays_floor() {
    int i = next();
    return floor.plusWorkingDays(starts[i], steps[i]);
  }

  /** @return the next random start plus a random 1..60 working days */
  @Benchmark
  public LocalDate plusWorkingDays_jollyday() {
    int i = next();
    return jollyday.plusWorkingDays(starts[i], steps[i]);
  }

  /** @return the next random start plus a random 1..60 working days */
  @Benchmark
  public LocalDate plusWorkingDays_objectlab() {
    int i = next();
    return objectLab.plusWorkingDays(starts[i], steps[i]);
  }

  /** @return the next random start plus 20 working days */
  @Benchmark
  public LocalDate plus20WorkingDays_ours() {
    return ours.plusWorkingDays(starts[next()], 20);
  }

  /** @return the next random start plus 20 working days */
  @Benchmark
  public LocalDate plus20WorkingDays_floor() {
    return floor.plusWorkingDays(starts[next()], 20);
  }

  /** @return the next random start plus 20 working days */
  @Benchmark
  public LocalDate plus20WorkingDays_jollyday() {
    return jollyday.plusWorkingDays(starts[next()], 20);
  }

  /** @return the next random start plus 20 working days */
  @Benchmark
  public LocalDate plus20WorkingDays_objectlab() {
    return objectLab.plusWorkingDays(starts[next()], 20);
  }
}
