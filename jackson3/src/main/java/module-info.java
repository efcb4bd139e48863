/**
 * A Jackson 3 module for acplan's model: {@link io.github.acplan.jackson3.AcplanJackson3Module}, found by
 * {@code JsonMapper.builder().findAndAddModules()}.
 */
// The digit names the Jackson line this module serves, as the artifact acplan-jackson3 does.
@SuppressWarnings("module")
module io.github.acplan.jackson3 {
  requires transitive io.github.acplan.json.mapping;
  requires transitive tools.jackson.databind;
  requires static org.jspecify;

  exports io.github.acplan.jackson3;

  provides tools.jackson.databind.JacksonModule with io.github.acplan.jackson3.AcplanJackson3Module;
}
