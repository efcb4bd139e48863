package io.github.acplan.serialization.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.acplan.core.MeasureNumber;
import io.github.acplan.core.Plan;
import io.github.acplan.core.monitoring.ExecutionReport;
import io.github.acplan.core.monitoring.ExecutionStatus;
import io.github.acplan.core.monitoring.MeasureExecution;
import io.github.acplan.core.monitoring.ReportingPeriod;
import io.github.acplan.serialization.GoldenFiles;
import io.github.acplan.serialization.PlanFormatException;
import io.github.acplan.serialization.ReadAttempts;
import io.github.acplan.serialization.SeedPlan;
import io.github.acplan.serialization.text.PlanTextReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The status file of a monitoring report: the seed plan's report for the first half of 2020, written
 * exactly as the golden file, read back from it and from a hand-written file in the officers' words, and
 * strict reading with JSON paths.
 */
class ExecutionReportJsonTest {

  private static final String GOLDEN = "dovhyntsivskyi-2020-H1.status.json";
  private static final String HANDWRITTEN = "dovhyntsivskyi-2020-H1.handwritten.status.json";
  private static final ExecutionReportJson JSON = ExecutionReportJson.standard();
  private static final ObjectMapper TREE = new ObjectMapper();

  private static Schema schema;

  @BeforeAll
  static void readSchema() throws IOException {
    try (InputStream in = ExecutionReportJson.class.getResourceAsStream(ExecutionReportJson.SCHEMA_RESOURCE)) {
      assertThat(in).as("schema in the jar").isNotNull();
      schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
    }
  }

  /** What the officers of the seed's body report for 2020-H1 (illustrative), as the hand-written file. */
  static ExecutionReport seedReport() {
    return ExecutionReport.builder()
        .period(ReportingPeriod.parse("2020-H1"))
        .addEntries(entry("1.1", ExecutionStatus.DONE, "2020-06-26",
            "Проведено моніторинг виконання Плану заходів за I півріччя 2020 року",
            "https://dovhyntsivska.example.gov.ua/anticorruption/monitoring-2020-h1"))
        .addEntries(entry("2.1", ExecutionStatus.DONE, "2020-06-23",
            "Питання розглянуто на засіданні виконкому (рішення № 241)"))
        .addEntries(entry("2.2", ExecutionStatus.IN_PROGRESS, null,
            "Інформація на офіційному веб-сайті оновлюється постійно"))
        .addEntries(entry("3.2", ExecutionStatus.DONE, "2020-02-14", ""))
        .addEntries(entry("4.2", ExecutionStatus.PARTLY_DONE, "2020-03-31",
            "Проінформовано 45 з 52 суб'єктів декларування"))
        .addEntries(entry("5.3", ExecutionStatus.NOT_STARTED, null,
            "Повідомлень про конфлікт інтересів не надходило"))
        .addEntries(entry("6.10", ExecutionStatus.NOT_DONE, null, "Внутрішній аудит перенесено на II півріччя",
            "наказ від 15.06.2020 № 37", "https://dovhyntsivska.example.gov.ua/audit"))
        .build();
  }

  private static MeasureExecution entry(String number, ExecutionStatus status, String actualDate,
      String comment, String... evidence) {
    MeasureExecution.Builder e = MeasureExecution.builder()
        .number(MeasureNumber.parse(number))
        .status(status)
        .comment(comment)
        .addEvidence(evidence);
    if (actualDate != null) {
      e.actualDate(LocalDate.parse(actualDate));
    }
    return e.build();
  }

  @Test
  void seedReportMatchesTheGoldenFileExactly() throws IOException {
    String json = JSON.write(seedReport());
    GoldenFiles.check(GOLDEN, json);
  }

  @Test
  void theGoldenFileReadsBackOnEveryPath() throws Exception {
    String golden = SeedPlan.resource(GOLDEN);
    assertThat(JSON.read(golden)).isEqualTo(seedReport());
    assertThat(JSON.read(new StringReader(golden))).isEqualTo(seedReport());
    assertThat(JSON.read(new ByteArrayInputStream(golden.getBytes(StandardCharsets.UTF_8))))
        .isEqualTo(seedReport());
    // with a byte order mark first, as a file saved by Notepad has: passed over on every path
    assertThat(JSON.read("\uFEFF" + golden)).isEqualTo(seedReport());
    assertThat(JSON.read(new StringReader("\uFEFF" + golden))).isEqualTo(seedReport());
    String compact = JSON.writeCompact(seedReport());
    assertThat(compact).doesNotContain("\n")
        .startsWith("{\"format\":\"acplan-execution-report\",\"version\":1,\"period\":\"2020-H1\","
            + "\"asOf\":\"2020-06-30\",\"entries\":[{\"measure\":\"1.1\",\"status\":\"done\","
            + "\"actualDate\":\"2020-06-26\",");
    assertThat(JSON.read(compact)).isEqualTo(seedReport());
  }

  @Test
  void aHandWrittenFileInTheOfficersWordsReadsAsTheSameReport() throws Exception {
    ExecutionReport read = JSON.read(SeedPlan.resource(HANDWRITTEN));
    assertThat(read).isEqualTo(seedReport());
    assertThat(read.asOf()).isEqualTo(LocalDate.of(2020, 6, 30));
    assertThat(read.entry(MeasureNumber.parse("4.2")).orElseThrow().status())
        .isEqualTo(ExecutionStatus.PARTLY_DONE);
  }

  @Test
  void everyReportedMeasureIsInTheSeedPlan() throws PlanFormatException {
    Plan seed = PlanTextReader.standard().read(SeedPlan.text()).plan();
    assertThat(seedReport().entries()).allSatisfy(e -> assertThat(seed.measure(e.number())).isPresent());
  }

  @Test
  void theGoldenFileIsValidAgainstThePublishedSchemaWhichIsNotVacuous() throws IOException {
    assertThat(schema.validate(SeedPlan.resource(GOLDEN), InputFormat.JSON)).isEmpty();
    ObjectNode bad = tree();
    bad.put("period", "2020-H3");
    ((ObjectNode) bad.at("/entries/0")).put("status", "зроблено");
    ((ObjectNode) bad.at("/entries/1")).put("actualDate", "23.06.2020");
    ((ObjectNode) bad.at("/entries/2")).put("coment", "x");
    ((ObjectNode) bad.at("/entries/3")).remove("measure");
    assertThat(schema.validate(bad.toString(), InputFormat.JSON)).hasSizeGreaterThanOrEqualTo(5);
  }

  @Test
  void theJacksonModuleWritesAndReadsTheSameForm() throws Exception {
    ObjectMapper mapper = JsonMapper.builder().addModule(new AcplanJacksonModule()).build();
    String json = mapper.writeValueAsString(seedReport());
    assertThat(json).isEqualTo(JSON.writeCompact(seedReport()));
    assertThat(mapper.readValue(json, ExecutionReport.class)).isEqualTo(seedReport());
  }

  @Test
  void aReportingDateOtherThanThePeriodsEndIsKept() throws Exception {
    ExecutionReport q = ExecutionReport.builder().from(seedReport()).asOf(LocalDate.of(2020, 6, 15)).build();
    JsonNode written = TREE.readTree(JSON.write(q));
    assertThat(written.get("asOf").asText()).isEqualTo("2020-06-15");
    assertThat(JSON.read(written.toString())).isEqualTo(q).isNotEqualTo(seedReport());
  }

  // ------------------------------------------------------------------ errors with their JSON path

  private static ObjectNode tree() throws IOException {
    return (ObjectNode) TREE.readTree(JSON.write(seedReport()));
  }

  private static PlanFormatException failure(String json) {
    return ReadAttempts.failure(JSON::read, json);
  }

  @Test
  void anUnknownStatusNamesTheChoices() throws IOException {
    ObjectNode root = tree();
    ((ObjectNode) root.at("/entries/3")).put("status", "зроблено");
    PlanFormatException e = failure(root.toString());
    assertThat(e.location()).isEqualTo("$.entries[3].status");
    assertThat(e.problem()).isEqualTo("expected a status, one of [done, partly-done, in-progress, not-done, "
        + "not-started] or [виконано, виконано частково, виконується, не виконано, не розпочато]; found the "
        + "string \"зроблено\"");
  }

  @Test
  void aBadDateGivesItsPath() throws IOException {
    ObjectNode root = tree();
    ((ObjectNode) root.at("/entries/1")).put("actualDate", "23.06.2020");
    PlanFormatException e = failure(root.toString());
    assertThat(e.location()).isEqualTo("$.entries[1].actualDate");
    assertThat(e.problem()).isEqualTo("expected an ISO date like \"2020-06-30\"; found the string \"23.06.2020\"");

    root = tree();
    root.put("asOf", "2020-02-30");
    assertThat(failure(root.toString()).location()).isEqualTo("$.asOf");
  }

  @Test
  void aMeasureReportedTwiceNamesTheSecondAndTheFirst() throws IOException {
    ObjectNode root = tree();
    ((ObjectNode) root.at("/entries/5")).put("measure", "2.1");
    PlanFormatException e = failure(root.toString());
    assertThat(e.location()).isEqualTo("$.entries[5].measure");
    assertThat(e.problem()).isEqualTo("measure 2.1 is reported more than once (first at $.entries[1])");
  }

  @Test
  void aReportingDateOutsideThePeriodIsAnError() throws IOException {
    ObjectNode root = tree();
    root.put("asOf", "2020-07-01");
    PlanFormatException e = failure(root.toString());
    assertThat(e.location()).isEqualTo("$.asOf");
    assertThat(e.problem()).isEqualTo("the reporting date 2020-07-01 is outside the period 2020-H1 "
        + "(2020-01-01..2020-06-30)");
  }

  @Test
  void unknownAndMissingPropertiesAreErrors() throws IOException {
    ObjectNode root = tree();
    ((ObjectNode) root.at("/entries/2")).put("coment", "x");
    PlanFormatException e = failure(root.toString());
    assertThat(e.location()).isEqualTo("$.entries[2].coment");
    // the known names in the order Jackson gives them
    assertThat(e.problem()).startsWith("unknown property; expected one of [")
        .contains("measure", "status", "actualDate", "comment", "evidence");

    root = tree();
    ((ObjectNode) root.at("/entries/2")).remove("status");
    e = failure(root.toString());
    assertThat(e.location()).isEqualTo("$.entries[2].status");
    assertThat(e.problem()).isEqualTo("missing required property");

    root = tree();
    root.put("plan", "x");
    assertThat(failure(root.toString()).location()).isEqualTo("$.plan");

    root = tree();
    root.remove("entries");
    assertThat(failure(root.toString()).location()).isEqualTo("$.entries");
  }

  @Test
  void badHeaderValuesGiveTheirPath() throws IOException {
    ObjectNode root = tree();
    root.put("format", "acplan-plan");
    PlanFormatException e = failure(root.toString());
    assertThat(e.location()).isEqualTo("$.format");
    assertThat(e.problem()).isEqualTo("expected \"acplan-execution-report\"; found \"acplan-plan\"");

    root = tree();
    root.put("version", 2);
    assertThat(failure(root.toString()).location()).isEqualTo("$.version");

    root = tree();
    root.put("period", "2020-H3");
    e = failure(root.toString());
    assertThat(e.location()).isEqualTo("$.period");
    assertThat(e.problem()).startsWith("Not a reporting period: \"2020-H3\"");

    root = tree();
    root.put("period", "1990-H1");
    assertThat(failure(root.toString()).location()).isEqualTo("$.period");

    root = tree();
    ((ObjectNode) root.at("/entries/0")).put("measure", "1");
    assertThat(failure(root.toString()).location()).isEqualTo("$.entries[0].measure");

    root = tree();
    ((ArrayNode) root.at("/entries/0/evidence")).add(7);
    e = failure(root.toString());
    assertThat(e.location()).isEqualTo("$.entries[0].evidence[1]");
    assertThat(e.problem()).isEqualTo("expected a string; found the number 7");
  }

  @Test
  void aPlanIsNotAStatusFile() {
    PlanFormatException e = failure(SeedPlan.resource("dovhyntsivskyi-2020-plan.json"));
    // read streaming, the first property that cannot be a status file's is the plan's first
    assertThat(e.location()).isEqualTo("$.schemaVersion");
    assertThat(e.problem()).startsWith("unknown property; expected one of [")
        .contains("format", "version", "period", "asOf", "entries");
  }

  @Test
  void syntaxErrorsDuplicatesAndLimits() {
    PlanFormatException e = failure("{\n  \"format\": \"acplan-execution-report\",\n  \"version\" 1\n}");
    assertThat(e.location()).isEqualTo("line 3, column 13");
    PlanFormatException duplicate = failure("{\"period\":\"2020\",\"period\":\"2021\"}");
    assertThat(duplicate.location()).isEqualTo("$.period");
    assertThat(duplicate.problem()).startsWith("duplicate property");
    String twice = SeedPlan.resource(GOLDEN).replaceFirst("\"status\":", "\"status\":\"done\",\"status\":");
    assertThat(failure(twice).location()).isEqualTo("$.entries[0].status");
    assertThat(failure("").location()).isEqualTo("$");
    assertThat(failure("[]").problem()).isEqualTo("expected an object; found an array");
    assertThat(failure("{} {}").problem()).isEqualTo("missing required property");
    assertThat(failure(SeedPlan.resource(GOLDEN) + " {}").problem()).contains("Trailing token");
    assertThat(failure("[".repeat(1000) + "]".repeat(1000)).problem()).contains("nesting depth");
    ExecutionReportJson small = ExecutionReportJson.standard().withLimits(new PlanJson.Limits(16, 100, 10_000));
    assertThat(small.limits().maxStringLength()).isEqualTo(100);
    String longComment = SeedPlan.resource(GOLDEN).replace("Питання розглянуто", "я".repeat(200));
    assertThatThrownBy(() -> small.read(longComment)).isInstanceOf(PlanFormatException.class)
        .hasMessageContaining("String value length");
  }
}
