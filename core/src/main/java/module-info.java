/**
 * The immutable model of a Ukrainian anti-corruption plan and the operations on it.
 */
module io.github.acplan.core {
  requires transitive io.github.acplan.calendar;
  // Transitive: @Nullable marks parameters and results of the public API; static, so nothing of JSpecify
  // is needed at run time.
  requires static transitive org.jspecify;
  requires static org.immutables.value.annotations;

  exports io.github.acplan.core;
  exports io.github.acplan.core.deadline;
  exports io.github.acplan.core.deadline.statute;
  exports io.github.acplan.core.diff;
  exports io.github.acplan.core.monitoring;
  exports io.github.acplan.core.risk;
  exports io.github.acplan.core.rollover;
  exports io.github.acplan.core.schedule;
  exports io.github.acplan.core.text;
  exports io.github.acplan.core.validation;
}
