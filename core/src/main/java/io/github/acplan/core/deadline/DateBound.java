package io.github.acplan.core.deadline;

import io.github.acplan.core.Worded;
import io.github.acplan.core.Wording;
import java.util.Optional;

/**
 * The word that ties a {@link ByDate} deadline to its date.
 *
 * <p>Only {@link #UNTIL} ("до") is ambiguous: NAZK reads "до 1 червня" as "the last day is 31 May",
 * plan tables read "до 31 грудня" as "31 December included". The reading is a scheduling policy
 * ({@link io.github.acplan.calendar.term.UntilReading}), not a property of the text.
 */
public enum DateBound implements Worded {
  /** "до 15 грудня": inclusive or exclusive, as the scheduling policy says. */
  UNTIL("until", "до", "until"),
  /** "не пізніше 15 грудня": the date itself is the last day. */
  NOT_LATER_THAN("not-later-than", "не пізніше", "no later than"),
  /** "15.12.2020" or "15 грудня": on that very date. */
  ON("on", "у день", "on the day");

  private final Wording wording;

  DateBound(String id, String ukrainian, String english) {
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
  public static Optional<DateBound> fromId(String id) {
    return Worded.byId(DateBound.class, id);
  }
}
