package io.github.acplan.serialization.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.acplan.core.Plan;
import io.github.acplan.core.Section;
import io.github.acplan.core.deadline.Deadline;
import io.github.acplan.json.mapping.ScreenedText;
import io.github.acplan.serialization.GoldenFiles;
import io.github.acplan.serialization.PlanFormatException;
import io.github.acplan.serialization.ReadAttempts;
import io.github.acplan.serialization.SeedPlan;
import io.github.acplan.serialization.text.PlanTextReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The JSON form of the seed plan, its schema, and strict reading with JSON paths. */
class PlanJsonTest {

  private static final String GOLDEN = "dovhyntsivskyi-2020-plan.json";
  private static final PlanJson JSON = PlanJson.standard();
  private static final ObjectMapper TREE = new ObjectMapper();

  private static Plan seed;

  @BeforeAll
  static void readSeed() throws PlanFormatException {
    seed = PlanTextReader.standard().read(SeedPlan.text()).plan();
  }

  @Test
  void seedMatchesTheGoldenFileExactly() throws IOException {
    String json = JSON.write(seed);
    GoldenFiles.check(GOLDEN, json);
  }

  @Test
  void aByteOrderMarkFirstIsPassedOverOnEveryPath() throws Exception {
    // a file saved by Notepad with its mark: as bytes Jackson passes it over; as text it came to the parser
    // as a character no JSON begins with ("Unexpected character ('\uFEFF')" at line 1, column 1)
    String marked = "\uFEFF" + SeedPlan.resource(GOLDEN);
    assertThat(JSON.read(marked)).isEqualTo(seed);
    assertThat(JSON.read(new StringReader(marked))).isEqualTo(seed);
    assertThat(JSON.read(new ByteArrayInputStream(marked.getBytes(StandardCharsets.UTF_8)))).isEqualTo(seed);
    assertThat(JSON.readDeadline("\uFEFF" + JSON.writeDeadline(seed.sections().get(0).measures().get(0).deadline())))
        .isEqualTo(seed.sections().get(0).measures().get(0).deadline());
    // one mark only: a second is a character inside the text, where JSON has none
    assertThatThrownBy(() -> JSON.read("\uFEFF" + marked)).isInstanceOf(PlanFormatException.class)
        .hasMessageContaining("line 1, column 1");
    assertThatThrownBy(() -> JSON.read(new StringReader("\uFEFF" + marked))).isInstanceOf(PlanFormatException.class)
        .hasMessageContaining("line 1, column 1");
    // an empty text with only its mark is an empty document, as an empty text is
    assertThatThrownBy(() -> JSON.read("\uFEFF")).isInstanceOf(PlanFormatException.class)
        .hasMessageContaining("empty document");
    assertThatThrownBy(() -> JSON.read(new StringReader("\uFEFF"))).isInstanceOf(PlanFormatException.class)
        .hasMessageContaining("empty document");
  }

  @Test
  void propertiesComeInTheDocumentedOrder() throws IOException {
    JsonNode root = TREE.readTree(JSON.write(seed));
    assertThat(root.fieldNames()).toIterable().containsExactly("schemaVersion", "title", "body", "period",
        "approval", "signatory", "sections");
    JsonNode measure = root.at("/sections/0/measures/0");
    assertThat(measure.fieldNames()).toIterable().containsExactly("number", "name", "deadline",
        "responsible", "indicators", "expectedResults");
    assertThat(root.at("/approval/date").asText()).isEqualTo("2020-01-09");
    assertThat(root.at("/approval/kind").asText()).isEqualTo("rozporiadzhennia");
    assertThat(measure.at("/deadline/kind").isTextual()).isTrue();
    assertThat(root.at("/sections/5/measures/0/responsible/actors/1/kind").asText())
        .isEqualTo("collegial-body");
  }

  @Test
  void seedRoundTripsPrettyAndCompact() throws Exception {
    assertThat(JSON.read(JSON.write(seed))).isEqualTo(seed);
    String compact = JSON.writeCompact(seed);
    assertThat(compact).doesNotContain("\n").startsWith("{\"schemaVersion\":1,\"title\":");
    assertThat(JSON.read(compact)).isEqualTo(seed);
    assertThat(JSON.read(new StringReader(compact))).isEqualTo(seed);
    assertThat(JSON.read(new ByteArrayInputStream(compact.getBytes(StandardCharsets.UTF_8)))).isEqualTo(seed);
  }

  @Test
  void seedJsonIsValidAgainstThePublishedSchema() throws IOException {
    Schema schema;
    try (InputStream in = PlanJson.class.getResourceAsStream(PlanJson.SCHEMA_RESOURCE)) {
      assertThat(in).as("schema in the jar").isNotNull();
      schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
    }
    List<Error> errors = schema.validate(JSON.write(seed), InputFormat.JSON);
    assertThat(errors).isEmpty();
    // and the schema is not vacuous: it rejects what the reader rejects
    ObjectNode bad = (ObjectNode) TREE.readTree(JSON.write(seed));
    ((ObjectNode) bad.at("/sections/2/measures/0")).put("number", "3.x");
    bad.put("extra", true);
    assertThat(schema.validate(bad.toString(), InputFormat.JSON)).hasSizeGreaterThanOrEqualTo(2);
  }

  @Test
  void theJacksonModuleWritesAndReadsTheSameForm() throws Exception {
    ObjectMapper mapper = JsonMapper.builder().addModule(new AcplanJacksonModule()).build();
    String json = mapper.writeValueAsString(seed);
    assertThat(json).isEqualTo(JSON.writeCompact(seed));
    assertThat(mapper.readValue(json, Plan.class)).isEqualTo(seed);
    Deadline d = seed.measures().get(0).deadline();
    assertThat(mapper.readValue(mapper.writeValueAsString(d), Deadline.class)).isEqualTo(d);
  }

  // ------------------------------------------------------------------ strict reading

  private static ObjectNode seedTree() throws IOException {
    return (ObjectNode) TREE.readTree(JSON.write(seed));
  }

  private static PlanFormatException failure(String json) {
    return ReadAttempts.failure(JSON::read, json);
  }

  @Test
  void wrongTypeGivesItsJsonPath() throws IOException {
    ObjectNode root = seedTree();
    ((ObjectNode) root.at("/sections/2/measures/0")).put("number", 31);
    PlanFormatException e = failure(root.toString());
    assertThat(e.location()).isEqualTo("$.sections[2].measures[0].number");
    assertThat(e.problem()).isEqualTo("expected a string; found the number 31");
  }

  @Test
  void malformedMeasureNumberGivesItsJsonPath() throws IOException {
    ObjectNode root = seedTree();
    ((ObjectNode) root.at("/sections/2/measures/0")).put("number", "3..1");
    assertThat(failure(root.toString()).location()).isEqualTo("$.sections[2].measures[0].number");
  }

  @Test
  void controlCharactersFromTheInputAreEscapedSoTheMessageStaysOneLine() throws IOException {
    ObjectNode root = seedTree();
    root.put("schem\rsion", 1);
    PlanFormatException e = failure(root.toString());
    assertThat(e.location()).isEqualTo("$.schem\\rsion");
    assertThat(e.getMessage()).doesNotContain("\r", "\n").startsWith("$.schem\\rsion: unknown property");
  }

  @Test
  void unknownAndMissingPropertiesAreErrors() throws IOException {
    ObjectNode root = seedTree();
    ((ObjectNode) root.at("/sections/1/measures/3/responsible/actors/0")).put("role", "x");
    PlanFormatException e = failure(root.toString());
    assertThat(e.location()).isEqualTo("$.sections[1].measures[3].responsible.actors[0].role");
    assertThat(e.problem()).startsWith("unknown property");

    root = seedTree();
    ((ObjectNode) root.at("/sections/0/measures/1")).remove("indicators");
    e = failure(root.toString());
    assertThat(e.location()).isEqualTo("$.sections[0].measures[1].indicators");
    assertThat(e.problem()).isEqualTo("missing required property");

    root = seedTree();
    ((ObjectNode) root.at("/sections/0/measures/1/deadline")).put("kind", "com.example.Evil");
    assertThat(failure(root.toString()).location()).isEqualTo("$.sections[0].measures[1].deadline.kind");
  }

  @Test
  void missingOrNullRequiredPropertiesAreNamedAtEveryLevel() throws IOException {
    // missing, in shapes read whole (a plan, a measure) and in shapes nested in them (an actor, the approval)
    String[][] missing = {
        {"", "title"}, {"/sections/0/measures/1", "name"}, {"/sections/1/measures/3/responsible/actors/0", "kind"},
        {"/approval", "number"}, {"/signatory", "name"}, {"/period", "lastYear"}};
    for (String[] c : missing) {
      ObjectNode root = seedTree();
      ((ObjectNode) (c[0].isEmpty() ? root : root.at(c[0]))).remove(c[1]);
      PlanFormatException e = failure(root.toString());
      String at = "$" + c[0].replaceAll("/([0-9]+)", "[$1]").replace('/', '.') + "." + c[1];
      assertThat(e.location()).as(c[1]).isEqualTo(at);
      assertThat(e.problem()).as(c[1]).isEqualTo("missing required property");
    }
    // null, where a value is required: what was expected
    ObjectNode root = seedTree();
    ((ObjectNode) root.at("/sections/0/measures/1")).putNull("name");
    PlanFormatException e = failure(root.toString());
    assertThat(e.location()).isEqualTo("$.sections[0].measures[1].name");
    assertThat(e.problem()).isEqualTo("expected a string; found null");
    root = seedTree();
    ((ObjectNode) root.at("/period")).putNull("firstYear");
    assertThat(failure(root.toString()).problem()).isEqualTo("expected an integer; found null");
    root = seedTree();
    root.putNull("sections");
    assertThat(failure(root.toString()).problem()).isEqualTo("expected an array; found null");
  }

  @Test
  void structuralViolationsBecomeFormatErrors() throws IOException {
    ObjectNode root = seedTree();
    ((ObjectNode) root.at("/sections/0/measures/1")).put("number", "2.1");
    PlanFormatException e = failure(root.toString());
    assertThat(e.location()).isEqualTo("$.sections[0]");
    assertThat(e.problem()).contains("2.1");

    root = seedTree();
    ((ArrayNode) root.at("/sections/0/measures/1/indicators")).add("  ");
    assertThat(failure(root.toString()).location()).isEqualTo("$.sections[0].measures[1].indicators[1]");

    root = seedTree();
    root.put("schemaVersion", 2);
    assertThat(failure(root.toString()).location()).isEqualTo("$.schemaVersion");

    root = seedTree();
    ((ObjectNode) root.at("/approval")).put("date", "2020-02-30");
    assertThat(failure(root.toString()).location()).isEqualTo("$.approval.date");
  }

  @Test
  void syntaxErrorsGiveLineAndColumn() {
    PlanFormatException e = failure("{\n  \"schemaVersion\": 1,\n  \"title\" \"x\"\n}");
    assertThat(e.location()).isEqualTo("line 3, column 11");
    assertThat(failure("").location()).isEqualTo("$");
    assertThat(failure("[]").problem()).isEqualTo("expected an object; found an array");
    // reading streams: a plan is checked as it is read, then the end of the document
    assertThat(failure(JSON.writeCompact(seed) + " {}").problem()).contains("Trailing token");
  }

  @Test
  void aPropertyNamedTwiceIsRefusedAtItsPath() {
    PlanFormatException e = failure("{\"title\":\"a\",\"title\":\"b\"}");
    assertThat(e.location()).isEqualTo("$.title");
    assertThat(e.problem()).isEqualTo("duplicate property: an object names each property once");

    String json = JSON.writeCompact(seed);
    // the first measure's number, the first "permanent" deadline's kind, the first actor's kind, each twice
    assertThat(failure(json.replaceFirst("\"number\":\"1\\.1\"", "\"number\":\"1.1\",\"number\":\"1.1\"")).location())
        .isEqualTo("$.sections[0].measures[0].number");
    assertThat(failure(json.replaceFirst("\"kind\":\"permanent\"", "\"kind\":\"permanent\",\"kind\":\"permanent\""))
        .location()).isEqualTo("$.sections[0].measures[2].deadline.deadline.kind"); // inside a conditional
    assertThat(failure(json.replaceFirst("\"actors\":\\[\\{\"kind\":\"([a-z-]+)\"",
        "\"actors\":[{\"kind\":\"$1\",\"kind\":\"$1\"")).location())
        .matches("\\$\\.sections\\[0\\]\\.measures\\[0\\]\\.responsible\\.actors\\[0\\]\\.kind");
    // a year given twice among a measure's yearly deadlines
    String yearly = json.replaceFirst("\"responsible\":", "\"yearlyDeadlines\":{\"2021\":{\"kind\":\"permanent\","
        + "\"text\":\"Постійно\"},\"2021\":{\"kind\":\"permanent\",\"text\":\"Постійно\"}},\"responsible\":");
    assertThat(failure(yearly).location()).isEqualTo("$.sections[0].measures[0].yearlyDeadlines.2021");
    assertThat(deadlineFailure("{\"kind\":\"permanent\",\"text\":\"a\",\"text\":\"b\"}").location())
        .isEqualTo("$.text");
  }

  @Test
  void aValueOfTheWrongShapeNamesWhatWasFound() {
    String json = JSON.writeCompact(seed);
    PlanFormatException e = failure(json.replaceFirst("\"responsible\":", "\"yearlyDeadlines\":[],\"responsible\":"));
    assertThat(e.location()).isEqualTo("$.sections[0].measures[0].yearlyDeadlines");
    assertThat(e.problem()).isEqualTo("expected an object; found an array");
    e = failure(json.replaceFirst("\"responsible\":", "\"yearlyDeadlines\":5,\"responsible\":"));
    assertThat(e.problem()).isEqualTo("expected an object; found the number 5");
    // a year whose deadline is null is refused at the year, not by the measure's builder
    e = failure(json.replaceFirst("\"responsible\":", "\"yearlyDeadlines\":{\"2021\":null},\"responsible\":"));
    assertThat(e.location()).isEqualTo("$.sections[0].measures[0].yearlyDeadlines.2021");
    assertThat(e.problem()).isEqualTo("expected a deadline object with a \"kind\"; found null");
  }

  @Test
  void loneSurrogatesAreRefusedWithTheirPath() throws Exception {
    String json = JSON.writeCompact(seed);
    String title = seed.sections().get(0).measures().get(1).name();
    PlanFormatException e = failure(json.replace(title, title + "\\ud800"));
    assertThat(e.location()).isEqualTo("$.sections[0].measures[1].name");
    assertThat(e.problem()).contains("lone surrogate");

    e = deadlineFailure("{\"kind\":\"permanent\",\"text\":\"\\udc00Постійно\"}");
    assertThat(e.location()).isEqualTo("$.text");
    // a pair is a character, not an error
    assertThat(JSON.readDeadline("{\"kind\":\"permanent\",\"text\":\"\\ud83d\\ude00\"}").text()).isEqualTo("😀");
    // in a kind, whose ids are compared with the parser's characters first: refused as in any text
    e = deadlineFailure("{\"kind\":\"permanent\\ud800\",\"text\":\"Постійно\"}");
    assertThat(e.location()).isEqualTo("$.kind");
    assertThat(e.problem()).contains("lone surrogate");
    e = failure(json.replace("\"kind\":\"position\"", "\"kind\":\"\\udc00position\""));
    assertThat(e.location()).isEqualTo("$.sections[0].measures[0].responsible.actors[0].kind");
    assertThat(e.problem()).contains("lone surrogate");
  }

  @Test
  void rawLoneSurrogatesAreRefusedWithTheirPathWhereverTheParserMeetsThem() throws Exception {
    String json = JSON.writeCompact(seed);
    // the first measure's name is in the parser's first block of text, the last section's in a later one
    String first = seed.sections().get(0).measures().get(0).name();
    Section lastSection = seed.sections().get(seed.sections().size() - 1);
    String last = lastSection.measures().get(lastSection.measures().size() - 1).name();
    assertThat(json.indexOf(last)).isGreaterThan(8192);
    String lastPath = "$.sections[" + (seed.sections().size() - 1) + "].measures["
        + (lastSection.measures().size() - 1) + "].name";
    for (String[] place : new String[][] {{first, "$.sections[0].measures[0].name"}, {last, lastPath}}) {
      String hostile = json.replace(place[0], place[0] + "\ud800".translateEscapes());
      PlanFormatException e = failure(hostile);
      assertThat(e.location()).isEqualTo(place[1]);
      assertThat(e.problem()).contains("lone surrogate (U+D800)");
      PlanFormatException fromReader = ReadAttempts.failure(PlanJsonTest::readFromReader, hostile);
      assertThat(fromReader.location()).isEqualTo(place[1]);
      // a low surrogate first, then its high one: two lone ones, not a pair
      assertThat(failure(json.replace(place[0], "\udc00\ud83d".translateEscapes() + place[0])).location())
          .isEqualTo(place[1]);
    }
    // a pair anywhere is a character: the plan reads, and the strings after it are checked one by one
    String emoji = "\ud83d\ude00".translateEscapes();
    String withPair = json.replace(first, first + emoji).replace(last, last + "\udfff".translateEscapes());
    assertThat(failure(withPair).location()).isEqualTo(lastPath);
    Plan read = JSON.read(json.replace(first, first + emoji));
    assertThat(read.sections().get(0).measures().get(0).name()).isEqualTo(first + emoji);
  }

  @Test
  void aStringIsReadAlikeWholeAndBeyondTheLengthCopiedWhole() throws Exception {
    String json = JSON.writeCompact(seed);
    assertThat(json.length()).as("the seed is copied whole").isLessThanOrEqualTo(ScreenedText.MAX_LENGTH);
    Section lastSection = seed.sections().get(seed.sections().size() - 1);
    String last = lastSection.measures().get(lastSection.measures().size() - 1).name();
    String lastPath = "$.sections[" + (seed.sections().size() - 1) + "].measures["
        + (lastSection.measures().size() - 1) + "].name";
    // leading white space makes a text too long to be copied whole: it is read in blocks
    String padded = " ".repeat(ScreenedText.MAX_LENGTH - json.length()) + json;
    for (String text : List.of(json, padded, "\uFEFF" + padded, " " + padded, "\uFEFF " + padded)) {
      assertThat(JSON.read(text)).isEqualTo(seed);
      for (String surrogate : List.of("\ud800", "\\ud800", "\\udfff")) {
        PlanFormatException e = failure(text.replace(last, last + surrogate));
        assertThat(e.location()).isEqualTo(lastPath);
        assertThat(e.problem()).contains("lone surrogate");
      }
      String emoji = "\ud83d\ude00";
      Plan withEmoji = JSON.read(text.replace(last, last + emoji));
      assertThat(withEmoji.sections().get(seed.sections().size() - 1).measures()
          .get(lastSection.measures().size() - 1).name()).isEqualTo(last + emoji);
      assertThat(failure(text.replace(last, last + emoji + "\ud800")).location()).isEqualTo(lastPath);
      assertThat(failure(text + " {}").problem()).contains("Trailing token");
      for (String broken : List.of(text + "}", text.substring(0, text.length() - 1), text + " {}")) {
        PlanFormatException fromString = failure(broken);
        PlanFormatException fromReader = ReadAttempts.failure(PlanJsonTest::readFromReader, broken);
        assertThat(fromString.location()).isEqualTo(fromReader.location());
        assertThat(fromString.problem()).isEqualTo(fromReader.problem());
      }
    }
  }

  private static Plan readFromReader(String json) throws PlanFormatException {
    try {
      return JSON.read(new StringReader(json));
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringReader does not fail
    }
  }

  @Test
  void limitsBoundHostileInput() {
    String deep = "[".repeat(1000) + "]".repeat(1000);
    assertThat(failure(deep).problem()).contains("nesting depth");
    PlanJson small = PlanJson.standard().withLimits(new PlanJson.Limits(16, 100, 10_000));
    String longString = "{\"title\":\"" + "я".repeat(200) + "\"}";
    assertThatThrownBy(() -> small.read(longString)).isInstanceOf(PlanFormatException.class)
        .hasMessageContaining("String value length");
    // whitespace, which the reader skips without looking at a value: only the length can stop it
    String big = "{" + " ".repeat(20_000) + "}";
    assertThatThrownBy(() -> small.read(big)).isInstanceOf(PlanFormatException.class)
        .hasMessageContaining("Document length")
        .hasMessageNotContaining("StreamReadConstraints").hasMessageNotContaining("Source:");
    assertThatThrownBy(() -> new PlanJson.Limits(2, 1, 1)).isInstanceOf(IllegalArgumentException.class);
  }

  // ------------------------------------------------------------------ a single deadline

  @Test
  void everySeedDeadlineRoundTripsAsTheMeasuresDeadlineObject() throws Exception {
    JsonNode root = TREE.readTree(JSON.writeCompact(seed));
    int checked = 0;
    for (int s = 0; s < seed.sections().size(); s++) {
      for (int m = 0; m < seed.sections().get(s).measures().size(); m++) {
        Deadline d = seed.sections().get(s).measures().get(m).deadline();
        String json = JSON.writeDeadline(d);
        assertThat(json).doesNotContain("\n").isEqualTo(root.at("/sections/" + s + "/measures/" + m
            + "/deadline").toString());
        assertThat(JSON.readDeadline(json)).isEqualTo(d);
        String pretty = JSON.writeDeadline(d, true);
        assertThat(pretty).endsWith("}\n");
        assertThat(JSON.readDeadline(pretty)).isEqualTo(d);
        checked++;
      }
    }
    assertThat(checked).isEqualTo(seed.measures().size()).isGreaterThan(20);
  }

  @Test
  void deadlinesUseLogicalNamesNotJavaNames() throws PlanFormatException {
    Deadline d = io.github.acplan.core.deadline.DeadlineParser.forPeriod(
        io.github.acplan.core.PlanPeriod.of(2020, 2020)).parse("Щопівроку (червень, грудень 2020 року)");
    String json = JSON.writeDeadline(d);
    assertThat(json).isEqualTo("{\"kind\":\"periodic\",\"text\":\"Щопівроку (червень, грудень 2020 року)\","
        + "\"every\":\"half-year\",\"times\":1,\"minimum\":false,\"months\":[\"june\",\"december\"],"
        + "\"year\":2020}");
    assertThat(JSON.readDeadline(json)).isEqualTo(d);
  }

  @Test
  void aDayOfTheNextMonthAndARangeOfQuartersAreOptionalProperties() throws PlanFormatException {
    io.github.acplan.core.deadline.DeadlineParser parser = io.github.acplan.core.deadline.DeadlineParser
        .forPeriod(io.github.acplan.core.PlanPeriod.ofYear(2025));
    Deadline report = parser.parse("щокварталу до 10 числа місяця, наступного за звітним");
    String json = JSON.writeDeadline(report);
    assertThat(json).isEqualTo("{\"kind\":\"periodic\",\"text\":\"щокварталу до 10 числа місяця, наступного за "
        + "звітним\",\"every\":\"quarter\",\"times\":1,\"minimum\":false,"
        + "\"dayOfNextMonth\":10}");
    assertThat(JSON.readDeadline(json)).isEqualTo(report);
    Deadline quarters = parser.parse("II-III квартали 2025 року");
    json = JSON.writeDeadline(quarters);
    assertThat(json).isEqualTo("{\"kind\":\"during-period\",\"text\":\"II-III квартали 2025 року\","
        + "\"unit\":\"quarter\",\"index\":2,\"years\":[2025],\"lastIndex\":3}");
    assertThat(JSON.readDeadline(json)).isEqualTo(quarters);
    // Absent, they are the plain forms: the JSON of every earlier plan reads as before.
    assertThat(JSON.writeDeadline(parser.parse("Щокварталу"))).doesNotContain("dayOfNextMonth");
    assertThat(JSON.writeDeadline(parser.parse("протягом II кварталу"))).doesNotContain("lastIndex");
    assertThat(deadlineFailure("{\"kind\":\"during-period\",\"text\":\"x\",\"unit\":\"quarter\","
        + "\"index\":3,\"years\":[],\"lastIndex\":2}").getMessage()).contains("later quarter");
  }

  private static PlanFormatException deadlineFailure(String json) {
    return ReadAttempts.failure(JSON::readDeadline, json);
  }

  @Test
  void badDeadlinesGiveTheirJsonPath() {
    PlanFormatException e = deadlineFailure("{\"kind\":\"periodic\",\"text\":\"Щопівроку\","
        + "\"every\":\"HALF_YEAR\",\"times\":1,\"minimum\":false,\"months\":[],\"dates\":[]}");
    assertThat(e.location()).isEqualTo("$.every");
    assertThat(e.problem()).startsWith("expected one of [").endsWith("found \"HALF_YEAR\"");
    assertThat(e.getMessage()).contains("$.every");

    e = deadlineFailure("{\"kind\":\"conditional\",\"text\":\"Постійно (в разі потреби)\","
        + "\"deadline\":{\"kind\":\"java.lang.Runtime\",\"text\":\"Постійно\"},\"condition\":\"x\"}");
    assertThat(e.location()).isEqualTo("$.deadline.kind");
    assertThat(e.problem()).startsWith("unknown deadline kind");

    e = deadlineFailure("{\"kind\":\"permanent\",\"text\":\"Постійно\",\"extra\":1}");
    assertThat(e.location()).isEqualTo("$.extra");
    assertThat(e.problem()).startsWith("unknown property");

    e = deadlineFailure("{\"kind\":\"permanent\"}");
    assertThat(e.location()).isEqualTo("$.text");
    assertThat(e.problem()).isEqualTo("missing required property");

    assertThat(deadlineFailure("[]").location()).isEqualTo("$");
    assertThat(deadlineFailure("").location()).isEqualTo("$");
    assertThat(deadlineFailure("{\"kind\":\"permanent\",\"text\":\"Постійно\"} 1").problem())
        .contains("Trailing token");
    assertThat(deadlineFailure("{\"kind\":\"permanent\",\n\"text\" 1}").location())
        .isEqualTo("line 2, column 8");
  }

  @Test
  void aDeadlineIsCheckedAgainstItsOwnKindsProperties() {
    // a property of another kind, even null, is not one of this kind's: the error lists this kind's
    PlanFormatException e = deadlineFailure("{\"kind\":\"permanent\",\"text\":\"Постійно\",\"bound\":null}");
    assertThat(e.location()).isEqualTo("$.bound");
    assertThat(e.problem()).isEqualTo("unknown property; expected one of [kind, text]");
    // a property no kind has: named with the kind's list too, wherever it stands
    e = deadlineFailure("{\"extra\":1,\"kind\":\"on-event\",\"text\":\"У разі потреби\",\"event\":\"у разі потреби\"}");
    assertThat(e.location()).isEqualTo("$.extra");
    assertThat(e.problem()).isEqualTo("unknown property; expected one of [kind, text, event]");
    // plain values keep their types: no number for a string, no string for a number
    e = deadlineFailure("{\"kind\":\"within-working-days\",\"text\":\"x\",\"workingDays\":\"5\",\"event\":\"\"}");
    assertThat(e.location()).isEqualTo("$.workingDays");
    assertThat(e.problem()).isEqualTo("expected an integer; found the string \"5\"");
    e = deadlineFailure("{\"kind\":\"statutory\",\"text\":7,\"reference\":\"у строки\"}");
    assertThat(e.location()).isEqualTo("$.text");
    assertThat(e.problem()).isEqualTo("expected a string; found the number 7");
    // a nested deadline of the wrong kind, and one that is not an object
    e = deadlineFailure("{\"kind\":\"periodic\",\"text\":\"Щороку\",\"every\":\"year\",\"times\":1,"
        + "\"minimum\":false,\"dates\":[{\"kind\":\"permanent\",\"text\":\"Постійно\"}]}");
    assertThat(e.location()).isEqualTo("$.dates[0].kind");
    assertThat(e.problem()).isEqualTo("expected a deadline of kind \"by-date\" here; found \"permanent\"");
    e = deadlineFailure("{\"kind\":\"conditional\",\"text\":\"x\",\"deadline\":\"Постійно\",\"condition\":\"y\"}");
    assertThat(e.location()).isEqualTo("$.deadline");
    assertThat(e.problem()).startsWith("expected a deadline object with a \"kind\"; found");
  }

  @Test
  void deadlineReadingHasThePlanLimits() {
    String deep = "[".repeat(1000) + "]".repeat(1000);
    assertThat(deadlineFailure(deep).problem()).contains("nesting depth");
    PlanJson small = PlanJson.standard().withLimits(new PlanJson.Limits(16, 100, 10_000));
    String longText = "{\"kind\":\"permanent\",\"text\":\"" + "я".repeat(200) + "\"}";
    assertThatThrownBy(() -> small.readDeadline(longText)).isInstanceOf(PlanFormatException.class)
        .hasMessageContaining("String value length");
  }
}
