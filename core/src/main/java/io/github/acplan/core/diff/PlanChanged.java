package io.github.acplan.core.diff;

import java.util.Objects;
import java.util.Optional;

/**
 * A field of the plan itself changed: title, body, period, approval, signatory, or for a programme its
 * kind, risk scale and whether measures must address risks.
 *
 * <p>Values are given as text: the period as "2020" or "2022-2024", the approval as "розпорядження
 * голови районної в місті ради від 09.01.2020 № 2-р", the signatory as "position name"; an absent
 * approval or signatory is empty. The programme's attributes are given in stable forms: the kind as
 * "plan" or "programme", the scale as "1..3 (medium from 3, high from 6)", the rule as "true" or "false".
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
