package io.github.acplan.core.rollover;

import io.github.acplan.core.Plan;
import java.util.List;
import java.util.Objects;

/**
 * A draft of next year's plan and the list of what {@link PlanRollover} changed to make it.
 *
 * @param plan the draft, without approval
 * @param edits every changed text, in the order of the plan
 */
public record RolloverResult(Plan plan, List<RolloverEdit> edits) {

  /**
   * Checks and copies the components.
   *
   * @param plan the draft
   * @param edits the edits
   */
  public RolloverResult {
    Objects.requireNonNull(plan, "plan");
    edits = List.copyOf(edits);
  }
}
