package io.github.acplan.serialization.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.acplan.core.MeasureNumber;
import io.github.acplan.core.monitoring.ExecutionReport;
import io.github.acplan.core.monitoring.ExecutionStatus;
import io.github.acplan.core.monitoring.MeasureExecution;
import io.github.acplan.core.monitoring.ReportingPeriod;
import io.github.acplan.serialization.PlanFormatException;
import io.github.acplan.serialization.PlanGenerators;
import io.github.acplan.serialization.ReadAttempts;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Round trips of status files, the schema on generated reports, and robustness on damaged JSON. */
class ExecutionReportJsonPropertiesTest {

  private static final ExecutionReportJson JSON = ExecutionReportJson.standard();
  private static Schema schema;

  @BeforeAll
  static void readSchema() throws IOException {
    try (InputStream in = ExecutionReportJson.class.getResourceAsStream(ExecutionReportJson.SCHEMA_RESOURCE)) {
      schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
    }
  }

  /**
   * Reports of every span of a year, reported as of the period's end or a day within it, on up to 8
   * distinct measures, with texts that need escaping.
   */
  static Gen<ExecutionReport> reports() {
    Gen<String> cell = PlanGenerators.cellTexts();
    return in -> {
      ReportingPeriod period = ReportingPeriod.of(Generate.range(1991, 2100).generate(in),
          Generate.enumValues(ReportingPeriod.Span.class).generate(in));
      ExecutionReport.Builder report = ExecutionReport.builder().period(period);
      long days = period.endInclusive().toEpochDay() - period.startInclusive().toEpochDay();
      if (Generate.booleans().generate(in)) {
        report.asOf(period.startInclusive().plusDays(Generate.longRange(0, days).generate(in)));
      }
      int n = Generate.range(0, 8).generate(in);
      Set<MeasureNumber> used = new HashSet<>();
      for (int i = 0; i < n; i++) {
        MeasureNumber number = MeasureNumber.of(Generate.range(1, 7).generate(in),
            Generate.range(1, 12).generate(in));
        if (!used.add(number)) {
          continue;
        }
        MeasureExecution.Builder e = MeasureExecution.builder()
            .number(number)
            .status(Generate.enumValues(ExecutionStatus.class).generate(in))
            .comment(cell.generate(in));
        if (Generate.booleans().generate(in)) {
          e.actualDate(period.startInclusive().minusDays(60).plusDays(Generate.longRange(0, days + 120)
              .generate(in)));
        }
        int links = Generate.range(0, 2).generate(in);
        for (int l = 0; l < links; l++) {
          e.addEvidence(Generate.booleans().generate(in) ? "https://example.gov.ua/" + l : cell.generate(in));
        }
        report.addEntries(e.build());
      }
      return report.build();
    };
  }

  private static ExecutionReport read(String json) {
    return ReadAttempts.readBack(JSON::read, json);
  }

  @Test
  void generatedReportsRoundTripPrettyAndCompact() {
    qt().withExamples(400).forAll(reports()).checkAssert(report -> {
      assertThat(read(JSON.write(report))).isEqualTo(report);
      assertThat(read(JSON.writeCompact(report))).isEqualTo(report);
    });
  }

  @Test
  void statusesInTheOfficersWordsInAnyCaseReadAsTheIdentifiers() {
    qt().withExamples(200).forAll(reports(), Generate.booleans()).checkAssert((report, upper) -> {
      String json = JSON.writeCompact(report);
      for (ExecutionStatus s : ExecutionStatus.values()) {
        String words = upper ? s.ukrainian().toUpperCase(Locale.ROOT) : s.ukrainian();
        json = json.replace("\"status\":\"" + s.id() + "\"", "\"status\":\"" + words + "\"");
      }
      assertThat(read(json)).isEqualTo(report);
    });
  }

  @Test
  void generatedReportsAreValidAgainstTheSchema() {
    qt().withExamples(150).forAll(reports()).checkAssert(report ->
        assertThat(schema.validate(JSON.writeCompact(report), InputFormat.JSON)).isEmpty());
  }

  private static final List<String> MUTATIONS = List.of("\"", "{", "}", "[", "]", ",", ":", "null", "true",
      "-1", "1e999", "0.5", "\"x\"", "\\u0000", "\\", "{}", "[]", "", " ", "\"status\":\"done\",",
      "\"measure\":\"1.1\",", "\"actualDate\":\"2020-02-30\",", "\"asOf\":\"2021-01-01\",", "\"2020-Q5\"",
      "\"виконано\"", "\"evidence\":[1],");

  @Test
  void mutatedStatusFilesNeverEscapeWithAnythingElse() {
    Gen<String> documents = Generate.constant(JSON.write(ExecutionReportJsonTest.seedReport()))
        .mix(reports().map(report -> JSON.write(report)), 50);
    Gen<String> mutated = JsonMutations.of(documents, MUTATIONS, 4);
    qt().withExamples(800).forAll(mutated).checkAssert(json -> {
      try {
        JSON.read(json);
      } catch (PlanFormatException e) {
        assertThat(e.location()).matches("\\$.*|line \\d+, column \\d+");
        assertThat(e.getMessage()).doesNotContain("\n", "\r");
      }
    });
  }
}
