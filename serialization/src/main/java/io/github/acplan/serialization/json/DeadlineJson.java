package io.github.acplan.serialization.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.acplan.core.deadline.Deadline;
import io.github.acplan.core.deadline.DeadlineKind;
import io.github.acplan.serialization.PlanFormatException;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The JSON form of deadlines, derived from the deadline records themselves so that a new kind needs no
 * code here.
 *
 * <p>A deadline is an object whose first property is {@code "kind"}, the kind's logical name
 * ({@link DeadlineKind#id()}), followed by
 * the record's components in declaration order, each under its component name. Values: strings, numbers
 * ({@code int}), booleans, ISO dates ({@code "2020-01-09"}), enum constants by their logical name (the
 * enum's {@code id()} if it has one, else the constant's name in lower case with hyphens: {@code
 * "january"}, {@code "half-year"}), lists as arrays, nested deadlines and records as objects; an empty
 * {@code Optional} is left out.
 */
final class DeadlineJson {

  private static final Map<String, Class<? extends Deadline>> BY_ID = kinds();

  private DeadlineJson() {}

  private static Map<String, Class<? extends Deadline>> kinds() {
    Map<String, Class<? extends Deadline>> map = new LinkedHashMap<>();
    for (DeadlineKind kind : DeadlineKind.values()) {
      map.put(kind.id(), kind.type());
    }
    return Collections.unmodifiableMap(map);
  }

  /**
   * Returns the logical names of the kinds, in the order of the sealed hierarchy.
   *
   * @return the kind names
   */
  static Set<String> kindIds() {
    return new LinkedHashSet<>(BY_ID.keySet());
  }

  /**
   * Returns the logical name of a deadline's kind.
   *
   * @param deadline the deadline
   * @return e.g. "unrecognized"
   */
  static String kindId(Deadline deadline) {
    return deadline.kind().id();
  }

  private static String kindOf(Class<?> type) {
    for (DeadlineKind kind : DeadlineKind.values()) {
      if (kind.type() == type) {
        return kind.id();
      }
    }
    return type.getSimpleName();
  }

  // ------------------------------------------------------------------ writing

  static void write(JsonGenerator g, Deadline deadline) throws IOException {
    g.writeStartObject();
    g.writeStringField("kind", kindId(deadline));
    writeComponents(g, deadline);
    g.writeEndObject();
  }

  private static void writeComponents(JsonGenerator g, Object value) throws IOException {
    for (RecordComponent rc : value.getClass().getRecordComponents()) {
      Object v = access(rc, value);
      if (v instanceof Optional) {
        if (((Optional<?>) v).isEmpty()) {
          continue;
        }
        v = ((Optional<?>) v).get();
      }
      g.writeFieldName(rc.getName());
      writeValue(g, v);
    }
  }

  private static Object access(RecordComponent rc, Object value) {
    try {
      return rc.getAccessor().invoke(value);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException("Cannot read component " + rc.getName() + " of "
          + value.getClass().getName(), e);
    }
  }

  private static void writeValue(JsonGenerator g, Object v) throws IOException {
    if (v instanceof String) {
      g.writeString((String) v);
    } else if (v instanceof Integer || v instanceof Long || v instanceof Short) {
      g.writeNumber(((Number) v).longValue());
    } else if (v instanceof Boolean) {
      g.writeBoolean((Boolean) v);
    } else if (v instanceof LocalDate) {
      g.writeString(v.toString());
    } else if (v instanceof Enum) {
      g.writeString(enumId((Enum<?>) v));
    } else if (v instanceof Deadline) {
      write(g, (Deadline) v);
    } else if (v instanceof Record) {
      g.writeStartObject();
      writeComponents(g, v);
      g.writeEndObject();
    } else if (v instanceof List) {
      g.writeStartArray();
      for (Object item : (List<?>) v) {
        writeValue(g, item);
      }
      g.writeEndArray();
    } else {
      throw new IllegalStateException("No JSON form for a deadline component of type "
          + (v == null ? "null" : v.getClass().getName()));
    }
  }

  static String enumId(Enum<?> e) {
    try {
      Method id = e.getDeclaringClass().getMethod("id");
      if (id.getReturnType() == String.class) {
        return (String) id.invoke(e);
      }
    } catch (ReflectiveOperationException ignored) {
      // no id(): fall back on the constant's name
    }
    return e.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  // ------------------------------------------------------------------ reading

  static Deadline read(JsonNode node, String path) throws PlanFormatException {
    if (!node.isObject()) {
      throw JsonPaths.expected(path, "a deadline object with a \"kind\"", node);
    }
    JsonNode kindNode = node.get("kind");
    if (kindNode == null || !kindNode.isTextual()) {
      throw new PlanFormatException(path + ".kind", "expected the deadline's kind, one of " + BY_ID.keySet()
          + "; found " + JsonPaths.describe(kindNode));
    }
    Class<? extends Deadline> type = BY_ID.get(kindNode.asText());
    if (type == null) {
      throw new PlanFormatException(path + ".kind", "unknown deadline kind \"" + kindNode.asText()
          + "\"; expected one of " + BY_ID.keySet());
    }
    return (Deadline) readRecord(node, path, type, Set.of("kind"));
  }

  private static Object readRecord(JsonNode node, String path, Class<?> type, Set<String> extra)
      throws PlanFormatException {
    if (!node.isObject()) {
      throw JsonPaths.expected(path, "an object", node);
    }
    RecordComponent[] components = type.getRecordComponents();
    Set<String> known = new LinkedHashSet<>(extra);
    for (RecordComponent rc : components) {
      known.add(rc.getName());
    }
    for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!known.contains(name)) {
        throw new PlanFormatException(path + "." + name, "unknown property; expected one of " + known);
      }
    }
    Object[] args = new Object[components.length];
    Class<?>[] types = new Class<?>[components.length];
    for (int i = 0; i < components.length; i++) {
      RecordComponent rc = components[i];
      types[i] = rc.getType();
      JsonNode value = node.get(rc.getName());
      String p = path + "." + rc.getName();
      if (rc.getType() == Optional.class) {
        args[i] = value == null ? Optional.empty()
            : Optional.of(readValue(value, p, typeArgument(rc.getGenericType())));
      } else if (value == null) {
        throw new PlanFormatException(p, "missing required property");
      } else {
        args[i] = readValue(value, p, rc.getGenericType());
      }
    }
    try {
      Constructor<?> constructor = type.getDeclaredConstructor(types);
      return constructor.newInstance(args);
    } catch (InvocationTargetException e) {
      Throwable cause = e.getCause() == null ? e : e.getCause();
      throw new PlanFormatException(path, "not a valid " + type.getSimpleName() + ": " + cause.getMessage(),
          cause);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("Cannot create " + type.getName(), e);
    }
  }

  private static Type typeArgument(Type generic) {
    return ((ParameterizedType) generic).getActualTypeArguments()[0];
  }

  private static Object readValue(JsonNode node, String path, Type type) throws PlanFormatException {
    Class<?> raw = type instanceof ParameterizedType
        ? (Class<?>) ((ParameterizedType) type).getRawType() : (Class<?>) type;
    if (raw == String.class) {
      return JsonPaths.text(node, path);
    }
    if (raw == int.class || raw == Integer.class) {
      return JsonPaths.integer(node, path);
    }
    if (raw == boolean.class || raw == Boolean.class) {
      if (!node.isBoolean()) {
        throw JsonPaths.expected(path, "true or false", node);
      }
      return node.booleanValue();
    }
    if (raw == LocalDate.class) {
      String s = JsonPaths.text(node, path);
      try {
        return LocalDate.parse(s);
      } catch (DateTimeParseException e) {
        throw new PlanFormatException(path, "expected an ISO date like \"2020-01-09\"; found \"" + s + "\"",
            e);
      }
    }
    if (raw.isEnum()) {
      String s = JsonPaths.text(node, path);
      List<String> ids = new ArrayList<>();
      for (Object constant : raw.getEnumConstants()) {
        String id = enumId((Enum<?>) constant);
        if (id.equals(s)) {
          return constant;
        }
        ids.add(id);
      }
      throw new PlanFormatException(path, "expected one of " + ids + "; found \"" + s + "\"");
    }
    if (Deadline.class.isAssignableFrom(raw)) {
      Deadline d = read(node, path);
      if (!raw.isInstance(d)) {
        throw new PlanFormatException(path + ".kind", "expected a deadline of kind \""
            + kindOf(raw) + "\" here; found \"" + d.kind().id() + "\"");
      }
      return d;
    }
    if (raw == List.class) {
      if (!node.isArray()) {
        throw JsonPaths.expected(path, "an array", node);
      }
      Type element = typeArgument(type);
      List<Object> list = new ArrayList<>();
      for (int i = 0; i < node.size(); i++) {
        list.add(readValue(node.get(i), path + "[" + i + "]", element));
      }
      return Collections.unmodifiableList(list);
    }
    if (raw.isRecord()) {
      return readRecord(node, path, raw, Set.of());
    }
    throw new IllegalStateException("No JSON form for a deadline component of type " + type);
  }
}
