package io.github.acplan.json.mapping;

import io.github.acplan.core.deadline.ByDate;
import io.github.acplan.core.deadline.Composite;
import io.github.acplan.core.deadline.Conditional;
import io.github.acplan.core.deadline.DateBound;
import io.github.acplan.core.deadline.DateRange;
import io.github.acplan.core.deadline.Deadline;
import io.github.acplan.core.deadline.DeadlineKind;
import io.github.acplan.core.deadline.Decade;
import io.github.acplan.core.deadline.DuringPeriod;
import io.github.acplan.core.deadline.Joiner;
import io.github.acplan.core.deadline.OnEvent;
import io.github.acplan.core.deadline.PerSchedule;
import io.github.acplan.core.deadline.PeriodUnit;
import io.github.acplan.core.deadline.Periodic;
import io.github.acplan.core.deadline.Permanent;
import io.github.acplan.core.deadline.RangeForm;
import io.github.acplan.core.deadline.Statutory;
import io.github.acplan.core.deadline.Unrecognized;
import io.github.acplan.core.deadline.WithinCalendarDays;
import io.github.acplan.core.deadline.WithinMonths;
import io.github.acplan.core.deadline.WithinWorkingDays;
import java.io.IOException;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Deadlines to and from the plain values both Jackson lines write and read natively (maps in property
 * order, lists, strings, numbers, booleans), derived from the deadline records themselves so that a new
 * kind needs no code here but its JSON names (below) and, for a new property name, a slot in
 * {@link DeadlineShape}.
 *
 * <p>A deadline is an object whose first property is {@code "kind"}, the kind's logical name
 * ({@link DeadlineKind#id()}), followed by the record's components in declaration order, each under the
 * JSON name {@link #PROPERTY_NAMES} gives it; dates are ISO, enum constants their {@code id()} (the
 * library's enums are {@code Worded}, their ids declared beside the constants); what is absent is left
 * out: an empty {@code Optional} or {@code OptionalInt} (a year not written) and an empty list, which reads
 * back as empty. The names are declared here, not taken from the records: renaming a record component
 * in core cannot change the format, and adding or removing a component without naming it here fails
 * when this class loads (every test that writes a deadline fails) rather than changing the format
 * silently (as does a name without a slot in {@link DeadlineShape}). A deadline is written as a map of
 * plain values and read, streaming, into a {@link DeadlineShape}, whose plain values are checked here
 * with the same rules whatever the application's mapper would coerce.
 */
final class DeadlineValues {

  /**
   * The JSON names of each deadline record's components (and of the records inside deadlines), in the
   * order of the components: the format's contract, kept apart from the Java names.
   */
  private static final Map<Class<?>, List<String>> PROPERTY_NAMES = Map.ofEntries(
      Map.entry(Permanent.class, List.of("text")),
      Map.entry(Periodic.class, List.of("text", "every", "times", "minimum", "months", "year", "dates",
          "dayOfNextMonth", "daysAfterPeriod")),
      Map.entry(ByDate.class, List.of("text", "bound", "day", "month", "year")),
      Map.entry(DateRange.class, List.of("text", "form", "startYear", "startMonth", "startDay", "endYear",
          "endMonth", "endDay")),
      Map.entry(Decade.class, List.of("text", "decade", "month", "year")),
      Map.entry(DuringPeriod.class, List.of("text", "unit", "index", "years", "lastIndex")),
      Map.entry(WithinWorkingDays.class, List.of("text", "workingDays", "event")),
      Map.entry(WithinCalendarDays.class, List.of("text", "days", "event")),
      Map.entry(WithinMonths.class, List.of("text", "months", "event")),
      Map.entry(OnEvent.class, List.of("text", "event")),
      Map.entry(Statutory.class, List.of("text", "reference")),
      Map.entry(PerSchedule.class, List.of("text", "document")),
      Map.entry(Conditional.class, List.of("text", "deadline", "condition")),
      Map.entry(Composite.class, List.of("text", "joiner", "parts")),
      Map.entry(Unrecognized.class, List.of("text")));

  private static final Map<String, Class<? extends Deadline>> BY_ID = kinds();

  /** The property that names a deadline's kind, the first acplan writes. */
  private static final String KIND = "kind";
  /** {@link #KIND} as written, keeping a generator's encoded form. */
  private static final PropertyName KIND_NAME = new PropertyName(KIND);
  private static final int KIND_SLOT = DeadlineShape.NAMES.indexOf(KIND);

  private static final ClassValue<RecordShape> SHAPES = new ClassValue<>() {
    @Override
    protected RecordShape computeValue(Class<?> type) {
      return new RecordShape(type);
    }
  };

  /** A record class's components, accessors and canonical constructor, computed once per class. */
  private static final class RecordShape {
    final String[] names;
    /** The names as written, keeping a generator's encoded form ({@link PropertyName}). */
    final PropertyName[] propertyNames;
    final boolean[] optional;
    /** The accessors, each {@code (Object) -> Object}: Method.invoke checked access on every call. */
    final MethodHandle[] accessors;
    /** The canonical constructor, {@code (Object[]) -> Object}. */
    final MethodHandle constructor;
    final Set<String> known;
    /** The record class. */
    final Class<?> type;
    /** Each component's slot in {@link DeadlineShape}. */
    final int[] slots;
    /** The slots of the properties this record has, "kind" included for a deadline. */
    final long knownSlots;
    /**
     * How each component's value is read, decided once: type tests and class lookups for every value
     * cost about 3 % of reading a plan.
     */
    final ValueReader[] readers;

    RecordShape(Class<?> type) {
      this.type = type;
      RecordComponent[] components = type.getRecordComponents();
      int n = components.length;
      names = new String[n];
      propertyNames = new PropertyName[n];
      optional = new boolean[n];
      Type[] valueTypes = new Type[n];
      accessors = new MethodHandle[n];
      Class<?>[] raw = new Class<?>[n];
      Set<String> known = new LinkedHashSet<>();
      slots = new int[n];
      readers = new ValueReader[n];
      long knownSlots = 0;
      if (Deadline.class.isAssignableFrom(type)) {
        known.add(KIND);
        knownSlots |= 1L << KIND_SLOT;
      }
      for (int i = 0; i < n; i++) {
        RecordComponent rc = components[i];
        names[i] = name(type, components, i);
        propertyNames[i] = new PropertyName(names[i]);
        raw[i] = rc.getType();
        optional[i] = rc.getType() == Optional.class || rc.getType() == OptionalInt.class;
        valueTypes[i] = rc.getType() == Optional.class ? typeArgument(rc.getGenericType())
            : rc.getType() == OptionalInt.class ? int.class : rc.getGenericType();
        accessors[i] = handle(rc.getAccessor());
        readers[i] = ValueReader.of(valueTypes[i]);
        known.add(names[i]);
        slots[i] = DeadlineShape.NAMES.indexOf(names[i]);
        if (slots[i] < 0) {
          throw new IllegalStateException("The JSON property \"" + names[i] + "\" of " + type.getName()
              + " has no slot in DeadlineShape: add it there");
        }
        knownSlots |= 1L << slots[i];
      }
      this.knownSlots = knownSlots;
      try {
        constructor = MethodHandles.publicLookup().unreflectConstructor(type.getDeclaredConstructor(raw))
            .asSpreader(Object[].class, n).asType(MethodType.methodType(Object.class, Object[].class));
      } catch (NoSuchMethodException | IllegalAccessException e) {
        throw new IllegalStateException("Cannot map record " + type.getName() + " to JSON", e);
      }
      this.known = Collections.unmodifiableSet(known);
      if (n > Integer.SIZE) {
        // readStreaming marks the components read by the bits of an int
        throw new IllegalStateException(type.getName() + " has more than " + Integer.SIZE + " components");
      }
    }

    /**
     * The index of the component named {@code name}, looked for from {@code from} (at most the number of
     * components) on, then from the first; -1 if none.
     */
    int component(String name, int from) {
      for (int k = 0; k < names.length; k++) {
        int i = from + k < names.length ? from + k : from + k - names.length;
        if (names[i].equals(name)) {
          return i;
        }
      }
      return -1;
    }
  }

  /**
   * How the plain value of one component is checked and converted: its form, decided once from the
   * component's type, with what the form needs (an enum's ids, a list's element reader).
   */
  private static final class ValueReader {
    enum Form { TEXT, INTEGER, BOOLEAN, DATE, ENUM, DEADLINE, LIST }

    final Form form;
    final Class<?> raw;
    final @Nullable EnumIds ids;
    final @Nullable ValueReader element;

    private ValueReader(Form form, Class<?> raw, @Nullable EnumIds ids, @Nullable ValueReader element) {
      this.form = form;
      this.raw = raw;
      this.ids = ids;
      this.element = element;
    }

    static ValueReader of(Type type) {
      Class<?> raw = (Class<?>) (type instanceof ParameterizedType generic ? generic.getRawType() : type);
      if (raw == String.class) {
        return new ValueReader(Form.TEXT, raw, null, null);
      }
      if (raw == int.class || raw == Integer.class) {
        return new ValueReader(Form.INTEGER, raw, null, null);
      }
      if (raw == boolean.class || raw == Boolean.class) {
        return new ValueReader(Form.BOOLEAN, raw, null, null);
      }
      if (raw == LocalDate.class) {
        return new ValueReader(Form.DATE, raw, null, null);
      }
      if (raw.isEnum()) {
        return new ValueReader(Form.ENUM, raw, EnumIds.of(raw), null);
      }
      if (Deadline.class.isAssignableFrom(raw)) {
        return new ValueReader(Form.DEADLINE, raw, null, null);
      }
      if (raw == List.class) {
        return new ValueReader(Form.LIST, raw, null, of(typeArgument(type)));
      }
      throw new IllegalStateException("No JSON form for a deadline component of type " + type);
    }
  }

  /**
   * The kinds by their ids, found as enum ids are: a kind read is a new string each time, and a hash map
   * hashed all of it.
   */
  private static final EnumIds KIND_IDS = EnumIds.of(DeadlineKind.class);

  /** The shape of each deadline kind's record by the kind's ordinal, for reading. */
  private static final RecordShape[] SHAPE_BY_KIND = shapesByKind();

  private static RecordShape[] shapesByKind() {
    DeadlineKind[] kinds = DeadlineKind.values();
    RecordShape[] shapes = new RecordShape[kinds.length];
    for (DeadlineKind kind : kinds) {
      shapes[kind.ordinal()] = SHAPES.get(kind.type());
    }
    return shapes;
  }

  private DeadlineValues() {}

  private static MethodHandle handle(Method accessor) {
    try {
      return MethodHandles.publicLookup().unreflect(accessor)
          .asType(MethodType.methodType(Object.class, Object.class));
    } catch (IllegalAccessException e) {
      throw new IllegalStateException("Cannot read " + accessor + " to write JSON", e);
    }
  }

  /** The JSON name of a record's component, from {@link #PROPERTY_NAMES}. */
  private static String name(Class<?> type, RecordComponent[] components, int index) {
    List<String> names = PROPERTY_NAMES.get(type);
    if (names == null || names.size() != components.length) {
      throw new IllegalStateException("The JSON names of " + type.getName() + " are not declared for its "
          + components.length + " components: add them to DeadlineValues.PROPERTY_NAMES");
    }
    return names.get(index);
  }

  private static Map<String, Class<? extends Deadline>> kinds() {
    Map<String, Class<? extends Deadline>> map = new LinkedHashMap<>();
    for (DeadlineKind kind : DeadlineKind.values()) {
      map.put(kind.id(), kind.type());
    }
    return Collections.unmodifiableMap(map);
  }

  // ------------------------------------------------------------------ writing

  static Map<String, Object> write(Deadline deadline) {
    RecordShape shape = SHAPES.get(deadline.getClass());
    PlainObject out = new PlainObject(shape.names.length + 1);
    out.add(KIND_NAME, deadline.kind().id());
    writeComponents(out, shape, deadline);
    return out;
  }

  private static void writeComponents(PlainObject out, RecordShape shape, Object value) {
    for (int i = 0; i < shape.names.length; i++) {
      Object v = written(shape, i, value);
      if (v != null) {
        out.add(shape.propertyNames[i], plain(v));
      }
    }
  }

  /**
   * The value of a record's component {@code i} as written: an optional's value, or null for a component
   * left out (an empty optional or list).
   */
  private static @Nullable Object written(RecordShape shape, int i, Object value) {
    Object v;
    try {
      v = shape.accessors[i].invokeExact(value);
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable e) {
      throw new IllegalStateException("Cannot read " + shape.names[i] + " of " + value.getClass(), e);
    }
    if (v == null) {
      // the records refuse nulls; as plain(null) would say
      throw new IllegalStateException("No JSON form for a deadline component of type null");
    }
    if (v instanceof Optional<?> o) {
      return o.orElse(null);
    }
    if (v instanceof OptionalInt o) {
      return o.isEmpty() ? null : Integer.valueOf(o.getAsInt());
    }
    return v instanceof List<?> list && list.isEmpty() ? null : v;
  }

  /**
   * Writes a deadline's JSON object straight to the tokens: the same tokens as writing the map that
   * {@link #write} makes of it, without making it. Writing a plan writes every deadline so, as reading
   * reads them ({@link #readStreaming}): the map, its arrays and its lists, and a second walk over them, were
   * a tenth of writing the seed plan.
   */
  static void writeTo(TokenSink out, Deadline deadline) throws IOException {
    out.startObject();
    writePropertiesTo(out, deadline);
    out.endObject();
  }

  /** Writes a deadline's properties as {@link #writeTo} does, without the object's braces. */
  static void writePropertiesTo(TokenSink out, Deadline deadline) throws IOException {
    RecordShape shape = SHAPES.get(deadline.getClass());
    out.name(KIND_NAME);
    out.string(deadline.kind().id());
    writeComponentsTo(out, shape, deadline);
  }

  /** Writes a record's components as {@link #writeComponents} adds them, in the same order. */
  private static void writeComponentsTo(TokenSink out, RecordShape shape, Object value) throws IOException {
    for (int i = 0; i < shape.names.length; i++) {
      Object v = written(shape, i, value);
      if (v != null) {
        out.name(shape.propertyNames[i]);
        writePlainTo(out, v);
      }
    }
  }

  /** Writes a component's value as the writer of shapes writes what {@link #plain} makes of it. */
  private static void writePlainTo(TokenSink out, Object v) throws IOException {
    if (v instanceof String text) {
      out.string(text);
    } else if (v instanceof Integer number) {
      out.number(number.intValue());
    } else if (v instanceof Boolean truth) {
      out.bool(truth);
    } else if (v instanceof Long || v instanceof Short) {
      out.number(((Number) v).longValue());
    } else if (v instanceof LocalDate) {
      out.string(v.toString());
    } else if (v instanceof Enum<?> e) {
      out.string(enumId(e));
    } else if (v instanceof Deadline deadline) {
      writeTo(out, deadline);
    } else if (v instanceof Record) {
      out.startObject();
      writeComponentsTo(out, SHAPES.get(v.getClass()), v);
      out.endObject();
    } else if (v instanceof List<?> items) {
      out.startArray();
      for (Object item : items) {
        writePlainTo(out, item);
      }
      out.endArray();
    } else {
      throw new IllegalStateException("No JSON form for a deadline component of type "
          + (v == null ? "null" : v.getClass().getName()));
    }
  }

  /**
   * A JSON object of plain values as written: its properties in the order added, in two arrays, the names
   * as {@link PropertyName}s that keep the generator's encoded form. A {@code LinkedHashMap} hashed every
   * name and allocated a table and a node per property, 7 % of writing the seed plan; {@link ShapeWriter}
   * reads the arrays. Unmodifiable once returned.
   */
  static final class PlainObject extends AbstractMap<String, Object> {
    private final PropertyName[] propertyNames;
    private final Object[] values;
    private int size;

    PlainObject(int capacity) {
      propertyNames = new PropertyName[capacity];
      values = new Object[capacity];
    }

    /** Adds a property; the names of a record are distinct, so no lookup is needed. */
    void add(PropertyName name, Object value) {
      propertyNames[size] = name;
      values[size] = value;
      size++;
    }

    @Override
    public int size() {
      return size;
    }

    /** The name of the property at {@code index}, as {@link ShapeWriter} writes it. */
    PropertyName name(int index) {
      return propertyNames[index];
    }

    /** The value of the property at {@code index}, for {@link ShapeWriter}. */
    Object value(int index) {
      return values[index];
    }

    @Override
    public Set<Entry<String, Object>> entrySet() {
      return new AbstractSet<>() {
        @Override
        public int size() {
          return size;
        }

        @Override
        public Iterator<Entry<String, Object>> iterator() {
          return new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
              return next < size;
            }

            @Override
            public Entry<String, Object> next() {
              if (next >= size) {
                throw new NoSuchElementException();
              }
              Entry<String, Object> e = new SimpleImmutableEntry<>(propertyNames[next].text(), values[next]);
              next++;
              return e;
            }
          };
        }
      };
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
    if (v instanceof Enum<?> e) {
      return enumId(e);
    }
    if (v instanceof Deadline deadline) {
      return write(deadline);
    }
    if (v instanceof Record) {
      RecordShape shape = SHAPES.get(v.getClass());
      PlainObject out = new PlainObject(shape.names.length);
      writeComponents(out, shape, v);
      return out;
    }
    if (v instanceof List<?> items) {
      List<Object> list = new ArrayList<>();
      for (Object item : items) {
        list.add(plain(item));
      }
      return list;
    }
    throw new IllegalStateException("No JSON form for a deadline component of type "
        + (v == null ? "null" : v.getClass().getName()));
  }

  static String enumId(Enum<?> e) {
    return EnumIds.of(e.getDeclaringClass()).ids[e.ordinal()];
  }

  /** Returns the constant of an enum whose JSON id is {@code id}, or null. */
  static <E> @Nullable E enumConstantOrNull(Class<E> type, String id) {
    Object constant = EnumIds.of(type).constant(id);
    return constant == null ? null : type.cast(constant);
  }

  /** Returns the constant of an enum whose JSON id is {@code id}, or throws naming the ids. */
  static <E> E enumConstant(Class<E> type, String id, Object path) {
    EnumIds byId = EnumIds.of(type);
    Object constant = byId.constant(id);
    if (constant == null) {
      throw new JsonShapeException(path.toString(), "expected one of " + Arrays.toString(byId.ids) + "; found \""
          + id + "\"");
    }
    return type.cast(constant);
  }

  // ------------------------------------------------------------------ reading

  static Deadline read(DeadlineShape value, Object path) {
    if (value.other != null) {
      throw new JsonShapeException(join(path.toString(), value.other), "unknown property; expected one of "
          + knownOf(value.value(KIND_SLOT)));
    }
    Object kind = value.value(KIND_SLOT);
    if (!(kind instanceof String)) {
      throw new JsonShapeException(join(path.toString(), KIND), "expected the deadline's kind, one of "
          + BY_ID.keySet() + "; found " + describe(kind));
    }
    Object constant = KIND_IDS.constant((String) kind);
    RecordShape shape = constant == null ? null : SHAPE_BY_KIND[((DeadlineKind) constant).ordinal()];
    if (shape == null) {
      throw new JsonShapeException(join(path.toString(), KIND), "unknown deadline kind \"" + kind
          + "\"; expected one of " + BY_ID.keySet());
    }
    return (Deadline) readRecord(value, path, shape);
  }

  /** The properties of the kind named {@code kind}, for an error; every kind's if it names none. */
  private static Set<String> knownOf(@Nullable Object kind) {
    Class<? extends Deadline> type = BY_ID.get(kind);
    return type != null ? SHAPES.get(type).known : new LinkedHashSet<>(DeadlineShape.NAMES);
  }

  private static Object readRecord(DeadlineShape value, Object path, RecordShape shape) {
    long unknown = value.present & ~shape.knownSlots;
    if (unknown != 0) {
      String name = DeadlineShape.NAMES.get(Long.numberOfTrailingZeros(unknown));
      throw new JsonShapeException(join(path.toString(), name), "unknown property; expected one of " + shape.known);
    }
    Object[] values = new Object[shape.names.length];
    for (int i = 0; i < values.length; i++) {
      values[i] = value.value(shape.slots[i]);
    }
    return readComponents(values, path, shape);
  }

  /**
   * Makes the record from the plain values of its components, in the order of its components (null for
   * one absent), checking and converting each in that order, in place: the array becomes the
   * constructor's arguments.
   */
  private static Object readComponents(@Nullable Object[] args, Object path, RecordShape shape) {
    for (int i = 0; i < args.length; i++) {
      String name = shape.names[i];
      Object v = args[i];
      ValueReader reader = shape.readers[i];
      if (shape.optional[i]) {
        args[i] = readOptional(v, path, name, reader);
      } else if (v == null && reader.form == ValueReader.Form.LIST) {
        args[i] = List.of();
      } else if (v == null) {
        throw new JsonShapeException(join(path.toString(), name), "missing required property");
      } else {
        args[i] = readValue(v, path, name, -1, reader);
      }
    }
    try {
      return shape.constructor.invokeExact(args);
    } catch (RuntimeException e) {
      throw new JsonShapeException(path.toString(), "not a valid " + shape.type.getSimpleName() + ": "
          + e.getMessage(), e);
    } catch (Error e) {
      throw e;
    } catch (Throwable e) {
      throw new IllegalStateException("Cannot create " + shape.type.getName(), e);
    }
  }

  /**
   * Reads a deadline from the tokens, the current token being its object's start or its first property's
   * name, as reading a {@link DeadlineShape} does, but without the shape when the document is as acplan
   * writes it: {@code "kind"} first, then properties of that kind, each once. Their values are read as
   * the shape's properties read them and kept by the record's components, so nothing is looked up among
   * the 34 properties of every kind, and no setter is called (a call through one site for every property
   * of every shape, which the JIT cannot inline). At the first thing that is not so (another first
   * property, an unknown kind, a property of another kind, one named twice) it hands what it has read to a
   * shape and reads the rest as the shape does, so that every error is the one the shape gives.
   *
   * @param shapes the reader of {@link DeadlineShape}, whose properties are in the order of its slots
   * @return the deadline, or the {@link DeadlineShape} read, for the deadline binding to convert
   */
  static Object readStreaming(TokenStream t, ShapeReader shapes) throws IOException {
    String name = t.currentToken() == TokenStream.START_OBJECT ? t.nextName(KIND_NAME) : t.currentName();
    if (name == null || !name.equals(KIND)) {
      return shapes.readRest(t, shapes.newShape(), name);
    }
    Object kind = shapes.readValue(t, KIND_SLOT);
    Object constant = kind instanceof String id ? KIND_IDS.constant(id) : null;
    if (constant == null) {
      return shapes.readRest(t, handOver(shapes, kind, null, null, 0), t.nextName());
    }
    RecordShape record = SHAPE_BY_KIND[((DeadlineKind) constant).ordinal()];
    Object[] values = new Object[record.names.length];
    int read = 0;
    int next = 0;
    // each name is read telling the parser the component a document written by acplan has next
    for (name = ShapeReader.nextName(t, record.propertyNames, 0); name != null;
        name = ShapeReader.nextName(t, record.propertyNames, next)) {
      int component = record.component(name, next);
      if (component < 0 || (read & (1 << component)) != 0) {
        return shapes.readRest(t, handOver(shapes, kind, record, values, read), name);
      }
      values[component] = shapes.readValue(t, record.slots[component]);
      read |= 1 << component;
      next = component + 1;
    }
    return readComponents(values, "", record);
  }

  /**
   * A shape holding what {@link #readStreaming} has read: the kind's value, and the components whose
   * bits are set in {@code read}.
   */
  private static Object handOver(ShapeReader shapes, @Nullable Object kind, @Nullable RecordShape record,
      @Nullable Object @Nullable [] values, int read) {
    Object shape = shapes.newShape();
    shapes.set(shape, KIND_SLOT, kind);
    for (int i = 0; record != null && i < record.names.length; i++) {
      if ((read & (1 << i)) != 0) {
        shapes.set(shape, record.slots[i], values[i]);
      }
    }
    return shape;
  }

  /** An {@code OptionalInt} component has the value type {@code int}; any other optional is an Optional. */
  private static Object readOptional(@Nullable Object v, Object parent, String name, ValueReader reader) {
    if (reader.raw == int.class) {
      return v == null ? OptionalInt.empty()
          : OptionalInt.of((Integer) readValue(v, parent, name, -1, reader));
    }
    return v == null ? Optional.empty() : Optional.of(readValue(v, parent, name, -1, reader));
  }

  /**
   * Reads the plain value at {@code parent.name} (or {@code parent[index]} when {@code name} is null) as
   * {@code reader} says; the path is made only when an error names it, for building it for every value
   * read was a measurable part of reading a plan.
   */
  private static Object readValue(Object v, Object parent, @Nullable String name, int index, ValueReader reader) {
    switch (reader.form) {
      case TEXT: {
        if (!(v instanceof String s)) {
          throw expected(new Where(parent, name, index), "a string", v);
        }
        // its lone surrogates were refused as it was read (ShapeReader)
        return s;
      }
      case INTEGER:
        if (!(v instanceof Integer)) {
          throw expected(new Where(parent, name, index), "an integer", v);
        }
        return v;
      case BOOLEAN:
        if (!(v instanceof Boolean)) {
          throw expected(new Where(parent, name, index), "true or false", v);
        }
        return v;
      case DATE: {
        if (!(v instanceof String date)) {
          throw expected(new Where(parent, name, index), "an ISO date like \"2020-01-09\"", v);
        }
        try {
          return JsonMapping.isoDate(date);
        } catch (DateTimeException e) {
          throw new JsonShapeException(new Where(parent, name, index).toString(),
              "expected an ISO date like \"2020-01-09\"; found \"" + v + "\"", e);
        }
      }
      case ENUM: {
        if (!(v instanceof String id)) {
          throw expected(new Where(parent, name, index), "a string", v);
        }
        Object constant = Objects.requireNonNull(reader.ids).constant(id);
        return constant != null ? constant : enumConstant(reader.raw, id, new Where(parent, name, index));
      }
      case DEADLINE: {
        // read already, through the deadline binding, as a deadline of any kind
        if (!(v instanceof Deadline d)) {
          throw expected(new Where(parent, name, index), "a deadline object with a \"kind\"", v);
        }
        if (!reader.raw.isInstance(d)) {
          throw new JsonShapeException(join(new Where(parent, name, index).toString(), KIND),
              "expected a deadline of kind \"" + kindOf(reader.raw) + "\" here; found \"" + d.kind().id() + "\"");
        }
        return d;
      }
      case LIST: {
        Where path = new Where(parent, name, index);
        if (!(v instanceof List<?> items)) {
          throw expected(path, "an array", v);
        }
        ValueReader element = Objects.requireNonNull(reader.element);
        List<Object> list = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
          Object item = items.get(i);
          if (item == null) {
            throw expected(new Where(path, null, i), "a value", null);
          }
          list.add(readValue(item, path, null, i, element));
        }
        return Collections.unmodifiableList(list);
      }
      default:
        throw new IllegalStateException("No JSON form " + reader.form);
    }
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

  /**
   * A place inside a deadline, rendered as a path only when an error names it: building the path of
   * every component read was a measurable part of reading a plan.
   *
   * @param parent the enclosing path, a String or a Where
   * @param name the property, or null for an index
   * @param index the index in an array, when name is null
   */
  private record Where(Object parent, @Nullable String name, int index) {
    @Override
    public String toString() {
      return name == null ? parent + "[" + index + "]" : join(parent.toString(), name);
    }
  }

  static String join(String path, String name) {
    return path.isEmpty() ? name : path + "." + name;
  }

  private static JsonShapeException expected(Object path, String what, Object found) {
    return new JsonShapeException(path.toString(), "expected " + what + "; found " + describe(found));
  }

  /** Describes a plain value found where another was expected, as the plan format's errors do. */
  static String describe(@Nullable Object v) {
    if (v == null) {
      return "nothing";
    }
    if (v instanceof String text) {
      return "the string \"" + (text.length() > 40 ? text.substring(0, 37) + "…" : text) + "\"";
    }
    if (v instanceof Boolean || v instanceof Number) {
      return (v instanceof Number ? "the number " : "") + v;
    }
    if (v instanceof List) {
      return "an array";
    }
    return v instanceof Map || v instanceof Deadline ? "an object" : "a value";
  }
}
