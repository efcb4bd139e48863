/**
 * Reading and writing anti-corruption plans (the published table text, JSON and CSV), monitoring status
 * files, and the monitoring report.
 */
module io.github.acplan.serialization {
  requires transitive io.github.acplan.core;
  requires transitive com.fasterxml.jackson.core;
  requires transitive com.fasterxml.jackson.databind;
  requires static org.jspecify;

  exports io.github.acplan.serialization;
  exports io.github.acplan.serialization.text;
  exports io.github.acplan.serialization.table;
  exports io.github.acplan.serialization.json;
  exports io.github.acplan.serialization.csv;
  exports io.github.acplan.serialization.report;
}
