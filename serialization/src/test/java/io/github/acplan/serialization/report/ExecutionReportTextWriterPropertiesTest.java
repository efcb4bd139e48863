package io.github.acplan.serialization.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.acplan.core.Measure;
import io.github.acplan.core.MeasureNumber;
import io.github.acplan.core.monitoring.ExecutionReport;
import io.github.acplan.core.monitoring.ExecutionStatus;
import io.github.acplan.core.monitoring.MeasureAssessment;
import io.github.acplan.core.monitoring.MeasureExecution;
import io.github.acplan.core.monitoring.MonitoringResult;
import io.github.acplan.core.monitoring.ReportingPeriod;
import io.github.acplan.serialization.json.MonitoringResultJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.impl.Constraint;

/** The report text and JSON over random status files for the seed plan, in any period of 2020. */
class ExecutionReportTextWriterPropertiesTest {

  private static final ExecutionStatus[] STATUSES = ExecutionStatus.values();

  private static int pick(RandomnessSource in, int min, int max) {
    return (int) in.next(Constraint.between(min, max));
  }

  private static LocalDate dayIn(RandomnessSource in, ReportingPeriod p) {
    return p.startInclusive().plusDays(pick(in, 0, (int) (p.endInclusive().toEpochDay()
        - p.startInclusive().toEpochDay())));
  }

  /** Random entries for about half the measures, and now and then one for a number not in the plan. */
  private static Gen<MonitoringResult> results() {
    return in -> {
      ReportingPeriod.Span[] spans = ReportingPeriod.Span.values();
      ReportingPeriod period = ReportingPeriod.of(2020, spans[pick(in, 0, spans.length - 1)]);
      ExecutionReport.Builder r = ExecutionReport.builder().period(period).asOf(dayIn(in, period));
      for (Measure m : SeedReport.PLAN.measures()) {
        if (pick(in, 0, 1) == 1) {
          MeasureExecution.Builder e = MeasureExecution.builder().number(m.number())
              .status(STATUSES[pick(in, 0, STATUSES.length - 1)])
              .comment(pick(in, 0, 1) == 1 ? "Рядок 1\nрядок 2" : "");
          if (pick(in, 0, 1) == 1) {
            e.actualDate(dayIn(in, period));
          }
          r.addEntries(e.build());
        }
      }
      if (pick(in, 0, 3) == 0) {
        r.addEntries(MeasureExecution.builder().number(MeasureNumber.parse("9.9"))
            .status(ExecutionStatus.DONE).build());
      }
      return SeedReport.MONITOR.assess(r.build());
    };
  }

  @Test
  void everyCountedMeasureIsWrittenOnceAndTheOthersOnlyNamed() {
    qt().withExamples(60).forAll(results()).checkAssert(result -> {
      String text = ExecutionReportTextWriter.standard().write(result);
      assertThat(text).doesNotContain("\r").endsWith("\n");
      for (MeasureAssessment a : result.assessments()) {
        String head = "\n" + a.number() + " " + a.measure().name().strip().replaceAll("\\s+", " ") + "\n";
        int times = text.split(Pattern.quote(head), -1).length - 1;
        assertThat(times).as(a.toString()).isEqualTo(a.counted() ? 1 : 0);
      }
      assertThat(text.contains("(" + result.unknownEntries().size() + "):"))
          .isEqualTo(!result.unknownEntries().isEmpty());
    });
  }

  @Test
  void theOverallLineGivesTheCompletionFigures() {
    qt().withExamples(60).forAll(results()).checkAssert(result -> {
      String uk = ExecutionReportTextWriter.standard().write(result);
      String en = ExecutionReportTextWriter.standard().write(result, Locale.ENGLISH);
      assertThat(uk).contains("\nЗагалом: усього " + result.completion().total() + "; виконано "
          + result.completion().done() + " (");
      assertThat(en).contains("\nOverall: total " + result.completion().total() + "; done "
          + result.completion().done() + " (");
      // The NAZK's headline figure closes the overall line: done fully and partly together.
      assertThat(uk).containsPattern("\nЗагалом: [^\n]*; виконано \\(повністю та частково\\) "
          + result.completion().doneFullyOrPartly() + " \\([0-9]+,[0-9] %\\)\n");
      assertThat(en).containsPattern("\nOverall: [^\n]*; done fully or partly "
          + result.completion().doneFullyOrPartly() + " \\([0-9]+\\.[0-9]%\\)\n");
      assertThat(uk.lines().count()).isEqualTo(en.lines().count());
    });
  }

  @Test
  void theJsonSectionsSumToTheOverallAndPercentagesStayWithin0To100() {
    ObjectMapper mapper = new ObjectMapper();
    qt().withExamples(60).forAll(results()).checkAssert(result -> {
      JsonNode root;
      try {
        root = mapper.readTree(MonitoringResultJson.standard().write(result));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      JsonNode completion = root.get("completion");
      int total = 0;
      int done = 0;
      for (JsonNode s : completion.get("bySection")) {
        total += s.get("total").asInt();
        done += s.get("done").asInt();
        assertThat(s.get("percentDone").asDouble()).isBetween(0.0, 100.0);
      }
      assertThat(total).isEqualTo(completion.get("overall").get("total").asInt());
      assertThat(done).isEqualTo(completion.get("overall").get("done").asInt());
      for (JsonNode a : completion.get("byActor")) {
        assertThat(a.get("percentDone").asDouble()).isBetween(0.0, 100.0);
      }
      assertThat(root.get("measures")).hasSize(result.assessments().size());
      assertThat(root.get("unknownEntries")).hasSize(result.unknownEntries().size());
    });
  }
}
