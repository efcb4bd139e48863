package io.github.acplan.json.mapping;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import java.io.IOException;
import java.lang.invoke.LambdaMetafactory;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Reads one read shape ({@link Shapes}, {@link DeadlineShape}) from a {@link TokenStream}, driven by the
 * shape's own annotations: each {@code @JsonProperty} setter is a property, its parameter's type says
 * what value it takes, {@code @JsonSetter(nulls = Nulls.FAIL)} refuses {@code null}, and a
 * {@code @JsonAnySetter} takes the properties no setter names. A value of a model type is read through
 * that type's {@link JsonMapping.Binding}, so a {@code Section} inside a plan is read as a {@code Section}
 * alone is.
 *
 * <p>Why not Jackson's own bean deserializer, as before: its work depends on the application's mapper
 * (coercion of {@code "5"} to 5 and of 5 to {@code "5"}, a single value taken for an array, an empty
 * string for null), which the format must refuse whatever the mapper is set to; and it cost 1.12 times the
 * time plain Jackson takes for plain objects, before the model was built (benchmarks/README.md). Reading
 * the tokens of the shapes' declared types directly gives the same errors with both Jackson lines and
 * leaves the time to the model. What the shapes declare is still the only description of the format: this
 * class knows no property of its own.
 *
 * <p>Errors are {@link JsonShapeException}s whose path leads from the value being read to the offending
 * one; the modules add where that value is in the document.
 */
final class ShapeReader {

  /** One reader per shape class, built at first use from the class's annotations. */
  private static final ClassValue<ShapeReader> READERS = new ClassValue<>() {
    @Override
    protected ShapeReader computeValue(Class<?> type) {
      return new ShapeReader(type);
    }
  };

  /** How many properties after the last one read {@link #find} tries before the lookup by hash. */
  private static final int NEAR = 3;

  private final Supplier<Object> constructor;
  /** The properties in the order the shape writes them, the order a document most likely has. */
  private final Property[] properties;
  /** Their names in that order, keeping the parser's encoded form: for {@link #nextName}. */
  private final PropertyName[] order;
  private final Map<String, Property> byName;
  private final @Nullable AnySetter anySetter;
  /** The names, for the error about an unknown property. */
  private final List<String> names;

  private ShapeReader(Class<?> type) {
    MethodHandles.Lookup lookup = MethodHandles.lookup();
    this.constructor = constructor(lookup, type);
    List<Method> setters = new ArrayList<>();
    AnySetter any = null;
    for (Method m : type.getDeclaredMethods()) {
      if (m.isAnnotationPresent(JsonAnySetter.class) && m.getParameterCount() == 2) {
        any = new AnySetter(unreflect(lookup, m), Value.of(m.getGenericParameterTypes()[1]));
      } else if (m.isAnnotationPresent(JsonProperty.class) && m.getParameterCount() == 1) {
        setters.add(m);
      }
    }
    setters.sort(Comparator.comparing(ShapeReader::name, Shapes.propertyOrder(type))
        .thenComparing(ShapeReader::name));
    this.properties = new Property[setters.size()];
    this.order = new PropertyName[setters.size()];
    this.byName = new HashMap<>();
    List<String> known = new ArrayList<>();
    for (int i = 0; i < properties.length; i++) {
      Method m = setters.get(i);
      JsonSetter setter = m.getAnnotation(JsonSetter.class);
      properties[i] = new Property(i, name(m), setter(lookup, m),
          Value.of(m.getGenericParameterTypes()[0]).withIds(m.getAnnotation(EnumId.class)),
          setter != null && setter.nulls() == Nulls.FAIL);
      order[i] = new PropertyName(properties[i].name);
      if (byName.put(properties[i].name, properties[i]) != null) {
        throw new IllegalStateException(type + " has two setters of \"" + properties[i].name + "\"");
      }
      known.add(properties[i].name);
    }
    this.anySetter = any;
    this.names = List.copyOf(known);
  }

  /** Returns the reader of a shape class. */
  static ShapeReader of(Class<?> shapeType) {
    return READERS.get(shapeType);
  }

  private static String name(Method m) {
    String name = m.getAnnotation(JsonProperty.class).value();
    if (name.isEmpty()) {
      throw new IllegalStateException(m + " names no property: the format's names are explicit");
    }
    return name;
  }

  /**
   * Reads a shape: the current token is the object's start, or (as Jackson may hand an object over) its
   * first property's name.
   */
  Object read(TokenStream t) throws IOException {
    int token = t.currentToken();
    String name;
    if (token == TokenStream.START_OBJECT) {
      name = nextName(t, order, 0);
    } else if (token == TokenStream.NAME) {
      name = t.currentName();
    } else {
      throw Value.expected("an object", t);
    }
    return readRest(t, constructor.get(), name);
  }

  /**
   * Reads the rest of an object into a shape: from the property {@code name} (whose value is not read
   * yet; null at the object's end) to the object's end, as {@link #read} does.
   */
  Object readRest(TokenStream t, Object shape, @Nullable String name) throws IOException {
    Property[] props = properties;
    int next = 0;
    while (name != null) {
      // the name the parser matched against the expected one is that property's own instance
      Property p = next < props.length && props[next].name == name ? props[next] : find(props, next, name);
      t.nextToken();
      if (p != null) {
        next = p.index + 1;
        Object value;
        try {
          value = p.value.read(t, p.failOnNull);
        } catch (JsonShapeException e) {
          throw e.under(name);
        }
        // a setter's own refusal (a property named twice) is already at the property
        p.setter.accept(shape, value);
      } else if (anySetter != null) {
        Object value;
        try {
          value = anySetter.value.read(t, false);
        } catch (JsonShapeException e) {
          throw e.under(name);
        }
        anySetter.set(shape, name, value);
      } else {
        // whatever the mapper's FAIL_ON_UNKNOWN_PROPERTIES (off in Jackson 3 and in Spring Boot): a
        // property misspelt in a plan would otherwise be dropped without a word
        throw new JsonShapeException("", "unknown property; expected one of " + names).under(name);
      }
      name = nextName(t, order, next);
    }
    return shape;
  }

  /**
   * Moves to the next property name, telling the parser which one a document written by acplan has
   * next, the one at {@code next} in {@code order} (a shape's or a deadline record's order): Jackson
   * compares its input with the name's quoted form and skips decoding and looking the name up, about
   * 7 ns a name on the seed.
   */
  static @Nullable String nextName(TokenStream t, PropertyName[] order, int next) throws IOException {
    return next < order.length ? t.nextName(order[next]) : t.nextName();
  }

  /** Returns a new, empty shape. */
  Object newShape() {
    return constructor.get();
  }

  /** Returns the properties in the shape's order ({@code @JsonPropertyOrder} first). */
  List<String> names() {
    return names;
  }

  /**
   * Reads the value of the property at {@code index} in the shape's order, as {@link #read} reads it:
   * the current token is the property's name; errors are under it.
   */
  @Nullable Object readValue(TokenStream t, int index) throws IOException {
    Property p = properties[index];
    t.nextToken();
    try {
      return p.value.read(t, p.failOnNull);
    } catch (JsonShapeException e) {
      throw e.under(p.name);
    }
  }

  /** Gives a shape the value of the property at {@code index} in the shape's order, through its setter. */
  void set(Object shape, int index, @Nullable Object value) {
    properties[index].setter.accept(shape, value);
  }

  /**
   * Finds a property by its name: first among the next few in the shape's order, where a document
   * written by acplan has it (an optional property left out skips one), then by a hash lookup.
   *
   * <p>Each property remembers the name instance it was last found by. A parser hands out the same
   * instance for the same name every time (its symbol table's), so the common case is one reference
   * comparison rather than comparing the characters; Jackson 3 does not intern names, so without this
   * every lookup compared them. The memory is a hint, checked by identity: a stale or racing value only
   * sends the lookup the slow way, and it is written only when it changes, so that threads reading with
   * one mapper do not write to it.
   */
  private @Nullable Property find(Property[] props, int next, String name) {
    int end = Math.min(props.length, next + NEAR);
    // identity first, over the whole window: a property left out puts the one read after the next
    for (int i = next; i < end; i++) {
      if (props[i].lastName == name) {
        return props[i];
      }
    }
    Property found = null;
    for (int i = next; i < end; i++) {
      if (props[i].name.equals(name)) {
        found = props[i];
        break;
      }
    }
    if (found == null) {
      found = byName.get(name);
      if (found == null) {
        return null;
      }
    }
    if (found.lastName != name) {
      found.lastName = name;
    }
    return found;
  }

  /** A property of the shape and the setter that takes it. */
  private static final class Property {
    final int index;
    final String name;
    final BiConsumer<Object, @Nullable Object> setter;
    final Value value;
    final boolean failOnNull;
    /** The name instance this property was last found by: see {@link ShapeReader#find}. */
    @Nullable String lastName;

    Property(int index, String name, BiConsumer<Object, @Nullable Object> setter, Value value, boolean failOnNull) {
      this.index = index;
      this.name = name;
      this.setter = setter;
      this.value = value;
      this.failOnNull = failOnNull;
    }
  }

  /** The setter of the properties a shape has no setter for. */
  private static final class AnySetter {
    final MethodHandle handle;
    final Value value;

    AnySetter(MethodHandle handle, Value value) {
      this.handle = handle.asType(MethodType.methodType(void.class, Object.class, String.class, Object.class));
      this.value = value;
    }

    void set(Object shape, String name, @Nullable Object value) {
      try {
        handle.invokeExact(shape, name, value);
      } catch (RuntimeException | Error e) {
        throw e;
      } catch (Throwable e) {
        throw new IllegalStateException(e);
      }
    }
  }

  /**
   * A kind of value a property takes, from the setter's parameter type: a string, an integer, a boolean,
   * a plain value ({@code Object}: the deadline's scalars, whose types {@link DeadlineValues} checks), a
   * list, a model type (through its binding) or another shape.
   */
  static final class Value {
    private static final int STRING = 0;
    private static final int INTEGER = 1;
    private static final int BOOLEAN = 2;
    private static final int PLAIN = 3;
    private static final int LIST = 4;
    private static final int MODEL_STRING = 5;
    private static final int MODEL_OBJECT = 6;
    private static final int SHAPE = 7;
    /** A deadline: read by {@link DeadlineValues#readStreaming}, through its shape only when it must. */
    private static final int DEADLINE = 8;

    private final int kind;
    /** What the value must be, for the error when it is something else: "a string", "an array"… */
    private final String what;
    private final @Nullable Value element;
    private final JsonMapping.@Nullable Binding<?> binding;
    private final @Nullable Class<?> shapeType;
    /** The ids a string is most likely one of ({@link EnumId}), or null. */
    private final @Nullable EnumIds ids;
    /** The shape's reader, found at first use: shapes refer to themselves (a deadline's parts). */
    private @Nullable ShapeReader reader;

    private Value(int kind, String what, @Nullable Value element, JsonMapping.@Nullable Binding<?> binding,
        @Nullable Class<?> shapeType) {
      this(kind, what, element, binding, shapeType, null);
    }

    private Value(int kind, String what, @Nullable Value element, JsonMapping.@Nullable Binding<?> binding,
        @Nullable Class<?> shapeType, @Nullable EnumIds ids) {
      this.kind = kind;
      this.what = what;
      this.element = element;
      this.binding = binding;
      this.shapeType = shapeType;
      this.ids = ids;
    }

    /** This value, its strings compared first with the ids of the enum a setter names ({@link EnumId}). */
    Value withIds(@Nullable EnumId enumId) {
      if (enumId == null) {
        return this;
      }
      if (kind != STRING && kind != PLAIN) {
        throw new IllegalStateException("@EnumId on a property that is not a string: " + what);
      }
      return new Value(kind, what, element, binding, shapeType, EnumIds.of(enumId.value()));
    }

    /** The value of a setter's parameter type. */
    static Value of(Type type) {
      if (type instanceof ParameterizedType generic && generic.getRawType() == List.class) {
        return new Value(LIST, "an array", of(generic.getActualTypeArguments()[0]), null, null);
      }
      if (!(type instanceof Class<?> c) || Map.class.isAssignableFrom(c) || List.class.isAssignableFrom(c)) {
        throw new IllegalStateException("a shape's property of type " + type + " cannot be read");
      }
      if (c == String.class) {
        return new Value(STRING, "a string", null, null, null);
      }
      if (c == Integer.class) {
        return new Value(INTEGER, "an integer", null, null, null);
      }
      if (c == Boolean.class) {
        return new Value(BOOLEAN, "true or false", null, null, null);
      }
      if (c == Object.class) {
        return new Value(PLAIN, "a value", null, null, null);
      }
      JsonMapping.Binding<?> binding = JsonMapping.binding(c);
      if (binding != null) {
        if (!binding.readable()) {
          throw new IllegalStateException(c + " is written only, but a shape reads it");
        }
        return ofBinding(binding);
      }
      return new Value(SHAPE, what(c), null, null, c);
    }

    /** The value read by a binding, for {@link JsonMapping.Binding#readFrom}. */
    static Value ofBinding(JsonMapping.Binding<?> binding) {
      if (binding.shapeType() == String.class) {
        return new Value(MODEL_STRING, "a string", null, binding, null);
      }
      return new Value(binding.shapeType() == DeadlineShape.class ? DEADLINE : MODEL_OBJECT,
          what(binding.shapeType()), null, binding, binding.shapeType());
    }

    private static String what(Class<?> shapeType) {
      return shapeType == DeadlineShape.class ? "a deadline object with a \"kind\"" : "an object";
    }

    /**
     * Reads the value at the current token, which it leaves at the value's last token.
     *
     * @param failOnNull whether {@code null} is refused rather than given to the setter
     */
    @Nullable Object read(TokenStream t, boolean failOnNull) throws IOException {
      int token = t.currentToken();
      if (token == TokenStream.NULL) {
        if (failOnNull) {
          throw new JsonShapeException("", "expected " + what + "; found null");
        }
        return null;
      }
      switch (kind) {
        case STRING:
          if (token == TokenStream.STRING) {
            return ids == null ? string(t) : idOrString(t);
          }
          break;
        case INTEGER:
          if (token == TokenStream.INTEGER && t.isInt()) {
            return t.intValue();
          }
          break;
        case BOOLEAN:
          if (token == TokenStream.TRUE || token == TokenStream.FALSE) {
            return token == TokenStream.TRUE;
          }
          break;
        case PLAIN:
          return ids == null || token != TokenStream.STRING ? plain(t, token) : idOrString(t);
        case LIST:
          if (token == TokenStream.START_ARRAY) {
            return list(t);
          }
          break;
        case MODEL_STRING:
          if (token == TokenStream.STRING) {
            return convert(string(t));
          }
          break;
        case MODEL_OBJECT:
          if (token == TokenStream.START_OBJECT || token == TokenStream.NAME) {
            return convert(reader().read(t));
          }
          break;
        case DEADLINE:
          if (token == TokenStream.START_OBJECT || token == TokenStream.NAME) {
            // deadlines are the format's only values that nest without bound (a part of a part of…)
            checkDepth(t);
            Object read = DeadlineValues.readStreaming(t, reader());
            return read instanceof DeadlineShape ? convert(read) : read;
          }
          break;
        default:
          if (token == TokenStream.START_OBJECT) {
            return reader().read(t);
          }
          break;
      }
      throw expected(what, t);
    }

    private List<@Nullable Object> list(TokenStream t) throws IOException {
      Value e = element;
      List<@Nullable Object> list = new ArrayList<>();
      int index = 0;
      while (t.nextToken() != TokenStream.END_ARRAY) {
        try {
          list.add(e.read(t, false));
        } catch (JsonShapeException error) {
          throw error.under(index);
        }
        index++;
      }
      return list;
    }

    private ShapeReader reader() {
      ShapeReader r = reader;
      if (r == null) {
        r = ShapeReader.of(shapeType);
        if (kind == DEADLINE && !r.names().equals(DeadlineShape.NAMES)) {
          // DeadlineValues addresses the shape's properties by their slots
          throw new IllegalStateException("DeadlineShape's properties are not read in the order of its slots: "
              + r.names());
        }
        reader = r;
      }
      return r;
    }

    private Object convert(Object shape) {
      try {
        return binding.read(shape);
      } catch (JsonShapeException e) {
        throw e;
      } catch (RuntimeException e) {
        // a null where the model wants a value: the model's builders say which one
        throw new JsonShapeException("", String.valueOf(e.getMessage()), e);
      }
    }

    /** A plain value, as Jackson's untyped reading gives it: a string, a number, a boolean, a list, a map. */
    private static @Nullable Object plain(TokenStream t, int token) throws IOException {
      switch (token) {
        case TokenStream.STRING:
          return string(t);
        case TokenStream.INTEGER:
          // most are small: the int is read without Jackson's general number path
          return t.isInt() ? Integer.valueOf(t.intValue()) : t.numberValue();
        case TokenStream.FLOAT:
          return t.numberValue();
        case TokenStream.TRUE:
          return Boolean.TRUE;
        case TokenStream.FALSE:
          return Boolean.FALSE;
        case TokenStream.NULL:
          return null;
        case TokenStream.START_ARRAY: {
          checkDepth(t);
          List<@Nullable Object> list = new ArrayList<>();
          int index = 0;
          for (int next = t.nextToken(); next != TokenStream.END_ARRAY; next = t.nextToken()) {
            try {
              list.add(plain(t, next));
            } catch (JsonShapeException error) {
              throw error.under(index);
            }
            index++;
          }
          return list;
        }
        case TokenStream.START_OBJECT: {
          checkDepth(t);
          Map<String, @Nullable Object> map = new LinkedHashMap<>();
          for (String name = t.nextName(); name != null; name = t.nextName()) {
            try {
              map.put(name, plain(t, t.nextToken()));
            } catch (JsonShapeException error) {
              throw error.under(name);
            }
          }
          return map;
        }
        default:
          throw expected("a value", t);
      }
    }

    /** The current string: the id it spells, the table's own instance, or else as {@link #string} reads it. */
    private String idOrString(TokenStream t) throws IOException {
      String id = ids.idAt(t);
      return id != null ? id : string(t);
    }

    /**
     * Returns the current string value, refusing a lone surrogate: JSON's {@code \\uD800} escapes can
     * spell one, so can a string given to the parser, and such a text cannot be written as UTF-8 (a plan
     * must survive being written). Every string of the format is read here, so the conversions need not
     * look again. The string is checked once made: over the parser's buffer instead, the check took three
     * more calls to the parser for every string and was no faster (benchmarks/README.md, run of
     * 2026-12-05 12:30). Not checked when the stream knows its input held no surrogate at all
     * ({@link TokenStream#mayHoldSurrogates()}), asked after the text is made, which may read more input.
     */
    static String string(TokenStream t) throws IOException {
      String s = t.text();
      if (!t.mayHoldSurrogates()) {
        return s;
      }
      for (int i = 0, n = s.length(); i < n; i++) {
        if ((s.charAt(i) & 0xF800) == 0xD800) {
          checkSurrogates(s, i);
          break;
        }
      }
      return s;
    }

    /** Checks the surrogates of {@code s} from {@code from} on: each high one followed by a low one. */
    private static void checkSurrogates(String s, int from) {
      for (int i = from; i < s.length(); i++) {
        char c = s.charAt(i);
        if (Character.isSurrogate(c)) {
          if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
            i++;
          } else {
            throw new JsonShapeException("", "a lone surrogate (U+" + Integer.toHexString(c).toUpperCase(
                java.util.Locale.ROOT) + ") at character " + (i + 1) + " is not text");
          }
        }
      }
    }

    /**
     * Refuses a value nested deeper than {@link JsonMapping#MAX_NESTING_DEPTH}: reading recurses once for
     * each level, and the parser's own limit (Jackson's default is 500 or 1000 levels, an application may
     * raise it) lets a hostile document take more stack than a thread may have.
     */
    private static void checkDepth(TokenStream t) {
      if (t.depth() > JsonMapping.MAX_NESTING_DEPTH) {
        throw new JsonShapeException("", "nested more than " + JsonMapping.MAX_NESTING_DEPTH
            + " arrays and objects deep; a deadline nests a few levels at most");
      }
    }

    /** The error for a value of another kind than the one due, naming what was found. */
    static JsonShapeException expected(String what, TokenStream t) throws IOException {
      return new JsonShapeException("", "expected " + what + "; found " + found(t));
    }

    /** Describes the current token, as the errors of the plan format do. */
    private static String found(TokenStream t) throws IOException {
      switch (t.currentToken()) {
        case TokenStream.STRING: {
          String s = t.text();
          return "the string \"" + (s.length() > 40 ? s.substring(0, 37) + "…" : s) + "\"";
        }
        case TokenStream.INTEGER:
        case TokenStream.FLOAT:
          return "the number " + t.text();
        case TokenStream.TRUE:
          return "true";
        case TokenStream.FALSE:
          return "false";
        case TokenStream.NULL:
          return "null";
        case TokenStream.START_ARRAY:
          return "an array";
        case TokenStream.START_OBJECT:
          return "an object";
        case TokenStream.NONE:
          return "nothing";
        default:
          return "another value";
      }
    }
  }

  // ------------------------------------------------------------------ access to the shapes

  @SuppressWarnings("unchecked")
  private static Supplier<Object> constructor(MethodHandles.Lookup lookup, Class<?> type) {
    try {
      MethodHandle c = lookup.findConstructor(type, MethodType.methodType(void.class));
      return (Supplier<Object>) LambdaMetafactory.metafactory(lookup, "get",
          MethodType.methodType(Supplier.class), MethodType.methodType(Object.class), c,
          MethodType.methodType(type)).getTarget().invokeExact();
    } catch (Throwable e) {
      throw new IllegalStateException(type + " is no shape: it needs a constructor without arguments", e);
    }
  }

  @SuppressWarnings("unchecked")
  private static BiConsumer<Object, @Nullable Object> setter(MethodHandles.Lookup lookup, Method m) {
    try {
      MethodHandle h = lookup.unreflect(m);
      return (BiConsumer<Object, @Nullable Object>) LambdaMetafactory.metafactory(lookup, "accept",
          MethodType.methodType(BiConsumer.class),
          MethodType.methodType(void.class, Object.class, Object.class), h, h.type()).getTarget().invokeExact();
    } catch (Throwable e) {
      throw new IllegalStateException("cannot call " + m, e);
    }
  }

  private static MethodHandle unreflect(MethodHandles.Lookup lookup, Method m) {
    try {
      return lookup.unreflect(m);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException("cannot call " + m, e);
    }
  }

  @Override
  public String toString() {
    return "ShapeReader" + names;
  }
}
