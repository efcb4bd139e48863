package io.github.acplan.benchmarks.calendar;

import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.ManagerParameters;
import io.github.acplan.calendar.WorkingCalendar;
import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * Jollyday's Ukrainian holidays as a {@link WorkingCalendar}, the way a user of Jollyday would write
 * it: a day is a working day if it is not a Saturday or Sunday and {@code HolidayManager.isHoliday} says
 * no. Adding working days is the interface's day-by-day loop over that check.
 *
 * <p>Jollyday has no notion of a working Saturday (Cabinet transfers) nor of martial law; its Ukrainian
 * data is its own, not acplan's. Thread-safe as far as Jollyday's manager is.
 */
public final class JollydayCalendar implements WorkingCalendar {

  private final HolidayManager manager;

  private JollydayCalendar(HolidayManager manager) {
    this.manager = manager;
  }

  /**
   * Creates Jollyday's holiday manager for Ukraine (parsing its XML data, unless Jollyday's own
   * manager cache already holds one).
   *
   * @return the manager
   */
  public static HolidayManager ukrainianManager() {
    return HolidayManager.getInstance(ManagerParameters.create(HolidayCalendar.UKRAINE));
  }

  /**
   * Wraps Jollyday's Ukrainian holiday manager.
   *
   * @return the calendar
   */
  public static JollydayCalendar ukraine() {
    return new JollydayCalendar(ukrainianManager());
  }

  /**
   * Returns the wrapped manager.
   *
   * @return Jollyday's manager
   */
  public HolidayManager manager() {
    return manager;
  }

  @Override
  public boolean isWorkingDay(LocalDate date) {
    DayOfWeek dow = date.getDayOfWeek();
    return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY && !manager.isHoliday(date);
  }
}
