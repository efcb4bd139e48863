package io.github.acplan.examples;

import io.github.acplan.calendar.UkrainianCalendar;
import io.github.acplan.core.ActKind;
import io.github.acplan.core.Approval;
import io.github.acplan.core.ExpectedResult;
import io.github.acplan.core.Indicator;
import io.github.acplan.core.Measure;
import io.github.acplan.core.MeasureNumber;
import io.github.acplan.core.Plan;
import io.github.acplan.core.PlanKind;
import io.github.acplan.core.PlanPeriod;
import io.github.acplan.core.ResponsibleParser;
import io.github.acplan.core.Section;
import io.github.acplan.core.deadline.DeadlineParser;
import io.github.acplan.core.monitoring.ExecutionMonitor;
import io.github.acplan.core.monitoring.ExecutionReport;
import io.github.acplan.core.monitoring.ExecutionStatus;
import io.github.acplan.core.monitoring.MeasureAssessment;
import io.github.acplan.core.monitoring.MeasureExecution;
import io.github.acplan.core.monitoring.MonitoringResult;
import io.github.acplan.core.monitoring.ReportingPeriod;
import io.github.acplan.core.monitoring.Verdict;
import io.github.acplan.core.risk.CorruptionRisk;
import io.github.acplan.core.risk.RiskLevel;
import io.github.acplan.core.validation.PlanValidator;
import io.github.acplan.serialization.PlanFormatException;
import io.github.acplan.serialization.json.ExecutionReportJson;
import io.github.acplan.serialization.json.PlanJson;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Shows today's document: an anti-corruption programme for 2024–2026 built on a risk register (NAZK
 * Methodology of corruption-risk management, order No. 830/21 of 28.12.2021), with three risks and the six
 * measures that address them.
 *
 * <p>The programme is illustrative, written for this example; its phrases are those of real programmes.
 *
 * <p>Run: {@code java -cp examples/target/acplan.jar io.github.acplan.examples.ProgrammeExample}
 */
public final class ProgrammeExample {

  private static final PlanPeriod PERIOD = PlanPeriod.of(2024, 2026);
  private static final DeadlineParser DEADLINES = DeadlineParser.forPeriod(PERIOD);

  private ProgrammeExample() {}

  /**
   * Builds the programme: two sections of measures and a register of three risks, each linked to the
   * measures that address it.
   *
   * @return the programme
   */
  public static Plan programme() {
    return Plan.builder()
        .kind(PlanKind.PROGRAMME)
        .title("Антикорупційна програма")
        .body("виконавчого комітету районної в місті ради")
        .period(PERIOD)
        .approval(Approval.builder()
            .kind(ActKind.RISHENNIA)
            .authority("виконавчого комітету районної в місті ради")
            .date(LocalDate.of(2023, 12, 20))
            .number("512")
            .build())
        // Every measure of a programme built on its register addresses a risk (Methodology, section V).
        .measuresMustAddressRisks(true)
        .addSections(Section.builder()
            .number(1)
            .title("Публічні закупівлі")
            .addMeasures(measure("1.1",
                "Проводити аналіз річного плану закупівель на предмет поділу предмета закупівлі",
                "Щопівроку", "Уповноважена особа з питань публічних закупівель",
                "Не потребує фінансування", Map.of()))
            .addMeasures(measure("1.2",
                "Провести навчання уповноважених осіб з питань публічних закупівель",
                // One phrase for the whole period, replaced in 2025 and 2026 by the year sub-columns.
                "Протягом року", "Головний спеціаліст з питань запобігання та виявлення корупції",
                "Кошти місцевого бюджету в межах кошторису",
                Map.of(2025, "до 31 травня 2025 р.", 2026, "до 29 травня 2026 р.")))
            .addMeasures(measure("1.3",
                "Оприлюднювати інформацію про укладені договори на офіційному веб-сайті",
                "Постійно", "Відділ бухгалтерського обліку та звітності", "Не потребує фінансування", Map.of()))
            .build())
        .addSections(Section.builder()
            .number(2)
            .title("Управління персоналом")
            .addMeasures(measure("2.1",
                "Перевіряти відсутність конфлікту інтересів у членів конкурсної комісії",
                "У разі оголошення конкурсу", "Відділ з питань кадрової роботи",
                "Не потребує фінансування", Map.of()))
            .addMeasures(measure("2.2",
                "Вживати заходів щодо врегулювання конфлікту інтересів",
                // Law No. 1700-VII art. 28 part 3: the manager settles a conflict within two working days.
                "Протягом 2-х робочих днів з моменту отримання повідомлення про конфлікт інтересів",
                "Керуючий справами виконкому", "Не потребує фінансування", Map.of()))
            .addMeasures(measure("2.3",
                "Проводити навчання новопризначених працівників з питань запобігання корупції",
                "Щокварталу", "Головний спеціаліст з питань запобігання та виявлення корупції",
                "Не потребує фінансування", Map.of()))
            .build())
        .addRisks(CorruptionRisk.builder()
            .id("1")
            .function("Публічні закупівлі")
            .risk("Поділ предмета закупівлі з метою уникнення процедури відкритих торгів")
            .description("Уповноважена особа може поділити закупівлю на частини, вартість кожної з яких"
                + " нижча за поріг відкритих торгів")
            .addSources("Недостатній контроль за формуванням річного плану закупівель",
                "Дискреційні повноваження уповноваженої особи")
            .probability(3)
            .consequence(3)
            .addMeasures(MeasureNumber.parse("1.1"), MeasureNumber.parse("1.2"))
            .build())
        .addRisks(CorruptionRisk.builder()
            .id("2")
            .function("Управління персоналом")
            .risk("Вплив приватного інтересу члена конкурсної комісії на результати конкурсу")
            .addSources("Відсутність перевірки членів комісії на конфлікт інтересів")
            .probability(2)
            .consequence(3)
            .addMeasures(MeasureNumber.parse("2.1"), MeasureNumber.parse("2.2"), MeasureNumber.parse("2.3"))
            .build())
        .addRisks(CorruptionRisk.builder()
            .id("3")
            .function("Публічні закупівлі")
            .risk("Несвоєчасне оприлюднення інформації про укладені договори")
            .addSources("Відсутність строків оприлюднення у внутрішніх документах")
            .probability(2)
            .consequence(2)
            .addMeasures(MeasureNumber.parse("1.3"))
            .build())
        .build();
  }

  /**
   * Builds the programme's report for the first half of 2025, as the officer would fill it in on 30 June
   * 2025.
   *
   * @return the report
   */
  public static ExecutionReport report2025H1() {
    return ExecutionReport.builder()
        .period(ReportingPeriod.parse("2025-H1"))
        .addEntries(entry("1.1", ExecutionStatus.DONE, LocalDate.of(2025, 6, 27),
            "Проаналізовано річний план закупівель; ознак поділу предмета закупівлі не виявлено"))
        // Training was due by 31 May 2025, a Saturday, so by Monday 2 June; it has not started.
        .addEntries(entry("1.2", ExecutionStatus.NOT_STARTED, null, "Навчання перенесено на вересень"))
        .addEntries(entry("1.3", ExecutionStatus.IN_PROGRESS, null, "Оприлюднено 48 договорів"))
        .addEntries(entry("2.1", ExecutionStatus.IN_PROGRESS, null, "Конкурси у звітному періоді не оголошувалися"))
        .addEntries(entry("2.2", ExecutionStatus.IN_PROGRESS, null, "Повідомлень про конфлікт інтересів не надходило"))
        // Quarterly training: done in the first quarter, not in the second.
        .addEntries(entry("2.3", ExecutionStatus.PARTLY_DONE, LocalDate.of(2025, 3, 14),
            "Навчання проведено 14.03.2025; у II кварталі не проведено"))
        .build();
  }

  private static MeasureExecution entry(String number, ExecutionStatus status, LocalDate actual,
      String comment) {
    MeasureExecution.Builder e = MeasureExecution.builder()
        .number(MeasureNumber.parse(number))
        .status(status)
        .comment(comment);
    if (actual != null) {
      e.actualDate(actual);
    }
    return e.build();
  }

  /**
   * Prints the register with risk levels, the validator's findings, then the 2025-H1 monitoring.
   *
   * @param args ignored
   * @throws PlanFormatException never: the JSON read back is the one just written
   */
  public static void main(String[] args) throws PlanFormatException {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    Plan programme = programme();
    out.println(programme.title() + " " + programme.body() + " на " + programme.period() + " роки");
    for (CorruptionRisk risk : programme.risks()) {
      String level = programme.riskLevel(risk).map(RiskLevel::ukrainian).orElse("поза шкалою");
      out.println("  Ризик " + risk.id() + " (" + risk.probability() + " × " + risk.consequence() + " = "
          + level + "): " + risk.risk());
      for (MeasureNumber n : risk.measures()) {
        Measure m = programme.measure(n).orElseThrow();
        out.println("    " + n + "  " + m.name() + "  [" + m.deadline().text() + "]");
      }
    }

    // The programme as built passes the validator's register rules; a careless edit does not.
    PlanValidator validator = PlanValidator.standard();
    out.println();
    out.println("Findings as built: " + validator.validate(programme).findings().size());
    CorruptionRisk first = programme.risks().get(0);
    Plan careless = programme.withRisks(
        first.withProbability(4).withMeasures(List.of()),
        programme.risks().get(1), programme.risks().get(2));
    out.print("Findings after scoring risk 1 at 4 and unlinking its measures:\n"
        + validator.validate(careless).render(Locale.ENGLISH));

    // JSON keeps everything: kind, register, scale, resources, yearly deadlines; the status file too.
    String json = PlanJson.standard().write(programme);
    ExecutionReportJson statusJson = ExecutionReportJson.standard();
    out.println();
    out.println("JSON: " + json.length() + " characters, reads back equal: "
        + PlanJson.standard().read(json).equals(programme) + "; status file reads back equal: "
        + statusJson.read(statusJson.write(report2025H1())).equals(report2025H1()));

    // Monitoring: the report of 30.06.2025 against the schedule on the Ukrainian working calendar.
    ExecutionMonitor monitor = ExecutionMonitor.of(programme, UkrainianCalendar.standard());
    MonitoringResult h1 = monitor.assess(report2025H1());
    out.println();
    out.println("2025-H1 as of " + h1.report().asOf() + ":");
    out.println("  done:       " + numbers(h1.done()));
    out.println("  due:        " + numbers(h1.due()));
    out.println("  overdue:    " + numbers(h1.overdue()));
    out.println("  reportable: " + numbers(h1.reportable()));
    out.println("  completion: " + h1.completion().done() + " of " + h1.completion().total() + " done ("
        + String.format(Locale.ROOT, "%.1f", h1.completion().percentDone()) + " %)");
    for (MeasureAssessment a : h1.overdue()) {
      out.println("  " + a.number() + " overdue since " + a.dueDate().map(LocalDate::toString).orElse("?")
          + ": " + a.verdict().map(Verdict::english).orElse(""));
    }
    // 1.2 is due by Saturday 31.05.2025, which moves to Monday 02.06 (Civil Code art. 254 part 5): it is
    // not overdue over the weekend nor on Monday, and is overdue from Tuesday.
    for (LocalDate day = LocalDate.of(2025, 5, 30); !day.isAfter(LocalDate.of(2025, 6, 3));
        day = day.plusDays(1)) {
      out.println("  1.2 on " + day + " (" + day.getDayOfWeek().toString().substring(0, 3) + "): "
          + (numbers(monitor.overdueOn(day)).contains("1.2") ? "overdue" : "not overdue"));
    }
  }

  private static String numbers(List<MeasureAssessment> assessments) {
    return assessments.stream().map(a -> a.number().toString()).collect(Collectors.joining(", "));
  }

  /** One measure: deadlines read by the {@link DeadlineParser}, actors by the {@link ResponsibleParser}. */
  private static Measure measure(String number, String name, String deadline, String responsible,
      String resources, Map<Integer, String> yearlyDeadlines) {
    Measure.Builder m = Measure.builder()
        .number(MeasureNumber.parse(number))
        .name(name)
        .deadline(DEADLINES.parse(deadline))
        .responsible(ResponsibleParser.parse(responsible))
        .resources(resources)
        .addIndicators(Indicator.of("Звіт про виконання заходу"))
        .addExpectedResults(ExpectedResult.of("Мінімізація корупційного ризику"));
    yearlyDeadlines.forEach((year, text) ->
        m.putYearlyDeadlines(year, DeadlineParser.forPeriod(PlanPeriod.ofYear(year)).parse(text)));
    return m.build();
  }
}
