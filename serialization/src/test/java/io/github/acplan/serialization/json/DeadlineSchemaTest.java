package io.github.acplan.serialization.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.acplan.core.deadline.Deadline;
import io.github.acplan.core.deadline.DeadlineKind;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/**
 * Keeps the deadline part of the published schema true: it is derived here from the deadline records
 * (the same reflection as the mapping) and must equal the schema file's definitions.
 */
class DeadlineSchemaTest {

  private static final JsonNodeFactory F = JsonNodeFactory.instance;
  private static final Path SCHEMA_SOURCE = Path.of("src/main/resources/io/github/acplan/plan.schema.json");

  /** The definitions the records imply: "deadline" (one of the kinds) and "deadline-ID" per kind. */
  static ObjectNode expectedDefinitions() {
    ObjectNode defs = F.objectNode();
    ObjectNode deadline = defs.putObject("deadline");
    deadline.put("description", "A deadline: \"kind\" names the kind, \"text\" keeps the original text, "
        + "the other properties are the components of the kind.");
    deadline.put("type", "object");
    deadline.putArray("required").add("kind").add("text");
    ArrayNode oneOf = deadline.putArray("oneOf");
    for (DeadlineKind kind : DeadlineKind.values()) {
      oneOf.addObject().put("$ref", "#/$defs/deadline-" + kind.id());
    }
    for (DeadlineKind kind : DeadlineKind.values()) {
      ObjectNode def = defs.putObject("deadline-" + kind.id());
      def.put("type", "object");
      def.put("additionalProperties", false);
      ArrayNode required = def.putArray("required").add("kind");
      ObjectNode properties = def.putObject("properties");
      properties.putObject("kind").put("const", kind.id());
      for (RecordComponent rc : kind.type().getRecordComponents()) {
        Type type = rc.getGenericType();
        // What is absent is left out: an empty Optional or OptionalInt (a year not written), an empty list.
        if (rc.getType() == Optional.class) {
          type = ((ParameterizedType) type).getActualTypeArguments()[0];
        } else if (rc.getType() != OptionalInt.class && rc.getType() != List.class) {
          required.add(rc.getName());
        }
        ObjectNode schema = schemaOf(type);
        if (rc.getType() == List.class) {
          schema.put("minItems", 1);
        }
        properties.set(rc.getName(), schema);
      }
    }
    return defs;
  }

  private static ObjectNode schemaOf(Type type) {
    Class<?> raw = type instanceof ParameterizedType
        ? (Class<?>) ((ParameterizedType) type).getRawType() : (Class<?>) type;
    ObjectNode s = F.objectNode();
    if (raw == String.class) {
      s.put("type", "string");
    } else if (raw == int.class || raw == Integer.class) {
      s.put("type", "integer");
    } else if (raw == OptionalInt.class) {
      s.put("type", "integer").put("minimum", 1).put("maximum", 9999);
    } else if (raw == boolean.class) {
      s.put("type", "boolean");
    } else if (raw == LocalDate.class) {
      s.put("type", "string").put("format", "date");
    } else if (raw.isEnum()) {
      ArrayNode values = s.putArray("enum");
      for (Object c : raw.getEnumConstants()) {
        values.add(enumId((Enum<?>) c));
      }
    } else if (raw == List.class) {
      s.put("type", "array");
      s.set("items", schemaOf(((ParameterizedType) type).getActualTypeArguments()[0]));
    } else if (raw == Deadline.class) {
      s.put("$ref", "#/$defs/deadline");
    } else if (Deadline.class.isAssignableFrom(raw)) {
      for (DeadlineKind kind : DeadlineKind.values()) {
        if (kind.type() == raw) {
          s.put("$ref", "#/$defs/deadline-" + kind.id());
        }
      }
    } else {
      throw new AssertionError("no schema for " + type);
    }
    return s;
  }

  @Test
  void schemaDefinesEveryDeadlineKindAsTheRecordsDo() throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    JsonNode schema;
    try (InputStream in = PlanJson.class.getResourceAsStream(PlanJson.SCHEMA_RESOURCE)) {
      schema = mapper.readTree(in);
    }
    ObjectNode expected = expectedDefinitions();
    if (Boolean.getBoolean("acplan.updateGolden")) {
      ObjectNode source = (ObjectNode) mapper.readTree(SCHEMA_SOURCE.toFile());
      ObjectNode defs = (ObjectNode) source.get("$defs");
      for (Iterator<String> names = defs.fieldNames(); names.hasNext(); ) {
        if (names.next().startsWith("deadline")) {
          names.remove();
        }
      }
      for (Map.Entry<String, JsonNode> e : expected.properties()) {
        defs.set(e.getKey(), e.getValue());
      }
      Files.writeString(SCHEMA_SOURCE, mapper.writer(PlanJson.prettyPrinter()).writeValueAsString(source)
          + "\n");
    }
    JsonNode defs = schema.get("$defs");
    for (Map.Entry<String, JsonNode> e : expected.properties()) {
      assertThat(defs.get(e.getKey())).as(e.getKey()).isEqualTo(e.getValue());
    }
    long inFile = 0;
    for (Iterator<String> names = defs.fieldNames(); names.hasNext(); ) {
      inFile += names.next().startsWith("deadline") ? 1 : 0;
    }
    assertThat(inFile).isEqualTo(expected.size());
  }

  /** The format's id of an enum constant: its id() if it has one, else its name in lower case with hyphens. */
  private static String enumId(Enum<?> e) {
    try {
      java.lang.reflect.Method id = e.getDeclaringClass().getMethod("id");
      if (id.getReturnType() == String.class) {
        return (String) id.invoke(e);
      }
    } catch (ReflectiveOperationException ignored) {
      // no id()
    }
    return e.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }
}
