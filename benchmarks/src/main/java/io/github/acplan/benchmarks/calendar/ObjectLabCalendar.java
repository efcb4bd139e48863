package io.github.acplan.benchmarks.calendar;

import io.github.acplan.calendar.WorkingCalendar;
import java.time.LocalDate;
import java.util.Set;
import net.objectlab.kit.datecalc.common.DateCalculator;
import net.objectlab.kit.datecalc.common.DefaultHolidayCalendar;
import net.objectlab.kit.datecalc.common.HolidayHandlerType;
import net.objectlab.kit.datecalc.jdk8.LocalDateKitCalculatorsFactory;

/**
 * ObjectLab Kit's date calculator as a {@link WorkingCalendar}: a Monday-to-Friday week plus a set of
 * holidays (weekdays off) supplied by the caller, since ObjectLab ships no Ukrainian data.
 *
 * <p>ObjectLab cannot express a working Saturday (a Cabinet transfer): only days off. Its calculators are
 * mutable (they hold a current date), so this class is <b>not thread-safe</b>: use one per thread.
 */
public final class ObjectLabCalendar implements WorkingCalendar {

  private static final String NAME = "UA";

  private final DateCalculator<LocalDate> calculator;

  private ObjectLabCalendar(DateCalculator<LocalDate> calculator) {
    this.calculator = calculator;
  }

  /**
   * Creates a calculator for a Monday-to-Friday week and the given holidays, with a "forward" holiday
   * handler (a day off moves to the next working day), as ObjectLab's documentation shows.
   *
   * @param holidays the days off that fall on weekdays
   * @return a new calculator, owned by the caller's thread
   */
  public static ObjectLabCalendar withHolidays(Set<LocalDate> holidays) {
    LocalDateKitCalculatorsFactory factory = new LocalDateKitCalculatorsFactory();
    factory.registerHolidays(NAME, new DefaultHolidayCalendar<>(holidays));
    return new ObjectLabCalendar(factory.getDateCalculator(NAME, HolidayHandlerType.FORWARD));
  }

  @Override
  public boolean isWorkingDay(LocalDate date) {
    return !calculator.isNonWorkingDay(date);
  }

  @Override
  public LocalDate plusWorkingDays(LocalDate date, int workingDays) {
    // forceCurrentDateNoAdjustment: start from the date itself even on a day off (setStartDate would
    // first move a day off forward, counting one working day too many compared with acplan).
    calculator.forceCurrentDateNoAdjustment(date);
    return calculator.moveByBusinessDays(workingDays).getCurrentBusinessDate();
  }
}
