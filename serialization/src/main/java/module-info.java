/**
 * Reading and writing anti-corruption plans (the published table text, JSON and CSV), monitoring status
 * files, and the monitoring report.
 */
module io.github.acplan.serialization {
  requires transitive io.github.acplan.core;
  requires io.github.acplan.json.mapping;
  requires transitive com.fasterxml.jackson.core;
  requires transitive com.fasterxml.jackson.databind;
  requires static transitive org.jspecify;

  exports io.github.acplan.serialization;
  exports io.github.acplan.serialization.text;
  exports io.github.acplan.serialization.table;
  exports io.github.acplan.serialization.json;
  exports io.github.acplan.serialization.csv;
  exports io.github.acplan.serialization.report;

  // new ObjectMapper().findAndRegisterModules() finds the module
  provides com.fasterxml.jackson.databind.Module with io.github.acplan.serialization.json.AcplanJacksonModule;
}
