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
    addSerializer(Plan.class, new PlanSerializer());
    addDeserializer(Plan.class, new PlanDeserializer());
    addSerializer(Deadline.class, new DeadlineSerializer());
    addDeserializer(Deadline.class, new DeadlineDeserializer());
    addSerializer(Measure.class, new MeasureSerializer());
    addSerializer(ExecutionReport.class, new ExecutionReportSerializer());
    addDeserializer(ExecutionReport.class, new ExecutionReportDeserializer());
  }

  private static final class ExecutionReportSerializer extends JsonSerializer<ExecutionReport> {
    @Override
    public void serialize(ExecutionReport value, JsonGenerator g, SerializerProvider provider)
        throws IOException {
      ExecutionReportJson.write(g, value);
    }
  }

  private static final class ExecutionReportDeserializer extends JsonDeserializer<ExecutionReport> {
    @Override
    public ExecutionReport deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      JsonNode node = p.readValueAsTree();
      try {
        return ExecutionReportJson.read(node);
      } catch (PlanFormatException e) {
        throw JsonMappingException.from(p, e.getMessage(), e);
      }
    }
  }

  private static final class PlanSerializer extends JsonSerializer<Plan> {
    @Override
    public void serialize(Plan value, JsonGenerator g, SerializerProvider provider) throws IOException {
      PlanJsonMapping.write(g, value);
    }
  }

  private static final class MeasureSerializer extends JsonSerializer<Measure> {
    @Override
    public void serialize(Measure value, JsonGenerator g, SerializerProvider provider) throws IOException {
      PlanJsonMapping.write(g, value);
    }
  }

  private static final class DeadlineSerializer extends JsonSerializer<Deadline> {
    @Override
    public void serialize(Deadline value, JsonGenerator g, SerializerProvider provider) throws IOException {
      DeadlineJson.write(g, value);
    }
  }

  private static final class PlanDeserializer extends JsonDeserializer<Plan> {
    @Override
    public Plan deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      JsonNode node = p.readValueAsTree();
      try {
        return PlanJsonMapping.read(node);
      } catch (PlanFormatException e) {
        throw JsonMappingException.from(p, e.getMessage(), e);
      }
    }
  }

  private static final class DeadlineDeserializer extends JsonDeserializer<Deadline> {
    @Override
    public Deadline deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      JsonNode node = p.readValueAsTree();
      try {
        return DeadlineJson.read(node, JsonPath.ROOT);
      } catch (PlanFormatException e) {
        throw JsonMappingException.from(p, e.getMessage(), e);
      }
    }
  }
}
