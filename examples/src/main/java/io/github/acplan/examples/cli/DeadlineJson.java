package io.github.acplan.examples.cli;

import io.github.acplan.core.deadline.Deadline;
import io.github.acplan.core.deadline.Occurrence;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.List;

/**
 * Writes deadlines as compact JSON for the command line: an object with {@code "kind"} (the logical
 * name, e.g. {@code "within-working-days"}) followed by the record's components in declaration order;
 * enums and months by name ({@code "HALF_YEAR"}, {@code "JUNE"}), dates in ISO form, nested deadlines
 * as objects.
 *
 * <p>Hand-written rather than Jackson so that the tool's output does not depend on the serialization
 * module's mapping, which is built separately.
 */
final class DeadlineJson {

  private DeadlineJson() {}

  static String write(Deadline deadline) {
    StringBuilder json = new StringBuilder();
    deadline(json, deadline);
    return json.toString();
  }

  static String write(Occurrence o) {
    StringBuilder json = new StringBuilder("{\"start\":");
    value(json, o.startInclusive());
    json.append(",\"end\":");
    value(json, o.endInclusive());
    json.append(",\"due\":");
    value(json, o.due());
    json.append(",\"reportOnly\":").append(o.reportOnly()).append(",\"source\":");
    value(json, o.source().text());
    return json.append('}').toString();
  }

  private static void deadline(StringBuilder json, Deadline d) {
    json.append("{\"kind\":");
    string(json, d.kind().id());
    for (RecordComponent c : d.getClass().getRecordComponents()) {
      json.append(',');
      string(json, c.getName());
      json.append(':');
      try {
        value(json, c.getAccessor().invoke(d));
      } catch (IllegalAccessException | InvocationTargetException e) {
        throw new IllegalStateException("Cannot read " + c.getName() + " of " + d.kind().id(), e);
      }
    }
    json.append('}');
  }

  private static void value(StringBuilder json, Object v) {
    if (v instanceof Deadline) {
      deadline(json, (Deadline) v);
    } else if (v instanceof List) {
      json.append('[');
      boolean first = true;
      for (Object item : (List<?>) v) {
        if (!first) {
          json.append(',');
        }
        first = false;
        value(json, item);
      }
      json.append(']');
    } else if (v instanceof Integer || v instanceof Boolean) {
      json.append(v);
    } else if (v instanceof Enum) {
      string(json, ((Enum<?>) v).name());
    } else if (v instanceof LocalDate) {
      string(json, v.toString());
    } else {
      string(json, String.valueOf(v));
    }
  }

  private static void string(StringBuilder json, String s) {
    json.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"':
          json.append("\\\"");
          break;
        case '\\':
          json.append("\\\\");
          break;
        case '\n':
          json.append("\\n");
          break;
        case '\r':
          json.append("\\r");
          break;
        case '\t':
          json.append("\\t");
          break;
        default:
          if (c < 0x20) {
            json.append(String.format("\\u%04x", (int) c));
          } else {
            json.append(c);
          }
      }
    }
    json.append('"');
  }
}
