package io.github.acplan.core.monitoring;

import static io.github.acplan.core.fixtures.MonitoredProgramme.entry;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.acplan.calendar.UkrainianCalendar;
import io.github.acplan.core.Actor;
import io.github.acplan.core.ActorKind;
import io.github.acplan.core.Indicator;
import io.github.acplan.core.Measure;
import io.github.acplan.core.MeasureNumber;
import io.github.acplan.core.Plan;
import io.github.acplan.core.PlanPeriod;
import io.github.acplan.core.Responsible;
import io.github.acplan.core.Section;
import io.github.acplan.core.deadline.DeadlineParser;
import io.github.acplan.core.fixtures.MonitoredProgramme;
import io.github.acplan.core.fixtures.SeedPlan;
import io.github.acplan.core.schedule.DueItem;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class ExecutionMonitorTest {

  private static final UkrainianCalendar CALENDAR = UkrainianCalendar.standard();

  private static List<String> numbers(List<MeasureAssessment> assessments) {
    return assessments.stream().map(a -> a.number().toString()).toList();
  }

  private static MeasureAssessment assessment(MonitoringResult result, String number) {
    return result.assessment(MeasureNumber.parse(number)).orElseThrow();
  }

  // ---- The programme 2024–2026, report for 2025-H1 -------------------------------------------------

  private static final ExecutionMonitor PROGRAMME =
      ExecutionMonitor.of(MonitoredProgramme.plan(), CALENDAR);

  @Test
  void theProgrammeReportForTheFirstHalfOf2025ListsEachStanding() {
    MonitoringResult result = PROGRAMME.assess(MonitoredProgramme.report2025H1());

    assertThat(result.report().asOf()).isEqualTo(LocalDate.of(2025, 6, 30));
    assertThat(numbers(result.assessments())).containsExactly("1.1", "1.2", "1.3", "2.1", "2.2", "2.3");
    assertThat(numbers(result.done())).containsExactly("1.3");
    // 2.3 was due by 31 May 2025, a Saturday, so by Monday 2 June; not started on 30 June.
    assertThat(numbers(result.overdue())).containsExactly("2.3");
    // The half-year is due on its last day, Monday 30 June 2025; "до 15 грудня" runs from 1 January.
    assertThat(numbers(result.due())).containsExactly("2.1", "2.2");
    assertThat(numbers(result.reportable())).containsExactly("1.1", "1.2");
    assertThat(result.notYetDue()).isEmpty();
    assertThat(result.notScheduled()).isEmpty();
    assertThat(numbers(result.unreported())).containsExactly("1.2");
    assertThat(result.unknownEntries()).extracting(e -> e.number().toString()).containsExactly("3.1");
  }

  @Test
  void theProgrammeReportGivesDueDatesAndVerdicts() {
    MonitoringResult result = PROGRAMME.assess(MonitoredProgramme.report2025H1());
    Function<String, String> summary = n -> assessment(result, n).toString();

    assertThat(summary.apply("1.1")).isEqualTo("1.1 reportable: in-progress");
    assertThat(summary.apply("1.2")).isEqualTo("1.2 reportable: not-reported");
    assertThat(summary.apply("1.3")).isEqualTo("1.3 done: done-on-time");
    assertThat(summary.apply("2.1")).isEqualTo("2.1 due due 2025-06-30: in-progress");
    assertThat(summary.apply("2.2")).isEqualTo("2.2 due due 2025-12-15: partly-done");
    assertThat(summary.apply("2.3")).isEqualTo("2.3 overdue due 2025-06-02: not-done");

    MeasureAssessment late = assessment(result, "2.3");
    assertThat(late.occurrences()).extracting(DueItem::what).containsExactly("до 31 травня 2025 р.");
    assertThat(late.occurrences().get(0).occurrence().endInclusive()).isEqualTo(LocalDate.of(2025, 5, 31));
    assertThat(late.verdict()).contains(Verdict.NOT_DONE);
    assertThat(late.inFull()).isFalse();
    assertThat(late.onTime()).isEmpty();
    // The duties are reported on for the half-year in which they fall, never overdue.
    assertThat(assessment(result, "1.2").reportOccurrences()).extracting(DueItem::due)
        .containsExactly(LocalDate.of(2025, 6, 30));
    assertThat(assessment(result, "1.2").dueDate()).isEmpty();
  }

  @Test
  void theProgrammeReportCountsCompletionBySectionAndActor() {
    MonitoringResult result = PROGRAMME.assess(MonitoredProgramme.report2025H1());

    assertThat(result.completion()).isEqualTo(new Completion(6, 1, 1, 2, 0, 1, 1));
    assertThat(result.completion().percentDone()).isCloseTo(100.0 / 6, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(result.completionBySection()).containsExactly(
        java.util.Map.entry(1, new Completion(3, 1, 0, 1, 0, 0, 1)),
        java.util.Map.entry(2, new Completion(3, 0, 1, 1, 0, 1, 0)));
    assertThat(result.completionByActor().keySet()).containsExactly(MonitoredProgramme.OFFICER, "Голова",
        "Відділ кадрової роботи", "Фінансовий відділ", "Відділ з питань закупівель");
    assertThat(result.completionByActor().get(MonitoredProgramme.OFFICER))
        .isEqualTo(new Completion(2, 0, 0, 2, 0, 0, 0));
    // 1.3 (done) and 2.2 (partly done) name the personnel department.
    assertThat(result.completionByActor().get("Відділ кадрової роботи"))
        .isEqualTo(new Completion(2, 1, 1, 0, 0, 0, 0));
  }

  @Test
  void aDueDateOnASaturdayMovesToMondayAndIsOverdueOnlyFromTuesday() {
    // Under martial law 2025 has no holidays off (Law 2136-IX): only weekends. 31 May 2025 is a Saturday.
    assertThat(CALENDAR.isDayOff(LocalDate.of(2025, 5, 31))).isTrue();
    for (LocalDate d : List.of(LocalDate.of(2025, 5, 30), LocalDate.of(2025, 5, 31), LocalDate.of(2025, 6, 1),
        LocalDate.of(2025, 6, 2))) {
      assertThat(numbers(PROGRAMME.overdueOn(d))).as("overdue on %s", d).doesNotContain("2.3");
      assertThat(numbers(PROGRAMME.dueOn(d))).as("due on %s", d).contains("2.3");
    }
    assertThat(numbers(PROGRAMME.overdueOn(LocalDate.of(2025, 6, 3)))).containsExactly("2.3");
    assertThat(numbers(PROGRAMME.dueOn(LocalDate.of(2025, 6, 3)))).containsExactly("2.1", "2.2");
    // The half-year is overdue from 1 July, "до 15 грудня" from 16 December 2025.
    assertThat(numbers(PROGRAMME.overdueOn(LocalDate.of(2025, 7, 1)))).containsExactly("2.1", "2.3");
    assertThat(numbers(PROGRAMME.overdueOn(LocalDate.of(2025, 12, 15)))).containsExactly("2.1", "2.3");
    assertThat(numbers(PROGRAMME.overdueOn(LocalDate.of(2025, 12, 16)))).containsExactly("2.1", "2.2", "2.3");
  }

  @Test
  void aMeasureDoneAfterItsShiftedDueDateIsDoneLate() {
    ExecutionReport onMonday = ExecutionReport.builder().period(ReportingPeriod.parse("2025-H1"))
        .addEntries(entry("2.3", ExecutionStatus.DONE).actualDate(LocalDate.of(2025, 6, 2)).build()).build();
    MeasureAssessment onTime = assessment(PROGRAMME.assess(onMonday), "2.3");
    assertThat(onTime.standing()).isEqualTo(Standing.DONE);
    assertThat(onTime.onTime()).contains(true);
    assertThat(onTime.verdict()).contains(Verdict.DONE_ON_TIME);

    ExecutionReport onTuesday = ExecutionReport.builder().period(ReportingPeriod.parse("2025-H1"))
        .addEntries(entry("2.3", ExecutionStatus.DONE).actualDate(LocalDate.of(2025, 6, 3)).build()).build();
    MeasureAssessment late = assessment(PROGRAMME.assess(onTuesday), "2.3");
    assertThat(late.dueDate()).contains(LocalDate.of(2025, 6, 2));
    assertThat(late.onTime()).contains(false);
    assertThat(late.inFull()).isTrue();
    assertThat(late.verdict()).contains(Verdict.DONE_LATE);
  }

  @Test
  void aYearWithoutADeadlineOfItsOwnSchedulesNothingForThatMeasure() {
    ExecutionReport report2026 = ExecutionReport.builder().period(ReportingPeriod.parse("2026-H1")).build();
    MonitoringResult result = PROGRAMME.assess(report2026);
    // 2.3's deadline column has cells for 2024 and 2025 only, and no deadline of its own.
    assertThat(numbers(result.notScheduled())).containsExactly("2.3");
    assertThat(assessment(result, "2.3").verdict()).isEmpty();
    assertThat(result.completion().total()).isEqualTo(5);
    assertThat(result.completion().notReported()).isEqualTo(5);

    ExecutionReport report2024 = ExecutionReport.builder().period(ReportingPeriod.parse("2024-H1")).build();
    // 1 July 2024 is a Monday, after the first half-year: the measure is not yet due on 30 June 2024.
    MeasureAssessment in2024 = assessment(PROGRAMME.assess(report2024), "2.3");
    assertThat(in2024.standing()).isEqualTo(Standing.DUE);
    assertThat(in2024.dueDate()).contains(LocalDate.of(2024, 7, 1));
    ExecutionReport report2024H2 = ExecutionReport.builder().period(ReportingPeriod.parse("2024-H2")).build();
    assertThat(assessment(PROGRAMME.assess(report2024H2), "2.3").standing()).isEqualTo(Standing.OVERDUE);
  }

  @Test
  void aQuarterlyReportSeesTheDutiesOfItsHalfYear() {
    ExecutionReport q1 = ExecutionReport.builder().period(ReportingPeriod.parse("2025-Q1")).build();
    MonitoringResult result = PROGRAMME.assess(q1);
    assertThat(numbers(result.reportable())).containsExactly("1.1", "1.2", "1.3");
    assertThat(numbers(result.due())).containsExactly("2.1", "2.2", "2.3");
    assertThat(result.overdue()).isEmpty();
  }

  // ---- The seed plan, report for 2020-H1 ---------------------------------------------------------

  private static final Plan SEED = SeedPlan.plan();
  private static final ExecutionMonitor SEED_MONITOR = ExecutionMonitor.of(SEED, CALENDAR);

  private static ExecutionReport seedReport() {
    return ExecutionReport.builder()
        .period(ReportingPeriod.parse("2020-H1"))
        .addEntries(entry("2.1", ExecutionStatus.DONE).actualDate(LocalDate.of(2020, 6, 26))
            .comment("Звіт оприлюднено на сайті ради").build())
        .addEntries(entry("2.2", ExecutionStatus.IN_PROGRESS).build())
        .addEntries(entry("4.2", ExecutionStatus.DONE).actualDate(LocalDate.of(2020, 4, 3)).build())
        .addEntries(entry("5.3", ExecutionStatus.NOT_STARTED).comment("Повідомлень не надходило").build())
        .addEntries(entry("3.7", ExecutionStatus.NOT_DONE).build())
        .build();
  }

  @Test
  void theSeedPlanReportForTheFirstHalfOf2020() {
    MonitoringResult result = SEED_MONITOR.assess(seedReport());

    MeasureAssessment halfYearly = assessment(result, "2.1");
    assertThat(halfYearly.occurrences()).extracting(DueItem::what)
        .containsExactly("Щопівроку (червень, грудень 2020 року)");
    assertThat(halfYearly.dueDate()).contains(LocalDate.of(2020, 6, 30));
    assertThat(halfYearly.onTime()).contains(true);
    assertThat(halfYearly.verdict()).contains(Verdict.DONE_ON_TIME);

    // "Січень-березень 2020 р." ended on Tuesday 31 March 2020; done on 3 April.
    assertThat(assessment(result, "4.2").toString()).isEqualTo("4.2 done due 2020-03-31 late: done-late");
    // "Протягом року" runs on 30 June; reported not done it is still not overdue.
    assertThat(assessment(result, "3.7").toString()).isEqualTo("3.7 due due 2020-12-31: not-done");
    // "1 декада січня 2021 року" is next year's term.
    assertThat(assessment(result, "1.2").standing()).isEqualTo(Standing.NOT_SCHEDULED);
    assertThat(assessment(result, "5.3").toString()).isEqualTo("5.3 reportable: in-progress");

    assertThat(numbers(result.done())).containsExactly("2.1", "4.2");
    // 3.6 is at least quarterly (first quarter due 31 March), 4.1 is due in January–March.
    assertThat(numbers(result.overdue())).containsExactly("3.6", "4.1");
    assertThat(numbers(result.due())).containsExactly("1.1", "2.8", "2.9", "3.7", "5.1", "6.2", "6.4", "6.10");
    assertThat(result.notYetDue()).isEmpty();
    assertThat(result.reportable()).hasSize(41 - 2 - 2 - 8 - 1);
    assertThat(result.unknownEntries()).isEmpty();
    assertThat(result.completion()).isEqualTo(new Completion(40, 2, 0, 1, 1, 1, 35));
    assertThat(result.completionBySection().keySet()).containsExactly(1, 2, 3, 4, 5, 6);
    assertThat(result.completionBySection().get(1)).isEqualTo(new Completion(2, 0, 0, 0, 0, 0, 2));
    assertThat(result.completionBySection().values().stream().reduce(Completion.none(), Completion::plus))
        .isEqualTo(result.completion());
    // The officer heads the cells of 1.1, 2.3, 4.1 … and follows a comma in those of 1.3, 2.1, 3.6 …:
    // one actor either way.
    String officer = "Головний спеціаліст з питань запобігання і виявлення корупції";
    assertThat(result.completionByActor()).containsKey(officer)
        .doesNotContainKey("головний спеціаліст з питань запобігання і виявлення корупції");
    assertThat(result.completionByActor().get(officer).total()).isEqualTo(12);
  }

  @Test
  void withoutAReportEverythingDueIsUndone() {
    // Nothing done: on 1 July 2020 the first half-year's terms have all run out.
    assertThat(numbers(SEED_MONITOR.overdueOn(LocalDate.of(2020, 7, 1))))
        .containsExactly("1.1", "2.1", "3.6", "4.1", "4.2");
    assertThat(numbers(SEED_MONITOR.overdueOn(LocalDate.of(2020, 3, 31)))).isEmpty();
    assertThat(numbers(SEED_MONITOR.overdueOn(LocalDate.of(2020, 4, 1)))).containsExactly("3.6", "4.1", "4.2");
  }

  // ---- A quarterly report due on the 10th of the month after the quarter, 2025 -----------------------

  private static final ExecutionMonitor QUARTERLY_REPORT = ExecutionMonitor.of(quarterlyReportPlan(), CALENDAR);

  private static Plan quarterlyReportPlan() {
    PlanPeriod y2025 = PlanPeriod.ofYear(2025);
    String officer = "Уповноважена особа з питань запобігання та виявлення корупції";
    Measure report = Measure.builder().number(MeasureNumber.parse("1.1"))
        .name("Звіт про стан виконання антикорупційної програми")
        .deadline(DeadlineParser.forPeriod(y2025).parse("щокварталу до 10 числа місяця, наступного за звітним"))
        .responsible(Responsible.builder().text(officer).addActors(Actor.of(ActorKind.POSITION, officer)).build())
        .addIndicators(Indicator.of("Звіт подано"))
        .build();
    return Plan.builder().title("Антикорупційна програма").body("виконавчого комітету міської ради")
        .period(y2025).addSections(Section.builder().number(1).title("Звітність").addMeasures(report).build())
        .build();
  }

  private static MeasureAssessment quarterlyReportAsOf(LocalDate asOf) {
    ExecutionReport h1 = ExecutionReport.builder().period(ReportingPeriod.parse("2025-H1")).asOf(asOf).build();
    return assessment(QUARTERLY_REPORT.assess(h1), "1.1");
  }

  @Test
  void aReportDueOnTheTenthOfTheNextMonthIsOverdueFromTheEleventh() {
    // The first quarter's report is due Thursday 10.04.2025, not 31.03.
    assertThat(quarterlyReportAsOf(LocalDate.of(2025, 3, 31)).standing()).isEqualTo(Standing.DUE);
    MeasureAssessment onTheTenth = quarterlyReportAsOf(LocalDate.of(2025, 4, 10));
    assertThat(onTheTenth.standing()).isEqualTo(Standing.DUE);
    assertThat(onTheTenth.dueDate()).contains(LocalDate.of(2025, 4, 10));
    MeasureAssessment onTheEleventh = quarterlyReportAsOf(LocalDate.of(2025, 4, 11));
    assertThat(onTheEleventh.standing()).isEqualTo(Standing.OVERDUE);
    assertThat(onTheEleventh.dueDate()).contains(LocalDate.of(2025, 4, 10));
    assertThat(numbers(QUARTERLY_REPORT.overdueOn(LocalDate.of(2025, 4, 10)))).isEmpty();
    assertThat(numbers(QUARTERLY_REPORT.overdueOn(LocalDate.of(2025, 4, 11)))).containsExactly("1.1");

    // As of 30.06 the first quarter's report is overdue; the second quarter's falls due on 10.07.
    MeasureAssessment endOfJune = quarterlyReportAsOf(LocalDate.of(2025, 6, 30));
    assertThat(endOfJune.standing()).isEqualTo(Standing.OVERDUE);
    assertThat(endOfJune.occurrences()).extracting(DueItem::due)
        .containsExactly(LocalDate.of(2025, 4, 10), LocalDate.of(2025, 7, 10));
    ExecutionReport doneOnTheTenth = ExecutionReport.builder().period(ReportingPeriod.parse("2025-H1"))
        .addEntries(entry("1.1", ExecutionStatus.DONE).actualDate(LocalDate.of(2025, 4, 10)).build()).build();
    MeasureAssessment done = assessment(QUARTERLY_REPORT.assess(doneOnTheTenth), "1.1");
    assertThat(done.dueDate()).contains(LocalDate.of(2025, 4, 10));
    assertThat(done.verdict()).contains(Verdict.DONE_ON_TIME);
  }
}
