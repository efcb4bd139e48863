package io.github.acplan.jackson3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.acplan.calendar.UkrainianCalendar;
import io.github.acplan.core.Actor;
import io.github.acplan.core.Measure;
import io.github.acplan.core.MeasureNumber;
import io.github.acplan.core.Plan;
import io.github.acplan.core.PlanPeriod;
import io.github.acplan.core.Responsible;
import io.github.acplan.core.Section;
import io.github.acplan.core.deadline.Deadline;
import io.github.acplan.core.deadline.DeadlineParser;
import io.github.acplan.core.diff.Change;
import io.github.acplan.core.diff.PlanDiff;
import io.github.acplan.core.monitoring.ExecutionMonitor;
import io.github.acplan.core.monitoring.ExecutionReport;
import io.github.acplan.core.monitoring.ExecutionStatus;
import io.github.acplan.core.monitoring.MeasureExecution;
import io.github.acplan.core.monitoring.MonitoringResult;
import io.github.acplan.core.monitoring.ReportingPeriod;
import io.github.acplan.core.risk.CorruptionRisk;
import io.github.acplan.core.risk.RiskScale;
import io.github.acplan.core.schedule.DueItem;
import io.github.acplan.core.schedule.PlanSchedule;
import io.github.acplan.core.validation.Finding;
import io.github.acplan.core.validation.PlanValidator;
import io.github.acplan.core.validation.ValidationReport;
import io.github.acplan.json.mapping.JsonMapping;
import io.github.acplan.serialization.json.PlanJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import tools.jackson.databind.json.JsonMapper;

/**
 * For every public value of the model, a user's Jackson 2 mapper and a user's Jackson 3 mapper, each with
 * acplan's module found by {@code ServiceLoader}, write generated values as the same JSON, never as
 * {@code {}}, and read back equal every type that is read (results are written only).
 *
 * <p>The values are generated from the two golden plans (a 2020 plan, a 2024–2026 programme): sections
 * dropped, measures renamed with texts that need escaping, deadlines replaced by phrases of every kind;
 * then a status file on some of the measures, the schedule, the monitoring result, the validation report
 * and the diff against the golden.
 */
class BothJacksonLinesPropertiesTest {

  private static final Path GOLDENS = Path.of("../serialization/src/test/resources/io/github/acplan/serialization");

  private static final ObjectMapper JACKSON2 = new ObjectMapper().findAndRegisterModules();
  private static final JsonMapper JACKSON3 = JsonMapper.builder().findAndAddModules().build();

  private static final List<String> TEXTS = List.of("Забезпечити", "проведення", "відділ «кадрів»",
      "лапки \" і \\ зворотна", "табуляція\tі\nрядок", "emoji 🇺🇦", "<i>", "&amp;", "ґ'є", "  ", "1.1",
      "\u0000", "\u2028");

  private static final List<String> PHRASES = List.of("Постійно", "Щопівроку",
      "Щопівроку (червень, грудень 2020 року)", "Щокварталу", "не рідше 1 разу на квартал", "Протягом року",
      "1 декада січня 2021 року", "Січень-березень 2020 р.",
      "Протягом 2-х робочих днів з моменту отримання повідомлення про конфлікт інтересів",
      "У разі оголошення конкурсу", "При призначенні на посаду; постійно",
      "У порядку та строки, визначені Законом України", "за окремим планом (не рідше 1 разу на квартал); "
          + "постійно", "Постійно (в разі надходження проекту)", "до 15 грудня", "до 31 січня 2022 р.",
      "щороку до 1 квітня", "у десятиденний строк", "01.03.2023 - 30.06.2023", "з 16 липня по 15 серпня",
      "у 2023 та 2025 роках", "протягом місяця з дня призначення", "щось незрозуміле",
      "II-III квартали 2025 року", "протягом II–IV кварталів");

  private static final List<Plan> GOLDEN_PLANS = List.of(golden("dovhyntsivskyi-2020-plan.json"),
      golden("programme-2024-2026.json"));

  private static Plan golden(String name) {
    try {
      return PlanJson.standard().read(Files.readString(GOLDENS.resolve(name), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (io.github.acplan.serialization.PlanFormatException e) {
      throw new IllegalStateException("The golden " + name + " cannot be read", e);
    }
  }

  /** A golden plan and a generated variant of it, with what the library computes from them. */
  record Sample(Plan golden, Plan plan, ExecutionReport report) {}

  private static Gen<String> texts() {
    return in -> {
      int n = Generate.range(1, 4).generate(in);
      StringBuilder b = new StringBuilder();
      for (int i = 0; i < n; i++) {
        b.append(i == 0 ? "" : " ").append(Generate.pick(TEXTS).generate(in));
      }
      return b.toString();
    };
  }

  private static Gen<Sample> samples() {
    Gen<String> texts = texts();
    return in -> {
      Plan golden = Generate.pick(GOLDEN_PLANS).generate(in);
      DeadlineParser parser = DeadlineParser.forPeriod(golden.period());
      List<Section> sections = new ArrayList<>();
      for (Section s : golden.sections()) {
        if (sections.isEmpty() || Generate.range(0, 3).generate(in) > 0) {
          List<Measure> measures = new ArrayList<>();
          for (Measure m : s.measures()) {
            Measure changed = m;
            if (Generate.range(0, 3).generate(in) == 0) {
              changed = changed.withName(texts.generate(in));
            }
            if (Generate.range(0, 2).generate(in) == 0) {
              changed = changed.withDeadline(parser.parse(Generate.pick(PHRASES).generate(in)));
            }
            measures.add(changed);
          }
          sections.add(s.withMeasures(measures));
        }
      }
      // keep the risks whose measures are still in the plan, then drop the sections
      java.util.Set<MeasureNumber> kept = new java.util.HashSet<>();
      sections.forEach(s -> s.measures().forEach(m -> kept.add(m.number())));
      List<CorruptionRisk> risks = new ArrayList<>();
      for (CorruptionRisk r : golden.risks()) {
        if (kept.containsAll(r.measures())) {
          risks.add(r);
        }
      }
      Plan plan = golden.withRisks(risks).withSections(sections);
      if (Generate.booleans().generate(in)) {
        plan = plan.withTitle(texts.generate(in));
      }
      ReportingPeriod period = ReportingPeriod.of(plan.period().firstYear(),
          Generate.enumValues(ReportingPeriod.Span.class).generate(in));
      ExecutionReport.Builder report = ExecutionReport.builder().period(period);
      for (Measure m : plan.measures()) {
        if (Generate.range(0, 2).generate(in) == 0) {
          MeasureExecution.Builder e = MeasureExecution.builder().number(m.number())
              .status(Generate.enumValues(ExecutionStatus.class).generate(in)).comment(texts.generate(in));
          if (Generate.booleans().generate(in)) {
            e.actualDate(period.startInclusive().plusDays(Generate.range(0, 80).generate(in)));
          }
          if (Generate.booleans().generate(in)) {
            e.addEvidence("https://example.gov.ua/" + m.number());
          }
          report.addEntries(e.build());
        }
      }
      if (Generate.booleans().generate(in)) {
        // an entry for a measure the plan does not have: an unknown entry of the result
        report.addEntries(MeasureExecution.builder().number(MeasureNumber.parse("99.1"))
            .status(ExecutionStatus.DONE).build());
      }
      return new Sample(golden, plan, report.build());
    };
  }

  @Test
  void everyValueIsWrittenAlikeByBothLinesAndReadBackEqual() {
    qt().withExamples(40).forAll(samples()).checkAssert(sample -> {
      Plan plan = sample.plan();
      roundTrip(plan, Plan.class);
      roundTrip(plan.period(), PlanPeriod.class);
      roundTrip(plan.riskScale(), RiskScale.class);
      for (Section s : plan.sections()) {
        roundTrip(s, Section.class);
      }
      for (Measure m : plan.measures()) {
        roundTrip(m, Measure.class);
        roundTrip(m.number(), MeasureNumber.class);
        roundTrip(m.deadline(), Deadline.class);
        roundTrip(m.responsible(), Responsible.class);
        for (Actor a : m.responsible().actors()) {
          roundTrip(a, Actor.class);
        }
        for (Deadline d : m.yearlyDeadlines().values()) {
          roundTrip(d, Deadline.class);
        }
      }
      for (CorruptionRisk r : plan.risks()) {
        roundTrip(r, CorruptionRisk.class);
      }
      ExecutionReport report = sample.report();
      roundTrip(report, ExecutionReport.class);
      roundTrip(report.period(), ReportingPeriod.class);
      for (MeasureExecution e : report.entries()) {
        roundTrip(e, MeasureExecution.class);
      }

      // results, written only
      List<DueItem> due = PlanSchedule.of(plan, UkrainianCalendar.standard()).items();
      for (DueItem item : due.subList(0, Math.min(due.size(), 30))) {
        assertThat(written(item)).contains("\"measure\":\"" + item.measure().number() + "\"",
            "\"due\":\"" + item.due() + "\"");
      }
      MonitoringResult result = ExecutionMonitor.of(plan, UkrainianCalendar.standard()).assess(report);
      assertThat(written(result)).startsWith("{\"format\":\"acplan-monitoring-result\"");
      ValidationReport validation = PlanValidator.standard().validate(plan);
      assertThat(written(validation)).startsWith("{\"errors\":");
      for (Finding f : validation.findings()) {
        assertThat(written(f)).contains("\"code\":\"" + f.code() + "\"");
      }
      List<Change> changes = PlanDiff.between(sample.golden(), plan);
      for (Change c : changes) {
        assertThat(written(c)).startsWith("{\"kind\":\"" + c.kind().id() + "\"");
      }
      if (!changes.isEmpty()) {
        assertThat(written(JsonMapping.diff(changes))).startsWith("{\"counts\":{\"");
      }
    });
  }

  /** Writes with both lines, checks they agree and the value is not written empty, reads back with both. */
  private static <T> void roundTrip(T value, Class<T> type) {
    String json = written(value);
    try {
      assertThat(JACKSON2.readValue(json, type)).as("Jackson 2 reads %s", json).isEqualTo(value);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new AssertionError("Jackson 2 cannot read " + json, e);
    }
    assertThat(JACKSON3.readValue(json, type)).as("Jackson 3 reads %s", json).isEqualTo(value);
  }

  private static String written(Object value) {
    String two;
    try {
      two = JACKSON2.writeValueAsString(value);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new AssertionError(value.getClass().getSimpleName() + " " + value, e);
    }
    String three = JACKSON3.writeValueAsString(value);
    assertThat(three).as("Jackson 3 writes %s as Jackson 2 does", value.getClass().getSimpleName())
        .isEqualTo(two);
    assertThat(two).as("%s is written as something", value.getClass().getSimpleName())
        .isNotEqualTo("{}").doesNotContain(":{}");
    return two;
  }
}
