package io.github.acplan.serialization.json;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.acplan.serialization.InputLocation;
import io.github.acplan.serialization.PlanFormatException;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Type checks on a JSON tree that report the JSON path of what is wrong. */
final class JsonPaths {

  private JsonPaths() {}

  static PlanFormatException expected(JsonPath path, String what, @Nullable JsonNode found) {
    return new PlanFormatException(InputLocation.jsonPath(path.toString()), "expected " + what + "; found " + describe(found));
  }

  static String describe(@Nullable JsonNode node) {
    if (node == null || node.isMissingNode()) {
      return "nothing";
    }
    if (node.isNull()) {
      return "null";
    }
    if (node.isTextual()) {
      String s = node.asText();
      return "the string \"" + (s.length() > 40 ? s.substring(0, 37) + "…" : s) + "\"";
    }
    if (node.isNumber()) {
      return "the number " + node.asText();
    }
    if (node.isBoolean()) {
      return node.asText();
    }
    return node.isArray() ? "an array" : "an object";
  }

  static String text(@Nullable JsonNode node, JsonPath path) throws PlanFormatException {
    if (node == null || !node.isTextual()) {
      throw expected(path, "a string", node);
    }
    return node.textValue();
  }

  static int integer(@Nullable JsonNode node, JsonPath path) throws PlanFormatException {
    if (node == null || !node.isIntegralNumber() || !node.canConvertToInt()) {
      throw expected(path, "an integer", node);
    }
    return node.intValue();
  }

  static JsonNode object(@Nullable JsonNode node, JsonPath path, Collection<String> required,
      Collection<String> optional) throws PlanFormatException {
    if (node == null || !node.isObject()) {
      throw expected(path, "an object", node);
    }
    for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!required.contains(name) && !optional.contains(name)) {
        throw new PlanFormatException(InputLocation.jsonPath(path.property(name).toString()), "unknown property; expected one of "
            + concat(required, optional));
      }
    }
    for (String name : required) {
      if (!node.has(name)) {
        throw new PlanFormatException(InputLocation.jsonPath(path.property(name).toString()), "missing required property");
      }
    }
    return node;
  }

  static JsonNode array(@Nullable JsonNode node, JsonPath path) throws PlanFormatException {
    if (node == null || !node.isArray()) {
      throw expected(path, "an array", node);
    }
    return node;
  }

  private static String concat(Collection<String> a, Collection<String> b) {
    List<String> all = new java.util.ArrayList<>(a);
    all.addAll(b);
    return all.toString();
  }
}
