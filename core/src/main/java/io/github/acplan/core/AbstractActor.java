package io.github.acplan.core;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * One actor responsible for a measure: a position, a unit, a collegial body, a group, an institution or
 * an external body, with an optional qualifier ("(сектор з питань закупівель та договірної роботи)",
 * "(за згодою)").
 *
 * <p>Build it with {@code Actor.of(kind, name)} or {@code Actor.builder()}; immutable and thread-safe.
 */
@Value.Immutable
@AcplanStyle
abstract class AbstractActor {

  /**
   * Returns the kind of actor.
   *
   * @return the kind
   */
  @Value.Parameter
  public abstract ActorKind kind();

  /**
   * Returns the name as written in the plan, without the qualifier.
   *
   * @return e.g. "Відділ економіки та промисловості"
   */
  @Value.Parameter
  public abstract String name();

  /**
   * Returns the qualifier written after the name, without its parentheses.
   *
   * @return e.g. "сектор з питань закупівель та договірної роботи", or empty
   */
  public abstract Optional<String> qualifier();

  @Value.Check
  void check() {
    if (name().isBlank()) {
      throw new PlanStructureException("An actor's name is blank (kind " + kind() + ")");
    }
  }
}
