package io.github.acplan.core.deadline;

/**
 * How a {@link DateRange} is written, so that it prints back the way it was written.
 */
public enum RangeForm {
  /** Whole months: "Січень-березень 2020 р."; the day components are {@code 0}. */
  MONTHS,
  /** Days with month names: "з 16 липня по 15 серпня". */
  DAYS,
  /** Numeric dates: "01.03.2023 - 30.06.2023"; both years are given. */
  NUMERIC
}
