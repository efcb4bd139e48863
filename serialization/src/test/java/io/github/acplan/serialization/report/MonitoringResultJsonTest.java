package io.github.acplan.serialization.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.acplan.core.MeasureNumber;
import io.github.acplan.core.monitoring.ExecutionReport;
import io.github.acplan.core.monitoring.ExecutionStatus;
import io.github.acplan.core.monitoring.MeasureExecution;
import io.github.acplan.core.monitoring.MonitoringResult;
import io.github.acplan.serialization.SeedPlan;
import io.github.acplan.serialization.json.MonitoringResultJson;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The JSON of a monitoring result, on the seed plan's 2020-H1 status file (next to the text's tests). */
class MonitoringResultJsonTest {

  @Test
  void theSeedPlansFirstHalfOf2020IsTheGoldenJson() {
    assertThat(MonitoringResultJson.standard().write(SeedReport.result()))
        .isEqualTo(SeedPlan.resource("report/dovhyntsivskyi-2020-H1-result.json"));
  }

  @Test
  void everyMeasureIsListedWithItsStandingVerdictAndDates() throws Exception {
    JsonNode root = new ObjectMapper().readTree(MonitoringResultJson.standard().write(SeedReport.result()));
    assertThat(root.get("format").asText()).isEqualTo(MonitoringResultJson.FORMAT);
    assertThat(root.get("measures")).hasSize(SeedReport.PLAN.measures().size());
    JsonNode late = measure(root, "4.2");
    assertThat(late.get("standing").asText()).isEqualTo("done");
    assertThat(late.get("verdict").asText()).isEqualTo("done-late");
    assertThat(late.get("dueDate").asText()).isEqualTo("2020-03-31");
    assertThat(late.get("actualDate").asText()).isEqualTo("2020-04-06");
    assertThat(late.get("onTime").asBoolean()).isFalse();
    JsonNode unreported = measure(root, "6.9");
    assertThat(unreported.get("verdict").asText()).isEqualTo("not-reported");
    assertThat(unreported.get("status").isNull()).isTrue();
    assertThat(measure(root, "1.2").get("verdict").isNull()).isTrue();
    assertThat(texts(root.get("overdue"))).containsExactly("3.6");
    assertThat(texts(root.get("unreported"))).containsExactly("6.9");
    assertThat(texts(root.get("notScheduled"))).containsExactly("1.2");
  }

  @Test
  void theSectionsSumToTheOverallFigures() throws Exception {
    JsonNode completion = new ObjectMapper().readTree(MonitoringResultJson.standard().write(SeedReport.result()))
        .get("completion");
    for (String count : List.of("total", "done", "partlyDone", "inProgress", "notDone", "notStarted",
        "notReported")) {
      int sum = 0;
      for (JsonNode section : completion.get("bySection")) {
        sum += section.get(count).asInt();
      }
      assertThat(sum).as(count).isEqualTo(completion.get("overall").get(count).asInt());
    }
    assertThat(completion.get("overall").get("percentDone").decimalValue()).isEqualByComparingTo("10.0");
    // The seed's 2020-H1 report: 4 done and 1 partly done of 40, so the NAZK's figure is 12.5.
    assertThat(completion.get("overall").get("percentDoneFullyOrPartly").decimalValue())
        .isEqualByComparingTo("12.5");
    // 1 of 9 measures of section 2 done: 11.111… rounded to one decimal.
    assertThat(completion.get("bySection").get(1).get("percentDone").decimalValue()).isEqualByComparingTo("11.1");
  }

  @Test
  void unknownEntriesAreKeptAndCompactOutputIsOneLine() throws Exception {
    ExecutionReport report = ExecutionReport.builder().from(SeedReport.statusFile())
        .addEntries(MeasureExecution.builder().number(MeasureNumber.parse("7.1"))
            .status(ExecutionStatus.NOT_DONE).comment("Такого заходу немає").addEvidence("https://a.example/")
            .build())
        .build();
    MonitoringResult result = SeedReport.MONITOR.assess(report);
    StringWriter out = new StringWriter();
    MonitoringResultJson.standard().write(result, out, false);
    assertThat(out.toString()).doesNotContain("\n");
    JsonNode unknown = new ObjectMapper().readTree(out.toString()).get("unknownEntries");
    assertThat(unknown).hasSize(1);
    assertThat(unknown.get(0).get("measure").asText()).isEqualTo("7.1");
    assertThat(unknown.get(0).get("status").asText()).isEqualTo("not-done");
    assertThat(unknown.get(0).get("actualDate").isNull()).isTrue();
    assertThat(texts(unknown.get(0).get("evidence"))).containsExactly("https://a.example/");
  }

  private static JsonNode measure(JsonNode root, String number) {
    for (JsonNode m : root.get("measures")) {
      if (m.get("measure").asText().equals(number)) {
        return m;
      }
    }
    throw new AssertionError("no measure " + number);
  }

  private static List<String> texts(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }
}
