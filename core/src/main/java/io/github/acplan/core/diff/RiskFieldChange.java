package io.github.acplan.core.diff;

import java.util.List;
import java.util.Objects;

/**
 * The old and new values of one field of a risk, as texts: the function, the risk and the description
 * have one value each (none for an empty cell), the sources one per source, the scores one each
 * ("2"), the linked measures one number each ("1.2"). This class is immutable and thread-safe.
 *
 * @param field the field
 * @param oldValues the values in the older register
 * @param newValues the values in the newer register
 */
public record RiskFieldChange(RiskField field, List<String> oldValues, List<String> newValues) {

  /**
   * Checks and copies the components.
   *
   * @param field the field
   * @param oldValues the old values
   * @param newValues the new values
   * @throws IllegalArgumentException if the lists are equal
   */
  public RiskFieldChange {
    Objects.requireNonNull(field, "field");
    oldValues = List.copyOf(oldValues);
    newValues = List.copyOf(newValues);
    if (oldValues.equals(newValues)) {
      throw new IllegalArgumentException("Risk field " + field.id() + ": old and new values are equal");
    }
  }
}
