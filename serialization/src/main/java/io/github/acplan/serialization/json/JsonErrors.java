package io.github.acplan.serialization.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.github.acplan.json.mapping.JsonMapping;
import io.github.acplan.serialization.PlanFormatException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Jackson's reading errors in the library's words: the JSON path of the value and what was expected,
 * never a Java class name, a Jackson setting or the input's source.
 */
final class JsonErrors {
  /** Jackson's message for a scalar of the wrong type: its kind and its value. */
  private static final Pattern COERCE = Pattern.compile("Cannot coerce (\\w+) value \\((.*?)\\) to ");

  private JsonErrors() {}

  /** The error for a value the mapping refused, at its JSON path. */
  static PlanFormatException mapping(JsonMappingException e, String what) {
    StringBuilder path = new StringBuilder("$");
    for (JsonMappingException.Reference r : e.getPath()) {
      if (r.getFieldName() != null) {
        path.append('.').append(escaped(r.getFieldName()));
      } else if (r.getIndex() >= 0) {
        path.append('[').append(r.getIndex()).append(']');
      }
    }
    String location = path.toString();
    if (e instanceof UnrecognizedPropertyException unrecognized) {
      Collection<Object> known = unrecognized.getKnownPropertyIds();
      List<String> names = new ArrayList<>();
      if (known != null) {
        for (Object k : known) {
          names.add(String.valueOf(k));
        }
      }
      return new PlanFormatException(location, "unknown property; expected one of " + names, e);
    }
    if (e instanceof InvalidNullException nullValue) {
      // a required property given as null (@JsonSetter(nulls = FAIL) on the mapping's shapes)
      Class<?> target = nullValue.getTargetType();
      return new PlanFormatException(location, "expected "
          + (target == null || target == Object.class ? "a value" : expected(target)) + "; found null", e);
    }
    String original = String.valueOf(e.getOriginalMessage());
    if (original.startsWith("Missing required creator property")) {
      int quote = original.indexOf('\'');
      String name = original.substring(quote + 1, original.indexOf('\'', quote + 1));
      String at = location.endsWith("." + escaped(name)) ? location : location + "." + escaped(name);
      return new PlanFormatException(at, "missing required property", e);
    }
    Matcher coerce = COERCE.matcher(original);
    if (coerce.lookingAt()) {
      Class<?> target = e instanceof MismatchedInputException mismatch ? mismatch.getTargetType() : null;
      String value = coerce.group(2);
      String found = coerce.group(1).equals("String") ? "the string " + value
          : coerce.group(1).equals("Boolean") ? value : "the number " + value;
      return new PlanFormatException(location, "expected " + expected(target) + "; found " + found, e);
    }
    if (e instanceof MismatchedInputException mismatch && e.getCause() == null && isJacksonsOwn(original)) {
      Class<?> target = mismatch.getTargetType();
      String found = e instanceof InvalidFormatException invalid
          ? describe(invalid.getValue())
          : found(e.getProcessor() instanceof JsonParser parser ? parser : null);
      return new PlanFormatException(location, "expected " + expected(target) + "; found " + found, e);
    }
    // the mapping's own words (acplan-json-mapping), or the model's
    return new PlanFormatException(location, withoutInternals(original), e);
  }

  /** Whether a message is one of Jackson's (which name Java types) rather than the mapping's. */
  private static boolean isJacksonsOwn(String message) {
    return message.startsWith("Cannot ") || message.startsWith("Unexpected token")
        || message.contains("`java.") || message.contains("`io.github");
  }

  private static String expected(@Nullable Class<?> target) {
    if (target == null) {
      return "another value";
    }
    if (target == String.class) {
      return "a string";
    }
    if (target == int.class || target == Integer.class || target == long.class) {
      return "an integer";
    }
    if (target == boolean.class || target == Boolean.class) {
      return "true or false";
    }
    if (List.class.isAssignableFrom(target) || target.isArray()) {
      return "an array";
    }
    if (JsonMapping.isDeadlineShape(target)) {
      return "a deadline object with a \"kind\"";
    }
    return target.getName().startsWith("io.github.acplan.core.MeasureNumber") ? "a string" : "an object";
  }

  private static String describe(@Nullable Object value) {
    if (value == null) {
      return "null";
    }
    if (value instanceof String s) {
      return "the string \"" + (s.length() > 40 ? s.substring(0, 37) + "…" : s) + "\"";
    }
    if (value instanceof Number) {
      return "the number " + value;
    }
    return value instanceof Boolean ? value.toString() : "another value";
  }

  /** Describes the parser's current token, the value found where another was expected. */
  static String found(@Nullable JsonParser p) {
    if (p == null) {
      return "another value";
    }
    JsonToken t = p.currentToken();
    try {
      if (t == null) {
        return "nothing";
      }
      switch (t) {
        case VALUE_STRING: {
          String s = p.getText();
          return "the string \"" + (s.length() > 40 ? s.substring(0, 37) + "…" : s) + "\"";
        }
        case VALUE_NUMBER_INT:
        case VALUE_NUMBER_FLOAT:
          return "the number " + p.getText();
        case VALUE_TRUE:
          return "true";
        case VALUE_FALSE:
          return "false";
        case VALUE_NULL:
          return "null";
        case START_ARRAY:
          return "an array";
        case START_OBJECT:
          return "an object";
        default:
          return "another value";
      }
    } catch (IOException e) {
      return "another value";
    }
  }

  /**
   * Removes what a message of Jackson's says about Jackson itself (the setting behind a limit, the
   * source) and Java's class names, so that a message shows the input's problem only.
   */
  static String withoutInternals(@Nullable String message) {
    if (message == null) {
      return "";
    }
    String m = message.replaceAll(",? *(from|use) `[^`]*` *(to change it)?", "")
        .replaceAll(" *\\[Source: [^\\]]*\\]", "")
        .replaceAll("`?io\\.github\\.acplan\\.[A-Za-z0-9_.$]+`?", "value")
        .replaceAll("`?java\\.[A-Za-z0-9_.$]+`?", "value");
    return m.replace('\r', ' ').replace('\n', ' ').strip();
  }

  /** A property name with its control characters escaped, so that a location stays on one line. */
  private static String escaped(String name) {
    return name.replace("\\", "\\\\").replace("\r", "\\r").replace("\n", "\\n").replace("\t", "\\t");
  }
}
