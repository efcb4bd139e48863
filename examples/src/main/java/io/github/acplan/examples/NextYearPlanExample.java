package io.github.acplan.examples;

import io.github.acplan.calendar.UkrainianCalendar;
import io.github.acplan.core.ActKind;
import io.github.acplan.core.Approval;
import io.github.acplan.core.ExpectedResult;
import io.github.acplan.core.Indicator;
import io.github.acplan.core.Measure;
import io.github.acplan.core.MeasureNumber;
import io.github.acplan.core.Plan;
import io.github.acplan.core.PlanPeriod;
import io.github.acplan.core.ResponsibleParser;
import io.github.acplan.core.Section;
import io.github.acplan.core.Signatory;
import io.github.acplan.core.deadline.Deadline;
import io.github.acplan.core.deadline.DeadlineParser;
import io.github.acplan.core.deadline.Deadlines;
import io.github.acplan.core.deadline.PeriodUnit;
import io.github.acplan.core.rollover.PlanRollover;
import io.github.acplan.core.rollover.RolloverEdit;
import io.github.acplan.core.rollover.RolloverResult;
import io.github.acplan.core.schedule.DeadlineSchedule;
import io.github.acplan.core.schedule.Occurrence;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.Month;
import java.util.stream.Collectors;

/**
 * Shows how to build a plan in code with the builders and roll it over to the next year, as measure 1.2
 * of every plan requires ("Розробити та затвердити План заходів на наступний рік").
 *
 * <p>Run: {@code java -cp examples/target/acplan.jar io.github.acplan.examples.NextYearPlanExample}
 */
public final class NextYearPlanExample {

  private static final String SPECIALIST = "Головний спеціаліст з питань запобігання і виявлення корупції";

  private NextYearPlanExample() {}

  /**
   * Builds a small 2020 plan: a few measures of the Dovhyntsivskyi plan, with deadlines from the
   * {@link Deadlines} factories so that their texts are canonical.
   *
   * @return the plan
   */
  public static Plan plan2020() {
    return Plan.builder()
        .title("План заходів щодо запобігання та виявлення корупції")
        .body("у виконкомі Довгинцівської районної в місті ради")
        .period(PlanPeriod.ofYear(2020))
        .approval(Approval.builder()
            .kind(ActKind.ROZPORIADZHENNIA)
            .authority("голови районної в місті ради")
            .date(LocalDate.of(2020, 1, 9))
            .number("2-р")
            .build())
        .signatory(Signatory.of("Керуючий справами виконкому", "Олександр Гижко"))
        .addSections(Section.builder()
            .number(1)
            .title("Забезпечення системного підходу до запобігання та виявлення проявів корупції")
            .addMeasures(measure("1.1", "Забезпечити моніторинг виконання Плану заходів на 2020 рік",
                // "Щопівроку": due at the end of each half-year.
                Deadlines.halfYearly(), SPECIALIST, "Звіт про виконання Плану заходів за 2020 рік"))
            .addMeasures(measure("1.2", "Розробити та затвердити План заходів на 2021 рік",
                // The next plan is due in the first decade of January of the next year.
                Deadlines.decade(1, Month.JANUARY, 2021), SPECIALIST, "План заходів на 2021 рік затверджено"))
            .build())
        .addSections(Section.builder()
            .number(2)
            .title("Забезпечення відкритості та прозорості діяльності")
            .addMeasures(measure("2.1", "Оприлюднювати звіти про виконання Плану на веб-сайті",
                // The same deadline in words is "Щопівроку (червень, грудень 2020 року)".
                Deadlines.every(PeriodUnit.HALF_YEAR, 2020, Month.JUNE, Month.DECEMBER),
                "Керуючий справами виконкому, організаційний відділ", "Звіти оприлюднено"))
            .build())
        .addSections(Section.builder()
            .number(5)
            .title("Запобігання, врегулювання та виявлення конфлікту інтересів")
            .addMeasures(measure("5.1", "Продовжити інформування посадових осіб щодо конфлікту інтересів",
                Deadlines.duringYears(2020), SPECIALIST, "Проведено навчання"))
            .addMeasures(measure("5.3", "Забезпечити врегулювання конфлікту інтересів",
                // Law No. 1700-VII art. 28 part 3: the manager settles a conflict within two working days.
                Deadlines.withinWorkingDays(2, "з моменту отримання повідомлення про конфлікт інтересів"),
                "Голова районної в місті ради, керівники структурних підрозділів",
                "Вжито захід щодо врегулювання конфлікту інтересів"))
            .build())
        .build();
  }

  /** One measure; the responsible cell is split into actors by the {@link ResponsibleParser}. */
  private static Measure measure(String number, String name, Deadline deadline,
      String responsible, String indicator) {
    return Measure.builder()
        .number(MeasureNumber.parse(number))
        .name(name)
        .deadline(deadline)
        .responsible(ResponsibleParser.parse(responsible))
        .addIndicators(Indicator.of(indicator))
        .addExpectedResults(ExpectedResult.of("Запобігання корупційним правопорушенням"))
        .build();
  }

  /**
   * Rolls the 2020 plan over to 2021 and prints what changed and the new due dates.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    Plan plan = plan2020();

    // Roll over to 2021. Years that refer to the plan's period move by one ("на 2020 рік" becomes "на 2021
    // рік", "1 декада січня 2021 року" becomes "1 декада січня 2022 року"), the approval is cleared (a
    // draft is not approved yet), actors and the signatory stay. Passing the parser re-reads every
    // deadline from its new text for the new period, so the structure of each deadline matches its text.
    RolloverResult result = PlanRollover.toYear(plan, 2021,
        (text, period) -> DeadlineParser.forPeriod(period).parse(text));
    Plan next = result.plan();

    out.println("Rolled " + plan.period() + " over to " + next.period() + ": " + result.edits().size()
        + " edits");
    for (RolloverEdit edit : result.edits()) {
      out.println("  " + edit);
    }
    out.println("Approved: " + next.approval().map(a -> "yes").orElse("no, a draft"));

    // The draft's deadlines give 2021 dates: 31 December 2021 is a Friday, 10 January 2022 a Monday.
    DeadlineSchedule schedule = DeadlineSchedule.of(next.period(), UkrainianCalendar.standard());
    out.println();
    out.println("Due dates of the " + next.period() + " draft:");
    for (Measure m : next.measures()) {
      String dates = schedule.occurrences(m.deadline()).stream()
          .filter(o -> !o.reportOnly())
          .map(Occurrence::due)
          .map(LocalDate::toString)
          .collect(Collectors.joining(", "));
      out.println("  " + m.number() + "  «" + m.deadline().text() + "»  "
          + (dates.isEmpty() ? "no fixed date (counts from an event)" : dates));
    }
  }
}
