package io.github.acplan.core.diff;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.Set;

/**
 * The old and new values of one field of a measure, as texts.
 *
 * <p>The name and the deadline have one value each (the deadline's original text); the responsible
 * field lists the actors ("name (qualifier)"); indicators and expected results list their texts; the
 * resources have one value, none for an empty cell; a yearly deadline has one value (its text), none
 * if the year has no deadline in that version, and names its {@link #year()}. A list may be empty (an
 * empty cell). This class is immutable and thread-safe.
 *
 * @param field the field
 * @param oldValues the values in the older plan
 * @param newValues the values in the newer plan
 * @param year the year of a {@link MeasureField#YEARLY_DEADLINE} change; empty for every other field
 */
public record FieldChange(MeasureField field, List<String> oldValues, List<String> newValues,
    OptionalInt year) {

  /**
   * Checks and copies the components.
   *
   * @param field the field
   * @param oldValues the old values
   * @param newValues the new values
   * @param year the year, present exactly for {@link MeasureField#YEARLY_DEADLINE}
   * @throws IllegalArgumentException if the lists are equal, or the year is missing for a yearly
   *     deadline or given for another field
   */
  public FieldChange {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(year, "year");
    oldValues = List.copyOf(oldValues);
    newValues = List.copyOf(newValues);
    if (oldValues.equals(newValues)) {
      throw new IllegalArgumentException("Field " + field.id() + ": old and new values are equal");
    }
    if (year.isPresent() != (field == MeasureField.YEARLY_DEADLINE)) {
      throw new IllegalArgumentException("Field " + field.id() + ": a year is given exactly for "
          + MeasureField.YEARLY_DEADLINE.id() + ", got " + year);
    }
  }

  /**
   * Returns the change of a field that is not per year.
   *
   * @param field the field, not {@link MeasureField#YEARLY_DEADLINE}
   * @param oldValues the old values
   * @param newValues the new values
   * @throws IllegalArgumentException if the lists are equal or the field is the yearly deadline
   */
  public FieldChange(MeasureField field, List<String> oldValues, List<String> newValues) {
    this(field, oldValues, newValues, OptionalInt.empty());
  }

  /**
   * Returns the change of the deadline written for one year.
   *
   * @param year the year
   * @param oldValues the old deadline text, or none if the older version has no deadline for the year
   * @param newValues the new deadline text, or none if the newer version has none for the year
   * @return the change
   * @throws IllegalArgumentException if the lists are equal
   */
  public static FieldChange ofYear(int year, List<String> oldValues, List<String> newValues) {
    return new FieldChange(MeasureField.YEARLY_DEADLINE, oldValues, newValues, OptionalInt.of(year));
  }

  /**
   * Returns the values in the newer plan that the older one does not have.
   *
   * @return the added values, in the newer plan's order
   */
  public List<String> added() {
    Set<String> s = new LinkedHashSet<>(newValues);
    s.removeAll(oldValues);
    return List.copyOf(s);
  }

  /**
   * Returns the values in the older plan that the newer one does not have.
   *
   * @return the removed values, in the older plan's order
   */
  public List<String> removed() {
    Set<String> s = new LinkedHashSet<>(oldValues);
    s.removeAll(newValues);
    return List.copyOf(s);
  }
}
