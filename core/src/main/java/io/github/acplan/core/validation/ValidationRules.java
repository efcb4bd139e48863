package io.github.acplan.core.validation;

import java.util.Objects;

/**
 * Factories of the rules {@link PlanValidator#standard()} is made of, and of the optional ones.
 *
 * <p>Every rule returned is immutable and thread-safe. The codes each produces are listed in
 * {@link FindingCodes}.
 */
public final class ValidationRules {

  /** The name similarity (Jaccard index of word stems) from which two measures are near duplicates. */
  public static final double DEFAULT_NEAR_DUPLICATE_THRESHOLD = 0.6;

  private ValidationRules() {}

  /**
   * Returns the rule for empty texts: the plan's title, section titles, sections without measures, and
   * each measure's name, deadline, responsible, indicator and expected result. A measure's deadline may
   * be empty when it has a non-empty deadline for some year of the period
   * ({@link io.github.acplan.core.Measure#yearlyDeadlines()}): in a table whose deadline column is split
   * into years, the measure is planned in the years whose cells are filled.
   *
   * <p>A measure without a name, deadline or responsible actor cannot be carried out or checked: these
   * are {@link Severity#ERROR}s. A missing indicator or expected result makes the measure hard to
   * assess but not impossible to carry out, and real approved plans have them (the seed's 3.5, 5.3,
   * 6.3): {@link Severity#WARNING}s.
   *
   * @return the rule
   */
  public static ValidationRule requiredTexts() {
    return new RequiredTextsRule();
  }

  /**
   * Returns the rule for numbering: gaps and wrong order of section numbers and of measure numbers
   * within a section. Duplicate numbers and a measure numbered outside its section cannot occur: the
   * model rejects them when the plan is built.
   *
   * @return the rule
   */
  public static ValidationRule numbering() {
    return new NumberingRule();
  }

  /**
   * Returns the rule for deadlines: a deadline text not understood (wholly or in part, see
   * {@link io.github.acplan.core.deadline.Deadlines#isRecognized}), and a deadline that falls outside
   * the plan period: judged by the deadline's dates when it is understood (so "наступного року" counts),
   * by the four-digit years of its text otherwise. A deadline early in the year after the period
   * (January to March, as for "1 декада січня 2021 року" to approve the next plan) is
   * {@link Severity#INFO}; any other date outside the period is a {@link Severity#WARNING}.
   *
   * <p>Each of a measure's yearly deadlines ({@link io.github.acplan.core.Measure#yearlyDeadlines()}) is
   * checked the same way, read within its year (the path names the year, e.g.
   * "2.1/yearly-deadlines[2025]"), and a yearly deadline for a year outside the plan period is an
   * {@link Severity#ERROR} ({@link FindingCodes#YEARLY_DEADLINE_OUTSIDE_PERIOD}): the table has a column
   * for a year the plan does not cover.
   *
   * @return the rule
   */
  public static ValidationRule deadlines() {
    return new DeadlineRule();
  }

  /**
   * Returns the rule that reports the deadlines read as statutory terms
   * ({@link io.github.acplan.core.deadline.statute.StatutoryTerms#resolve(io.github.acplan.core.Measure,
   * io.github.acplan.core.PlanPeriod)}, in the wording of the plan's years):
   * one {@link FindingCodes#STATUTORY_TERM_RESOLVED} ({@link Severity#INFO}) per measure whose deadline
   * refers to the law and whose name names a duty of the catalogue, path "3.4/deadline", with the terms'
   * wording and citations. Deadlines that stay statutory are not reported. Not part of
   * {@link PlanValidator#standard()}: add it with {@code PlanValidator.standard().with(...)}.
   *
   * @return the rule
   */
  public static ValidationRule statutoryTerms() {
    return new StatutoryTermRule();
  }

  /**
   * Returns the rule for the risk register of an anti-corruption programme
   * ({@link io.github.acplan.core.Plan#risks()}) and its links to measures. On a plan without risks it
   * finds nothing, unless the plan requires every measure to address a risk.
   *
   * <ul>
   *   <li>{@link FindingCodes#MISSING_RISK_TEXT} ({@link Severity#ERROR}): an entry with an empty risk,
   *       path "risk R-2/risk";</li>
   *   <li>{@link FindingCodes#RISK_SCORE_OFF_SCALE} ({@link Severity#ERROR}): a probability or
   *       consequence score outside {@link io.github.acplan.core.Plan#riskScale()}, one finding per
   *       score, path "risk R-2/probability" or "risk R-2/consequence"; such a risk has no level;</li>
   *   <li>{@link FindingCodes#HIGH_RISK_WITHOUT_MEASURE} ({@link Severity#ERROR}) and
   *       {@link FindingCodes#MEDIUM_RISK_WITHOUT_MEASURE} ({@link Severity#WARNING}): a risk of that
   *       level ({@link io.github.acplan.core.Plan#riskLevel}) linked to no measure, path
   *       "risk R-2/measures"; a low risk may stand without one;</li>
   *   <li>{@link FindingCodes#DUPLICATE_RISK} ({@link Severity#WARNING}): a risk whose text repeats an
   *       earlier risk's of the same function or process (ignoring case, spaces, quote style and final
   *       punctuation), path "risk R-3/risk";</li>
   *   <li>{@link FindingCodes#MEASURE_WITHOUT_RISK} ({@link Severity#ERROR}): a measure no risk links to,
   *       only when {@link io.github.acplan.core.Plan#measuresMustAddressRisks()}; path "2.1". Without that
   *       flag nothing is reported, even for a programme with a register: a programme rightly holds
   *       measures that answer no identified risk (the general anti-corruption policy, the State
   *       Anti-Corruption Programme, training: Law of Ukraine No. 1700-VII, art. 19 part 2), and a note
   *       on each would bury the real findings.</li>
   * </ul>
   *
   * <p>The kind of the document is not judged: a programme of a single year, and a plan of measures
   * with a risk register, are both fine.
   *
   * @return the rule
   */
  public static ValidationRule riskRegister() {
    return new RiskRegisterRule();
  }

  /**
   * Returns the rule for text split by a page break: a measure's name, indicator or expected result
   * that ends without final punctuation while the same cell of the next measure of the section starts
   * with a lower-case letter, as when the end of one cell spilled into the next row.
   *
   * @return the rule
   */
  public static ValidationRule splitText() {
    return new SplitTextRule();
  }

  /**
   * Returns the rule for near-duplicate measures: two measures whose names share at least
   * {@code threshold} of their word stems (Jaccard index). Candidate pairs come from an index of each
   * name's rarest stems (prefix filtering), so a plan is not compared all pairs against all pairs; the
   * result is the same as an all-pairs comparison for plans of up to 256 measures, and stems shared by
   * more names than that are not used to find candidates (which bounds the work on large plans).
   *
   * @param threshold the similarity from which to report, above 0 and at most 1
   * @return the rule
   * @throws IllegalArgumentException if the threshold is out of range
   */
  public static ValidationRule nearDuplicateMeasures(double threshold) {
    if (!(threshold > 0 && threshold <= 1)) {
      throw new IllegalArgumentException(
          "A near-duplicate threshold is above 0 and at most 1, got " + threshold);
    }
    return new NearDuplicateRule(threshold);
  }

  /**
   * Returns the rule that reports responsible actors missing from a staff register. Groups ("керівники
   * структурних підрозділів", "Посадові особи") and external bodies are not staff entries and are not
   * checked.
   *
   * @param register the register
   * @return the rule
   */
  public static ValidationRule staffRegister(StaffRegister register) {
    return new StaffRegisterRule(Objects.requireNonNull(register, "register"));
  }
}
