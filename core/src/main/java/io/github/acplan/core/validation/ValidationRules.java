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
   * each measure's name, deadline, responsible, indicator and expected result.
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
   * @return the rule
   */
  public static ValidationRule deadlines() {
    return new DeadlineRule();
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
