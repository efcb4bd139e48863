package io.github.acplan.core.diff;

import com.google.common.collect.ImmutableList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The old and new values of one field of a measure, as texts.
 *
 * <p>The name and the deadline have one value each (the deadline's original text); the responsible
 * field lists the actors ("name (qualifier)"); indicators and expected results list their texts. A list
 * may be empty (an empty cell). This class is immutable and thread-safe.
 *
 * @param field the field
 * @param oldValues the values in the older plan
 * @param newValues the values in the newer plan
 */
public record FieldChange(MeasureField field, List<String> oldValues, List<String> newValues) {

  /**
   * Checks and copies the components.
   *
   * @param field the field
   * @param oldValues the old values
   * @param newValues the new values
   * @throws IllegalArgumentException if the lists are equal
   */
  public FieldChange {
    Objects.requireNonNull(field, "field");
    oldValues = ImmutableList.copyOf(oldValues);
    newValues = ImmutableList.copyOf(newValues);
    if (oldValues.equals(newValues)) {
      throw new IllegalArgumentException("Field " + field.id() + ": old and new values are equal");
    }
  }

  /**
   * Returns the values in the newer plan that the older one does not have.
   *
   * @return the added values, in the newer plan's order
   */
  public List<String> added() {
    Set<String> s = new LinkedHashSet<>(newValues);
    s.removeAll(oldValues);
    return ImmutableList.copyOf(s);
  }

  /**
   * Returns the values in the older plan that the newer one does not have.
   *
   * @return the removed values, in the older plan's order
   */
  public List<String> removed() {
    Set<String> s = new LinkedHashSet<>(oldValues);
    s.removeAll(newValues);
    return ImmutableList.copyOf(s);
  }
}
