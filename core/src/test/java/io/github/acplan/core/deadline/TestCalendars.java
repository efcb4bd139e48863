package io.github.acplan.core.deadline;

import io.github.acplan.calendar.WorkingCalendar;

/** A weekend-only calendar for property tests, independent of Ukrainian holidays. */
final class TestCalendars {

  private TestCalendars() {}

  /** Saturdays and Sundays off, nothing else. */
  static WorkingCalendar weekendsOnly() {
    return d -> d.getDayOfWeek().getValue() < 6;
  }
}
