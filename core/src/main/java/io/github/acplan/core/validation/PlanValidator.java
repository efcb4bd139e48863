package io.github.acplan.core.validation;

import io.github.acplan.core.Plan;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Checks a plan before approval and reports what is missing or suspicious.
 *
 * <p>{@link #standard()} holds the rules listed in {@link FindingCodes}; add rules with
 * {@link #with(ValidationRule)} (for instance {@link ValidationRules#staffRegister(StaffRegister)}) and
 * switch codes off with {@link #without(String)}:
 *
 * <pre>{@code
 * ValidationReport report = PlanValidator.standard()
 *     .without(FindingCodes.NEAR_DUPLICATE_MEASURES)
 *     .with(ValidationRules.staffRegister(register))
 *     .validate(plan);
 * }</pre>
 *
 * <p>This class is immutable and thread-safe; every {@code with}/{@code without} returns a new validator.
 */
public final class PlanValidator {

  private final List<ValidationRule> rules;
  private final Set<String> disabled;

  private PlanValidator(List<ValidationRule> rules, Set<String> disabled) {
    this.rules = rules;
    this.disabled = disabled;
  }

  /**
   * Returns the validator with the standard rules: missing cells, numbering, deadlines, split text,
   * near-duplicate measures (threshold {@value ValidationRules#DEFAULT_NEAR_DUPLICATE_THRESHOLD}) and the
   * risk register ({@link ValidationRules#riskRegister()}, which finds nothing on a plan without risks).
   *
   * @return the standard validator
   */
  public static PlanValidator standard() {
    return new PlanValidator(List.of(
        ValidationRules.requiredTexts(),
        ValidationRules.numbering(),
        ValidationRules.deadlines(),
        ValidationRules.splitText(),
        ValidationRules.nearDuplicateMeasures(ValidationRules.DEFAULT_NEAR_DUPLICATE_THRESHOLD),
        ValidationRules.riskRegister()),
        Set.of());
  }

  /**
   * Returns a validator with no rules, to build one's own set with {@link #with(ValidationRule)}.
   *
   * @return the empty validator
   */
  public static PlanValidator empty() {
    return new PlanValidator(List.of(), Set.of());
  }

  /**
   * Returns this validator with one more rule.
   *
   * @param rule the rule; its codes are reported unless switched off with {@link #without(String)}
   * @return the new validator
   */
  public PlanValidator with(ValidationRule rule) {
    Objects.requireNonNull(rule, "rule");
    return new PlanValidator(
        Stream.concat(rules.stream(), Stream.of(rule)).toList(), disabled);
  }

  /**
   * Returns this validator with the findings of one code switched off. A rule whose codes are all
   * switched off is not run.
   *
   * @param code the code, e.g. {@link FindingCodes#NEAR_DUPLICATE_MEASURES}
   * @return the new validator
   * @throws IllegalArgumentException if no rule of this validator produces the code (a typo would
   *     otherwise switch nothing off silently)
   */
  public PlanValidator without(String code) {
    Objects.requireNonNull(code, "code");
    if (!codes().contains(code)) {
      throw new IllegalArgumentException("No rule of this validator produces code \"" + code
          + "\"; known codes: " + codes());
    }
    Set<String> nowDisabled = new LinkedHashSet<>(disabled);
    nowDisabled.add(code);
    return new PlanValidator(rules, Collections.unmodifiableSet(nowDisabled));
  }

  /**
   * Returns every code the rules of this validator can produce, switched off or not.
   *
   * @return the codes
   */
  public Set<String> codes() {
    Set<String> codes = new LinkedHashSet<>();
    for (ValidationRule r : rules) {
      codes.addAll(r.codes());
    }
    return Collections.unmodifiableSet(codes);
  }

  /**
   * Returns the rules, in the order they were added.
   *
   * @return the rules
   */
  public List<ValidationRule> rules() {
    return rules;
  }

  /**
   * Checks a plan.
   *
   * @param plan the plan
   * @return the findings of every rule, except switched-off codes
   * @throws IllegalStateException if a rule returns a finding with a code it did not declare
   */
  public ValidationReport validate(Plan plan) {
    Objects.requireNonNull(plan, "plan");
    List<Finding> all = new ArrayList<>();
    for (ValidationRule rule : rules) {
      if (disabled.containsAll(rule.codes())) {
        continue;
      }
      for (Finding f : rule.check(plan)) {
        if (!rule.codes().contains(f.code())) {
          throw new IllegalStateException("Rule " + rule + " declared codes " + rule.codes()
              + " but returned a finding with code " + f.code());
        }
        if (!disabled.contains(f.code())) {
          all.add(f);
        }
      }
    }
    return ValidationReport.of(all);
  }
}
