package io.github.acplan.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.acplan.calendar.Holiday;
import io.github.acplan.calendar.UkrainianCalendar;
import io.github.acplan.calendar.term.LegalTerms;
import io.github.acplan.core.Measure;
import io.github.acplan.core.MeasureNumber;
import io.github.acplan.core.Plan;
import io.github.acplan.core.PlanKind;
import io.github.acplan.core.PlanPeriod;
import io.github.acplan.core.ResponsibleParser;
import io.github.acplan.core.Section;
import io.github.acplan.core.deadline.Deadline;
import io.github.acplan.core.deadline.DeadlineKind;
import io.github.acplan.core.deadline.DeadlineParser;
import io.github.acplan.core.deadline.Deadlines;
import io.github.acplan.core.diff.Change;
import io.github.acplan.core.diff.DiffReport;
import io.github.acplan.core.diff.PlanDiff;
import io.github.acplan.core.monitoring.ExecutionMonitor;
import io.github.acplan.core.monitoring.ExecutionReport;
import io.github.acplan.core.monitoring.MonitoringResult;
import io.github.acplan.core.risk.CorruptionRisk;
import io.github.acplan.core.risk.RiskLevel;
import io.github.acplan.core.rollover.PlanRollover;
import io.github.acplan.core.rollover.RolloverResult;
import io.github.acplan.core.schedule.DeadlineSchedule;
import io.github.acplan.core.schedule.Occurrence;
import io.github.acplan.core.schedule.PlanSchedule;
import io.github.acplan.core.validation.PlanValidator;
import io.github.acplan.core.validation.Severity;
import io.github.acplan.core.validation.ValidationReport;
import io.github.acplan.serialization.PlanFormatException;
import io.github.acplan.serialization.json.ExecutionReportJson;
import io.github.acplan.serialization.json.MonitoringResultJson;
import io.github.acplan.serialization.json.PlanJson;
import io.github.acplan.serialization.report.ExecutionReportTextWriter;
import io.github.acplan.serialization.text.PlanTextReader;
import io.github.acplan.serialization.text.PlanTextWriter;
import io.github.acplan.serialization.text.ReadResult;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The README's API tour, statement by statement, with the results its comments promise. */
class ReadmeApiTourTest {

  private static String seedText() throws IOException {
    try (InputStream in = ReadmeApiTourTest.class
        .getResourceAsStream("/io/github/acplan/examples/dovhyntsivskyi-2020-plan.txt")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void readingValidatingComparingAndRollingOver() throws IOException, PlanFormatException {
    ReadResult read = PlanTextReader.standard().read(seedText());
    Plan plan = read.plan();
    assertThat(read.warnings()).isEmpty();
    Plan same = PlanJson.standard().read(PlanJson.standard().write(plan));
    assertThat(same).isEqualTo(plan);

    assertThat(PlanSchedule.of(plan, UkrainianCalendar.standard())
        .dueBetween(LocalDate.of(2020, 6, 29), LocalDate.of(2020, 7, 5)))
        .extracting(item -> item.measure().number().toString()).contains("1.1", "2.1");

    ValidationReport report = PlanValidator.standard().validate(plan);
    assertThat(report.hasErrors()).isFalse();
    RolloverResult draft = PlanRollover.toYear(plan, 2021);
    List<Change> changes = PlanDiff.between(plan, draft.plan());
    String order = DiffReport.render(changes, Locale.forLanguageTag("uk"));
    assertThat(draft.plan().period()).isEqualTo(PlanPeriod.ofYear(2021));
    assertThat(order).contains("1 декада січня 2022 року");
  }

  @Test
  void deadlines() {
    Deadline d = DeadlineParser.forPeriod(PlanPeriod.ofYear(2020))
        .parse("Протягом 2-х робочих днів з моменту отримання повідомлення про конфлікт інтересів");
    assertThat(d.kind()).isEqualTo(DeadlineKind.WITHIN_WORKING_DAYS);
    DeadlineSchedule schedule = DeadlineSchedule.of(PlanPeriod.ofYear(2020), UkrainianCalendar.standard());
    assertThat(schedule.dueAfter(d, LocalDate.of(2020, 4, 16))).contains(LocalDate.of(2020, 4, 21));
    assertThat(schedule.occurrences(DeadlineParser.forPeriod(PlanPeriod.ofYear(2020)).parse("Щопівроку")))
        .extracting(Occurrence::due).containsExactly(LocalDate.of(2020, 6, 30), LocalDate.of(2020, 12, 31));
    assertThat(schedule.occurrences(DeadlineParser.forPeriod(PlanPeriod.ofYear(2020))
        .parse("щокварталу до 10 числа місяця, наступного за звітним")))
        .extracting(Occurrence::due).containsExactly(LocalDate.of(2020, 4, 10), LocalDate.of(2020, 7, 10),
            LocalDate.of(2020, 10, 12), LocalDate.of(2021, 1, 11));
  }

  @Test
  void monitoringExecution() throws IOException, PlanFormatException {
    Plan plan = PlanTextReader.standard().read(seedText()).plan();
    String statusJson;
    try (InputStream in = ReadmeApiTourTest.class
        .getResourceAsStream("/io/github/acplan/examples/dovhyntsivskyi-2020-H1-status.json")) {
      statusJson = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    ExecutionReport status = ExecutionReportJson.standard().read(statusJson);
    MonitoringResult result = ExecutionMonitor.of(plan, UkrainianCalendar.standard()).assess(status);
    assertThat(result.overdue()).extracting(a -> a.number().toString()).containsExactly("3.6");
    assertThat(result.overdue().get(0).dueDate()).contains(LocalDate.of(2020, 3, 31));
    assertThat(result.unreported()).extracting(a -> a.number().toString()).containsExactly("6.9");
    assertThat(result.completion().percentDone()).isEqualTo(10.0);
    // The NAZK counts measures done fully and partly: 4 + 1 of 40.
    assertThat(result.completion().percentDoneFullyOrPartly()).isEqualTo(12.5);
    assertThat(result.completion().done()).isEqualTo(4);
    assertThat(result.completion().total()).isEqualTo(40);
    assertThat(result.completionBySection()).hasSize(6);
    assertThat(ExecutionReportTextWriter.standard().write(result)).startsWith("Інформація про стан виконання Плану заходів");
    assertThat(MonitoringResultJson.standard().write(result)).contains("\"percentDone\": 10.0")
        .contains("\"percentDoneFullyOrPartly\": 12.5");
  }

  @Test
  void aProgrammeWithARiskRegister() {
    DeadlineParser parser = DeadlineParser.forPeriod(PlanPeriod.of(2024, 2026));
    Measure m11 = Measure.builder().number(MeasureNumber.parse("1.1")).name("Аналіз плану закупівель")
        .deadline(parser.parse("Щопівроку")).responsible(ResponsibleParser.parse("Уповноважена особа"))
        .resources("Кошти місцевого бюджету").build();
    Measure m12 = m11.withNumber(MeasureNumber.parse("1.2")).withYearlyDeadlines(
        Map.of(2025, DeadlineParser.forPeriod(PlanPeriod.ofYear(2025)).parse("до 31 травня 2025 р.")));
    Plan programme = Plan.builder()
        .kind(PlanKind.PROGRAMME)
        .title("Антикорупційна програма")
        .body("виконавчого комітету")
        .period(PlanPeriod.of(2024, 2026))
        .measuresMustAddressRisks(true)
        .addSections(Section.builder().number(1).title("Публічні закупівлі").addMeasures(m11, m12).build())
        .addRisks(CorruptionRisk.builder()
            .id("1").function("Публічні закупівлі")
            .risk("Поділ предмета закупівлі з метою уникнення процедури відкритих торгів")
            .addSources("Дискреційні повноваження уповноваженої особи")
            .probability(3).consequence(3)
            .addMeasures(MeasureNumber.parse("1.1"), MeasureNumber.parse("1.2"))
            .build())
        .build();
    assertThat(programme.riskLevel(programme.risks().get(0))).contains(RiskLevel.HIGH);
    assertThat(programme.risksAddressedBy(MeasureNumber.parse("1.1"))).containsExactly(programme.risks().get(0));
    assertThat(PlanValidator.standard().validate(programme).findings(Severity.ERROR)).isEmpty();
    // The published text format has no place for the register: refused, not dropped.
    assertThatThrownBy(() -> PlanTextWriter.standard().write(programme)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("risk register");
  }

  @Test
  void buildingAPlanInCode() {
    Plan plan = Plan.builder()
        .title("План заходів щодо запобігання та виявлення корупції")
        .body("у виконкомі Довгинцівської районної в місті ради")
        .period(PlanPeriod.ofYear(2020))
        .addSections(Section.builder()
            .number(5)
            .title("Запобігання, врегулювання та виявлення конфлікту інтересів")
            .addMeasures(Measure.builder()
                .number(MeasureNumber.parse("5.1"))
                .name("Продовжити ознайомлення та інформування посадових осіб ...")
                .deadline(Deadlines.duringYears(2020))
                .responsible(ResponsibleParser.parse(
                    "Головний спеціаліст з питань запобігання і виявлення корупції"))
                .build())
            .build())
        .build();
    assertThat(plan.measure(MeasureNumber.parse("5.1"))).isPresent();
    assertThat(plan.measures()).hasSize(1);
    assertThat(plan.measures().get(0).deadline().text()).isEqualTo("Протягом 2020 року");
    assertThat(plan.withPeriod(PlanPeriod.ofYear(2021)).period()).isEqualTo(PlanPeriod.ofYear(2021));
  }

  @Test
  void theCalendarOnItsOwn() {
    UkrainianCalendar ua = UkrainianCalendar.standard();
    assertThat(ua.isWorkingDay(LocalDate.of(2024, 8, 26))).isTrue();
    assertThat(ua.holidaysOn(LocalDate.of(2024, 8, 24))).extracting(Holiday::ukrainianName)
        .containsExactly("День незалежності України");
    assertThat(ua.isDayOff(LocalDate.of(2024, 8, 24))).isTrue();
    assertThat(ua.explain(LocalDate.of(2024, 8, 24)).reasons()).extracting(r -> r.getClass().getSimpleName())
        .containsExactly("Weekend", "HolidayWorkedUnderMartialLaw");
    assertThat(ua.plusWorkingDays(LocalDate.of(2020, 4, 16), 2)).isEqualTo(LocalDate.of(2020, 4, 21));
    assertThat(ua.workingDaysBetween(LocalDate.of(2021, 1, 1), LocalDate.of(2022, 1, 1))).isEqualTo(250);
    // 23.11.2026 + 10 calendar days = Thursday 3 December 2026, a working day.
    assertThat(LegalTerms.of(ua).daysAfter(LocalDate.of(2026, 11, 23), 10)).isEqualTo(LocalDate.of(2026, 12, 3));
    UkrainianCalendar peace = UkrainianCalendar.builder().martialLawEnd(LocalDate.of(2027, 3, 31)).build();
    // 8 May 2027 is a Saturday holiday: after martial law its day off moves to Monday 10 May (art. 67 part 3).
    assertThat(peace.isDayOff(LocalDate.of(2027, 5, 10))).isTrue();
    assertThat(ua.isDayOff(LocalDate.of(2027, 5, 10))).isFalse();
  }

  @Test
  void publishing(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
    Plan plan = PlanTextReader.standard().read(seedText()).plan();
    try (java.io.OutputStream out = java.nio.file.Files.newOutputStream(dir.resolve("plan-2020.docx"))) {
      io.github.acplan.documents.publish.PlanDocxWriter.standard().write(plan, out);
    }
    assertThat(dir.resolve("plan-2020.docx")).isNotEmptyFile();
    MonitoringResult result;
    try (InputStream in = ReadmeApiTourTest.class
        .getResourceAsStream("/io/github/acplan/examples/dovhyntsivskyi-2020-H1-status.json")) {
      result = ExecutionMonitor.of(plan, UkrainianCalendar.standard()).assess(ExecutionReportJson.standard()
          .read(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
    }
    String page = io.github.acplan.documents.publish.ReportHtmlWriter.standard().write(result, Locale.forLanguageTag("uk"));
    assertThat(page).startsWith("<!DOCTYPE html>").contains("4 (10,0 %)");
    String ics = io.github.acplan.documents.publish.DueDateCalendar.standard().write(
        PlanSchedule.of(plan, UkrainianCalendar.standard()), java.time.Instant.now());
    // Long lines are folded: a CRLF and a space go before the 76th octet.
    assertThat(ics).startsWith("BEGIN:VCALENDAR\r\n");
    assertThat(ics.replace("\r\n ", "")).contains("SUMMARY:1.2 Розробити та затвердити План заходів на 2021 р.\r\n");
  }
}
