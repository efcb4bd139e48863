package io.github.acplan.json.mapping;

import io.github.acplan.core.Worded;
import io.github.acplan.core.deadline.Deadline;
import io.github.acplan.core.deadline.DeadlineKind;
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
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Deadlines to and from the plain values both Jackson lines write and read natively (maps in property
 * order, lists, strings, numbers, booleans), derived from the deadline records themselves so that a new
 * kind needs no code here.
 *
 * <p>A deadline is an object whose first property is {@code "kind"}, the kind's logical name
 * ({@link DeadlineKind#id()}), followed by the record's components in declaration order under their
 * names; dates are ISO, enum constants their {@code id()} or their name in lower case with hyphens; what
 * is absent is left out: an empty {@code Optional} or {@code OptionalInt} (a year not written) and an
 * empty list, which reads back as empty. A deadline is small, so reading it as a map of plain values keeps
 * the reading of a whole plan streaming.
 */
final class DeadlineValues {

  private static final Map<String, Class<? extends Deadline>> BY_ID = kinds();

  private static final ClassValue<Map<Enum<?>, String>> ENUM_IDS = new ClassValue<>() {
    @Override
    protected Map<Enum<?>, String> computeValue(Class<?> type) {
      Map<Enum<?>, String> ids = new HashMap<>();
      for (Object constant : type.getEnumConstants()) {
        ids.put((Enum<?>) constant, computeEnumId((Enum<?>) constant));
      }
      return Map.copyOf(ids);
    }
  };

  private static final ClassValue<Map<String, Object>> ENUM_CONSTANTS = new ClassValue<>() {
    @Override
    protected Map<String, Object> computeValue(Class<?> type) {
      Map<String, Object> byId = new LinkedHashMap<>();
      for (Object constant : type.getEnumConstants()) {
        byId.put(enumId((Enum<?>) constant), constant);
      }
      return Collections.unmodifiableMap(byId);
    }
  };

  private static final ClassValue<RecordShape> SHAPES = new ClassValue<>() {
    @Override
    protected RecordShape computeValue(Class<?> type) {
      return new RecordShape(type);
    }
  };

  /** A record class's components, accessors and canonical constructor, computed once per class. */
  private static final class RecordShape {
    final String[] names;
    final boolean[] optional;
    final Type[] valueTypes;
    final Method[] accessors;
    final Constructor<?> constructor;
    final Set<String> known;

    RecordShape(Class<?> type) {
      RecordComponent[] components = type.getRecordComponents();
      int n = components.length;
      names = new String[n];
      optional = new boolean[n];
      valueTypes = new Type[n];
      accessors = new Method[n];
      Class<?>[] raw = new Class<?>[n];
      Set<String> known = new LinkedHashSet<>();
      if (Deadline.class.isAssignableFrom(type)) {
        known.add("kind");
      }
      for (int i = 0; i < n; i++) {
        RecordComponent rc = components[i];
        names[i] = rc.getName();
        raw[i] = rc.getType();
        optional[i] = rc.getType() == Optional.class || rc.getType() == OptionalInt.class;
        valueTypes[i] = rc.getType() == Optional.class ? typeArgument(rc.getGenericType())
            : rc.getType() == OptionalInt.class ? int.class : rc.getGenericType();
        accessors[i] = rc.getAccessor();
        known.add(rc.getName());
      }
      try {
        constructor = type.getDeclaredConstructor(raw);
      } catch (NoSuchMethodException e) {
        throw new IllegalStateException("Cannot map record " + type.getName() + " to JSON", e);
      }
      this.known = Collections.unmodifiableSet(known);
    }
  }

  private DeadlineValues() {}

  private static Map<String, Class<? extends Deadline>> kinds() {
    Map<String, Class<? extends Deadline>> map = new LinkedHashMap<>();
    for (DeadlineKind kind : DeadlineKind.values()) {
      map.put(kind.id(), kind.type());
    }
    return Collections.unmodifiableMap(map);
  }

  // ------------------------------------------------------------------ writing

  static Map<String, Object> write(Deadline deadline) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("kind", deadline.kind().id());
    writeComponents(out, deadline);
    return out;
  }

  private static void writeComponents(Map<String, Object> out, Object value) {
    RecordShape shape = SHAPES.get(value.getClass());
    for (int i = 0; i < shape.names.length; i++) {
      Object v;
      try {
        v = shape.accessors[i].invoke(value);
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException("Cannot read " + shape.names[i] + " of " + value.getClass(), e);
      }
      if (v instanceof Optional<?> o) {
        if (o.isEmpty()) {
          continue;
        }
        v = o.get();
      } else if (v instanceof OptionalInt o) {
        if (o.isEmpty()) {
          continue;
        }
        v = o.getAsInt();
      } else if (v instanceof List<?> list && list.isEmpty()) {
        continue;
      }
      out.put(shape.names[i], plain(v));
    }
  }

  private static Object plain(Object v) {
    if (v instanceof String || v instanceof Integer || v instanceof Boolean) {
      return v;
    }
    if (v instanceof Long || v instanceof Short) {
      return ((Number) v).longValue();
    }
    if (v instanceof LocalDate) {
      return v.toString();
    }
    if (v instanceof Enum) {
      return enumId((Enum<?>) v);
    }
    if (v instanceof Deadline) {
      return write((Deadline) v);
    }
    if (v instanceof Record) {
      Map<String, Object> out = new LinkedHashMap<>();
      writeComponents(out, v);
      return out;
    }
    if (v instanceof List) {
      List<Object> list = new ArrayList<>();
      for (Object item : (List<?>) v) {
        list.add(plain(item));
      }
      return list;
    }
    throw new IllegalStateException("No JSON form for a deadline component of type "
        + (v == null ? "null" : v.getClass().getName()));
  }

  static String enumId(Enum<?> e) {
    return ENUM_IDS.get(e.getDeclaringClass()).get(e);
  }

  /** The library's enums are {@link Worded}; a JDK enum ({@code Month}) is its name in lower case. */
  private static String computeEnumId(Enum<?> e) {
    if (e instanceof Worded w) {
      return w.id();
    }
    return e.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** Returns the constant of an enum whose JSON id is {@code id}, or throws naming the ids. */
  static <E> E enumConstant(Class<E> type, String id, String path) {
    Map<String, Object> byId = ENUM_CONSTANTS.get(type);
    Object constant = byId.get(id);
    if (constant == null) {
      throw new JsonShapeException(path, "expected one of " + byId.keySet() + "; found \"" + id + "\"");
    }
    return type.cast(constant);
  }

  // ------------------------------------------------------------------ reading

  static Deadline read(Object value, String path) {
    if (!(value instanceof Map)) {
      throw expected(path, "a deadline object with a \"kind\"", value);
    }
    Map<?, ?> map = (Map<?, ?>) value;
    Object kind = map.get("kind");
    if (!(kind instanceof String)) {
      throw new JsonShapeException(join(path, "kind"), "expected the deadline's kind, one of "
          + BY_ID.keySet() + "; found " + describe(kind));
    }
    Class<? extends Deadline> type = BY_ID.get(kind);
    if (type == null) {
      throw new JsonShapeException(join(path, "kind"), "unknown deadline kind \"" + kind
          + "\"; expected one of " + BY_ID.keySet());
    }
    return (Deadline) readRecord(map, path, type);
  }

  private static Object readRecord(Map<?, ?> map, String path, Class<?> type) {
    RecordShape shape = SHAPES.get(type);
    for (Object name : map.keySet()) {
      if (!shape.known.contains(name)) {
        throw new JsonShapeException(join(path, String.valueOf(name)), "unknown property; expected one of "
            + shape.known);
      }
    }
    Object[] args = new Object[shape.names.length];
    for (int i = 0; i < args.length; i++) {
      String name = shape.names[i];
      Object v = map.get(name);
      if (shape.optional[i]) {
        args[i] = readOptional(v, join(path, name), shape.valueTypes[i]);
      } else if (v == null && shape.valueTypes[i] instanceof ParameterizedType t && t.getRawType() == List.class) {
        args[i] = List.of();
      } else if (v == null) {
        throw new JsonShapeException(join(path, name), "missing required property");
      } else {
        args[i] = readValue(v, join(path, name), shape.valueTypes[i]);
      }
    }
    try {
      return shape.constructor.newInstance(args);
    } catch (InvocationTargetException e) {
      Throwable cause = e.getCause() == null ? e : e.getCause();
      throw new JsonShapeException(path, "not a valid " + type.getSimpleName() + ": " + cause.getMessage(),
          cause);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("Cannot create " + type.getName(), e);
    }
  }

  /** An {@code OptionalInt} component has the value type {@code int}; any other optional is an Optional. */
  private static Object readOptional(@Nullable Object v, String path, Type valueType) {
    if (valueType == int.class) {
      return v == null ? OptionalInt.empty() : OptionalInt.of((Integer) readValue(v, path, valueType));
    }
    return v == null ? Optional.empty() : Optional.of(readValue(v, path, valueType));
  }

  private static Object readValue(Object v, String path, Type type) {
    Class<?> raw = type instanceof ParameterizedType
        ? (Class<?>) ((ParameterizedType) type).getRawType() : (Class<?>) type;
    if (raw == String.class) {
      if (!(v instanceof String)) {
        throw expected(path, "a string", v);
      }
      return JsonMapping.text((String) v, path);
    }
    if (raw == int.class || raw == Integer.class) {
      if (!(v instanceof Integer)) {
        throw expected(path, "an integer", v);
      }
      return v;
    }
    if (raw == boolean.class || raw == Boolean.class) {
      if (!(v instanceof Boolean)) {
        throw expected(path, "true or false", v);
      }
      return v;
    }
    if (raw == LocalDate.class) {
      if (!(v instanceof String)) {
        throw expected(path, "an ISO date like \"2020-01-09\"", v);
      }
      try {
        return LocalDate.parse((String) v);
      } catch (DateTimeParseException e) {
        throw new JsonShapeException(path, "expected an ISO date like \"2020-01-09\"; found \"" + v + "\"", e);
      }
    }
    if (raw.isEnum()) {
      if (!(v instanceof String)) {
        throw expected(path, "a string", v);
      }
      return enumConstant(raw, (String) v, path);
    }
    if (Deadline.class.isAssignableFrom(raw)) {
      Deadline d = read(v, path);
      if (!raw.isInstance(d)) {
        throw new JsonShapeException(join(path, "kind"), "expected a deadline of kind \""
            + kindOf(raw) + "\" here; found \"" + d.kind().id() + "\"");
      }
      return d;
    }
    if (raw == List.class) {
      if (!(v instanceof List)) {
        throw expected(path, "an array", v);
      }
      Type element = typeArgument(type);
      List<?> items = (List<?>) v;
      List<Object> list = new ArrayList<>(items.size());
      for (int i = 0; i < items.size(); i++) {
        Object item = items.get(i);
        if (item == null) {
          throw expected(path + "[" + i + "]", "a value", null);
        }
        list.add(readValue(item, path + "[" + i + "]", element));
      }
      return Collections.unmodifiableList(list);
    }
    if (raw.isRecord()) {
      if (!(v instanceof Map)) {
        throw expected(path, "an object", v);
      }
      return readRecord((Map<?, ?>) v, path, raw);
    }
    throw new IllegalStateException("No JSON form for a deadline component of type " + type);
  }

  private static String kindOf(Class<?> type) {
    for (DeadlineKind kind : DeadlineKind.values()) {
      if (kind.type() == type) {
        return kind.id();
      }
    }
    return type.getSimpleName();
  }

  private static Type typeArgument(Type generic) {
    return ((ParameterizedType) generic).getActualTypeArguments()[0];
  }

  static String join(String path, String name) {
    return path.isEmpty() ? name : path + "." + name;
  }

  private static JsonShapeException expected(String path, String what, Object found) {
    return new JsonShapeException(path, "expected " + what + "; found " + describe(found));
  }

  static String describe(Object v) {
    if (v == null) {
      return "nothing";
    }
    if (v instanceof String) {
      return "a string";
    }
    if (v instanceof Boolean) {
      return "a boolean";
    }
    if (v instanceof Number) {
      return "a number";
    }
    if (v instanceof List) {
      return "an array";
    }
    return v instanceof Map ? "an object" : "a value";
  }
}
