package io.github.acplan.core;

import org.immutables.value.Value;

/**
 * One indicator of a measure's execution ("Індикатор виконання"), as text.
 *
 * <p>Create it with {@code Indicator.of(text)}; immutable and thread-safe.
 */
@Value.Immutable
@AcplanStyle
abstract class AbstractIndicator {

  /**
   * Returns the text of the indicator.
   *
   * @return the text, never blank
   */
  @Value.Parameter
  public abstract String text();

  @Value.Check
  void check() {
    if (text().isBlank()) {
      throw new PlanStructureException(
          "An indicator's text is blank; leave the measure's indicator list empty instead");
    }
  }
}
