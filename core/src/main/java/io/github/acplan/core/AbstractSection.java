package io.github.acplan.core;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A numbered section of a plan ("1. Забезпечення системного підходу ...") and its measures in order.
 *
 * <p>Build it with {@code Section.builder()}. Every measure's number starts with the section's number and
 * no number repeats; the order of measures is kept as given (the validator reports numbers out of
 * order). Immutable and thread-safe.
 */
@Value.Immutable
@AcplanStyle
abstract class AbstractSection {

  /**
   * Returns the section's number.
   *
   * @return the number, at least 1
   */
  public abstract int number();

  /**
   * Returns the title of the section, without its number.
   *
   * @return the title
   */
  public abstract String title();

  /**
   * Returns the measures in the order of the plan.
   *
   * @return the measures, possibly empty
   */
  public abstract List<Measure> measures();

  /**
   * Finds a measure of this section by number.
   *
   * @param number the measure number
   * @return the measure, or empty if this section has none with that number
   */
  public Optional<Measure> measure(MeasureNumber number) {
    Objects.requireNonNull(number, "number");
    for (Measure m : measures()) {
      if (m.number().equals(number)) {
        return Optional.of(m);
      }
    }
    return Optional.empty();
  }

  @Value.Check
  void check() {
    if (number() < 1) {
      throw new PlanStructureException("Section " + number() + ": a section number is at least 1");
    }
    Set<MeasureNumber> seen = new HashSet<>();
    for (Measure m : measures()) {
      if (m.number().section() != number()) {
        throw new PlanStructureException("Section " + number() + ": measure " + m.number()
            + " does not start with the section's number " + number());
      }
      if (!seen.add(m.number())) {
        throw new PlanStructureException(
            "Section " + number() + ": measure number " + m.number() + " appears more than once");
      }
    }
  }
}
