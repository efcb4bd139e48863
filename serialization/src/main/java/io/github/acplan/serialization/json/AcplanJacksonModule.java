package io.github.acplan.serialization.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.core.type.WritableTypeId;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.jsontype.TypeSerializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.github.acplan.json.mapping.JsonMapping;
import io.github.acplan.json.mapping.JsonShapeException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.io.IOException;
import java.util.List;

/**
 * A Jackson 2 module that lets an application's own {@code ObjectMapper} write and read acplan values in
 * the format of {@link PlanJson}: {@code Plan}, {@code Section}, {@code Measure}, {@code MeasureNumber}
 * (a string such as {@code "1.2"}), {@code PlanPeriod}, {@code Deadline} of every kind,
 * {@code Responsible}, {@code Actor}, {@code CorruptionRisk} and {@code RiskScale}; monitoring reports
 * in the format of {@link ExecutionReportJson} ({@code ExecutionReport}, {@code MeasureExecution},
 * {@code ReportingPeriod}, a string such as {@code "2020-H1"}); and, written only, the results:
 * {@code ValidationReport} and {@code Finding} ({@link ValidationReportJson}), {@code MonitoringResult}
 * ({@link MonitoringResultJson}), a schedule's {@code DueItem} and a diff's {@code Change}
 * ({@link DiffJson}).
 *
 * <p>It is registered through {@link java.util.ServiceLoader}, so
 * {@code new ObjectMapper().findAndRegisterModules()} finds it; or add it with
 * {@code JsonMapper.builder().addModule(new AcplanJacksonModule()).build()}. The model carries no Jackson
 * annotations: the mapping is the one of acplan-json-mapping, shared with the Jackson 3 module of
 * acplan-jackson3, so that both Jackson lines write and read the same JSON. Reading is strict where the
 * format is, whatever the application's mapper would coerce (a string for a number or the reverse, a single
 * value for an array, a property named twice, a lone surrogate, an unknown property even when the mapper
 * disables {@code DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES}, as Spring Boot's does, since skipping it
 * would drop what the document says): a reading error is a {@link JsonMappingException} whose path leads to
 * the value. Use {@link PlanJson} and {@link ExecutionReportJson} for the library's own limits and exception.
 */
public final class AcplanJacksonModule extends SimpleModule {
  private static final long serialVersionUID = 1L;

  /** Creates the module; {@link java.util.ServiceLoader} calls this. */
  public AcplanJacksonModule() {
    super("acplan", Version.unknownVersion());
    for (JsonMapping.Binding<?> binding : JsonMapping.bindings()) {
      register(binding);
    }
  }

  /**
   * The module's identity: one instance per mapper, whichever way it was registered, so that
   * {@code findAndRegisterModules()} after {@code addModule} does not register it twice.
   *
   * @return the module's name
   */
  @Override
  public Object getTypeId() {
    return AcplanJacksonModule.class.getName();
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
  private static final class ShapeSerializer<M> extends JsonSerializer<M> {
    private final JsonMapping.Binding<M> binding;

    ShapeSerializer(JsonMapping.Binding<M> binding) {
      this.binding = binding;
    }

    @Override
    public void serialize(M value, JsonGenerator g, SerializerProvider provider) throws IOException {
      try (Jackson2Sink sink = new Jackson2Sink(g)) {
        binding.writeTo(sink, value);
      }
    }

    /**
     * Writes the value with the type id a mapper's default typing asks for (a cache's mapper, say): the
     * model type's, so that the value is read back by this module (a {@code Permanent} as a
     * {@code Deadline}); inside the value the format has none.
     */
    @Override
    public void serializeWithType(M value, JsonGenerator g, SerializerProvider provider, TypeSerializer typeSer)
        throws IOException {
      boolean object = binding.writtenAsObject();
      WritableTypeId id = typeSer.writeTypePrefix(g,
          typeSer.typeId(value, binding.modelType(), object ? JsonToken.START_OBJECT : JsonToken.VALUE_STRING));
      try (Jackson2Sink sink = new Jackson2Sink(g)) {
        if (object) {
          binding.writePropertiesTo(sink, value);
        } else {
          binding.writeTo(sink, value);
        }
      }
      typeSer.writeTypeSuffix(g, id);
    }
  }

  /**
   * Reads a model value's JSON shape, streaming, through the mapping's reader of shapes
   * ({@link JsonMapping.Binding#readFrom}), and converts it.
   */
  private static final class ShapeDeserializer<M> extends JsonDeserializer<M> {
    private final JsonMapping.Binding<M> binding;

    ShapeDeserializer(JsonMapping.Binding<M> binding) {
      this.binding = binding;
    }

    @Override
    public M deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      try {
        // set by PlanJson's own readers of a text found to hold no surrogate; absent in an application's
        boolean withoutSurrogates = ctxt.getAttribute(PlanJson.TEXT_WITHOUT_SURROGATES) == Boolean.TRUE;
        return binding.readFrom(new Jackson2Tokens(p, withoutSurrogates));
      } catch (JsonShapeException e) {
        throw error(p, e);
      }
    }

    /** Jackson's error for a value the mapping refused, with the path inside the value. */
    private JsonMappingException error(JsonParser p, JsonShapeException e) {
      JsonMappingException error = MismatchedInputException.from(p, binding.modelType(), e.getMessage());
      List<Object> steps = e.pathSteps();
      for (int i = steps.size() - 1; i >= 0; i--) {
        Object step = steps.get(i);
        error.prependPath(step instanceof Integer index
            ? new JsonMappingException.Reference(null, index)
            : new JsonMappingException.Reference(null, (String) step));
      }
      return error;
    }
  }
}
