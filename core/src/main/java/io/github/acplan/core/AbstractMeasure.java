package io.github.acplan.core;

import com.google.common.collect.ImmutableList;
import io.github.acplan.core.deadline.Deadline;
import org.immutables.value.Value;

/**
 * One measure of a plan ("захід"): a row of the table with its number, name, deadline, responsible
 * actors, indicators and expected results.
 *
 * <p>Build it with {@code Measure.builder()}. Cells may be empty, as in real plans: an empty name, an
 * empty deadline text, no actors, no indicators or no expected results are structurally valid and are
 * reported by the validator. Immutable and thread-safe.
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
  public abstract ImmutableList<Indicator> indicators();

  /**
   * Returns the expected results ("Очікувані результати").
   *
   * @return the expected results, possibly empty
   */
  public abstract ImmutableList<ExpectedResult> expectedResults();

  @Value.Check
  void check() {
    if (number().depth() < 2) {
      throw new PlanStructureException("Measure " + number()
          + ": a measure number has at least two parts, the section's number first (e.g. \"1.1\")");
    }
  }
}
