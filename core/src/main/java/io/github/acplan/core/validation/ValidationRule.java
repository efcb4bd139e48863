package io.github.acplan.core.validation;

import io.github.acplan.core.Plan;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * One check a {@link PlanValidator} runs on a plan.
 *
 * <p>A rule declares the codes of the findings it can produce, so that {@link PlanValidator#without}
 * can switch it off by code. Implementations must be stateless or immutable, and thread-safe.
 */
public interface ValidationRule {

  /**
   * Returns the codes of the findings this rule can produce.
   *
   * @return at least one code
   */
  Set<String> codes();

  /**
   * Checks a plan.
   *
   * @param plan the plan
   * @return the findings, each with one of {@link #codes()}; empty if the plan passes
   */
  List<Finding> check(Plan plan);

  /**
   * Returns a rule of one code from a function. If the function returns a finding with another code,
   * {@link PlanValidator#validate} throws {@link IllegalStateException}.
   *
   * @param code the code of every finding the function returns
   * @param check the check
   * @return the rule
   */
  static ValidationRule of(String code, Function<Plan, ? extends List<Finding>> check) {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(check, "check");
    Set<String> codes = Collections.unmodifiableSet(new LinkedHashSet<>(List.of(code)));
    return new ValidationRule() {
      @Override
      public Set<String> codes() {
        return codes;
      }

      @Override
      public List<Finding> check(Plan plan) {
        return List.copyOf(check.apply(plan));
      }

      @Override
      public String toString() {
        return "ValidationRule[" + code + "]";
      }
    };
  }
}
