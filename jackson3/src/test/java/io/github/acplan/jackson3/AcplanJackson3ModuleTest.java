package io.github.acplan.jackson3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import io.github.acplan.core.Measure;
import io.github.acplan.core.MeasureNumber;
import io.github.acplan.core.Plan;
import io.github.acplan.core.PlanPeriod;
import io.github.acplan.core.Section;
import io.github.acplan.core.deadline.Deadline;
import io.github.acplan.core.validation.PlanValidator;
import io.github.acplan.core.validation.ValidationReport;
import io.github.acplan.json.mapping.JsonMapping;
import io.github.acplan.serialization.json.PlanJson;
import io.github.acplan.serialization.json.ValidationReportJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DefaultTyping;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.jsontype.BasicPolymorphicTypeValidator;

class AcplanJackson3ModuleTest {

  /** The golden files of acplan-serialization: one set of goldens for both Jackson lines. */
  private static final Path GOLDENS = Path.of("../serialization/src/test/resources/io/github/acplan/serialization");

  /** A value of a user's own, holding a plan. */
  public record Envelope(String council, Plan plan) {}

  private static final JsonMapper MAPPER = JsonMapper.builder().findAndAddModules().build();

  private static String golden(String name) throws Exception {
    return Files.readString(GOLDENS.resolve(name), StandardCharsets.UTF_8);
  }

  @Test
  void serviceLoaderFindsTheModule() {
    assertThat(MAPPER.registeredModules()).anyMatch(m -> m instanceof AcplanJackson3Module);
  }

  @Test
  void writesTheSeedPlanExactlyAsPlanJsonAndReadsTheGoldenBack() throws Exception {
    for (String name : List.of("dovhyntsivskyi-2020-plan.json", "programme-2024-2026.json")) {
      String json = golden(name);
      Plan plan = PlanJson.standard().read(json);

      assertThat(MAPPER.writeValueAsString(plan)).isEqualTo(PlanJson.standard().writeCompact(plan));
      assertThat(MAPPER.readValue(json, Plan.class)).isEqualTo(plan);
    }
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
    assertThat(roundTrip(plan.period(), PlanPeriod.class)).isEqualTo(plan.period());
    assertThat(roundTrip(PlanPeriod.of(2024, 2026), PlanPeriod.class)).isEqualTo(PlanPeriod.of(2024, 2026));
    assertThat(roundTrip(measure.number(), MeasureNumber.class)).isEqualTo(measure.number());
    assertThat(MAPPER.writeValueAsString(MeasureNumber.parse("2.10"))).isEqualTo("\"2.10\"");
    assertThat(MAPPER.writeValueAsString(PlanPeriod.of(2024, 2026)))
        .isEqualTo("{\"firstYear\":2024,\"lastYear\":2026}");
    for (Measure m : plan.measures()) {
      assertThat(roundTrip(m.deadline(), Deadline.class)).isEqualTo(m.deadline());
    }
  }

  @Test
  void writesAValidationReportAsTheLibraryDoes() throws Exception {
    Plan plan = PlanJson.standard().read(golden("dovhyntsivskyi-2020-plan.json"));
    ValidationReport report = PlanValidator.standard().validate(plan);
    assertThat(report.findings()).isNotEmpty();

    assertThat(MAPPER.writeValueAsString(report))
        .isEqualTo(ValidationReportJson.standard().write(report, false))
        .contains("\"severity\":\"");
  }

  @Test
  void writesTheFormatWhateverTheMappersInclusionAndNaming() throws Exception {
    Plan plan = PlanJson.standard().read(golden("dovhyntsivskyi-2020-plan.json"));
    ValidationReport report = PlanValidator.standard().validate(plan);
    // spring.jackson.default-property-inclusion=non_empty and a naming strategy that renames even the
    // names a class declares: the plan's empty lists and texts, and its property names, stay the format's
    JsonMapper nonEmpty = JsonMapper.builder().findAndAddModules()
        .changeDefaultPropertyInclusion(i -> JsonInclude.Value.construct(JsonInclude.Include.NON_EMPTY,
            JsonInclude.Include.NON_EMPTY))
        .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
        .enable(MapperFeature.ALLOW_EXPLICIT_PROPERTY_RENAMING).build();

    assertThat(nonEmpty.writeValueAsString(plan)).isEqualTo(PlanJson.standard().writeCompact(plan));
    assertThat(nonEmpty.readValue(nonEmpty.writeValueAsString(plan), Plan.class)).isEqualTo(plan);
    assertThat(nonEmpty.writeValueAsString(report)).isEqualTo(ValidationReportJson.standard().write(report, false));
    // a diff with no change still says so: its empty counts and changes are written
    assertThat(nonEmpty.writeValueAsString(JsonMapping.diff(List.of()))).isEqualTo("{\"counts\":{},\"changes\":[]}");
  }

  @Test
  void bothLinesWritingAndReadingAtOnceWriteTheSameJsonAndReadTheSamePlan() throws Exception {
    // the format's names keep an encoded form of each line, made by whichever thread comes first and
    // shared without a lock: threads of both lines, writing and reading (the reader hands the parser the
    // name it expects next), must each write the format and read the plan
    Plan plan = PlanJson.standard().read(golden("dovhyntsivskyi-2020-plan.json"));
    String format = PlanJson.standard().writeCompact(plan);
    com.fasterxml.jackson.databind.ObjectMapper jackson2 =
        new com.fasterxml.jackson.databind.ObjectMapper().findAndRegisterModules();
    List<java.util.concurrent.Callable<Object>> tasks = List.of(
        () -> MAPPER.writeValueAsString(plan),
        () -> jackson2.writeValueAsString(plan),
        () -> MAPPER.readValue(format, Plan.class),
        () -> jackson2.readValue(format, Plan.class));
    java.util.concurrent.ExecutorService threads = java.util.concurrent.Executors.newFixedThreadPool(4);
    try {
      List<java.util.concurrent.Future<Object>> done = new java.util.ArrayList<>();
      for (int i = 0; i < 400; i++) {
        done.add(threads.submit(tasks.get(i % tasks.size())));
      }
      for (int i = 0; i < done.size(); i++) {
        assertThat(done.get(i).get()).isEqualTo(i % tasks.size() < 2 ? format : plan);
      }
    } finally {
      threads.shutdownNow();
    }
  }

  @Test
  void roundTripsThroughATreeAsTheJsonItself() throws Exception {
    Plan plan = PlanJson.standard().read(golden("dovhyntsivskyi-2020-plan.json"));
    tools.jackson.databind.JsonNode tree = MAPPER.valueToTree(plan);
    // the tree holds the format's integers as ints, as the JSON text has them
    assertThat(tree.toString()).isEqualTo(PlanJson.standard().writeCompact(plan));
    assertThat(tree.get("period").get("firstYear").isInt()).isTrue();
    assertThat(MAPPER.treeToValue(tree, Plan.class)).isEqualTo(plan);
    assertThat(MAPPER.convertValue(new Envelope("Рада", plan), Envelope.class)).isEqualTo(new Envelope("Рада", plan));
  }

  @Test
  void roundTripsUnderACachesDefaultTyping() throws Exception {
    JsonMapper typed = JsonMapper.builder().findAndAddModules()
        .activateDefaultTyping(BasicPolymorphicTypeValidator.builder().allowIfBaseType(Object.class).build(),
            DefaultTyping.NON_FINAL, JsonTypeInfo.As.PROPERTY).build();
    Plan plan = PlanJson.standard().read(golden("dovhyntsivskyi-2020-plan.json"));
    // a plan in a value typed Object, as a cache holds it: the type id outside, the format inside
    Holder holder = new Holder(plan);
    String json = typed.writeValueAsString(holder);
    assertThat(json).contains("\"value\":{\"@class\":\"io.github.acplan.core.Plan\",\"schemaVersion\":1,")
        .containsOnlyOnce("\"@class\"");
    assertThat(typed.readValue(json, Holder.class)).isEqualTo(holder);
  }

  /** A user's value that holds anything, as a cache entry does. */
  public record Holder(Object value) {}

  @Test
  void refusesAnUnknownPropertyWithItsPathThoughJacksonThreeIgnoresThem() throws Exception {
    String json = golden("dovhyntsivskyi-2020-plan.json").replaceFirst("(\"number\" *: *\"1\\.1\",\\s*)\"name\" *:", "$1\"nmae\": \"x\", \"name\":");

    // Jackson 3 leaves FAIL_ON_UNKNOWN_PROPERTIES off, and so does Spring Boot: a user's own record skips an
    // unknown property; one of acplan's values does not, or a misspelt property would drop the plan's data
    assertThat(MAPPER.isEnabled(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)).isFalse();
    assertThat(MAPPER.readValue("{\"council\":\"Рада\",\"mayor\":\"x\",\"plan\":null}", Envelope.class))
        .isEqualTo(new Envelope("Рада", null));

    assertThatThrownBy(() -> MAPPER.readValue(json, Plan.class))
        .isInstanceOf(DatabindException.class)
        .hasMessageContaining("nmae")
        .satisfies(e -> assertThat(jsonPath((DatabindException) e)).isEqualTo("$.sections[0].measures[0].nmae"));
  }

  @Test
  void refusesAnUnknownDeadlineKindWithItsPath() throws Exception {
    String json = golden("dovhyntsivskyi-2020-plan.json")
        .replaceFirst("\"kind\" *: *\"(permanent|unrecognized|periodic|by-date)\"", "\"kind\":\"someday\"");

    assertThatThrownBy(() -> MAPPER.readValue(json, Plan.class))
        .isInstanceOf(DatabindException.class)
        .hasMessageContaining("unknown deadline kind \"someday\"")
        .satisfies(e -> assertThat(jsonPath((DatabindException) e)).isEqualTo("$.sections[0].measures[0].deadline.kind"));
  }

  @Test
  void refusesAPropertyNamedTwiceWithItsPathWhateverTheMapperSays() throws Exception {
    // Jackson keeps the last of two values of a property unless its parser is told to detect them
    String json = golden("dovhyntsivskyi-2020-plan.json").replaceFirst("(\"number\" *: *\"1\\.1\",\\s*)\"name\" *:",
        "$1\"name\": \"x\", \"name\":");
    assertThatThrownBy(() -> MAPPER.readValue(json, Plan.class))
        .isInstanceOf(DatabindException.class)
        .hasMessageContaining("duplicate property")
        .satisfies(e -> assertThat(jsonPath((DatabindException) e)).isEqualTo("$.sections[0].measures[0].name"));

    // without WRAP_EXCEPTIONS Jackson rethrows what a setter throws as it is; the module still makes it
    // Jackson's error, at the property
    JsonMapper unwrapped = JsonMapper.builder().findAndAddModules()
        .disable(DeserializationFeature.WRAP_EXCEPTIONS).build();
    assertThatThrownBy(() -> unwrapped.readValue("{\"firstYear\":2024,\"firstYear\":2025,\"lastYear\":2026}",
        PlanPeriod.class))
        .isInstanceOf(DatabindException.class)
        .hasMessageContaining("duplicate property")
        .satisfies(e -> assertThat(jsonPath((DatabindException) e)).isEqualTo("$.firstYear"));
  }

  @Test
  void refusesAMissingRequiredPropertyAndAMalformedNumber() {
    assertThatThrownBy(() -> MAPPER.readValue("{\"firstYear\":2024}", PlanPeriod.class))
        .isInstanceOf(DatabindException.class)
        .hasMessageContaining("lastYear");
    assertThatThrownBy(() -> MAPPER.readValue("\"1..2\"", MeasureNumber.class))
        .isInstanceOf(DatabindException.class);
    assertThatThrownBy(() -> MAPPER.readValue("{\"firstYear\":2026,\"lastYear\":2024}", PlanPeriod.class))
        .isInstanceOf(DatabindException.class);
  }

  /** A user's own value, read by plain Jackson: it shows what the mapper coerces. */
  public record Years(Integer firstYear, List<String> names) {}

  @Test
  void readsTheFormatsTypesWhateverTheMapperCoerces() {
    // this mapper turns "2024" into 2024 and a single string into a list for the user's own values…
    JsonMapper lenient = JsonMapper.builder().findAndAddModules()
        .enable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY).build();
    assertThat(lenient.readValue("{\"firstYear\":\"2024\",\"names\":\"a\"}", Years.class))
        .isEqualTo(new Years(2024, List.of("a")));

    // …but not for acplan's: the format's types are read from the tokens
    assertThatThrownBy(() -> lenient.readValue("{\"firstYear\":\"2024\",\"lastYear\":2025}", PlanPeriod.class))
        .isInstanceOf(DatabindException.class)
        .hasMessageContaining("expected an integer; found the string \"2024\"")
        .satisfies(e -> assertThat(jsonPath((DatabindException) e)).isEqualTo("$.firstYear"));
    String measure = "{\"number\":\"1.1\",\"name\":\"Захід\",\"deadline\":{\"kind\":\"permanent\",\"text\":\"Постійно\"},"
        + "\"responsible\":{\"text\":\"Відділ\",\"actors\":[]},\"indicators\":\"x\",\"expectedResults\":[]}";
    assertThatThrownBy(() -> lenient.readValue(measure, Measure.class))
        .isInstanceOf(DatabindException.class)
        .hasMessageContaining("expected an array; found the string \"x\"")
        .satisfies(e -> assertThat(jsonPath((DatabindException) e)).isEqualTo("$.indicators"));
    assertThatThrownBy(() -> lenient.readValue("{\"number\":1,\"title\":5,\"measures\":[]}", Section.class))
        .isInstanceOf(DatabindException.class)
        .hasMessageContaining("expected a string; found the number 5")
        .satisfies(e -> assertThat(jsonPath((DatabindException) e)).isEqualTo("$.title"));
    assertThatThrownBy(() -> lenient.readValue("{\"firstYear\":99999999999,\"lastYear\":2025}", PlanPeriod.class))
        .isInstanceOf(DatabindException.class)
        .hasMessageContaining("expected an integer; found the number 99999999999");
  }

  @Test
  void refusesAnUnknownPropertyHoldingNestedValuesAtItsStart() throws Exception {
    String golden = golden("dovhyntsivskyi-2020-plan.json");
    // an unknown property with nested values, one of them named as a known property
    String json = golden.replaceFirst("(\"number\" *: *\"1\\.1\",\\s*)\"name\" *:",
        "$1\"note\": {\"a\": [1, {\"b\": [\"c\"]}], \"name\": 2}, \"name\":");
    assertThat(json).isNotEqualTo(golden);
    assertThatThrownBy(() -> MAPPER.readValue(json, Plan.class))
        .isInstanceOf(DatabindException.class)
        .hasMessageContaining("unknown property; expected one of [number, name,")
        .satisfies(e -> assertThat(jsonPath((DatabindException) e)).isEqualTo("$.sections[0].measures[0].note"));
  }

  @Test
  void refusesALoneSurrogateWhereverTheStringIs() throws Exception {
    String golden = golden("dovhyntsivskyi-2020-plan.json");
    Plan plan = PlanJson.standard().read(golden);
    String indicator = plan.sections().get(0).measures().get(0).indicators().get(0).text();
    // a lone surrogate in the text itself, not spelled as an escape
    String json = golden.replace("\"" + indicator + "\"", "\"" + indicator + "\ud800\"");
    assertThat(json).isNotEqualTo(golden);
    assertThatThrownBy(() -> MAPPER.readValue(json, Plan.class))
        .isInstanceOf(DatabindException.class)
        .hasMessageContaining("a lone surrogate (U+D800) at character " + (indicator.length() + 1))
        .satisfies(e -> assertThat(jsonPath((DatabindException) e))
            .isEqualTo("$.sections[0].measures[0].indicators[0]"));
    // a low surrogate first, in a deadline's text
    assertThatThrownBy(() -> MAPPER.readValue("{\"kind\":\"permanent\",\"text\":\"\udc00\ud83d\"}", Deadline.class))
        .isInstanceOf(DatabindException.class)
        .hasMessageContaining("(U+DC00) at character 1")
        .satisfies(e -> assertThat(jsonPath((DatabindException) e)).isEqualTo("$.text"));
    // a pair is one character, in the text or as escapes
    assertThat(MAPPER.readValue("{\"kind\":\"permanent\",\"text\":\"\ud83d\ude00 \\ud83d\\ude00\"}", Deadline.class)
        .text()).isEqualTo("\ud83d\ude00 \ud83d\ude00");
  }

  /** The JSON path of a Jackson error, built from its references. */
  private static String jsonPath(DatabindException e) {
    StringBuilder path = new StringBuilder("$");
    for (JacksonException.Reference r : e.getPath()) {
      if (r.getPropertyName() != null) {
        path.append('.').append(r.getPropertyName());
      } else if (r.getIndex() >= 0) {
        path.append('[').append(r.getIndex()).append(']');
      }
    }
    return path.toString();
  }

  private static <T> T roundTrip(T value, Class<T> type) {
    String json = MAPPER.writeValueAsString(value);
    assertThat(json).isNotEqualTo("{}");
    return MAPPER.readValue(json, type);
  }

  @Test
  void writesTheFormatsIntegersAsNumbersWhenTheMapperWritesNumbersAsStrings() throws Exception {
    // an application whose JavaScript client cannot hold a long writes numbers as strings; acplan's years
    // and schema version stay numbers, as the format and its reader want them, and the application's own
    // numbers follow its setting
    JsonMapper mapper = JsonMapper.builder().findAndAddModules()
        .enable(tools.jackson.core.json.JsonWriteFeature.WRITE_NUMBERS_AS_STRINGS).build();
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
    try (tools.jackson.core.JsonGenerator wrapped = new tools.jackson.core.util.JsonGeneratorDelegate(
        new tools.jackson.core.util.JsonGeneratorDelegate(mapper.createGenerator(out)))) {
      mapper.writeValue(wrapped, plan);
    }
    assertThat(out.toString()).isEqualTo(PlanJson.standard().writeCompact(plan));
  }

  /** A user's own record with a number of its own. */
  public record Counted(int count, PlanPeriod period) {}

  @Test
  void readsNamesEscapedOrInAnotherOrderAsTheFormatsAndRefusesNamesThatOnlyStartAlike() throws Exception {
    // the reader tells the parser the name it expects next (nextName(SerializableString)), which
    // Jackson compares with its input's characters: an escaped name, or one in another place, must read
    // as written, from text and bytes
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
    JsonMapper lenient = JsonMapper.builder().findAndAddModules()
        .enable(tools.jackson.core.json.JsonReadFeature.ALLOW_UNQUOTED_PROPERTY_NAMES)
        .enable(tools.jackson.core.json.JsonReadFeature.ALLOW_SINGLE_QUOTES).build();
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
          .isInstanceOf(DatabindException.class)
          .hasMessageContaining("unknown property");
      assertThatThrownBy(() -> MAPPER.readValue(damaged, Plan.class)).as(misspelt[1])
          .isInstanceOf(DatabindException.class)
          .hasMessageContaining("unknown property");
    }
  }

  /** The tree with every object's properties in reverse order. */
  private static tools.jackson.databind.JsonNode reversed(tools.jackson.databind.JsonNode node) {
    if (node.isObject()) {
      List<java.util.Map.Entry<String, tools.jackson.databind.JsonNode>> fields =
          new java.util.ArrayList<>(node.properties());
      java.util.Collections.reverse(fields);
      tools.jackson.databind.node.ObjectNode copy = MAPPER.createObjectNode();
      fields.forEach(f -> copy.set(f.getKey(), reversed(f.getValue())));
      return copy;
    }
    if (node.isArray()) {
      tools.jackson.databind.node.ArrayNode copy = MAPPER.createArrayNode();
      node.forEach(item -> copy.add(reversed(item)));
      return copy;
    }
    return node;
  }
}
