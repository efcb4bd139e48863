package io.github.acplan.serialization.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.acplan.core.Plan;
import io.github.acplan.core.PlanPeriod;
import io.github.acplan.core.deadline.DeadlineParser;
import io.github.acplan.serialization.PlanFormatException;
import io.github.acplan.serialization.PlanGenerators;
import io.github.acplan.serialization.ProgrammeFixture;
import io.github.acplan.serialization.SeedPlan;
import io.github.acplan.serialization.text.PlanTextReader;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * The streaming fast path of {@link PlanJson#read(String)} against the tree reader: it takes every plan
 * the writer writes, and never accepts what the tree reader rejects nor reads anything differently.
 */
class PlanJsonStreamPropertiesTest {

  /** As in PlanJson: the fast path finds duplicate keys itself, the tree reader's parser does. */
  private static final JsonFactory FACTORY = JsonFactory.builder().build();
  private static final ObjectMapper MAPPER = JsonMapper.builder(
      JsonFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build()).build();
  private static String seedJson;
  private static String programmeJson;

  @BeforeAll
  static void setUp() throws PlanFormatException {
    seedJson = PlanJson.standard().write(PlanTextReader.read(SeedPlan.text()).plan());
    programmeJson = PlanJson.standard().write(ProgrammeFixture.programme());
  }

  /** The tree reader's answer: the plan, or null for an error. */
  private static Plan treeRead(String json) {
    try {
      return PlanJsonMapping.read(MAPPER.readTree(json));
    } catch (Exception e) {
      return null;
    }
  }

  @Test
  void takesADayOfTheNextMonthAndARangeOfQuartersOnTheFastPath() throws Exception {
    ObjectNode root = (ObjectNode) MAPPER.readTree(seedJson);
    DeadlineParser parser = DeadlineParser.forPeriod(PlanPeriod.ofYear(2020));
    ((ObjectNode) root.at("/sections/0/measures/0")).set("deadline", MAPPER.readTree(PlanJson.standard()
        .writeDeadline(parser.parse("Щоквартально до 15 числа місяця, що настає за звітним кварталом"))));
    ((ObjectNode) root.at("/sections/0/measures/1")).set("deadline",
        MAPPER.readTree(PlanJson.standard().writeDeadline(parser.parse("протягом II–IV кварталів"))));
    String json = MAPPER.writeValueAsString(root);
    Plan fast = PlanJsonStream.tryRead(FACTORY, json);
    assertThat(fast).isNotNull().isEqualTo(treeRead(json));
    assertThat(fast.sections().get(0).measures().get(0).deadline()).isEqualTo(
        parser.parse("Щоквартально до 15 числа місяця, що настає за звітним кварталом"));
    assertThat(fast.sections().get(0).measures().get(1).deadline())
        .isEqualTo(parser.parse("протягом II–IV кварталів"));
  }

  @Test
  void takesTheSeedTheProgrammeAndEveryGeneratedPlanOnTheFastPath() {
    Plan seed = PlanJsonStream.tryRead(FACTORY, seedJson);
    assertThat(seed).isNotNull().isEqualTo(treeRead(seedJson));
    Plan programme = PlanJsonStream.tryRead(FACTORY, programmeJson);
    assertThat(programme).isNotNull().isEqualTo(treeRead(programmeJson)).isEqualTo(ProgrammeFixture.programme());
    qt().withExamples(300).forAll(PlanGenerators.plansAndProgrammes()).checkAssert(plan -> {
      assertThat(PlanJsonStream.tryRead(FACTORY, PlanJson.standard().write(plan))).isEqualTo(plan);
      assertThat(PlanJsonStream.tryRead(FACTORY, PlanJson.standard().writeCompact(plan))).isEqualTo(plan);
    });
  }

  @Test
  void leavesADeadlineWhoseKindIsNotFirstToTheTreeReader() throws PlanFormatException {
    String moved = seedJson.replaceFirst("\"kind\": \"permanent\",(\\s*)\"text\": \"Постійно\"",
        "\"text\": \"Постійно\",$1\"kind\": \"permanent\"");
    assertThat(moved.equals(seedJson)).as("a deadline's kind moved after its text").isFalse();
    assertThat(PlanJsonStream.tryRead(FACTORY, moved)).isNull();
    assertThat(PlanJson.standard().read(moved)).isEqualTo(PlanJson.standard().read(seedJson));
  }

  @Test
  void leavesDuplicateKeysToTheTreeReader() {
    for (String property : List.of("\"title\": \"ПЛАН", "\"firstYear\": 2020", "\"authority\": \"",
        "\"position\": \"", "\"number\": 1", "\"number\": \"1.1\"", "\"kind\": \"permanent\"",
        "\"text\": \"Постійно\"", "\"every\": \"", "\"qualifier\": \"", "\"kind\": \"unit\"",
        "\"indicators\": [ ],")) {
      int at = seedJson.indexOf(property);
      assertThat(at).as(property).isNotNegative();
      String value = property.endsWith(",") ? "[ ]" : property.endsWith("\"") ? "\"x\"" : "1";
      String key = property.substring(0, property.indexOf(':'));
      String duplicated = seedJson.substring(0, at) + key + ": " + value + ", " + seedJson.substring(at);
      assertThat(PlanJsonStream.tryRead(FACTORY, duplicated)).as(property).isNull();
      assertThat(treeRead(duplicated)).as(property).isNull();
    }
  }

  @Test
  void leavesDuplicateProgrammeKeysToTheTreeReader() {
    String compact = PlanJson.standard().writeCompact(ProgrammeFixture.programme());
    // the last occurrence: a risk's properties, not a measure's or a section's
    for (String property : List.of("\"kind\":\"programme\"", "\"measuresMustAddressRisks\":true",
        "\"2025\":{", "\"resources\":\"", "\"id\":\"", "\"function\":\"", "\"risk\":\"",
        "\"description\":\"", "\"sources\":[", "\"probability\":2", "\"consequence\":2",
        "\"level\":\"", "\"measures\":[\"1.3\"")) {
      int at = compact.lastIndexOf(property);
      assertThat(at).as(property).isNotNegative();
      String value = property.endsWith("{") ? "{\"kind\":\"permanent\",\"text\":\"x\"}"
          : property.endsWith("[") || property.endsWith("\"1.3\"") ? "[]"
          : property.endsWith("true") ? "true" : property.endsWith("\"") ? "\"high\"" : "1";
      String key = property.substring(0, property.indexOf(':'));
      String duplicated = compact.substring(0, at) + key + ":" + value + "," + compact.substring(at);
      assertThat(PlanJsonStream.tryRead(FACTORY, duplicated)).as(property).isNull();
      assertThat(treeRead(duplicated)).as(property).isNull();
    }
  }

  @Test
  void leavesBrokenRegistersToTheTreeReader() {
    String compact = PlanJson.standard().writeCompact(ProgrammeFixture.programme());
    assertThat(PlanJsonStream.tryRead(FACTORY, compact)).isNotNull();
    for (String[] edit : new String[][] {
        {"\"measures\":[\"1.3\"]", "\"measures\":[\"3.1\"]"},
        {"\"measures\":[\"1.3\"]", "\"measures\":[\"1.3\",\"1.3\"]"},
        {"\"measures\":[\"1.3\"]", "\"measures\":[\"1.x\"]"},
        {"\"id\":\"3\"", "\"id\":\"1\""},
        {"\"id\":\"3\"", "\"id\":\" \""},
        {"\"level\":\"medium\"", "\"level\":\"середній\""},
        {"\"2025\":{", "\"02025\":{"},
        {"\"2025\":{", "\"1990\":{"},
        {"\"measuresMustAddressRisks\":true", "\"measuresMustAddressRisks\":1"},
        {"\"kind\":\"programme\"", "\"kind\":\"Programme\""}}) {
      assertThat(compact).contains(edit[0]);
      String broken = compact.replace(edit[0], edit[1]);
      assertThat(PlanJsonStream.tryRead(FACTORY, broken)).as(edit[1]).isNull();
      assertThat(treeRead(broken)).as(edit[1]).isNull();
    }
  }

  private static final List<String> MUTATIONS = List.of("\"", "{", "}", "[", "]", ",", ":", "null", "true",
      "-1", "1e999", "0.5", "99999999999", "\"x\"", "\\u0000", "\\", "{}", "[]", "\"kind\":\"composite\"",
      "\"number\":\"0.1\"", "", " ", "\"qualifier\":\"x\",", "\"month\":\"may\",",
      "\"text\":\"x\",", "\"name\":\"x\",", "\"kind\":\"permanent\",", "\"number\":1,", "\"year\":2020,",
      "\"level\":\"high\",", "\"level\":\"x\",", "\"probability\":7,", "\"2025\":", "\"2024\":{},",
      "\"measures\":[\"9.9\"],", "\"measures\":[\"1.1\"],", "\"id\":\"1\",", "\"kind\":\"programme\",",
      "\"resources\":\"x\",", "\"resources\":\"\",", "\"riskScale\":{},", "false", "\"sources\":[],");

  @Test
  void acceptsOnlyWhatTheTreeReaderAcceptsAndReadsItTheSame() {
    Gen<String> documents = Generate.pick(List.of(seedJson, programmeJson))
        .mix(PlanGenerators.programmes().map(plan -> PlanJson.standard().write(plan)), 30);
    Gen<String> mutated = JsonMutations.of(documents, MUTATIONS, 3);
    qt().withExamples(1500).forAll(mutated).checkAssert(json -> {
      Plan fast = PlanJsonStream.tryRead(FACTORY, json);
      if (fast != null) {
        assertThat(treeRead(json)).isEqualTo(fast);
      }
    });
  }
}
