package io.github.acplan.core;

import org.immutables.value.Value;

/**
 * The official who signs a plan under the table: "Керуючий справами виконкому Олександр Гижко".
 *
 * <p>Build it with {@code Signatory.of(position, name)}; immutable and thread-safe.
 */
@Value.Immutable
@AcplanStyle
abstract class AbstractSignatory {

  /**
   * Returns the position.
   *
   * @return e.g. "Керуючий справами виконкому"
   */
  @Value.Parameter
  public abstract String position();

  /**
   * Returns the name.
   *
   * @return e.g. "Олександр Гижко"
   */
  @Value.Parameter
  public abstract String name();
}
