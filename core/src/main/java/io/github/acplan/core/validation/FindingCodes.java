package io.github.acplan.core.validation;

/**
 * The codes of the findings of {@link PlanValidator#standard()}. Codes are stable: they may be stored,
 * compared and passed to {@link PlanValidator#without(String)}.
 */
public final class FindingCodes {
  private FindingCodes() {}

  /** ERROR: the plan's title is blank. */
  public static final String MISSING_TITLE = "MISSING_TITLE";
  /** WARNING: a section's title is blank. */
  public static final String MISSING_SECTION_TITLE = "MISSING_SECTION_TITLE";
  /** WARNING: a section has no measures. */
  public static final String EMPTY_SECTION = "EMPTY_SECTION";
  /** WARNING: section numbers skip a number (1, 2, 4) or do not start at 1. */
  public static final String SECTION_NUMBER_GAP = "SECTION_NUMBER_GAP";
  /** WARNING: sections are not in increasing order of number. */
  public static final String SECTION_NUMBER_ORDER = "SECTION_NUMBER_ORDER";
  /** ERROR: a measure has no name. */
  public static final String MISSING_NAME = "MISSING_NAME";
  /** ERROR: a measure has no deadline text. */
  public static final String MISSING_DEADLINE = "MISSING_DEADLINE";
  /** ERROR: a measure names no one responsible. */
  public static final String MISSING_RESPONSIBLE = "MISSING_RESPONSIBLE";
  /** WARNING: a measure has no indicator of execution. */
  public static final String MISSING_INDICATOR = "MISSING_INDICATOR";
  /** WARNING: a measure has no expected result. */
  public static final String MISSING_EXPECTED_RESULT = "MISSING_EXPECTED_RESULT";
  /** WARNING: measure numbers skip a number within a section (3.4, 3.6) or do not start at 1. */
  public static final String MEASURE_NUMBER_GAP = "MEASURE_NUMBER_GAP";
  /** WARNING: a measure's number is not greater than the number before it in its section. */
  public static final String MEASURE_NUMBER_ORDER = "MEASURE_NUMBER_ORDER";
  /** WARNING: the deadline text was not understood (an unrecognised deadline kind). */
  public static final String UNRECOGNIZED_DEADLINE = "UNRECOGNIZED_DEADLINE";
  /** WARNING: the deadline names a year outside the plan period (other than early next year). */
  public static final String DEADLINE_OUTSIDE_PERIOD = "DEADLINE_OUTSIDE_PERIOD";
  /** INFO: the deadline falls early in the year after the period, as for preparing the next plan. */
  public static final String DEADLINE_IN_NEXT_YEAR = "DEADLINE_IN_NEXT_YEAR";
  /** ERROR: a measure has a deadline for a year outside the plan period (a yearly deadline). */
  public static final String YEARLY_DEADLINE_OUTSIDE_PERIOD = "YEARLY_DEADLINE_OUTSIDE_PERIOD";
  /** WARNING: a cell seems to continue in the next measure's cell, as when a page break split it. */
  public static final String SPLIT_TEXT = "SPLIT_TEXT";
  /** WARNING: two measures have nearly the same name. */
  public static final String NEAR_DUPLICATE_MEASURES = "NEAR_DUPLICATE_MEASURES";
  /** WARNING: a responsible actor is not in the caller's staff register. */
  public static final String UNKNOWN_RESPONSIBLE = "UNKNOWN_RESPONSIBLE";
  /** ERROR: a risk of the register has no risk text ("Корупційний ризик" is empty). */
  public static final String MISSING_RISK_TEXT = "MISSING_RISK_TEXT";
  /** ERROR: a risk's probability or consequence score is outside the plan's risk scale. */
  public static final String RISK_SCORE_OFF_SCALE = "RISK_SCORE_OFF_SCALE";
  /** ERROR: a risk of high level is linked to no measure. */
  public static final String HIGH_RISK_WITHOUT_MEASURE = "HIGH_RISK_WITHOUT_MEASURE";
  /** WARNING: a risk of medium level is linked to no measure. */
  public static final String MEDIUM_RISK_WITHOUT_MEASURE = "MEDIUM_RISK_WITHOUT_MEASURE";
  /** WARNING: a risk repeats the text of an earlier risk of the same function or process. */
  public static final String DUPLICATE_RISK = "DUPLICATE_RISK";
  /**
   * ERROR: a measure addresses no risk of the register while the plan requires every measure to
   * ({@link io.github.acplan.core.Plan#measuresMustAddressRisks()}).
   */
  public static final String MEASURE_WITHOUT_RISK = "MEASURE_WITHOUT_RISK";
  /**
   * INFO: a deadline that refers to the law ("У порядку та строки, визначені Законом України") was read as
   * the statutory terms of the duty the measure names; reported only by
   * {@link ValidationRules#statutoryTerms()}, which {@link PlanValidator#standard()} does not hold.
   */
  public static final String STATUTORY_TERM_RESOLVED = "STATUTORY_TERM_RESOLVED";
}
