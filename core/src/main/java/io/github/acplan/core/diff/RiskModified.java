package io.github.acplan.core.diff;

import io.github.acplan.core.risk.RiskLevel;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A risk of the register changed: its identifier (a renumbered register, matched by the risk text), some
 * of its fields, or its computed level (from new scores or from a new {@linkplain
 * io.github.acplan.core.Plan#riskScale() scale}).
 *
 * @param oldId the identifier in the older register
 * @param newId the identifier in the newer register
 * @param changes the changed fields, in the order of {@link RiskField}; possibly empty
 * @param oldLevel the level on the older plan's scale, empty if a score is off it
 * @param newLevel the level on the newer plan's scale, empty if a score is off it
 */
public record RiskModified(String oldId, String newId, List<RiskFieldChange> changes,
    Optional<RiskLevel> oldLevel, Optional<RiskLevel> newLevel) implements Change {

  /**
   * Checks and copies the components.
   *
   * @param oldId the old identifier
   * @param newId the new identifier
   * @param changes the changed fields
   * @param oldLevel the old level
   * @param newLevel the new level
   * @throws IllegalArgumentException if nothing changed: same identifier, no field change, same level
   */
  public RiskModified {
    Objects.requireNonNull(oldId, "oldId");
    Objects.requireNonNull(newId, "newId");
    Objects.requireNonNull(oldLevel, "oldLevel");
    Objects.requireNonNull(newLevel, "newLevel");
    changes = List.copyOf(changes);
    if (oldId.equals(newId) && changes.isEmpty() && oldLevel.equals(newLevel)) {
      throw new IllegalArgumentException("Risk " + newId
          + ": a modification changes the identifier, a field or the level");
    }
  }

  /**
   * Tells whether the identifier changed.
   *
   * @return true if {@code oldId} and {@code newId} differ
   */
  public boolean renumbered() {
    return !oldId.equals(newId);
  }

  /**
   * Tells whether the computed level changed.
   *
   * @return true if {@code oldLevel} and {@code newLevel} differ
   */
  public boolean levelChanged() {
    return !oldLevel.equals(newLevel);
  }

  @Override
  public ChangeKind kind() {
    return ChangeKind.RISK_MODIFIED;
  }

  @Override
  public <R> R accept(ChangeVisitor<R> visitor) {
    return visitor.visit(this);
  }
}
