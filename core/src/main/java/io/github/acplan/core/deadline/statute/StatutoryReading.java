package io.github.acplan.core.deadline.statute;

import io.github.acplan.core.MeasureNumber;
import io.github.acplan.core.deadline.Deadline;
import java.util.List;
import java.util.Objects;

/**
 * A measure's deadline read as the statutory terms it refers to: "У порядку та строки, визначені Законом
 * України" beside a measure on special checks is the term of art. 57 part 1 of Law No. 1700-VII.
 *
 * <p>The reading stands beside the measure's deadline, which it never replaces: {@link #deadline()} is
 * the deadline as the plan states it. Made by {@link StatutoryTerms#resolve(io.github.acplan.core.Measure,
 * io.github.acplan.core.PlanPeriod)}.
 * This class is immutable and thread-safe.
 *
 * @param number the measure's number
 * @param deadline the measure's deadline as written in the plan, unchanged
 * @param terms the statutory terms the deadline refers to, at least one, in the catalogue's order
 */
public record StatutoryReading(MeasureNumber number, Deadline deadline, List<StatutoryTerm> terms) {

  /**
   * Creates a reading.
   *
   * @param number the measure's number
   * @param deadline the measure's deadline
   * @param terms the terms, at least one
   * @throws IllegalArgumentException if {@code terms} is empty
   */
  public StatutoryReading {
    Objects.requireNonNull(number, "StatutoryReading.number");
    Objects.requireNonNull(deadline, "StatutoryReading.deadline");
    terms = List.copyOf(terms);
    if (terms.isEmpty()) {
      throw new IllegalArgumentException("StatutoryReading of measure " + number + " has no term");
    }
  }

  /**
   * Returns the citations of the terms, joined by "; ".
   *
   * @return e.g. "Закон № 1700-VII, ст. 45 ч. 2; Закон № 1700-VII, ст. 45 ч. 2"
   */
  public String citations() {
    StringBuilder sb = new StringBuilder();
    for (StatutoryTerm t : terms) {
      if (sb.length() > 0) {
        sb.append("; ");
      }
      sb.append(t.citation());
    }
    return sb.toString();
  }
}
