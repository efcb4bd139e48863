package io.github.acplan.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.acplan.core.Actor;
import io.github.acplan.core.ActorKind;
import io.github.acplan.core.ExpectedResult;
import io.github.acplan.core.Indicator;
import io.github.acplan.core.Measure;
import io.github.acplan.core.MeasureNumber;
import io.github.acplan.core.Plan;
import io.github.acplan.core.PlanKind;
import io.github.acplan.core.PlanPeriod;
import io.github.acplan.core.Responsible;
import io.github.acplan.core.Section;
import io.github.acplan.core.deadline.Deadline;
import io.github.acplan.core.deadline.DeadlineParser;
import io.github.acplan.core.risk.CorruptionRisk;
import io.github.acplan.core.risk.RiskLevel;
import io.github.acplan.core.risk.RiskScale;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The programme rules on a small anti-corruption programme for 2024–2026: three risks (high, medium,
 * low) and six measures, one of them with a deadline per year.
 */
class ProgrammeValidationTest {

  private static final Locale UK = Locale.forLanguageTag("uk");
  private static final PlanPeriod PERIOD = PlanPeriod.of(2024, 2026);
  private static final DeadlineParser PARSER = DeadlineParser.forPeriod(PERIOD);

  private static Measure measure(String number, String name, String deadline) {
    return Measure.builder()
        .number(MeasureNumber.parse(number))
        .name(name)
        .deadline(PARSER.parse(deadline))
        .responsible(Responsible.builder().text("Уповноважена особа з питань запобігання корупції")
            .addActors(Actor.of(ActorKind.POSITION, "Уповноважена особа з питань запобігання корупції"))
            .build())
        .addIndicators(Indicator.of("Захід виконано"))
        .addExpectedResults(ExpectedResult.of("Зменшення корупційного ризику"))
        .build();
  }

  private static CorruptionRisk risk(String id, String function, String text, int probability,
      int consequence, String... measures) {
    CorruptionRisk.Builder b = CorruptionRisk.builder().id(id).function(function).risk(text)
        .probability(probability).consequence(consequence);
    for (String n : measures) {
      b.addMeasures(MeasureNumber.parse(n));
    }
    return b.build();
  }

  /** The 2024–2026 programme: every cell filled, every measure linked, every high and medium risk met. */
  static Plan programme() {
    Measure yearly = measure("1.2", "Оприлюднювати річний план закупівель", "")
        .withYearlyDeadlines(Map.of(
            2024, PARSER.parse("до 31 січня 2024 р."),
            2025, PARSER.parse("до 31 січня 2025 р."),
            2026, PARSER.parse("до 31 січня 2026 р.")));
    return Plan.builder()
        .title("Антикорупційна програма")
        .body("виконавчого комітету міської ради")
        .period(PERIOD)
        .kind(PlanKind.PROGRAMME)
        .measuresMustAddressRisks(true)
        .addSections(Section.builder().number(1).title("Публічні закупівлі")
            .addMeasures(
                measure("1.1", "Залучати громадськість до обговорення тендерної документації", "Постійно"),
                yearly,
                measure("1.3", "Вивчати ринкові ціни перед кожною закупівлею", "Щокварталу"))
            .build())
        .addSections(Section.builder().number(2).title("Управління персоналом")
            .addMeasures(
                measure("2.1", "Роз'яснювати членам конкурсної комісії обов'язок повідомляти про конфлікт"
                    + " інтересів", "Щопівроку"),
                measure("2.2", "Перевіряти відомості про кандидатів на посади", "При призначенні на посаду"),
                measure("2.3", "Навчати працівників кадрової служби етичній поведінці", "Протягом року"))
            .build())
        .addRisks(
            risk("R-1", "Публічні закупівлі", "Дискримінаційні вимоги до учасників у тендерній документації",
                3, 3, "1.1", "1.2"),
            risk("R-2", "Управління персоналом", "Неповідомлення членами конкурсної комісії про конфлікт"
                + " інтересів", 2, 2, "2.1", "2.2", "2.3"),
            risk("R-3", "Публічні закупівлі", "Закупівля товарів за завищеними цінами", 1, 2, "1.3"))
        .build();
  }

  private static Plan editRisk(Plan plan, String id, UnaryOperator<CorruptionRisk> edit) {
    List<CorruptionRisk> risks = new ArrayList<>();
    for (CorruptionRisk r : plan.risks()) {
      risks.add(r.id().equals(id) ? edit.apply(r) : r);
    }
    return plan.withRisks(risks);
  }

  private static Plan editYearly(Plan plan, Map<Integer, Deadline> yearly) {
    List<Section> sections = new ArrayList<>();
    for (Section s : plan.sections()) {
      List<Measure> ms = new ArrayList<>();
      for (Measure m : s.measures()) {
        ms.add(m.number().toString().equals("1.2") ? m.withYearlyDeadlines(yearly) : m);
      }
      sections.add(s.withMeasures(ms));
    }
    return plan.withSections(sections);
  }

  private static ValidationReport validate(Plan plan) {
    return PlanValidator.standard().validate(plan);
  }

  @Test
  void theProgrammeAsBuiltHasNoFindingsAndItsRisksAreHighMediumLow() {
    Plan programme = programme();
    assertThat(programme.risks()).extracting(r -> programme.riskLevel(r).orElseThrow())
        .containsExactly(RiskLevel.HIGH, RiskLevel.MEDIUM, RiskLevel.LOW);
    assertThat(validate(programme).findings()).isEmpty();
  }

  @Test
  void aHighRiskWithoutMeasureIsAnErrorAndLeavesItsMeasuresUnlinked() {
    Plan plan = editRisk(programme(), "R-1", r -> r.withMeasures(List.of()));
    ValidationReport report = validate(plan);
    assertThat(report.findings())
        .extracting(Finding::severity, Finding::code, f -> f.path().toString())
        .containsExactly(
            tuple(Severity.ERROR, "HIGH_RISK_WITHOUT_MEASURE", "risk R-1/measures"),
            tuple(Severity.ERROR, "MEASURE_WITHOUT_RISK", "1.1"),
            tuple(Severity.ERROR, "MEASURE_WITHOUT_RISK", "1.2"));
    Finding high = report.findings().get(0);
    assertThat(high.messageEn())
        .isEqualTo("Risk R-1 is of high level (probability 3, consequences 3) but is linked to no measure");
    assertThat(high.message(UK)).isEqualTo(
        "Ризик R-1 має високий рівень (ймовірність 3, наслідки 3), але не пов'язаний з жодним заходом");
    assertThat(report.findings().get(1).messageEn())
        .isEqualTo("Measure 1.1 addresses no risk of the register, which the programme requires of every"
            + " measure");
    assertThat(report.findings().get(1).messageUk())
        .isEqualTo("Пункт 1.1: захід не пов'язаний з жодним корупційним ризиком реєстру, хоча програма"
            + " цього вимагає");

    assertThat(PlanValidator.standard().without(FindingCodes.HIGH_RISK_WITHOUT_MEASURE).validate(plan)
        .findings()).extracting(Finding::code).containsExactly("MEASURE_WITHOUT_RISK", "MEASURE_WITHOUT_RISK");
  }

  @Test
  void aMediumRiskWithoutMeasureIsAWarningAndALowOneIsNothing() {
    Plan plan = editRisk(editRisk(programme(), "R-2", r -> r.withMeasures(List.of())),
        "R-3", r -> r.withMeasures(List.of()));
    ValidationReport report = PlanValidator.standard().without(FindingCodes.MEASURE_WITHOUT_RISK)
        .validate(plan);
    assertThat(report.findings())
        .extracting(Finding::severity, Finding::code, f -> f.path().toString(), Finding::messageEn)
        .containsExactly(tuple(Severity.WARNING, "MEDIUM_RISK_WITHOUT_MEASURE", "risk R-2/measures",
            "Risk R-2 is of medium level (probability 2, consequences 2) but is linked to no measure"));
    assertThat(report.findings().get(0).messageUk()).isEqualTo(
        "Ризик R-2 має середній рівень (ймовірність 2, наслідки 2), але не пов'язаний з жодним заходом");
    assertThat(PlanValidator.standard().without(FindingCodes.MEASURE_WITHOUT_RISK)
        .without(FindingCodes.MEDIUM_RISK_WITHOUT_MEASURE).validate(plan).findings()).isEmpty();
  }

  @Test
  void anUnlinkedMeasureIsAnErrorOnlyWhenThePlanRequiresLinks() {
    Plan plan = editRisk(programme(), "R-3", r -> r.withMeasures(List.of()));
    assertThat(validate(plan).findings())
        .extracting(Finding::severity, Finding::code, f -> f.path().toString())
        .containsExactly(tuple(Severity.ERROR, "MEASURE_WITHOUT_RISK", "1.3"));

    // A programme that does not require it has measures of general policy and training: not reported.
    assertThat(validate(plan.withMeasuresMustAddressRisks(false)).findings()).isEmpty();

    // A plan of measures that requires it: the message says "план".
    Finding f = validate(plan.withKind(PlanKind.PLAN)).findings().get(0);
    assertThat(f.messageUk()).isEqualTo(
        "Пункт 1.3: захід не пов'язаний з жодним корупційним ризиком реєстру, хоча план цього вимагає");
    assertThat(f.messageEn())
        .isEqualTo("Measure 1.3 addresses no risk of the register, which the plan requires of every measure");
  }

  @Test
  void scoresOffTheScaleAreErrorsNamingTheRiskTheFieldTheValueAndTheScale() {
    Plan plan = editRisk(programme(), "R-2", r -> r.withProbability(5).withConsequence(0));
    ValidationReport report = validate(plan);
    assertThat(report.findings())
        .extracting(Finding::severity, Finding::code, f -> f.path().toString(), Finding::messageEn)
        .containsExactly(
            tuple(Severity.ERROR, "RISK_SCORE_OFF_SCALE", "risk R-2/probability",
                "Risk R-2: the probability score 5 is outside the scale 1–3"),
            tuple(Severity.ERROR, "RISK_SCORE_OFF_SCALE", "risk R-2/consequence",
                "Risk R-2: the consequence score 0 is outside the scale 1–3"));
    assertThat(report.findings()).extracting(Finding::messageUk).containsExactly(
        "Ризик R-2: оцінка ймовірності 5 поза шкалою 1–3", "Ризик R-2: оцінка наслідків 0 поза шкалою 1–3");

    // A risk with no level is not judged by level, even without measures.
    Plan unlinked = editRisk(plan, "R-2", r -> r.withMeasures(List.of()));
    assertThat(PlanValidator.standard().without(FindingCodes.MEASURE_WITHOUT_RISK).validate(unlinked))
        .isEqualTo(report);

    // On a scale of 1 to 5 the probability 5 is fine; the consequence 0 is not.
    assertThat(validate(plan.withRiskScale(RiskScale.of(1, 5, 5, 15))).findings())
        .extracting(f -> f.path().toString(), Finding::messageEn)
        .containsExactly(tuple("risk R-2/consequence", "Risk R-2: the consequence score 0 is outside the scale 1–5"));
  }

  @Test
  void aRiskWithoutTextIsAnError() {
    ValidationReport report = validate(editRisk(programme(), "R-3", r -> r.withRisk("  ")));
    assertThat(report.findings())
        .extracting(Finding::severity, Finding::code, f -> f.path().toString(), Finding::messageEn,
            Finding::messageUk)
        .containsExactly(tuple(Severity.ERROR, "MISSING_RISK_TEXT", "risk R-3/risk",
            "Risk R-3 has no risk text", "Ризик R-3: не вказано корупційний ризик"));
  }

  @Test
  void aRiskRepeatedInTheSameFunctionIsAWarningButNotInAnotherFunction() {
    Plan programme = programme();
    Plan plan = programme.withRisks(Stream.concat(programme.risks().stream(), Stream.of(
        risk("R-4", " публічні  закупівлі", "дискримінаційні вимоги до учасників у тендерній"
            + " документації.", 1, 1),
        risk("R-5", "Управління персоналом", "Закупівля товарів за завищеними цінами", 1, 1))).toList());
    ValidationReport report = validate(plan);
    assertThat(report.findings())
        .extracting(Finding::severity, Finding::code, f -> f.path().toString(), Finding::messageEn,
            Finding::messageUk)
        .containsExactly(tuple(Severity.WARNING, "DUPLICATE_RISK", "risk R-4/risk",
            "Risk R-4 repeats risk R-1 in the function \"публічні  закупівлі\"",
            "Ризик R-4 повторює ризик R-1 у функції «публічні  закупівлі»"));
  }

  @Test
  void aYearlyDeadlineForAYearOutsideThePeriodIsAnError() {
    Plan plan = editYearly(programme(), Map.of(
        2024, PARSER.parse("до 31 січня 2024 р."),
        2025, PARSER.parse("до 31 січня 2025 р."),
        2026, PARSER.parse("до 31 січня 2026 р."),
        2027, PARSER.parse("до 31 січня 2027 р.")));
    ValidationReport report = validate(plan);
    assertThat(report.findings())
        .extracting(Finding::severity, Finding::code, f -> f.path().toString())
        .containsExactly(tuple(Severity.ERROR, "YEARLY_DEADLINE_OUTSIDE_PERIOD", "1.2/yearly-deadlines[2027]"));
    assertThat(report.findings().get(0).messageEn()).isEqualTo("Measure 1.2: the deadline for 2027"
        + " \"до 31 січня 2027 р.\" is for a year outside the programme period 2024-2026");
    assertThat(report.findings().get(0).messageUk()).isEqualTo("Пункт 1.2: строк виконання на 2027 рік"
        + " «до 31 січня 2027 р.» встановлено для року поза періодом програми 2024-2026");
    assertThat(report.findings().get(0).path().year()).hasValue(2027);
  }

  @Test
  void eachYearlyDeadlineIsCheckedByTheDeadlineRule() {
    Plan plan = editYearly(programme(), Map.of(
        2024, PARSER.parse("Щокварталу"),
        2025, Deadline.unparsed("колись у 2025 році"),
        2026, PARSER.parse("до 15 грудня 2028 р.")));
    ValidationReport report = validate(plan);
    assertThat(report.findings())
        .extracting(Finding::severity, Finding::code, f -> f.path().toString(), Finding::messageEn)
        .containsExactly(
            tuple(Severity.WARNING, "UNRECOGNIZED_DEADLINE", "1.2/yearly-deadlines[2025]",
                "Measure 1.2: the deadline for 2025 \"колись у 2025 році\" is not recognised"),
            tuple(Severity.WARNING, "DEADLINE_OUTSIDE_PERIOD", "1.2/yearly-deadlines[2026]",
                "Measure 1.2: the deadline for 2026 \"до 15 грудня 2028 р.\" names a year outside the"
                    + " programme period 2024-2026: [2028]"));
    assertThat(report.findings()).extracting(Finding::messageUk).containsExactly(
        "Пункт 1.2: строк виконання на 2025 рік «колись у 2025 році» не розпізнано",
        "Пункт 1.2: строк на 2026 рік «до 15 грудня 2028 р.» називає рік поза періодом програми 2024-2026:"
            + " [2028]");
    assertThat(PlanValidator.standard().without(FindingCodes.UNRECOGNIZED_DEADLINE).validate(plan)
        .findings()).extracting(Finding::code).containsExactly("DEADLINE_OUTSIDE_PERIOD");
  }

  @Test
  void aYearlyDeadlineIsReadWithinItsYear() {
    // "наступного року" in the 2025 column is 2026, inside the period; in the 2026 column it is 2027,
    // early in the year after the period: a note, as for a plan.
    PlanPeriod y2025 = PlanPeriod.ofYear(2025);
    PlanPeriod y2026 = PlanPeriod.ofYear(2026);
    Plan plan = editYearly(programme(), Map.of(
        2024, PARSER.parse("Щокварталу"),
        2025, DeadlineParser.forPeriod(y2025).parse("1 декада січня наступного року"),
        2026, DeadlineParser.forPeriod(y2026).parse("1 декада січня наступного року")));
    assertThat(validate(plan).findings())
        .extracting(Finding::severity, Finding::code, f -> f.path().toString())
        .containsExactly(tuple(Severity.INFO, "DEADLINE_IN_NEXT_YEAR", "1.2/yearly-deadlines[2026]"));
  }

  @Test
  void theGeneralDeadlineMayBeEmptyWhenSomeYearOfThePeriodHasOne() {
    // Planned in 2024 and 2026 only: the empty 2025 cell means "not planned that year".
    Plan plan = editYearly(programme(), Map.of(
        2024, PARSER.parse("до 31 січня 2024 р."),
        2026, PARSER.parse("до 31 січня 2026 р.")));
    assertThat(validate(plan).findings()).isEmpty();
    // A deadline only for a year outside the period leaves the measure without one.
    Plan outside = editYearly(programme(), Map.of(2027, PARSER.parse("до 31 січня 2027 р.")));
    assertThat(validate(outside).findings())
        .extracting(Finding::severity, Finding::code, f -> f.path().toString())
        .containsExactly(tuple(Severity.ERROR, "MISSING_DEADLINE", "1.2/deadline"),
            tuple(Severity.ERROR, "YEARLY_DEADLINE_OUTSIDE_PERIOD", "1.2/yearly-deadlines[2027]"));
  }

  @Test
  void aSingleYearProgrammeAndAPlanWithRisksAreFine() {
    Plan programme = programme();
    assertThat(validate(programme.withKind(PlanKind.PLAN)).findings()).isEmpty();
    Plan oneYear = editYearly(programme, Map.of(2025, PARSER.parse("до 31 січня 2025 р.")))
        .withPeriod(PlanPeriod.ofYear(2025));
    assertThat(validate(oneYear).findings()).isEmpty();
  }

  @Test
  void aPlanWithoutRisksGetsNoProgrammeFinding() {
    Plan plan = programme().withRisks(List.of()).withMeasuresMustAddressRisks(false);
    assertThat(validate(plan).findings()).isEmpty();
    assertThat(ValidationRules.riskRegister().check(plan)).isEmpty();
  }

  /** Every programme code at once, then each switched off: exactly its findings go. */
  @Test
  void everyProgrammeCodeIsSwitchedOffOnItsOwn() {
    Plan programme = programme();
    Plan broken = editRisk(editRisk(editRisk(programme, "R-1", r -> r.withMeasures(List.of())),
        "R-2", r -> r.withMeasures(List.of()).withRisk(programme.risks().get(2).risk())
            .withFunction(programme.risks().get(2).function())),
        "R-3", r -> r.withProbability(7).withRisk(""));
    broken = editYearly(broken, Map.of(2023, Deadline.unparsed("колись"),
        2025, PARSER.parse("до 31 січня 2025 р.")));
    ValidationReport all = validate(broken);
    assertThat(all.findings()).extracting(Finding::code, f -> f.path().toString()).containsExactly(
        tuple("HIGH_RISK_WITHOUT_MEASURE", "risk R-1/measures"),
        tuple("MEDIUM_RISK_WITHOUT_MEASURE", "risk R-2/measures"),
        tuple("MISSING_RISK_TEXT", "risk R-3/risk"),
        tuple("RISK_SCORE_OFF_SCALE", "risk R-3/probability"),
        tuple("MEASURE_WITHOUT_RISK", "1.1"),
        tuple("MEASURE_WITHOUT_RISK", "1.2"),
        tuple("YEARLY_DEADLINE_OUTSIDE_PERIOD", "1.2/yearly-deadlines[2023]"),
        tuple("UNRECOGNIZED_DEADLINE", "1.2/yearly-deadlines[2023]"),
        tuple("MEASURE_WITHOUT_RISK", "2.1"),
        tuple("MEASURE_WITHOUT_RISK", "2.2"),
        tuple("MEASURE_WITHOUT_RISK", "2.3"));
    for (String code : List.of(FindingCodes.HIGH_RISK_WITHOUT_MEASURE, FindingCodes.MEDIUM_RISK_WITHOUT_MEASURE,
        FindingCodes.MISSING_RISK_TEXT, FindingCodes.RISK_SCORE_OFF_SCALE, FindingCodes.MEASURE_WITHOUT_RISK,
        FindingCodes.YEARLY_DEADLINE_OUTSIDE_PERIOD)) {
      assertThat(PlanValidator.standard().without(code).validate(broken).findings())
          .as(code)
          .containsExactlyElementsOf(all.findings().stream().filter(f -> !f.code().equals(code)).toList());
    }
  }

  @Test
  void aDuplicateRiskIsSwitchedOffOnItsOwn() {
    Plan programme = programme();
    Plan plan = editRisk(programme, "R-3", r -> r.withRisk(programme.risks().get(0).risk() + "."));
    assertThat(validate(plan).findings()).extracting(Finding::code, f -> f.path().toString())
        .containsExactly(tuple("DUPLICATE_RISK", "risk R-3/risk"));
    assertThat(PlanValidator.standard().without(FindingCodes.DUPLICATE_RISK).validate(plan).findings()).isEmpty();
  }
}
