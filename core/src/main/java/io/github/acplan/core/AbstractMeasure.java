package io.github.acplan.core;

import io.github.acplan.core.deadline.Deadline;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import org.immutables.value.Value;

/**
 * One measure of a plan ("захід"): a row of the table with its number, name, deadline, responsible
 * actors, indicators and expected results.
 *
 * <p>Build it with {@code Measure.builder()}. Cells may be empty, as in real plans: an empty name, an
 * empty deadline text, no actors, no indicators or no expected results are structurally valid and are
 * reported by the validator.
 *
 * <p>A measure of an anti-corruption programme may carry the risk register's extra columns: the
 * resources or funding source ({@link #resources()}) and a deadline per year of a multi-year period
 * ({@link #yearlyDeadlines()}). A measure of a 2020-style plan leaves them empty. Immutable and
 * thread-safe.
 */
@Value.Immutable
@AcplanStyle
abstract class AbstractMeasure {

  /**
   * Returns the number of the measure.
   *
   * @return e.g. "1.1"
   */
  public abstract MeasureNumber number();

  /**
   * Returns the text of the measure ("Найменування заходу").
   *
   * @return the name, possibly empty
   */
  public abstract String name();

  /**
   * Returns the deadline ("Строк виконання"), which keeps its original text.
   *
   * @return the deadline
   */
  public abstract Deadline deadline();

  /**
   * Returns who is responsible ("Відповідальні за виконання").
   *
   * @return the responsible actors and the cell text
   */
  public abstract Responsible responsible();

  /**
   * Returns the indicators of execution ("Індикатор виконання").
   *
   * @return the indicators, possibly empty
   */
  public abstract List<Indicator> indicators();

  /**
   * Returns the expected results ("Очікувані результати").
   *
   * @return the expected results, possibly empty
   */
  public abstract List<ExpectedResult> expectedResults();

  /**
   * Returns the resources or source of funding ("Ресурси", "Джерела фінансування").
   *
   * @return the cell text, empty if the plan has no such column or the cell is empty
   */
  @Value.Default
  public String resources() {
    return "";
  }

  /**
   * Returns the deadlines written per year, for a table whose deadline column is split into year
   * sub-columns (2024 | 2025 | 2026). In a year that has an entry here it replaces {@link #deadline()};
   * in the others {@link #deadline()} applies.
   *
   * @return the deadlines by year, in year order, possibly empty
   */
  @Value.NaturalOrder
  public abstract SortedMap<Integer, Deadline> yearlyDeadlines();

  @Value.Check
  void check() {
    // a measure without yearly deadlines (nearly every one) allocates no iterator over its empty map
    if (!yearlyDeadlines().isEmpty()) {
      for (Map.Entry<Integer, Deadline> e : yearlyDeadlines().entrySet()) {
        if (e.getKey() < PlanPeriod.MIN_YEAR || e.getKey() > PlanPeriod.MAX_YEAR) {
          throw new PlanStructureException("Measure " + number() + ": a deadline for the year " + e.getKey()
              + " is outside " + PlanPeriod.MIN_YEAR + ".." + PlanPeriod.MAX_YEAR);
        }
      }
    }
    if (number().depth() < 2) {
      throw new PlanStructureException("Measure " + number()
          + ": a measure number has at least two parts, the section's number first (e.g. \"1.1\")");
    }
  }
}
