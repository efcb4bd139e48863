package io.github.acplan.benchmarks.calendar;

import de.focus_shift.jollyday.core.HolidayManager;
import io.github.acplan.calendar.UkrainianCalendar;
import java.time.LocalDate;
import java.util.Set;
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
 * The cost of creating each calendar, ready for its first query: acplan's (its uncached build), Jollyday's holiday manager (parsing
 * its XML, with Jollyday's manager cache switched off), ObjectLab's factory and calculator over a
 * prepared holiday set.
 */
@BenchmarkMode(Mode.AverageTime)
// A fixed, pre-touched heap: the first touch of memory the heap grows into (page faults, more costly
// in a VM) otherwise lands in the measurements of the allocation-heavy benchmarks at random.
@Fork(jvmArgsAppend = {"-Xms2g", "-Xmx2g", "-XX:+AlwaysPreTouch"})
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@State(Scope.Thread)
public class CalendarCreationBenchmark {

  private static final LocalDate PROBE = LocalDate.of(2020, 4, 20);

  private Set<LocalDate> holidays;

  /** Prepares ObjectLab's input and switches off Jollyday's manager cache. */
  @Setup
  public void setUp() {
    HolidayManager.setManagerCachingEnabled(false);
    holidays = DaysOff.of(Calendars.dataSource(), Calendars.FIRST, Calendars.LAST).weekdaysOff();
  }

  /**
   * Builds a new standard calendar through the builder, the path {@code standard()} takes once (it then
   * shares the instance): every day of 1991–2100 computed into a table.
   *
   * @return the answer of the new calendar for one date
   */
  @Benchmark
  public boolean create_ours() {
    return UkrainianCalendar.builder().build().isWorkingDay(PROBE);
  }

  /** @return the answer of a new Jollyday calendar for one date (its first year is computed) */
  @Benchmark
  public boolean create_jollyday() {
    return JollydayCalendar.ukraine().isWorkingDay(PROBE);
  }

  /** @return the answer of a new ObjectLab calculator for one date */
  @Benchmark
  public boolean create_objectlab() {
    return ObjectLabCalendar.withHolidays(holidays).isWorkingDay(PROBE);
  }
}
