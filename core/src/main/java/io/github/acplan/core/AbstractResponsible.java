package io.github.acplan.core;

import java.util.List;
import org.immutables.value.Value;

/**
 * Who is responsible for a measure: the original text of the "Відповідальні за виконання" cell and the
 * ordered actors read from it.
 *
 * <p>Build it with {@code Responsible.builder()}. Immutable and thread-safe.
 */
@Value.Immutable
@AcplanStyle
abstract class AbstractResponsible {

  /**
   * Returns the cell text exactly as given; empty if the cell was empty.
   *
   * @return the original text
   */
  public abstract String text();

  /**
   * Returns the actors in the order the cell names them.
   *
   * @return the actors, empty if the cell was empty
   */
  public abstract List<Actor> actors();

  /**
   * Tells whether no one is named.
   *
   * @return true if there are no actors
   */
  public boolean isEmpty() {
    return actors().isEmpty();
  }
}
