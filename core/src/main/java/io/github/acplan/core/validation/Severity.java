package io.github.acplan.core.validation;

/**
 * How serious a {@link Finding} is.
 *
 * <p>Declared from the most to the least serious, so the natural order sorts errors first.
 */
public enum Severity {
  /** The plan cannot be executed or checked as written: a measure without a name, deadline or actor. */
  ERROR,
  /** The plan is usable but should be fixed before approval: an empty indicator, a split text. */
  WARNING,
  /** Worth knowing, nothing to fix: a planning measure due early in the next year. */
  INFO
}
