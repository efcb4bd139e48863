package io.github.acplan.core.deadline;

import io.github.acplan.core.Worded;
import io.github.acplan.core.Wording;
import java.util.Optional;

/**
 * How a {@link DateRange} is written, so that it prints back the way it was written.
 */
public enum RangeForm implements Worded {
  /** Whole months: "Січень-березень 2020 р."; the day components are {@code 0}. */
  MONTHS("months", "місяці", "whole months"),
  /** Days with month names: "з 16 липня по 15 серпня". */
  DAYS("days", "дні", "days"),
  /** Numeric dates: "01.03.2023 - 30.06.2023"; both years are given. */
  NUMERIC("numeric", "числові дати", "numeric dates");

  private final Wording wording;

  RangeForm(String id, String ukrainian, String english) {
    this.wording = new Wording(id, ukrainian, english);
  }

  @Override
  public Wording wording() {
    return wording;
  }

  /**
   * Finds the constant with an identifier, in any case and with spaces around it.
   *
   * @param id the identifier, as in JSON
   * @return the constant, or empty if the identifier names none
   */
  public static Optional<RangeForm> fromId(String id) {
    return Worded.byId(RangeForm.class, id);
  }
}
