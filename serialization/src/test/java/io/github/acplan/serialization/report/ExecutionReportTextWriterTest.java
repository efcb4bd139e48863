package io.github.acplan.serialization.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.acplan.calendar.UkrainianCalendar;
import io.github.acplan.core.Measure;
import io.github.acplan.core.MeasureNumber;
import io.github.acplan.core.Plan;
import io.github.acplan.core.PlanKind;
import io.github.acplan.core.PlanPeriod;
import io.github.acplan.core.ResponsibleParser;
import io.github.acplan.core.Section;
import io.github.acplan.core.deadline.Deadline;
import io.github.acplan.core.deadline.DeadlineParser;
import io.github.acplan.core.monitoring.ExecutionMonitor;
import io.github.acplan.core.monitoring.ExecutionReport;
import io.github.acplan.core.monitoring.ExecutionStatus;
import io.github.acplan.core.monitoring.MeasureExecution;
import io.github.acplan.core.monitoring.MonitoringResult;
import io.github.acplan.core.monitoring.ReportingPeriod;
import io.github.acplan.core.risk.CorruptionRisk;
import io.github.acplan.serialization.SeedPlan;
import io.github.acplan.serialization.json.ExecutionReportJson;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ExecutionReportTextWriterTest {

  @Test
  void theSeedPlansFirstHalfOf2020InUkrainianIsTheGoldenText() {
    assertThat(ExecutionReportTextWriter.standard().write(SeedReport.result()))
        .isEqualTo(SeedPlan.resource("report/dovhyntsivskyi-2020-H1-report.uk.txt"));
  }

  @Test
  void theHandWrittenStatusFileMeetsThePublishedSchema() throws IOException {
    try (InputStream in = ExecutionReportJson.class.getResourceAsStream(ExecutionReportJson.SCHEMA_RESOURCE)) {
      Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
      assertThat(schema.validate(SeedReport.statusText(), InputFormat.JSON)).isEmpty();
    }
    assertThat(SeedReport.statusFile().entries()).hasSize(39);
  }

  @Test
  void theSameInEnglish() {
    assertThat(ExecutionReportTextWriter.standard().write(SeedReport.result(), Locale.ENGLISH))
        .isEqualTo(SeedPlan.resource("report/dovhyntsivskyi-2020-H1-report.en.txt"));
  }

  @Test
  void writesTheTitleInTheGenitiveWithThePeriodAndTheReportingDate() {
    String text = ExecutionReportTextWriter.standard().write(SeedReport.result());
    assertThat(text.lines().limit(2)).containsExactly(
        "Інформація про стан виконання Плану заходів щодо запобігання та виявлення корупції"
            + " у виконкомі Довгинцівської районної в місті ради на 2020 рік",
        "за I півріччя 2020 року (станом на 30.06.2020)");
    assertThat(text).doesNotContain("\r").endsWith("\n");
  }

  @Test
  void aLateMeasureShowsItsDueDateAndVerdict() {
    String text = ExecutionReportTextWriter.standard().write(SeedReport.result());
    assertThat(text).contains("  Строк виконання: Січень-березень 2020 р. — до 31.03.2020\n"
        + "  Відповідальні: Головний спеціаліст з питань запобігання і виявлення корупції, керівники"
        + " структурних підрозділів\n"
        + "  Стан виконання: виконано 06.04.2020\n"
        + "  Оцінка: виконано з порушенням строку\n");
  }

  @Test
  void theOverdueAndUnreportedMeasuresAreListedAndTheNextYearsMeasureOnlyNamed() {
    String text = ExecutionReportTextWriter.standard().write(SeedReport.result());
    assertThat(text).contains("Прострочено (1):\n  3.6 ").contains(" — до 31.03.2020, виконано частково\n");
    assertThat(text).contains("6.9 Забезпечувати належне функціонування");
    assertThat(text).contains("  Стан виконання: не звітовано\n");
    assertThat(text).contains("Не звітовано (1):\n  6.9 ");
    // "1 декада січня 2021 року" has nothing in 2020-H1 and no entry: named on the last line only.
    assertThat(text).doesNotContain("1.2 Розробити");
    assertThat(text).endsWith("Не передбачено у звітному періоді: 1.2\n");
  }

  @Test
  void entriesForNumbersNotInThePlanAreKept() {
    ExecutionReport report = ExecutionReport.builder().from(SeedReport.statusFile()).addEntries(MeasureExecution.builder()
        .number(MeasureNumber.parse("6.11")).status(ExecutionStatus.DONE).actualDate(LocalDate.of(2020, 5, 4))
        .comment("Проведено інвентаризацію").build()).build();
    MonitoringResult result = SeedReport.MONITOR.assess(report);
    String text = ExecutionReportTextWriter.standard().write(result);
    assertThat(text).contains("Записи про заходи, яких немає в плані (1):\n"
        + "  6.11: виконано 04.05.2020 — Проведено інвентаризацію\n");
    assertThat(ExecutionReportTextWriter.standard().write(result, Locale.ENGLISH))
        .contains("Entries for measures not in the plan (1):\n  6.11: done 04.05.2020 — Проведено інвентаризацію\n");
  }

  @Test
  void percentagesHaveOneDecimalWithACommaInUkrainian() {
    ExecutionReport report = ExecutionReport.builder().period(ReportingPeriod.parse("2020-H1"))
        .addEntries(MeasureExecution.builder().number(MeasureNumber.parse("1.1")).status(ExecutionStatus.DONE)
            .actualDate(LocalDate.of(2020, 6, 1)).build())
        .build();
    MonitoringResult result = SeedReport.MONITOR.assess(report);
    // 1 of 40 counted measures: 2.5 %; section 1 has 1.1 (done) and 1.3 (reportable): 50.0 %.
    String uk = ExecutionReportTextWriter.standard().write(result);
    assertThat(uk).contains("Загалом: усього 40; виконано 1 (2,5 %); не звітовано 39;"
        + " виконано (повністю та частково) 1 (2,5 %)\n");
    assertThat(uk).contains("  1. Забезпечення системного підходу до запобігання та виявлення проявів корупції:"
        + " усього 2; виконано 1 (50,0 %); не звітовано 1\n");
    assertThat(uk).contains("  5. Запобігання, врегулювання та виявлення конфлікту інтересів:"
        + " усього 4; виконано 0 (0,0 %); не звітовано 4\n");
    assertThat(ExecutionReportTextWriter.standard().write(result, Locale.ENGLISH))
        .contains("Overall: total 40; done 1 (2.5%); not reported 39; done fully or partly 1 (2.5%)\n");
  }

  @Test
  void aProgrammeShowsTheDeadlineOfTheReportsYearAndItsPeriodInTheTitle() {
    PlanPeriod period = PlanPeriod.of(2024, 2026);
    DeadlineParser parser = DeadlineParser.forPeriod(period);
    Plan programme = Plan.builder()
        .title("АНТИКОРУПЦІЙНА ПРОГРАМА")
        .body("виконавчого комітету міської ради")
        .period(period)
        .kind(PlanKind.PROGRAMME)
        .addSections(Section.builder().number(1).title("Публічні закупівлі")
            .addMeasures(Measure.builder().number(MeasureNumber.parse("1.1"))
                .name("Оновлення порядку розгляду тендерної документації")
                .deadline(Deadline.unparsed(""))
                .putYearlyDeadlines(2024, parser.parse("до 1 липня 2024 р."))
                .putYearlyDeadlines(2025, parser.parse("до 31 травня 2025 р."))
                .responsible(ResponsibleParser.parse("Відділ закупівель"))
                .build())
            .build())
        .addRisks(CorruptionRisk.builder().id("Р-1").function("Публічні закупівлі")
            .risk("Дискримінаційні вимоги у тендерній документації").probability(2).consequence(3)
            .addMeasures(MeasureNumber.parse("1.1")).build())
        .build();
    ExecutionReport report = ExecutionReport.builder().period(ReportingPeriod.parse("2025-H1"))
        .addEntries(MeasureExecution.builder().number(MeasureNumber.parse("1.1"))
            .status(ExecutionStatus.NOT_STARTED).build())
        .build();
    String text = ExecutionReportTextWriter.standard().write(
        ExecutionMonitor.of(programme, UkrainianCalendar.standard()).assess(report));
    assertThat(text).startsWith("Інформація про стан виконання Антикорупційної програми виконавчого комітету"
        + " міської ради на 2024–2026 роки\nза I півріччя 2025 року (станом на 30.06.2025)\n");
    // 31 May 2025 was a Saturday: the term ends on Monday 2 June, and on 30 June it has run out.
    assertThat(text).contains("1.1 Оновлення порядку розгляду тендерної документації\n"
        + "  Строк виконання: до 31 травня 2025 р. — до 02.06.2025, прострочено\n"
        + "  Відповідальні: Відділ закупівель\n"
        + "  Корупційний ризик: Р-1 (високий) — Дискримінаційні вимоги у тендерній документації\n"
        + "  Стан виконання: не розпочато\n"
        + "  Оцінка: не виконано\n");
    // In English the level is English; the register's own texts stay as written.
    assertThat(ExecutionReportTextWriter.standard().write(
            ExecutionMonitor.of(programme, UkrainianCalendar.standard()).assess(report), Locale.ENGLISH))
        .contains("  Corruption risk: Р-1 (high) — Дискримінаційні вимоги у тендерній документації\n");
  }

  @Test
  void theSameResultGivesTheSameText() {
    assertThat(ExecutionReportTextWriter.standard().write(SeedReport.result()))
        .isEqualTo(ExecutionReportTextWriter.standard().write(SeedReport.result()));
  }
}
