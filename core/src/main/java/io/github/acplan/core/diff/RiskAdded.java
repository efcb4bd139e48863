package io.github.acplan.core.diff;

import io.github.acplan.core.risk.CorruptionRisk;
import io.github.acplan.core.risk.RiskLevel;
import java.util.Objects;
import java.util.Optional;

/**
 * A risk exists only in the newer register: neither its identifier nor its risk text is in the older.
 *
 * @param risk the risk, as in the newer register
 * @param level its level on the newer plan's scale, empty if a score is off the scale
 */
public record RiskAdded(CorruptionRisk risk, Optional<RiskLevel> level) implements Change {

  /**
   * Checks the components.
   *
   * @param risk the risk
   * @param level the level
   */
  public RiskAdded {
    Objects.requireNonNull(risk, "risk");
    Objects.requireNonNull(level, "level");
  }

  @Override
  public ChangeKind kind() {
    return ChangeKind.RISK_ADDED;
  }

  @Override
  public <R> R accept(ChangeVisitor<R> visitor) {
    return visitor.visit(this);
  }
}
