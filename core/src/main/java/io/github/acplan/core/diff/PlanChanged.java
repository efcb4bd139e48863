package io.github.acplan.core.diff;

import java.util.Objects;
import java.util.Optional;

/**
 * A field of the plan itself changed: title, body, period, approval or signatory.
 *
 * <p>Values are given as text: the period as "2020" or "2022-2024", the approval as "розпорядження
 * голови районної в місті ради від 09.01.2020 № 2-р", the signatory as "position name"; an absent
 * approval or signatory is empty.
 *
 * @param attribute the field
 * @param oldValue the value in the older plan, empty if absent
 * @param newValue the value in the newer plan, empty if absent
 */
public record PlanChanged(PlanAttribute attribute, Optional<String> oldValue, Optional<String> newValue)
    implements Change {

  /**
   * Checks the components.
   *
   * @param attribute the field
   * @param oldValue the old value
   * @param newValue the new value
   * @throws IllegalArgumentException if the values are equal
   */
  public PlanChanged {
    Objects.requireNonNull(attribute, "attribute");
    Objects.requireNonNull(oldValue, "oldValue");
    Objects.requireNonNull(newValue, "newValue");
    if (oldValue.equals(newValue)) {
      throw new IllegalArgumentException("Plan " + attribute.id() + ": old and new values are equal");
    }
  }

  @Override
  public ChangeKind kind() {
    return ChangeKind.PLAN_CHANGED;
  }

  @Override
  public <R> R accept(ChangeVisitor<R> visitor) {
    return visitor.visit(this);
  }
}
