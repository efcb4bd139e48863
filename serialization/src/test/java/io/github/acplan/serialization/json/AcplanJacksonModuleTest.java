package io.github.acplan.serialization.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.jsontype.BasicPolymorphicTypeValidator;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.acplan.core.Measure;
import io.github.acplan.core.MeasureNumber;
import io.github.acplan.core.Plan;
import io.github.acplan.core.PlanPeriod;
import io.github.acplan.core.Section;
import io.github.acplan.core.deadline.Deadline;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The Jackson 2 module as a user's own ObjectMapper finds it through ServiceLoader. */
class AcplanJacksonModuleTest {

  /** A value of a user's own, holding a plan. */
  public record Envelope(String council, Plan plan) {}

  private static final ObjectMapper MAPPER = new ObjectMapper().findAndRegisterModules();

  private static String golden(String name) throws Exception {
    try (InputStream in = AcplanJacksonModuleTest.class.getResourceAsStream("/io/github/acplan/serialization/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void findAndRegisterModulesFindsTheModule() {
    assertThat(MAPPER.getRegisteredModuleIds()).contains(AcplanJacksonModule.class.getName());
  }

  @Test
  void writesTheGoldensExactlyAsPlanJsonAndReadsThemBack() throws Exception {
    for (String name : List.of("dovhyntsivskyi-2020-plan.json", "programme-2024-2026.json")) {
      String json = golden(name);
      Plan plan = PlanJson.standard().read(json);

      assertThat(MAPPER.writeValueAsString(plan)).isEqualTo(PlanJson.standard().writeCompact(plan));
      assertThat(MAPPER.readValue(json, Plan.class)).isEqualTo(plan);
    }
  }

  @Test
  void writesTheFormatWhateverTheMappersInclusionNamingAndOrder() throws Exception {
    // a Spring Boot application's spring.jackson.default-property-inclusion=non_empty, for one: it left
    // out a plan's empty lists and texts, and the mapper could not read back what it had written
    Map<String, ObjectMapper> mappers = new LinkedHashMap<>();
    mappers.put("NON_EMPTY", new ObjectMapper().findAndRegisterModules().setSerializationInclusion(JsonInclude.Include.NON_EMPTY));
    mappers.put("NON_DEFAULT", new ObjectMapper().findAndRegisterModules().setSerializationInclusion(JsonInclude.Include.NON_DEFAULT));
    mappers.put("SNAKE_CASE renaming explicit names", JsonMapper.builder().findAndAddModules()
        .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
        .enable(MapperFeature.ALLOW_EXPLICIT_PROPERTY_RENAMING).build());
    mappers.put("sorted properties and map entries", JsonMapper.builder().findAndAddModules()
        .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
        .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS).build());
    for (String name : List.of("dovhyntsivskyi-2020-plan.json", "programme-2024-2026.json")) {
      Plan plan = PlanJson.standard().read(golden(name));
      String format = PlanJson.standard().writeCompact(plan);
      mappers.forEach((setting, mapper) -> {
        try {
          assertThat(mapper.writeValueAsString(plan)).as(setting).isEqualTo(format);
          assertThat(mapper.readValue(format, Plan.class)).as(setting).isEqualTo(plan);
        } catch (JsonProcessingException e) {
          throw new AssertionError(setting, e);
        }
      });
    }
  }

  @Test
  void roundTripsThroughATreeAndReadsAYearATreeHoldsAsALong() throws Exception {
    Plan plan = PlanJson.standard().read(golden("dovhyntsivskyi-2020-plan.json"));
    // a tree keeps each number as the type it was written as: the format's integers must go in as ints
    JsonNode tree = MAPPER.valueToTree(plan);
    assertThat(tree.get("schemaVersion").isInt()).isTrue();
    assertThat(MAPPER.treeToValue(tree, Plan.class)).isEqualTo(plan);
    assertThat(MAPPER.convertValue(plan, Plan.class)).isEqualTo(plan);
    // a tree an application builds may hold a year as a long (or a BigInteger): it is the same integer
    ObjectNode period = MAPPER.createObjectNode().put("firstYear", 2024L)
        .put("lastYear", java.math.BigInteger.valueOf(2026));
    assertThat(MAPPER.treeToValue(period, PlanPeriod.class)).isEqualTo(PlanPeriod.of(2024, 2026));
    ObjectNode tooBig = MAPPER.createObjectNode().put("firstYear", 1L << 32).put("lastYear", 2026);
    assertThatThrownBy(() -> MAPPER.treeToValue(tooBig, PlanPeriod.class))
        .isInstanceOf(JsonMappingException.class)
        .hasMessageContaining("expected an integer; found the number 4294967296");
  }

  @Test
  void roundTripsUnderACachesDefaultTypingWithTheModelTypeAsTheId() throws Exception {
    // as Spring Data Redis's GenericJackson2JsonRedisSerializer sets its mapper: every value typed
    ObjectMapper typed = new ObjectMapper().findAndRegisterModules().activateDefaultTyping(
        BasicPolymorphicTypeValidator.builder().allowIfBaseType(Object.class).build(),
        ObjectMapper.DefaultTyping.EVERYTHING, JsonTypeInfo.As.PROPERTY);
    Plan plan = PlanJson.standard().read(golden("dovhyntsivskyi-2020-plan.json"));
    String json = typed.writeValueAsString(plan);
    assertThat(json).startsWith("{\"@class\":\"io.github.acplan.core.Plan\",\"schemaVersion\":1,")
        .containsOnlyOnce("@class");
    assertThat(typed.readValue(json, Plan.class)).isEqualTo(plan);
    // a deadline's id is the model type's, which the module reads, not its record's
    Deadline deadline = plan.measures().get(0).deadline();
    String typedDeadline = typed.writeValueAsString(deadline);
    assertThat(typedDeadline).startsWith("{\"@class\":\"io.github.acplan.core.deadline.Deadline\",\"kind\":");
    assertThat(typed.readValue(typedDeadline, Deadline.class)).isEqualTo(deadline);
    assertThat(typed.readValue(typed.writeValueAsString(plan.measures().get(0).number()), MeasureNumber.class))
        .isEqualTo(plan.measures().get(0).number());
  }

  @Test
  void roundTripsAUsersRecordAndEveryPartOfAPlan() throws Exception {
    Plan plan = PlanJson.standard().read(golden("dovhyntsivskyi-2020-plan.json"));
    Envelope envelope = new Envelope("Довгинцівська районна в місті рада", plan);
    Section section = plan.sections().get(1);
    Measure measure = section.measures().get(0);

    assertThat(roundTrip(envelope, Envelope.class)).isEqualTo(envelope);
    assertThat(roundTrip(section, Section.class)).isEqualTo(section);
    assertThat(roundTrip(measure, Measure.class)).isEqualTo(measure);
    assertThat(roundTrip(PlanPeriod.of(2024, 2026), PlanPeriod.class)).isEqualTo(PlanPeriod.of(2024, 2026));
    assertThat(roundTrip(measure.number(), MeasureNumber.class)).isEqualTo(measure.number());
    assertThat(MAPPER.writeValueAsString(PlanPeriod.of(2020, 2020))).isEqualTo("{\"firstYear\":2020,\"lastYear\":2020}");
    for (Measure m : plan.measures()) {
      assertThat(roundTrip(m.deadline(), Deadline.class)).isEqualTo(m.deadline());
    }
  }

  @Test
  void refusesAnUnknownPropertyAndABrokenInvariant() {
    assertThatThrownBy(() -> MAPPER.readValue("{\"firstYear\":2024,\"lastYear\":2026,\"x\":1}", PlanPeriod.class))
        .isInstanceOf(JsonMappingException.class)
        .hasMessageContaining("\"x\"");
    assertThatThrownBy(() -> MAPPER.readValue("{\"firstYear\":2026,\"lastYear\":2024}", PlanPeriod.class))
        .isInstanceOf(JsonMappingException.class);
    assertThatThrownBy(() -> MAPPER.readValue("{\"kind\":\"someday\",\"text\":\"Колись\"}", Deadline.class))
        .isInstanceOf(JsonMappingException.class)
        .hasMessageContaining("unknown deadline kind \"someday\"")
        .satisfies(e -> assertThat(((JsonMappingException) e).getPath().get(0).getFieldName()).isEqualTo("kind"));
  }

  @Test
  void readsTheFormatsTypesAndPropertiesWhateverTheMapperSays() throws Exception {
    ObjectMapper lenient = new ObjectMapper().findAndRegisterModules()
        .enable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    // a plain Integer of the user's own is coerced from "2024"…
    assertThat(lenient.readValue("\"2024\"", Integer.class)).isEqualTo(2024);
    // …acplan's years are not
    assertThatThrownBy(() -> lenient.readValue("{\"firstYear\":\"2024\",\"lastYear\":2025}", PlanPeriod.class))
        .isInstanceOf(JsonMappingException.class)
        .hasMessageContaining("expected an integer; found the string \"2024\"");
    assertThatThrownBy(() -> lenient.readValue("{\"number\":1,\"title\":\"Розділ\",\"measures\":{}}", Section.class))
        .isInstanceOf(JsonMappingException.class)
        .hasMessageContaining("expected an array; found an object");
    // an unknown property of the user's own record is skipped, as the mapper says; one of acplan's is refused
    // at its path (skipped, a misspelt property would drop the plan's data), with whatever it holds
    String period = "{\"firstYear\":2024,\"x\":[{\"y\":[1]}],\"lastYear\":2025}";
    assertThat(lenient.readValue("{\"council\":\"Рада\",\"mayor\":\"x\",\"period\":{\"firstYear\":2024,\"lastYear\":2025}}",
        Dated.class)).isEqualTo(new Dated("Рада", PlanPeriod.of(2024, 2025)));
    assertThatThrownBy(() -> lenient.readValue("{\"council\":\"Рада\",\"period\":" + period + "}", Dated.class))
        .isInstanceOf(JsonMappingException.class)
        .hasMessageContaining("unknown property; expected one of [firstYear, lastYear]")
        .satisfies(e -> assertThat(((JsonMappingException) e).getPath()).extracting(JsonMappingException.Reference::getFieldName)
            .containsExactly("period", "x"));
  }

  /** A user's own record holding a model value. */
  public record Dated(String council, PlanPeriod period) {}

  @Test
  void refusesAPropertyNamedTwiceAtItsPath() {
    // a plain ObjectMapper keeps the last of two values unless its parser detects duplicates
    assertThatThrownBy(() -> MAPPER.readValue("{\"kind\":\"permanent\",\"text\":\"Постійно\",\"text\":\"x\"}",
        Deadline.class))
        .isInstanceOf(JsonMappingException.class)
        .hasMessageContaining("duplicate property")
        .satisfies(e -> assertThat(((JsonMappingException) e).getPath().get(0).getFieldName()).isEqualTo("text"));
    // without WRAP_EXCEPTIONS Jackson 2 gives no path, only the line and column, for every error
    ObjectMapper unwrapped = new ObjectMapper().findAndRegisterModules()
        .disable(com.fasterxml.jackson.databind.DeserializationFeature.WRAP_EXCEPTIONS);
    assertThatThrownBy(() -> unwrapped.readValue("{\"firstYear\":2024,\"lastYear\":2025,\"lastYear\":2026}",
        PlanPeriod.class))
        .isInstanceOf(JsonMappingException.class)
        .hasMessageContaining("duplicate property")
        .satisfies(e -> assertThat(((JsonMappingException) e).getLocation().getColumnNr()).isEqualTo(46));
  }

  @Test
  void writesTheFormatsIntegersAsNumbersWhenTheMapperWritesNumbersAsStrings() throws Exception {
    // an application whose JavaScript client cannot hold a long writes numbers as strings; acplan's years
    // and schema version stay numbers, as the format and its reader want them, and the application's own
    // numbers follow its setting
    ObjectMapper mapper = JsonMapper.builder().findAndAddModules()
        .enable(com.fasterxml.jackson.core.json.JsonWriteFeature.WRITE_NUMBERS_AS_STRINGS).build();
    for (String name : List.of("dovhyntsivskyi-2020-plan.json", "programme-2024-2026.json")) {
      Plan plan = PlanJson.standard().read(golden(name));
      assertThat(mapper.writeValueAsString(plan)).isEqualTo(PlanJson.standard().writeCompact(plan));
      assertThat(mapper.readValue(mapper.writerWithDefaultPrettyPrinter().writeValueAsString(plan), Plan.class))
          .isEqualTo(plan);
      assertThat(mapper.treeToValue(mapper.valueToTree(plan), Plan.class)).isEqualTo(plan);
    }
    Counted counted = new Counted(3, PlanPeriod.of(2024, 2026));
    String json = mapper.writeValueAsString(counted);
    assertThat(json).isEqualTo("{\"count\":\"3\",\"period\":{\"firstYear\":2024,\"lastYear\":2026}}");
    assertThat(mapper.readValue(json, Counted.class)).isEqualTo(counted);
    // through a generator an application wrapped (a delegate that logs or filters), two levels deep
    Plan plan = PlanJson.standard().read(golden("dovhyntsivskyi-2020-plan.json"));
    java.io.StringWriter out = new java.io.StringWriter();
    try (com.fasterxml.jackson.core.JsonGenerator wrapped = new com.fasterxml.jackson.core.util.JsonGeneratorDelegate(
        new com.fasterxml.jackson.core.util.JsonGeneratorDelegate(mapper.createGenerator(out)))) {
      mapper.writeValue(wrapped, plan);
    }
    assertThat(out.toString()).isEqualTo(PlanJson.standard().writeCompact(plan));
  }

  /** A user's own record with a number of its own. */
  public record Counted(int count, PlanPeriod period) {}

  @Test
  void readsNamesEscapedOrInAnotherOrderAsTheFormatsAndRefusesNamesThatOnlyStartAlike() throws Exception {
    // the reader tells the parser the name it expects next, which Jackson compares with its input's
    // characters: an escaped name, or one in another place, must read as written, from text and bytes
    for (String name : List.of("dovhyntsivskyi-2020-plan.json", "programme-2024-2026.json")) {
      Plan plan = PlanJson.standard().read(golden(name));
      String json = PlanJson.standard().writeCompact(plan);
      String escaped = json.replace("\"name\":", "\"n\\u0061me\":").replace("\"kind\":", "\"\\u006bind\":")
          .replace("\"text\":", "\"tex\\u0074\":");
      String reversed = MAPPER.writeValueAsString(reversed(MAPPER.readTree(json)));
      assertThat(escaped).isNotEqualTo(json);
      assertThat(reversed).isNotEqualTo(json);
      for (String variant : List.of(escaped, reversed)) {
        assertThat(MAPPER.readValue(variant, Plan.class)).isEqualTo(plan);
        assertThat(MAPPER.readValue(variant.getBytes(StandardCharsets.UTF_8), Plan.class)).isEqualTo(plan);
        assertThat(MAPPER.treeToValue(MAPPER.readTree(variant), Plan.class)).isEqualTo(plan);
      }
    }
    String json = PlanJson.standard().writeCompact(PlanJson.standard().read(golden("dovhyntsivskyi-2020-plan.json")));
    // names unquoted or in single quotes, which an application's parser may allow: not the quoted form
    // the parser compares, read the other way
    ObjectMapper lenient = JsonMapper.builder().findAndAddModules()
        .enable(com.fasterxml.jackson.core.json.JsonReadFeature.ALLOW_UNQUOTED_FIELD_NAMES)
        .enable(com.fasterxml.jackson.core.json.JsonReadFeature.ALLOW_SINGLE_QUOTES).build();
    Plan seed = PlanJson.standard().read(json);
    for (String odd : List.of(json.replaceAll("\"([A-Za-z]+)\":", "$1:"),
        json.replaceAll("\"([A-Za-z]+)\":", "'$1':"))) {
      assertThat(odd).isNotEqualTo(json);
      assertThat(lenient.readValue(odd, Plan.class)).isEqualTo(seed);
      assertThat(lenient.readValue(odd.getBytes(StandardCharsets.UTF_8), Plan.class)).isEqualTo(seed);
    }
    for (String[] misspelt : new String[][] {{"\"title\":", "\"titles\":"}, {"\"title\":", "\"titl\":"},
        {"\"firstYear\":", "\"firstYea\\u0072s\":"}, {"\"text\":", "\"texts\":"}}) {
      String damaged = json.replaceFirst(misspelt[0], misspelt[1]);
      assertThatThrownBy(() -> MAPPER.readValue(damaged.getBytes(StandardCharsets.UTF_8), Plan.class))
          .as(misspelt[1])
          .isInstanceOf(JsonMappingException.class)
          .hasMessageContaining("unknown property");
      assertThatThrownBy(() -> MAPPER.readValue(damaged, Plan.class)).as(misspelt[1])
          .isInstanceOf(JsonMappingException.class)
          .hasMessageContaining("unknown property");
    }
  }

  /** The tree with every object's properties in reverse order. */
  private static JsonNode reversed(JsonNode node) {
    if (node.isObject()) {
      List<Map.Entry<String, JsonNode>> fields = new java.util.ArrayList<>();
      node.fields().forEachRemaining(fields::add);
      java.util.Collections.reverse(fields);
      ObjectNode copy = MAPPER.createObjectNode();
      fields.forEach(f -> copy.set(f.getKey(), reversed(f.getValue())));
      return copy;
    }
    if (node.isArray()) {
      com.fasterxml.jackson.databind.node.ArrayNode copy = MAPPER.createArrayNode();
      node.forEach(item -> copy.add(reversed(item)));
      return copy;
    }
    return node;
  }

  private static <T> T roundTrip(T value, Class<T> type) throws Exception {
    String json = MAPPER.writeValueAsString(value);
    assertThat(json).isNotEqualTo("{}");
    return MAPPER.readValue(json, type);
  }
}
