package io.github.acplan.core.deadline;

import io.github.acplan.calendar.WorkingCalendar;

/** A weekend-only calendar for property tests, independent of Ukrainian holidays. */
public final class TestCalendars {

  private TestCalendars() {}

  /** Saturdays and Sundays off, nothing else. */
  public static WorkingCalendar weekendsOnly() {
    return d -> d.getDayOfWeek().getValue() < 6;
  }
}
