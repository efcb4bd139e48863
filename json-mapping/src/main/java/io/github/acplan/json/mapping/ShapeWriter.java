package io.github.acplan.json.mapping;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.io.IOException;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Writes a model value's shape to a {@link TokenSink}, driven by the shapes' own annotations, as
 * {@link ShapeReader} reads it: each {@code @JsonProperty} field is a property, in the order of
 * {@code @JsonPropertyOrder} and then of declaration; {@code @JsonInclude(NON_NULL)} leaves a null out,
 * any other null is written; {@code @JsonUnwrapped} writes a shape's properties into the enclosing
 * object. A model value inside a shape is written through its type's {@link JsonMapping.Binding}.
 *
 * <p>Why not Jackson's bean serializer, as before: its output depends on the application's mapper. A
 * property inclusion of {@code NON_EMPTY} (a common Spring Boot setting) left out the empty lists and
 * texts a plan must have, so that the mapper could not read back what it wrote; a naming strategy with
 * {@code ALLOW_EXPLICIT_PROPERTY_RENAMING} renamed the format's properties; default typing failed. The
 * format is a contract: the same tokens whatever the mapper, as PlanJson writes them (the goldens).
 */
final class ShapeWriter {

  /** How each shape class is written, built at first use from its annotations. */
  private static final ClassValue<Layout> LAYOUTS = new ClassValue<>() {
    @Override
    protected Layout computeValue(Class<?> type) {
      return new Layout(type);
    }
  };

  /** The binding of each model class met while writing (a deadline's record class, say), or none. */
  private static final ClassValue<JsonMapping.@Nullable Binding<?>[]> BINDINGS = new ClassValue<>() {
    @Override
    protected JsonMapping.@Nullable Binding<?>[] computeValue(Class<?> type) {
      for (JsonMapping.Binding<?> b : JsonMapping.bindings()) {
        if (b.modelType().isAssignableFrom(type)) {
          return new JsonMapping.Binding<?>[] {b};
        }
      }
      return new JsonMapping.Binding<?>[] {null};
    }
  };

  private ShapeWriter() {}

  /** Writes a value: a scalar, a list, a map of plain values, a model value or a shape. */
  static void write(TokenSink out, @Nullable Object value) throws IOException {
    if (value == null) {
      out.nullValue();
    } else if (value instanceof String s) {
      out.string(s);
    } else if (value instanceof Integer || value instanceof Long || value instanceof Short) {
      out.number(((Number) value).longValue());
    } else if (value instanceof Boolean b) {
      out.bool(b);
    } else if (value instanceof BigDecimal d) {
      out.number(d);
    } else if (value instanceof List<?> list) {
      out.startArray();
      for (Object element : list) {
        write(out, element);
      }
      out.endArray();
    } else if (value instanceof Map<?, ?> map) {
      out.startObject();
      writeEntries(out, map);
      out.endObject();
    } else {
      Object shape = shapeOf(value);
      if (shape != value) {
        write(out, shape);
      } else {
        out.startObject();
        LAYOUTS.get(value.getClass()).writeProperties(out, value);
        out.endObject();
      }
    }
  }

  /**
   * Writes the properties of a value written as an object, without its braces: for a type id that
   * Jackson's default typing writes inside the object ({@code "@class"}).
   */
  static void writeProperties(TokenSink out, Object objectValue) throws IOException {
    if (objectValue instanceof Map<?, ?> map) {
      writeEntries(out, map);
      return;
    }
    Object shape = shapeOf(objectValue);
    if (shape != objectValue) {
      writeProperties(out, shape);
    } else {
      LAYOUTS.get(objectValue.getClass()).writeProperties(out, objectValue);
    }
  }

  /** The shape of a model value, through its binding; a shape (or the diff's, bound to itself) as it is. */
  private static Object shapeOf(Object value) {
    JsonMapping.Binding<?> binding = BINDINGS.get(value.getClass())[0];
    return binding == null ? value : writeShape(binding, value);
  }

  @SuppressWarnings("unchecked")
  private static <M> Object writeShape(JsonMapping.Binding<M> binding, Object value) {
    return binding.write((M) value);
  }

  private static void writeEntries(TokenSink out, Map<?, ?> map) throws IOException {
    for (Map.Entry<?, ?> e : map.entrySet()) {
      out.name((String) e.getKey());
      write(out, e.getValue());
    }
  }

  /** The properties of one shape class, in the order they are written. */
  private static final class Layout {
    private final Property[] properties;

    Layout(Class<?> type) {
      if (type.getEnclosingClass() != Shapes.class && type != DeadlineShape.class) {
        throw new IllegalStateException("No JSON form for " + type.getName()
            + ": it is neither a model value with a binding nor one of the mapping's shapes");
      }
      MethodHandles.Lookup lookup = MethodHandles.lookup();
      List<Field> fields = new ArrayList<>();
      for (Field f : type.getDeclaredFields()) {
        if (!Modifier.isStatic(f.getModifiers())
            && (f.isAnnotationPresent(JsonProperty.class) || f.isAnnotationPresent(JsonUnwrapped.class))) {
          fields.add(f);
        }
      }
      // as Jackson orders them: the names @JsonPropertyOrder gives first, then the others as declared
      List<String> order = List.of(type.isAnnotationPresent(JsonPropertyOrder.class)
          ? type.getAnnotation(JsonPropertyOrder.class).value() : new String[0]);
      List<Field> ordered = new ArrayList<>(fields);
      ordered.sort(Comparator.comparingInt((Field f) -> {
        int i = order.indexOf(name(f));
        return i < 0 ? Integer.MAX_VALUE : i;
      }).thenComparingInt(fields::indexOf));
      JsonInclude classInclusion = type.getAnnotation(JsonInclude.class);
      properties = new Property[ordered.size()];
      for (int i = 0; i < properties.length; i++) {
        Field f = ordered.get(i);
        JsonInclude inclusion = f.isAnnotationPresent(JsonInclude.class) ? f.getAnnotation(JsonInclude.class)
            : classInclusion;
        properties[i] = new Property(name(f), getter(lookup, type, f),
            inclusion != null && inclusion.value() == JsonInclude.Include.NON_NULL,
            f.isAnnotationPresent(JsonUnwrapped.class));
      }
    }

    /** The property's name: its {@code @JsonProperty}'s, or the field's for an unwrapped one. */
    private static String name(Field f) {
      JsonProperty p = f.getAnnotation(JsonProperty.class);
      return p != null ? p.value() : f.getName();
    }

    /** A record's accessor (its fields are private), or a class's package-private field. */
    private static MethodHandle getter(MethodHandles.Lookup lookup, Class<?> type, Field f) {
      try {
        MethodHandle h = type.isRecord() ? lookup.unreflect(type.getDeclaredMethod(f.getName()))
            : lookup.unreflectGetter(f);
        return h.asType(MethodType.methodType(Object.class, Object.class));
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException("Cannot read " + f.getName() + " of " + type.getName(), e);
      }
    }

    void writeProperties(TokenSink out, Object shape) throws IOException {
      for (Property p : properties) {
        Object value = p.get(shape);
        if (p.unwrapped) {
          if (value != null) {
            LAYOUTS.get(value.getClass()).writeProperties(out, value);
          }
        } else if (value != null || !p.nonNull) {
          out.name(p.name);
          write(out, value);
        }
      }
    }
  }

  /** A property of a shape and how it is written. */
  private static final class Property {
    final String name;
    final MethodHandle getter;
    /** Whether a null is left out rather than written ({@code @JsonInclude(NON_NULL)}). */
    final boolean nonNull;
    /** Whether the value's own properties are written in its place ({@code @JsonUnwrapped}). */
    final boolean unwrapped;

    Property(String name, MethodHandle getter, boolean nonNull, boolean unwrapped) {
      this.name = name;
      this.getter = getter;
      this.nonNull = nonNull;
      this.unwrapped = unwrapped;
    }

    @Nullable Object get(Object shape) {
      try {
        return getter.invokeExact(shape);
      } catch (RuntimeException | Error e) {
        throw e;
      } catch (Throwable e) {
        throw new IllegalStateException("Cannot read " + name + " of " + shape.getClass().getName(), e);
      }
    }
  }
}
