/**
 * Reading and writing anti-corruption plans: the published table text, JSON and CSV.
 */
module io.github.acplan.serialization {
  requires transitive io.github.acplan.core;
  requires static org.jspecify;

  exports io.github.acplan.serialization;
}
