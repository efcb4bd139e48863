package io.github.acplan.serialization.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.acplan.core.Measure;
import io.github.acplan.core.MeasureNumber;
import io.github.acplan.core.Plan;
import io.github.acplan.core.PlanKind;
import io.github.acplan.core.risk.CorruptionRisk;
import io.github.acplan.core.risk.RiskScale;
import io.github.acplan.serialization.GoldenFiles;
import io.github.acplan.serialization.PlanFormatException;
import io.github.acplan.serialization.ProgrammeFixture;
import io.github.acplan.serialization.ReadAttempts;
import io.github.acplan.serialization.SeedPlan;
import io.github.acplan.serialization.text.PlanTextReader;
import io.github.acplan.serialization.text.RiskRegisterTextReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The JSON form of an anti-corruption programme: kind, risk register, risk scale, resources and
 * deadlines per year; old documents read as before; errors name their JSON path.
 */
class ProgrammeJsonTest {

  private static final String GOLDEN = ProgrammeFixture.GOLDEN;
  private static final String SEED_GOLDEN = "dovhyntsivskyi-2020-plan.json";
  private static final PlanJson JSON = PlanJson.standard();
  private static final ObjectMapper TREE = new ObjectMapper();

  private static Plan programme;
  private static Plan seed;
  private static Schema schema;

  @BeforeAll
  static void setUp() throws PlanFormatException, IOException {
    programme = ProgrammeFixture.programme();
    seed = PlanTextReader.standard().read(SeedPlan.text()).plan();
    try (InputStream in = PlanJson.class.getResourceAsStream(PlanJson.SCHEMA_RESOURCE)) {
      schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
    }
  }

  @Test
  void programmeMatchesTheGoldenFileExactly() throws IOException {
    String json = JSON.write(programme);
    GoldenFiles.check(GOLDEN, json);
  }

  @Test
  void programmePropertiesComeInTheDocumentedOrder() throws IOException {
    JsonNode root = TREE.readTree(JSON.write(programme));
    assertThat(root.fieldNames()).toIterable().containsExactly("schemaVersion", "kind", "title", "body",
        "period", "approval", "measuresMustAddressRisks", "sections", "risks");
    assertThat(root.get("kind").asText()).isEqualTo("programme");
    assertThat(root.get("measuresMustAddressRisks").booleanValue()).isTrue();
    JsonNode m12 = root.at("/sections/0/measures/1");
    assertThat(m12.fieldNames()).toIterable().containsExactly("number", "name", "deadline", "yearlyDeadlines",
        "responsible", "resources", "indicators", "expectedResults");
    assertThat(m12.get("yearlyDeadlines").fieldNames()).toIterable().containsExactly("2025", "2026");
    assertThat(m12.at("/yearlyDeadlines/2025/text").asText()).isEqualTo("до 31 травня 2025 р.");
    assertThat(m12.get("resources").asText()).isEqualTo("Кошти місцевого бюджету в межах кошторису");
    assertThat(root.at("/sections/0/measures/0").has("yearlyDeadlines")).isFalse();
    JsonNode risk = root.at("/risks/0");
    assertThat(risk.fieldNames()).toIterable().containsExactly("id", "function", "risk", "description",
        "sources", "probability", "consequence", "level", "measures");
    // NAZK 2021: 3 × 3 = 9 and 2 × 3 = 6 are high, 2 × 2 = 4 is medium
    assertThat(root.findValuesAsText("level")).containsExactly("high", "high", "medium");
    assertThat(root.at("/risks/1/measures").toString()).isEqualTo("[\"2.1\",\"2.2\",\"2.3\"]");
    // the default scale is left out
    assertThat(root.has("riskScale")).isFalse();
  }

  @Test
  void programmeRoundTripsOnEveryPath() throws Exception {
    String pretty = JSON.write(programme);
    String compact = JSON.writeCompact(programme);
    assertThat(JSON.read(pretty)).isEqualTo(programme);
    assertThat(JSON.read(compact)).isEqualTo(programme);
    assertThat(JSON.read(new StringReader(compact))).isEqualTo(programme);
    assertThat(JSON.read(new ByteArrayInputStream(pretty.getBytes(StandardCharsets.UTF_8))))
        .isEqualTo(programme);
    Plan read = JSON.read(pretty);
    assertThat(read.kind()).isEqualTo(PlanKind.PROGRAMME);
    assertThat(read.risksAddressedBy(MeasureNumber.parse("1.2"))).extracting(CorruptionRisk::id)
        .containsExactly("1");
    assertThat(read.measure(MeasureNumber.parse("1.2")).map(Measure::yearlyDeadlines).orElseThrow())
        .containsOnlyKeys(2025, 2026);
  }

  @Test
  void aRegisterReadFromTextRoundTripsThroughJson() throws Exception {
    Plan register = RiskRegisterTextReader.standard()
        .read(SeedPlan.resource("sonyachnyi-2024-2026-register.txt")).plan();
    assertThat(register.risks()).isNotEmpty();
    String json = JSON.write(register);
    assertThat(JSON.read(json)).isEqualTo(register);
    assertThat(schema.validate(json, InputFormat.JSON)).isEmpty();
  }

  @Test
  void theJacksonModuleWritesAndReadsTheProgramme() throws Exception {
    ObjectMapper mapper = JsonMapper.builder().addModule(new AcplanJacksonModule()).build();
    String json = mapper.writeValueAsString(programme);
    assertThat(json).isEqualTo(JSON.writeCompact(programme));
    assertThat(mapper.readValue(json, Plan.class)).isEqualTo(programme);
  }

  @Test
  void programmeIsValidAgainstThePublishedSchemaWhichRejectsBadRegisters() throws IOException {
    assertThat(schema.validate(JSON.write(programme), InputFormat.JSON)).isEmpty();
    Plan otherScale = programme.withRiskScale(RiskScale.of(1, 5, 5, 12)).withMeasuresMustAddressRisks(false);
    assertThat(schema.validate(JSON.write(otherScale), InputFormat.JSON)).isEmpty();

    ObjectNode bad = tree(programme);
    ((ObjectNode) bad.at("/risks/0")).put("probability", "висока");
    ((ObjectNode) bad.at("/risks/1")).put("level", "extreme");
    ((ObjectNode) bad.at("/sections/0/measures/1/yearlyDeadlines")).put("25", "до 1 червня");
    bad.put("kind", "Programme");
    assertThat(schema.validate(bad.toString(), InputFormat.JSON)).hasSizeGreaterThanOrEqualTo(4);
  }

  @Test
  void theSeedWithoutTheNewPropertiesIsStillWrittenAndReadAsBefore() throws Exception {
    // the golden file predates programmes: writing the seed gives it byte for byte
    assertThat(JSON.write(seed)).isEqualTo(SeedPlan.resource(SEED_GOLDEN));
    Plan read = JSON.read(SeedPlan.resource(SEED_GOLDEN));
    assertThat(read).isEqualTo(seed);
    assertThat(read.kind()).isEqualTo(PlanKind.PLAN);
    assertThat(read.risks()).isEmpty();
    assertThat(read.riskScale()).isEqualTo(RiskScale.NAZK_2021);
    assertThat(read.measuresMustAddressRisks()).isFalse();
    assertThat(read.measures()).allSatisfy(m -> {
      assertThat(m.resources()).isEmpty();
      assertThat(m.yearlyDeadlines()).isEmpty();
    });
  }

  @Test
  void thePropertiesWrittenOutAtTheirDefaultsReadAsLeftOut() throws Exception {
    ObjectNode root = tree(seed);
    root.put("kind", "plan");
    root.putObject("riskScale").put("minScore", 1).put("maxScore", 3).put("mediumFrom", 3).put("highFrom", 6);
    root.put("measuresMustAddressRisks", false);
    root.putArray("risks");
    ((ObjectNode) root.at("/sections/0/measures/0")).put("resources", "").putObject("yearlyDeadlines");
    assertThat(JSON.read(root.toString())).isEqualTo(seed);
  }

  @Test
  void theLevelIsDerivedIgnoredOnReadingAndLeftOutOffTheScale() throws Exception {
    ObjectNode root = tree(programme);
    ((ObjectNode) root.at("/risks/0")).put("level", "low"); // stale: the scores say high
    ((ObjectNode) root.at("/risks/1")).remove("level");
    assertThat(JSON.read(root.toString())).isEqualTo(programme);
    assertThat(failure(root.toString().replace("\"level\":\"medium\"", "\"level\":\"високий\"")).location())
        .isEqualTo("$.risks[2].level");

    CorruptionRisk offScale = CorruptionRisk.builder().from(programme.risks().get(2)).probability(4).build();
    Plan withOffScale = programme.withRisks(programme.risks().get(0), programme.risks().get(1), offScale);
    JsonNode written = TREE.readTree(JSON.write(withOffScale));
    assertThat(written.at("/risks/2").has("level")).isFalse();
    assertThat(written.at("/risks/2/probability").intValue()).isEqualTo(4);
    assertThat(JSON.read(written.toString())).isEqualTo(withOffScale);
  }

  // ------------------------------------------------------------------ errors with their JSON path

  private static ObjectNode tree(Plan plan) throws IOException {
    return (ObjectNode) TREE.readTree(JSON.write(plan));
  }

  private static PlanFormatException failure(String json) {
    return ReadAttempts.failure(JSON::read, json);
  }

  @Test
  void aMistypedScoreGivesItsPath() throws IOException {
    ObjectNode root = tree(programme);
    ((ObjectNode) root.at("/risks/1")).put("probability", "висока");
    PlanFormatException e = failure(root.toString());
    assertThat(e.location()).isEqualTo("$.risks[1].probability");
    assertThat(e.problem()).isEqualTo("expected an integer; found the string \"висока\"");
  }

  @Test
  void aBadYearlyDeadlineGivesItsPathWithTheYear() throws IOException {
    ObjectNode root = tree(programme);
    ((ObjectNode) root.at("/sections/0/measures/1/yearlyDeadlines")).put("2025", "до 31 травня 2025 р.");
    PlanFormatException e = failure(root.toString());
    assertThat(e.location()).isEqualTo("$.sections[0].measures[1].yearlyDeadlines.2025");
    assertThat(e.problem()).startsWith("expected a deadline object");

    root = tree(programme);
    ((ObjectNode) root.at("/sections/0/measures/1/yearlyDeadlines/2026")).put("kind", "someday");
    assertThat(failure(root.toString()).location())
        .isEqualTo("$.sections[0].measures[1].yearlyDeadlines.2026.kind");

    for (String year : new String[] {"25", "02025", "1990", "рік"}) {
      root = tree(programme);
      ObjectNode yearly = (ObjectNode) root.at("/sections/0/measures/1/yearlyDeadlines");
      yearly.set(year, yearly.remove("2025"));
      e = failure(root.toString());
      assertThat(e.location()).isEqualTo("$.sections[0].measures[1].yearlyDeadlines." + year);
      assertThat(e.problem()).contains("four digits");
    }

    root = tree(programme);
    ((ObjectNode) root.at("/sections/0/measures/1")).putArray("yearlyDeadlines");
    assertThat(failure(root.toString()).location()).isEqualTo("$.sections[0].measures[1].yearlyDeadlines");
  }

  @Test
  void aRiskLinkedToAMissingMeasureNamesTheLink() throws IOException {
    ObjectNode root = tree(programme);
    ((ArrayNode) root.at("/risks/0/measures")).add("3.1");
    PlanFormatException e = failure(root.toString());
    assertThat(e.location()).isEqualTo("$.risks[0].measures[2]");
    assertThat(e.problem()).isEqualTo("measure 3.1 is not in the plan");

    root = tree(programme);
    ((ArrayNode) root.at("/risks/1/measures")).add("2.1");
    e = failure(root.toString());
    assertThat(e.location()).isEqualTo("$.risks[1].measures[3]");
    assertThat(e.problem()).isEqualTo("measure 2.1 is linked twice");

    root = tree(programme);
    ((ArrayNode) root.at("/risks/0/measures")).set(0, "1.x");
    assertThat(failure(root.toString()).location()).isEqualTo("$.risks[0].measures[0]");
  }

  @Test
  void aDuplicateOrBlankRiskIdentifierNamesTheSecond() throws IOException {
    ObjectNode root = tree(programme);
    ((ObjectNode) root.at("/risks/2")).put("id", "1");
    PlanFormatException e = failure(root.toString());
    assertThat(e.location()).isEqualTo("$.risks[2].id");
    assertThat(e.problem()).isEqualTo("the risk identifier \"1\" is already used at $.risks[0]");

    root = tree(programme);
    ((ObjectNode) root.at("/risks/1")).put("id", " ");
    assertThat(failure(root.toString()).location()).isEqualTo("$.risks[1].id");
  }

  @Test
  void badProgrammePropertiesGiveTheirPath() throws IOException {
    ObjectNode root = tree(programme);
    root.put("kind", "Programme");
    PlanFormatException e = failure(root.toString());
    assertThat(e.location()).isEqualTo("$.kind");
    assertThat(e.problem()).isEqualTo("expected one of [plan, programme]; found \"Programme\"");

    root = tree(programme);
    root.put("measuresMustAddressRisks", "так");
    assertThat(failure(root.toString()).location()).isEqualTo("$.measuresMustAddressRisks");

    root = tree(programme);
    root.putObject("riskScale").put("minScore", 1).put("maxScore", 3).put("mediumFrom", 6).put("highFrom", 3);
    e = failure(root.toString());
    assertThat(e.location()).isEqualTo("$.riskScale");
    assertThat(e.problem()).contains("mediumFrom 6");

    root = tree(programme);
    root.putObject("riskScale").put("minScore", 1).put("maxScore", 3).put("mediumFrom", 3);
    assertThat(failure(root.toString()).location()).isEqualTo("$.riskScale.highFrom");

    root = tree(programme);
    ((ObjectNode) root.at("/risks/0")).put("severity", 3);
    e = failure(root.toString());
    assertThat(e.location()).isEqualTo("$.risks[0].severity");
    assertThat(e.problem()).startsWith("unknown property");

    root = tree(programme);
    ((ObjectNode) root.at("/risks/0")).remove("sources");
    assertThat(failure(root.toString()).location()).isEqualTo("$.risks[0].sources");

    root = tree(programme);
    ((ObjectNode) root.at("/sections/1/measures/0")).put("resources", 1000);
    assertThat(failure(root.toString()).location()).isEqualTo("$.sections[1].measures[0].resources");

    root = tree(programme);
    root.put("risks", "none");
    assertThat(failure(root.toString()).location()).isEqualTo("$.risks");
  }
}
