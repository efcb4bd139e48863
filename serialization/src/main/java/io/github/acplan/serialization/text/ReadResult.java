package io.github.acplan.serialization.text;

import io.github.acplan.core.Plan;
import java.util.List;
import java.util.Objects;

/**
 * What {@link PlanTextReader} or {@link RiskRegisterTextReader} read: the plan and the warnings met on the
 * way, in the order of the text.
 *
 * @param plan the plan
 * @param warnings the soft problems, possibly empty; immutable
 */
public record ReadResult(Plan plan, List<ReadWarning> warnings) {

  /**
   * Creates the result.
   *
   * @param plan the plan
   * @param warnings the warnings; copied
   */
  public ReadResult {
    Objects.requireNonNull(plan, "plan");
    warnings = List.copyOf(warnings);
  }
}
