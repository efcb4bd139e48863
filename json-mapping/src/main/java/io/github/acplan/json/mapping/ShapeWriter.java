package io.github.acplan.json.mapping;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.github.acplan.core.deadline.Deadline;
import java.io.IOException;
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

  /**
   * How values of each class are written, found once per class: an interface {@code instanceof} for every
   * value (a list? a map? a deadline?) scanned the class's interfaces each time.
   */
  private static final ClassValue<ClassWriter> WRITERS = new ClassValue<>() {
    @Override
    protected ClassWriter computeValue(Class<?> type) {
      if (List.class.isAssignableFrom(type)) {
        return LIST;
      }
      if (Map.class.isAssignableFrom(type)) {
        return MAP;
      }
      for (JsonMapping.Binding<?> b : JsonMapping.bindings()) {
        // a model value (a Permanent is a Deadline); the diff's object, bound to itself, is a shape
        if (b.modelType().isAssignableFrom(type) && b.shapeType() != type) {
          return new Bound(b);
        }
      }
      return new Layout(type);
    }
  };

  private static final ClassWriter LIST = new ClassWriter() {
    @Override
    void write(TokenSink out, Object value) throws IOException {
      out.startArray();
      for (Object element : (List<?>) value) {
        ShapeWriter.write(out, element);
      }
      out.endArray();
    }
  };

  private static final ClassWriter MAP = new ClassWriter() {
    @Override
    void writeProperties(TokenSink out, Object value) throws IOException {
      if (value instanceof DeadlineValues.PlainObject plain) {
        // a deadline's values, the most frequent map: its arrays, without an entry object for each
        for (int i = 0; i < plain.size(); i++) {
          out.name(plain.name(i));
          ShapeWriter.write(out, plain.value(i));
        }
        return;
      }
      for (Map.Entry<?, ?> e : ((Map<?, ?>) value).entrySet()) {
        out.name((String) e.getKey());
        ShapeWriter.write(out, e.getValue());
      }
    }
  };

  private ShapeWriter() {}

  /** Writes a value: a scalar, a list, a map of plain values, a model value or a shape. */
  static void write(TokenSink out, @Nullable Object value) throws IOException {
    if (value == null) {
      out.nullValue();
      return;
    }
    // the scalars by their final classes, compared at once
    Class<?> type = value.getClass();
    if (type == String.class) {
      out.string((String) value);
    } else if (type == Integer.class || type == Short.class) {
      // an int as an int: a tree made of the tokens keeps the type, and a long would not read back as int
      out.number(((Number) value).intValue());
    } else if (type == Long.class) {
      out.number(((Long) value).longValue());
    } else if (type == Boolean.class) {
      out.bool((Boolean) value);
    } else if (type == BigDecimal.class) {
      out.number((BigDecimal) value);
    } else {
      WRITERS.get(type).write(out, value);
    }
  }

  /**
   * Writes the properties of a value written as an object, without its braces: for a type id that
   * Jackson's default typing writes inside the object ({@code "@class"}).
   */
  static void writeProperties(TokenSink out, Object objectValue) throws IOException {
    WRITERS.get(objectValue.getClass()).writeProperties(out, objectValue);
  }

  /** How the values of one class are written. */
  private abstract static class ClassWriter {
    /** Writes a value; an object's braces around its properties unless overridden. */
    void write(TokenSink out, Object value) throws IOException {
      out.startObject();
      writeProperties(out, value);
      out.endObject();
    }

    /** Writes the properties of a value written as an object. */
    void writeProperties(TokenSink out, Object value) throws IOException {
      throw new IllegalStateException(value.getClass().getName() + " is not written as an object");
    }
  }

  /**
   * A model value, written as the shape its binding makes of it; a deadline straight from its record, as
   * {@link DeadlineValues#writeTo} writes the same tokens without making the map of its values.
   */
  private static final class Bound extends ClassWriter {
    private final JsonMapping.Binding<?> binding;
    private final boolean deadline;

    Bound(JsonMapping.Binding<?> binding) {
      this.binding = binding;
      this.deadline = binding.modelType() == Deadline.class;
    }

    @Override
    void write(TokenSink out, Object value) throws IOException {
      if (deadline) {
        DeadlineValues.writeTo(out, (Deadline) value);
      } else {
        ShapeWriter.write(out, shape(binding, value));
      }
    }

    @Override
    void writeProperties(TokenSink out, Object value) throws IOException {
      if (deadline) {
        DeadlineValues.writePropertiesTo(out, (Deadline) value);
      } else {
        ShapeWriter.writeProperties(out, shape(binding, value));
      }
    }

    @SuppressWarnings("unchecked")
    private static <M> Object shape(JsonMapping.Binding<M> binding, Object value) {
      return binding.write((M) value);
    }
  }

  /** The properties of one shape class, in the order they are written. */
  private static final class Layout extends ClassWriter {
    private final Property[] properties;

    Layout(Class<?> type) {
      if (type.getEnclosingClass() != Shapes.class) {
        throw new IllegalStateException("No JSON form for " + type.getName()
            + ": it is neither a model value with a binding nor one of the mapping's shapes");
      }
      List<Field> fields = new ArrayList<>();
      for (Field f : type.getDeclaredFields()) {
        if (!Modifier.isStatic(f.getModifiers())
            && (f.isAnnotationPresent(JsonProperty.class) || f.isAnnotationPresent(JsonUnwrapped.class))) {
          fields.add(f);
        }
      }
      // as Jackson orders them: the names @JsonPropertyOrder gives first, then the others as declared
      List<Field> ordered = new ArrayList<>(fields);
      ordered.sort(Comparator.comparing(Layout::name, Shapes.propertyOrder(type))
          .thenComparingInt(fields::indexOf));
      JsonInclude classInclusion = type.getAnnotation(JsonInclude.class);
      properties = new Property[ordered.size()];
      for (int i = 0; i < properties.length; i++) {
        Field f = ordered.get(i);
        JsonInclude inclusion = f.isAnnotationPresent(JsonInclude.class) ? f.getAnnotation(JsonInclude.class)
            : classInclusion;
        properties[i] = new Property(name(f), readable(f),
            inclusion != null && inclusion.value() == JsonInclude.Include.NON_NULL,
            f.isAnnotationPresent(JsonUnwrapped.class));
      }
    }

    /** The property's name: its {@code @JsonProperty}'s, or the field's for an unwrapped one. */
    private static String name(Field f) {
      JsonProperty p = f.getAnnotation(JsonProperty.class);
      return p != null ? p.value() : f.getName();
    }

    /**
     * The field, made readable: a record's fields are private. Read by reflection, as Jackson's bean
     * serializer read them: a method handle held in a field is no constant to the JIT, and each call went
     * through its lambda forms.
     */
    private static Field readable(Field f) {
      f.setAccessible(true);
      return f;
    }

    @Override
    void writeProperties(TokenSink out, Object shape) throws IOException {
      for (Property p : properties) {
        Object value = p.get(shape);
        if (p.unwrapped) {
          if (value != null) {
            ShapeWriter.writeProperties(out, value);
          }
        } else if (value != null || !p.nonNull) {
          out.name(p.name);
          ShapeWriter.write(out, value);
        }
      }
    }
  }

  /** A property of a shape and how it is written. */
  private static final class Property {
    final PropertyName name;
    final Field field;
    /** Whether a null is left out rather than written ({@code @JsonInclude(NON_NULL)}). */
    final boolean nonNull;
    /** Whether the value's own properties are written in its place ({@code @JsonUnwrapped}). */
    final boolean unwrapped;

    Property(String name, Field field, boolean nonNull, boolean unwrapped) {
      this.name = new PropertyName(name);
      this.field = field;
      this.nonNull = nonNull;
      this.unwrapped = unwrapped;
    }

    @Nullable Object get(Object shape) {
      try {
        return field.get(shape);
      } catch (IllegalAccessException e) {
        throw new IllegalStateException("Cannot read " + name + " of " + shape.getClass().getName(), e);
      }
    }
  }
}
