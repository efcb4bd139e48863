package io.github.acplan.calendar;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A transfer of a working day ("перенесення робочого дня"): {@code dayOff}, normally a working day,
 * becomes a day off, and {@code workedDay}, normally a day off, becomes a working day.
 *
 * <p>The Cabinet of Ministers recommends such transfers for the five-day week by an order "Про
 * перенесення робочих днів у … році"; an employer or a local authority may order its own. This record is
 * immutable and thread-safe.
 *
 * @param dayOff the day that becomes a day off
 * @param workedDay the day that becomes a working day (usually a Saturday, sometimes a Sunday, sometimes
 *     in the previous year)
 * @param source the act that orders the transfer, e.g. "розпорядження КМУ від 23.10.2019 № 995-р"
 */
public record WorkdayTransfer(LocalDate dayOff, LocalDate workedDay, String source) {

  /**
   * Checks the components.
   *
   * @param dayOff the day that becomes a day off
   * @param workedDay the day that becomes a working day (usually a Saturday, sometimes a Sunday, sometimes
   *     in the previous year)
   * @param source the act that orders the transfer, e.g. "розпорядження КМУ від 23.10.2019 № 995-р"
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if both days are the same or the source is blank
   */
  public WorkdayTransfer {
    Objects.requireNonNull(dayOff, "dayOff");
    Objects.requireNonNull(workedDay, "workedDay");
    Objects.requireNonNull(source, "source");
    if (dayOff.equals(workedDay)) {
      throw new IllegalArgumentException("A transfer moves a working day to another day, got " + dayOff
          + " twice (" + source + ")");
    }
    if (source.isBlank()) {
      throw new IllegalArgumentException("A transfer of " + dayOff + " to " + workedDay
          + " needs its source act");
    }
  }
}
