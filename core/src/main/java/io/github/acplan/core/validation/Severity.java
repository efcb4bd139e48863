package io.github.acplan.core.validation;

import io.github.acplan.core.Worded;
import io.github.acplan.core.Wording;
import java.util.Optional;

/**
 * How serious a {@link Finding} is.
 *
 * <p>Declared from the most to the least serious, so the natural order sorts errors first.
 */
public enum Severity implements Worded {
  /** The plan cannot be executed or checked as written: a measure without a name, deadline or actor. */
  ERROR("error", "помилка", "error"),
  /** The plan is usable but should be fixed before approval: an empty indicator, a split text. */
  WARNING("warning", "попередження", "warning"),
  /** Worth knowing, nothing to fix: a planning measure due early in the next year. */
  INFO("info", "до відома", "for information");

  private final Wording wording;

  Severity(String id, String ukrainian, String english) {
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
  public static Optional<Severity> fromId(String id) {
    return Worded.byId(Severity.class, id);
  }
}
