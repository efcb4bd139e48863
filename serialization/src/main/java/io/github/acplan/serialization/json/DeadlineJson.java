package io.github.acplan.serialization.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.acplan.core.deadline.Deadline;
import io.github.acplan.core.deadline.DeadlineKind;
import io.github.acplan.serialization.PlanFormatException;
import java.io.IOException;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
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
import org.jspecify.annotations.Nullable;

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

  /**
   * The JSON id of every constant of an enum: its {@code id()} if it has a public one returning a String,
   * else its lower-case name with hyphens. Computed once per enum: looking the method up on every value
   * (a NoSuchMethodException each time for enums without id()) dominated reading and writing.
   */
  private static final ClassValue<Map<Enum<?>, String>> ENUM_IDS = new ClassValue<>() {
    @Override
    protected Map<Enum<?>, String> computeValue(Class<?> type) {
      Map<Enum<?>, String> ids = new java.util.HashMap<>();
      for (Object constant : type.getEnumConstants()) {
        Enum<?> e = (Enum<?>) constant;
        ids.put(e, computeEnumId(e));
      }
      return Map.copyOf(ids);
    }
  };

  /**
   * What reading and writing need of a record class, computed once per class: looking up the canonical
   * constructor and building the set of known property names for every object read dominated reading.
   */
  private static final ClassValue<RecordShape> SHAPES = new ClassValue<>() {
    @Override
    protected RecordShape computeValue(Class<?> type) {
      return new RecordShape(type);
    }
  };

  /** Every enum's constants by their JSON id, and the ids in declaration order for error messages. */
  private static final ClassValue<EnumIds> ENUM_CONSTANTS = new ClassValue<>() {
    @Override
    protected EnumIds computeValue(Class<?> type) {
      Map<String, Object> byId = new java.util.HashMap<>();
      List<String> ids = new ArrayList<>();
      for (Object constant : type.getEnumConstants()) {
        String id = enumId((Enum<?>) constant);
        byId.put(id, constant);
        ids.add(id);
      }
      return new EnumIds(Map.copyOf(byId), List.copyOf(ids));
    }
  };

  private static final class EnumIds {
    final Map<String, Object> byId;
    final List<String> ids;

    EnumIds(Map<String, Object> byId, List<String> ids) {
      this.byId = byId;
      this.ids = ids;
    }
  }

  /** A record class's components, accessors, canonical constructor and JSON property names. */
  private static final class RecordShape {
    final String[] names;
    final Class<?>[] rawTypes;
    final boolean[] optional;
    /** The type read for each component: the element type for an Optional, else the component's type. */
    final Type[] valueTypes;
    final MethodHandle[] accessors;
    final Constructor<?> constructor;
    final Set<String> known;
    /** The index of each component by name. */
    final Map<String, Integer> index;

    RecordShape(Class<?> type) {
      RecordComponent[] components = type.getRecordComponents();
      int n = components.length;
      names = new String[n];
      rawTypes = new Class<?>[n];
      optional = new boolean[n];
      valueTypes = new Type[n];
      accessors = new MethodHandle[n];
      // a deadline's "kind" comes first, then the components (the order of the error messages)
      Set<String> names = new LinkedHashSet<>();
      if (Deadline.class.isAssignableFrom(type)) {
        names.add("kind");
      }
      Map<String, Integer> index = new java.util.HashMap<>();
      MethodHandles.Lookup lookup = MethodHandles.lookup();
      try {
        for (int i = 0; i < n; i++) {
          RecordComponent rc = components[i];
          this.names[i] = rc.getName();
          rawTypes[i] = rc.getType();
          optional[i] = rc.getType() == Optional.class;
          valueTypes[i] = optional[i] ? typeArgument(rc.getGenericType()) : rc.getGenericType();
          accessors[i] = lookup.unreflect(rc.getAccessor())
              .asType(MethodType.methodType(Object.class, Object.class));
          names.add(rc.getName());
          index.put(rc.getName(), i);
        }
        constructor = type.getDeclaredConstructor(rawTypes);
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException("Cannot map record " + type.getName() + " to JSON", e);
      }
      known = Collections.unmodifiableSet(names);
      this.index = Map.copyOf(index);
    }
  }

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
    RecordShape shape = SHAPES.get(value.getClass());
    for (int i = 0; i < shape.names.length; i++) {
      Object v = access(shape, i, value);
      if (v instanceof Optional) {
        if (((Optional<?>) v).isEmpty()) {
          continue;
        }
        v = ((Optional<?>) v).get();
      }
      g.writeFieldName(shape.names[i]);
      writeValue(g, v);
    }
  }

  private static Object access(RecordShape shape, int i, Object value) {
    try {
      return (Object) shape.accessors[i].invokeExact(value);
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable e) {
      throw new IllegalStateException("Cannot read component " + shape.names[i] + " of "
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
    return ENUM_IDS.get(e.getDeclaringClass()).get(e);
  }

  private static String computeEnumId(Enum<?> e) {
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

  static Deadline read(JsonNode node, JsonPath path) throws PlanFormatException {
    if (!node.isObject()) {
      throw JsonPaths.expected(path, "a deadline object with a \"kind\"", node);
    }
    JsonNode kindNode = node.get("kind");
    if (kindNode == null || !kindNode.isTextual()) {
      throw new PlanFormatException(path.property("kind").toString(), "expected the deadline's kind, one of "
          + BY_ID.keySet() + "; found " + JsonPaths.describe(kindNode));
    }
    Class<? extends Deadline> type = BY_ID.get(kindNode.asText());
    if (type == null) {
      throw new PlanFormatException(path.property("kind").toString(), "unknown deadline kind \""
          + kindNode.asText() + "\"; expected one of " + BY_ID.keySet());
    }
    return (Deadline) readRecord(node, path, type);
  }

  private static Object readRecord(JsonNode node, JsonPath path, Class<?> type) throws PlanFormatException {
    if (!node.isObject()) {
      throw JsonPaths.expected(path, "an object", node);
    }
    RecordShape shape = SHAPES.get(type);
    for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!shape.known.contains(name)) {
        throw new PlanFormatException(path.property(name).toString(), "unknown property; expected one of "
            + shape.known);
      }
    }
    String[] names = shape.names;
    Object[] args = new Object[names.length];
    for (int i = 0; i < names.length; i++) {
      JsonNode value = node.get(names[i]);
      if (shape.optional[i]) {
        args[i] = value == null ? Optional.empty()
            : Optional.of(readValue(value, path.property(names[i]), shape.valueTypes[i]));
      } else if (value == null) {
        throw new PlanFormatException(path.property(names[i]).toString(), "missing required property");
      } else {
        args[i] = readValue(value, path.property(names[i]), shape.valueTypes[i]);
      }
    }
    try {
      return shape.constructor.newInstance(args);
    } catch (InvocationTargetException e) {
      Throwable cause = e.getCause() == null ? e : e.getCause();
      throw new PlanFormatException(path.toString(), "not a valid " + type.getSimpleName() + ": "
          + cause.getMessage(), cause);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("Cannot create " + type.getName(), e);
    }
  }

  private static Type typeArgument(Type generic) {
    return ((ParameterizedType) generic).getActualTypeArguments()[0];
  }

  /**
   * Returns the constant of an enum whose JSON id is {@code id}.
   *
   * @throws PlanFormatException naming the ids in declaration order if none has it
   */
  static @Nullable Object enumConstantOrNull(Class<?> type, String id) {
    return ENUM_CONSTANTS.get(type).byId.get(id);
  }

  static Object enumConstant(Class<?> type, String id, JsonPath path) throws PlanFormatException {
    EnumIds ids = ENUM_CONSTANTS.get(type);
    Object constant = ids.byId.get(id);
    if (constant == null) {
      throw new PlanFormatException(path.toString(), "expected one of " + ids.ids + "; found \"" + id + "\"");
    }
    return constant;
  }

  private static Object readValue(JsonNode node, JsonPath path, Type type) throws PlanFormatException {
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
        throw new PlanFormatException(path.toString(), "expected an ISO date like \"2020-01-09\"; found \""
            + s + "\"", e);
      }
    }
    if (raw.isEnum()) {
      return enumConstant(raw, JsonPaths.text(node, path), path);
    }
    if (Deadline.class.isAssignableFrom(raw)) {
      Deadline d = read(node, path);
      if (!raw.isInstance(d)) {
        throw new PlanFormatException(path.property("kind").toString(), "expected a deadline of kind \""
            + kindOf(raw) + "\" here; found \"" + d.kind().id() + "\"");
      }
      return d;
    }
    if (raw == List.class) {
      if (!node.isArray()) {
        throw JsonPaths.expected(path, "an array", node);
      }
      Type element = typeArgument(type);
      List<Object> list = new ArrayList<>(node.size());
      for (int i = 0; i < node.size(); i++) {
        list.add(readValue(node.get(i), path.index(i), element));
      }
      return Collections.unmodifiableList(list);
    }
    if (raw.isRecord()) {
      return readRecord(node, path, raw);
    }
    throw new IllegalStateException("No JSON form for a deadline component of type " + type);
  }

  // ------------------------------------------------------------------ reading, fast path

  /**
   * Reads a deadline whose START_OBJECT is the parser's current token, for {@link PlanJsonStream}: gives
   * up on anything {@link #read(JsonNode, JsonPath)} would not accept, and when {@code "kind"} is not the
   * first property.
   */
  static Deadline readStream(JsonParser p) throws IOException, PlanJsonStream.GiveUp {
    if (p.nextToken() != JsonToken.FIELD_NAME || !"kind".equals(p.currentName())) {
      throw PlanJsonStream.giveUp();
    }
    Class<? extends Deadline> type = BY_ID.get(PlanJsonStream.text(p));
    if (type == null) {
      throw PlanJsonStream.giveUp();
    }
    return (Deadline) readRecordStream(p, type);
  }

  /** Reads the (remaining) properties of a record's object, up to and including its END_OBJECT. */
  private static Object readRecordStream(JsonParser p, Class<?> type)
      throws IOException, PlanJsonStream.GiveUp {
    RecordShape shape = SHAPES.get(type);
    Object[] args = new Object[shape.names.length];
    for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
      Integer i = shape.index.get(p.currentName());
      if (i == null) {
        throw PlanJsonStream.giveUp(); // unknown, or a second "kind"
      }
      if (args[i] != null) {
        throw PlanJsonStream.giveUp(); // a duplicate: the tree reader's parser reports it
      }
      Object value = readValueStream(p, p.nextToken(), shape.valueTypes[i]);
      args[i] = shape.optional[i] ? Optional.of(value) : value;
    }
    for (int i = 0; i < args.length; i++) {
      if (args[i] == null) {
        if (!shape.optional[i]) {
          throw PlanJsonStream.giveUp();
        }
        args[i] = Optional.empty();
      }
    }
    try {
      return shape.constructor.newInstance(args);
    } catch (ReflectiveOperationException e) {
      throw PlanJsonStream.giveUp(); // the tree reader reports the broken invariant
    }
  }

  /** Reads a value whose first token {@code t} the parser has just read. */
  private static Object readValueStream(JsonParser p, JsonToken t, Type type)
      throws IOException, PlanJsonStream.GiveUp {
    Class<?> raw = type instanceof ParameterizedType
        ? (Class<?>) ((ParameterizedType) type).getRawType() : (Class<?>) type;
    if (raw == String.class) {
      return text(p, t);
    }
    if (raw == int.class || raw == Integer.class) {
      if (t != JsonToken.VALUE_NUMBER_INT || p.getNumberType() != JsonParser.NumberType.INT) {
        throw PlanJsonStream.giveUp();
      }
      return p.getIntValue();
    }
    if (raw == boolean.class || raw == Boolean.class) {
      if (t != JsonToken.VALUE_TRUE && t != JsonToken.VALUE_FALSE) {
        throw PlanJsonStream.giveUp();
      }
      return t == JsonToken.VALUE_TRUE;
    }
    if (raw == LocalDate.class) {
      return LocalDate.parse(text(p, t));
    }
    if (raw.isEnum()) {
      Object constant = enumConstantOrNull(raw, text(p, t));
      if (constant == null) {
        throw PlanJsonStream.giveUp();
      }
      return constant;
    }
    if (Deadline.class.isAssignableFrom(raw)) {
      if (t != JsonToken.START_OBJECT) {
        throw PlanJsonStream.giveUp();
      }
      Deadline d = readStream(p);
      if (!raw.isInstance(d)) {
        throw PlanJsonStream.giveUp();
      }
      return d;
    }
    if (raw == List.class) {
      if (t != JsonToken.START_ARRAY) {
        throw PlanJsonStream.giveUp();
      }
      Type element = typeArgument(type);
      List<Object> list = new ArrayList<>();
      for (JsonToken e = p.nextToken(); e != JsonToken.END_ARRAY; e = p.nextToken()) {
        list.add(readValueStream(p, e, element));
      }
      return Collections.unmodifiableList(list);
    }
    if (raw.isRecord()) {
      if (t != JsonToken.START_OBJECT) {
        throw PlanJsonStream.giveUp();
      }
      return readRecordStream(p, raw);
    }
    throw PlanJsonStream.giveUp();
  }

  private static String text(JsonParser p, JsonToken t) throws IOException, PlanJsonStream.GiveUp {
    if (t != JsonToken.VALUE_STRING) {
      throw PlanJsonStream.giveUp();
    }
    return p.getText();
  }
}
