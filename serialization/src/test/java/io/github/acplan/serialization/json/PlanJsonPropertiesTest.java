package io.github.acplan.serialization.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.acplan.core.Plan;
import io.github.acplan.core.PlanPeriod;
import io.github.acplan.core.deadline.Deadline;
import io.github.acplan.serialization.PlanFormatException;
import io.github.acplan.serialization.PlanGenerators;
import io.github.acplan.serialization.ProgrammeFixture;
import io.github.acplan.serialization.ReadAttempts;
import io.github.acplan.serialization.SeedPlan;
import io.github.acplan.serialization.text.PlanTextReader;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Round trips of the JSON form, the schema on generated plans and programmes, and robustness on damaged
 * JSON.
 */
class PlanJsonPropertiesTest {

  private static final PlanJson JSON = PlanJson.standard();
  private static String seedJson;
  private static String programmeJson;
  private static Schema schema;

  @BeforeAll
  static void setUp() throws PlanFormatException, IOException {
    seedJson = JSON.write(PlanTextReader.standard().read(SeedPlan.text()).plan());
    programmeJson = JSON.write(ProgrammeFixture.programme());
    try (InputStream in = PlanJson.class.getResourceAsStream(PlanJson.SCHEMA_RESOURCE)) {
      schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
    }
  }

  private static Plan read(String json) {
    return ReadAttempts.readBack(JSON::read, json);
  }

  @Test
  void generatedPlansAndProgrammesRoundTripPrettyAndCompact() {
    qt().withExamples(400).forAll(PlanGenerators.plansAndProgrammes()).checkAssert(plan -> {
      assertThat(read(JSON.write(plan))).isEqualTo(plan);
      assertThat(read(JSON.writeCompact(plan))).isEqualTo(plan);
    });
  }

  @Test
  void generatedDeadlinesRoundTripPrettyAndCompact() {
    Gen<String> phrases = Generate.pick(PlanGenerators.DEADLINE_PHRASES).mix(PlanGenerators.cellTexts(), 30);
    Gen<PlanPeriod> periods = Generate.range(2000, 2030)
        .zip(Generate.range(0, 2), (first, span) -> PlanPeriod.of(first, first + span));
    qt().withExamples(500).forAll(phrases, periods).checkAssert((text, period) -> {
      Deadline d = PlanGenerators.deadline(text, period);
      String compact = JSON.writeDeadline(d);
      assertThat(compact).doesNotContain("\n");
      assertThat(readDeadline(compact)).isEqualTo(d);
      assertThat(readDeadline(JSON.writeDeadline(d, true))).isEqualTo(d);
    });
  }

  private static Deadline readDeadline(String json) {
    return ReadAttempts.readBack(JSON::readDeadline, json);
  }

  @Test
  void mutatedDeadlineJsonNeverEscapesWithAnythingElse() {
    List<String> seedDeadlines = new ArrayList<>();
    try {
      for (io.github.acplan.core.Measure m : PlanTextReader.standard().read(SeedPlan.text()).plan().measures()) {
        seedDeadlines.add(JSON.writeDeadline(m.deadline()));
      }
    } catch (PlanFormatException e) {
      throw new AssertionError(e);
    }
    Gen<String> mutated = JsonMutations.of(Generate.pick(seedDeadlines), MUTATIONS, 3);
    qt().withExamples(500).forAll(mutated).checkAssert(json -> {
      try {
        JSON.readDeadline(json);
      } catch (PlanFormatException e) {
        assertThat(e.location()).matches("\\$.*|line \\d+, column \\d+");
        assertThat(e.getMessage()).doesNotContain("\n", "\r");
      }
    });
  }

  @Test
  void generatedPlansAndProgrammesAreValidAgainstTheSchema() {
    qt().withExamples(200).forAll(PlanGenerators.plansAndProgrammes()).checkAssert(plan ->
        assertThat(schema.validate(JSON.writeCompact(plan), InputFormat.JSON)).isEmpty());
  }

  private static void readsOrFailsCleanly(String json) {
    try {
      JSON.read(json);
    } catch (PlanFormatException e) {
      assertThat(e.location()).matches("\\$.*|line \\d+, column \\d+");
      assertThat(e.getMessage()).doesNotContain("\n", "\r");
    }
  }

  @Test
  void truncatedJsonNeverEscapesWithAnythingElse() {
    qt().withExamples(300).forAll(Generate.range(0, seedJson.length()))
        .checkAssert(n -> readsOrFailsCleanly(seedJson.substring(0, n)));
  }

  @Test
  void shuffledJsonLinesNeverEscapeWithAnythingElse() {
    List<String> lines = List.of(seedJson.split("\n", -1));
    qt().withExamples(300).forAll(Generate.longRange(0, Long.MAX_VALUE)).checkAssert(seed -> {
      List<String> shuffled = new ArrayList<>(lines);
      Random random = new Random(seed);
      for (int i = 0; i < 1 + random.nextInt(4); i++) {
        Collections.swap(shuffled, random.nextInt(shuffled.size()), random.nextInt(shuffled.size()));
      }
      readsOrFailsCleanly(String.join("\n", shuffled));
    });
  }

  private static final List<String> MUTATIONS = List.of("\"", "{", "}", "[", "]", ",", ":", "null", "true",
      "-1", "1e999", "0.5", "99999999999", "\"x\"", "\\u0000", "\\", "{}", "[]", "\"kind\":\"composite\"",
      "\"number\":\"0.1\"", "", " ", "\"level\":\"high\",", "\"probability\":7,", "\"2025\":",
      "\"measures\":[\"9.9\"],", "\"id\":\"1\",", "\"kind\":\"programme\",");

  @Test
  void mutatedJsonNeverEscapesWithAnythingElse() {
    Gen<String> mutated = JsonMutations.of(Generate.pick(List.of(seedJson, programmeJson)), MUTATIONS, 6);
    qt().withExamples(500).forAll(mutated).checkAssert(PlanJsonPropertiesTest::readsOrFailsCleanly);
  }
}
