/**
 * The one mapping of acplan's model to JSON, declared with Jackson's annotations only, so that the Jackson
 * 2 module of acplan-serialization and the Jackson 3 module of acplan-jackson3 write and read the same
 * format from the same declaration.
 */
module io.github.acplan.json.mapping {
  requires transitive io.github.acplan.core;
  requires transitive com.fasterxml.jackson.annotation;
  requires static org.jspecify;

  // not opened: the shapes are written and read by the mapping's own writer and reader, not by Jackson
  exports io.github.acplan.json.mapping;
}
