package io.github.acplan.core.monitoring;

import io.github.acplan.core.Worded;
import io.github.acplan.core.Wording;
import java.util.Optional;

/**
 * Where a measure stands against its deadline on a monitoring report's date, as
 * {@link ExecutionMonitor} computes it from the plan's schedule, the working calendar and the report.
 *
 * <p>The values are listed in the order the monitor tests them: the first that applies wins. The
 * {@linkplain #id() identifiers} ("not-yet-due") are used in JSON and on the command line; the
 * {@linkplain #ukrainian() Ukrainian words} ("прострочено") are in lower case.
 */
public enum Standing implements Worded {
  /** The report says the measure is done in full ("виконано"). */
  DONE("done", "виконано", "done"),
  /**
   * A term of the measure in the period ended before the report's date and the measure is not done in
   * full. A term ends on its (already day-off-shifted) due date, so a measure is never overdue on or
   * before that date (Civil Code of Ukraine, art. 254 part 5).
   */
  OVERDUE("overdue", "прострочено", "overdue"),
  /** A term of the measure runs on the report's date: its window has begun and its due date has not passed. */
  DUE("due", "строк триває", "due"),
  /** The measure's terms in the period have not begun on the report's date. */
  NOT_YET_DUE("not-yet-due", "строк не настав", "not yet due"),
  /**
   * The measure has no due date of its own ("Постійно", "При призначенні на посаду", a term after an
   * event, "за окремим планом", a term set by another act): never overdue, but reported on every period.
   */
  REPORTABLE("reportable", "підлягає звітуванню", "to be reported"),
  /**
   * Nothing of the measure falls in the period: its deadline is in another year of a programme, or was
   * not understood.
   */
  NOT_SCHEDULED("not-scheduled", "не передбачено у звітному періоді", "not scheduled in the period");

  private final Wording wording;

  Standing(String id, String ukrainian, String english) {
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
  public static Optional<Standing> fromId(String id) {
    return Worded.byId(Standing.class, id);
  }
}
