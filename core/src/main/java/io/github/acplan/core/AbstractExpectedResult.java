package io.github.acplan.core;

import org.immutables.value.Value;

/**
 * One expected result of a measure ("Очікувані результати"), as text.
 *
 * <p>Create it with {@code ExpectedResult.of(text)}; immutable and thread-safe.
 */
@Value.Immutable
@AcplanStyle
abstract class AbstractExpectedResult {

  /**
   * Returns the text of the expected result.
   *
   * @return the text, never blank
   */
  @Value.Parameter
  public abstract String text();

  @Value.Check
  void check() {
    if (text().isBlank()) {
      throw new PlanStructureException(
          "An expected result's text is blank; leave the measure's list of expected results empty instead");
    }
  }
}
