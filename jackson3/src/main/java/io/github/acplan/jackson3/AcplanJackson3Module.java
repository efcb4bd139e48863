package io.github.acplan.jackson3;

import io.github.acplan.json.mapping.JsonMapping;
import io.github.acplan.json.mapping.JsonShapeException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.Version;
import tools.jackson.core.type.WritableTypeId;
import java.util.List;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.jsontype.TypeSerializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * A Jackson 3 module that writes and reads acplan's model in acplan's JSON format (the format of
 * {@code PlanJson} in acplan-serialization): {@code Plan}, {@code Section}, {@code Measure},
 * {@code MeasureNumber} (a string such as {@code "1.2"}), {@code PlanPeriod}, {@code Deadline} of every
 * kind, {@code Responsible}, {@code Actor}, {@code CorruptionRisk} and {@code RiskScale}, and monitoring
 * status files ({@code ExecutionReport}, {@code MeasureExecution}, {@code ReportingPeriod}), inside any
 * value of the application's own; and, written only, the results: {@code ValidationReport} and
 * {@code Finding}, {@code MonitoringResult}, a schedule's {@code DueItem} and a diff's {@code Change}
 * (a whole diff through {@link JsonMapping#diff(java.util.List)}).
 *
 * <p>It is registered through {@link java.util.ServiceLoader}, so
 * {@code JsonMapper.builder().findAndAddModules().build()} finds it; or add it with
 * {@code JsonMapper.builder().addModule(new AcplanJackson3Module())}. The mapping is the one of
 * acplan-json-mapping ({@link JsonMapping}), shared with the Jackson 2 module of acplan-serialization, so
 * both lines write and read the same JSON. Reading is strict where the format is, whatever the application's
 * mapper would coerce: a string where the format has a number (or the reverse), a single value for an
 * array, a property named twice, a missing required property, a lone surrogate or a value that breaks the
 * model's invariants is a {@link tools.jackson.databind.DatabindException} whose path leads to the value.
 * So is an unknown property, although Jackson 3 (and Spring Boot) leave
 * {@code DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES} off: skipping it would drop what the document
 * says, a property misspelt by hand for one. For the library's own limits on untrusted input, use
 * {@code PlanJson}.
 */
public final class AcplanJackson3Module extends SimpleModule {
  private static final long serialVersionUID = 1L;

  /** Creates the module; {@link java.util.ServiceLoader} calls this. */
  public AcplanJackson3Module() {
    super("acplan", Version.unknownVersion());
    for (JsonMapping.Binding<?> binding : JsonMapping.bindings()) {
      register(binding);
    }
  }

  private <M> void register(JsonMapping.Binding<M> binding) {
    addSerializer(binding.modelType(), new ShapeSerializer<>(binding));
    if (binding.readable()) {
      addDeserializer(binding.modelType(), new ShapeDeserializer<>(binding));
    }
  }

  /**
   * Writes a model value as its JSON shape, through the mapping's writer of shapes
   * ({@link JsonMapping.Binding#writeTo}): the format's tokens whatever the mapper's inclusion or naming.
   */
  private static final class ShapeSerializer<M> extends ValueSerializer<M> {
    private final JsonMapping.Binding<M> binding;

    ShapeSerializer(JsonMapping.Binding<M> binding) {
      this.binding = binding;
    }

    @Override
    public void serialize(M value, JsonGenerator g, SerializationContext ctxt) {
      write(value, g, false);
    }

    /**
     * Writes the value with the type id a mapper's default typing asks for (a cache's mapper, say): the
     * model type's, so that the value is read back by this module (a {@code Permanent} as a
     * {@code Deadline}); inside the value the format has none.
     */
    @Override
    public void serializeWithType(M value, JsonGenerator g, SerializationContext ctxt, TypeSerializer typeSer) {
      boolean object = binding.writtenAsObject();
      WritableTypeId id = typeSer.writeTypePrefix(g, ctxt,
          typeSer.typeId(value, binding.modelType(), object ? JsonToken.START_OBJECT : JsonToken.VALUE_STRING));
      write(value, g, object);
      typeSer.writeTypeSuffix(g, ctxt, id);
    }

    /** Writes the value, or only its properties inside an object the type id opened. */
    private void write(M value, JsonGenerator g, boolean propertiesOnly) {
      try {
        if (propertiesOnly) {
          binding.writePropertiesTo(new Jackson3Sink(g), value);
        } else {
          binding.writeTo(new Jackson3Sink(g), value);
        }
      } catch (java.io.IOException e) {
        // Jackson 3's generator throws no checked exception, so its sink never does
        throw new java.io.UncheckedIOException(e);
      }
    }
  }

  /**
   * Reads a model value's JSON shape, streaming, through the mapping's reader of shapes
   * ({@link JsonMapping.Binding#readFrom}), and converts it.
   */
  private static final class ShapeDeserializer<M> extends ValueDeserializer<M> {
    private final JsonMapping.Binding<M> binding;

    ShapeDeserializer(JsonMapping.Binding<M> binding) {
      this.binding = binding;
    }

    @Override
    public M deserialize(JsonParser p, DeserializationContext ctxt) {
      try {
        return binding.readFrom(new Jackson3Tokens(p));
      } catch (JsonShapeException e) {
        throw error(p, e);
      } catch (java.io.IOException e) {
        // Jackson 3's parser throws no checked exception, so its tokens never do
        throw new java.io.UncheckedIOException(e);
      }
    }

    /** Jackson's error for a value the mapping refused, with the path inside the value. */
    private DatabindException error(JsonParser p, JsonShapeException e) {
      DatabindException error = MismatchedInputException.from(p, binding.modelType(), e.getMessage());
      List<Object> steps = e.pathSteps();
      for (int i = steps.size() - 1; i >= 0; i--) {
        Object step = steps.get(i);
        if (step instanceof Integer integer) {
          error.prependPath(null, integer);
        } else {
          error.prependPath(null, (String) step);
        }
      }
      return error;
    }
  }
}
