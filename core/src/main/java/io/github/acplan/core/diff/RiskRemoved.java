package io.github.acplan.core.diff;

import io.github.acplan.core.risk.CorruptionRisk;
import io.github.acplan.core.risk.RiskLevel;
import java.util.Objects;
import java.util.Optional;

/**
 * A risk exists only in the older register: neither its identifier nor its risk text is in the newer.
 *
 * @param risk the risk, as in the older register
 * @param level its level on the older plan's scale, empty if a score is off the scale
 */
public record RiskRemoved(CorruptionRisk risk, Optional<RiskLevel> level) implements Change {

  /**
   * Checks the components.
   *
   * @param risk the risk
   * @param level the level
   */
  public RiskRemoved {
    Objects.requireNonNull(risk, "risk");
    Objects.requireNonNull(level, "level");
  }

  @Override
  public ChangeKind kind() {
    return ChangeKind.RISK_REMOVED;
  }

  @Override
  public <R> R accept(ChangeVisitor<R> visitor) {
    return visitor.visit(this);
  }
}
