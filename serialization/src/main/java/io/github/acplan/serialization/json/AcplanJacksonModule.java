package io.github.acplan.serialization.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.github.acplan.core.Measure;
import io.github.acplan.core.Plan;
import io.github.acplan.core.deadline.Deadline;
import io.github.acplan.core.monitoring.ExecutionReport;
import io.github.acplan.serialization.PlanFormatException;
import java.io.IOException;

/**
 * A Jackson module that lets an application's own {@code ObjectMapper} write and read acplan values in
 * the format of {@link PlanJson}: {@link Plan} (both ways), {@link Deadline} (both ways) and
 * {@link Measure} (writing); and monitoring reports in the format of {@link ExecutionReportJson}
 * ({@link ExecutionReport}, both ways).
 *
 * <p>Register it with {@code JsonMapper.builder().addModule(new AcplanJacksonModule()).build()}. The model
 * carries no Jackson annotations: the mapping lives here. A reading error is a
 * {@link JsonMappingException} whose cause is the {@link PlanFormatException} with the JSON path inside
 * the value; use {@link PlanJson} and {@link ExecutionReportJson} for the library's own limits and
 * exception.
 */
public final class AcplanJacksonModule extends SimpleModule {
  private static final long serialVersionUID = 1L;

  /** Creates the module. */
  public AcplanJacksonModule() {
    super("acplan", Version.unknownVersion());
    addSerializer(Plan.class, new Writing<>(PlanJsonMapping::write));
    addDeserializer(Plan.class, new Reading<>(PlanJsonMapping::read));
    addSerializer(Deadline.class, new Writing<>(DeadlineJson::write));
    addDeserializer(Deadline.class, new Reading<>(node -> DeadlineJson.read(node, JsonPath.ROOT)));
    addSerializer(Measure.class, new Writing<Measure>(PlanJsonMapping::write));
    addSerializer(ExecutionReport.class, new Writing<>(ExecutionReportJson::write));
    addDeserializer(ExecutionReport.class, new Reading<>(ExecutionReportJson::read));
  }

  /** How acplan writes a value of one type onto a generator. */
  @FunctionalInterface
  private interface Writer<T> {
    void write(JsonGenerator g, T value) throws IOException;
  }

  /** How acplan reads a value of one type from a tree, with a JSON path in its errors. */
  @FunctionalInterface
  private interface TreeReader<T> {
    T read(JsonNode node) throws PlanFormatException;
  }

  /** A serializer that hands the value to acplan's own writer. */
  private static final class Writing<T> extends JsonSerializer<T> {
    private final Writer<T> writer;

    Writing(Writer<T> writer) {
      this.writer = writer;
    }

    @Override
    public void serialize(T value, JsonGenerator g, SerializerProvider provider) throws IOException {
      writer.write(g, value);
    }
  }

  /**
   * A deserializer that reads the value as a tree with acplan's strict reader; its
   * {@link PlanFormatException} becomes Jackson's {@link JsonMappingException}, message kept.
   */
  private static final class Reading<T> extends JsonDeserializer<T> {
    private final TreeReader<T> reader;

    Reading(TreeReader<T> reader) {
      this.reader = reader;
    }

    @Override
    public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      JsonNode node = p.readValueAsTree();
      try {
        return reader.read(node);
      } catch (PlanFormatException e) {
        throw JsonMappingException.from(p, e.getMessage(), e);
      }
    }
  }
}
