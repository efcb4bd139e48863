package io.github.acplan.core.validation;

import static io.github.acplan.core.fixtures.Plans.measure;
import static io.github.acplan.core.fixtures.Plans.plan;
import static io.github.acplan.core.fixtures.Plans.section;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.github.acplan.core.Actor;
import io.github.acplan.core.ActorKind;
import io.github.acplan.core.Measure;
import io.github.acplan.core.MeasureNumber;
import io.github.acplan.core.Plan;
import io.github.acplan.core.Responsible;
import io.github.acplan.core.deadline.Deadline;
import io.github.acplan.core.fixtures.Plans;
import io.github.acplan.core.fixtures.SeedPlan;
import io.github.acplan.core.similarity.WordStems;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class PlanValidatorTest {

  private static final Locale UK = Locale.forLanguageTag("uk");

  /** Every finding on the seed (deadlines read by the parser), and nothing else. */
  @Test
  void theSeedPlanHasExactlyItsKnownDefects() {
    ValidationReport report = PlanValidator.standard().validate(SeedPlan.plan());

    assertThat(report.findings())
        .extracting(Finding::severity, Finding::code, f -> f.path().toString())
        .containsExactly(
            tuple(Severity.INFO, "DEADLINE_IN_NEXT_YEAR", "1.2/deadline"),
            tuple(Severity.WARNING, "SPLIT_TEXT", "2.5/expected-results"),
            tuple(Severity.WARNING, "MISSING_EXPECTED_RESULT", "3.5/expected-results"),
            tuple(Severity.WARNING, "MISSING_EXPECTED_RESULT", "5.3/expected-results"),
            tuple(Severity.WARNING, "MISSING_INDICATOR", "6.3/indicators"));
    assertThat(report.hasErrors()).isFalse();
    assertThat(report.findings().get(1).message(UK)).isEqualTo("Пункт 2.5, очікувані результати: текст"
        + " обривається («…зменшення вірогідності наявності») і, схоже, продовжується в пункті 2.6"
        + " («корупціогенних чинників в…»)");
    assertThat(report.findings().get(2).messageEn()).isEqualTo("Measure 3.5 has no expected result");
  }

  /**
   * 3.8 and 3.9 share their expected result word for word (3.9 adds "через необізнаність"), but they are different measures: 3.8 is talks
   * in every unit, 3.9 is meetings with heads of schools. A measure is what is done (its name); many
   * measures share an outcome (6.5, 6.6 and 6.3 all aim at "Забезпечення контролю за використанням
   * бюджетних коштів"), so a shared expected result is not reported, and their names are far apart.
   */
  @Test
  void measuresWithTheSameExpectedResultButDifferentNamesAreNotNearDuplicates() {
    Plan seed = SeedPlan.plan();
    Measure m38 = seed.measure(MeasureNumber.parse("3.8")).orElseThrow();
    Measure m39 = seed.measure(MeasureNumber.parse("3.9")).orElseThrow();
    assertThat(m39.expectedResults().get(0).text())
        .isEqualTo(m38.expectedResults().get(0).text() + " через необізнаність");
    assertThat(WordStems.jaccard(WordStems.of(m38.name()),
        WordStems.of(m39.name()))).isLessThan(0.2);
    assertThat(ValidationRules.nearDuplicateMeasures(0.6).check(seed)).isEmpty();
  }

  @Test
  void theMostSimilarNamesOfTheSeedAreWellBelowTheDefaultThreshold() {
    List<Measure> ms = SeedPlan.plan().measures();
    double max = 0;
    for (int i = 0; i < ms.size(); i++) {
      for (int j = i + 1; j < ms.size(); j++) {
        max = Math.max(max, WordStems.jaccard(
            WordStems.of(ms.get(i).name()), WordStems.of(ms.get(j).name())));
      }
    }
    assertThat(max).isLessThan(ValidationRules.DEFAULT_NEAR_DUPLICATE_THRESHOLD - 0.15);
  }

  @Test
  void aCopiedMeasureWithAFewWordsChangedIsANearDuplicate() {
    Plan seed = SeedPlan.plan();
    Measure copy = seed.measure(MeasureNumber.parse("3.7")).orElseThrow()
        .withNumber(MeasureNumber.parse("3.12"))
        .withName("Забезпечувати виконання планів-графіків підвищення кваліфікації посадових осіб"
            + " з питань запобігання корупції");
    ValidationReport report = PlanValidator.standard().validate(Plans.addMeasure(seed, copy));
    assertThat(report.findings(FindingCodes.NEAR_DUPLICATE_MEASURES))
        .extracting(f -> f.path().toString(), Finding::messageEn)
        .containsExactly(tuple("3.12/name", "Measure 3.12 nearly repeats measure 3.7 (92% of words in common)"));
  }

  @Test
  void emptyNameDeadlineAndResponsibleAreErrors() {
    Measure empty = measure("1.1", "").withDeadline(Deadline.unparsed(" "))
        .withResponsible(Responsible.builder().text("").build());
    ValidationReport report = PlanValidator.standard().validate(plan(section(1, empty)));
    assertThat(report.hasErrors()).isTrue();
    assertThat(report.findings(Severity.ERROR))
        .extracting(Finding::code, f -> f.path().toString())
        .containsExactly(
            tuple("MISSING_NAME", "1.1/name"),
            tuple("MISSING_DEADLINE", "1.1/deadline"),
            tuple("MISSING_RESPONSIBLE", "1.1/responsible"));
  }

  @Test
  void measuresNumberedThroughThePlanHaveNoGapBetweenSections() {
    Plan plan = plan(
        section(1, measure("1.1", "Перший захід"), measure("1.2", "Другий захід")),
        section(2, measure("2.3", "Третій захід"), measure("2.4", "Четвертий захід")),
        section(3, measure("3.6", "Шостий захід")));
    ValidationReport report = PlanValidator.standard().without(FindingCodes.UNRECOGNIZED_DEADLINE)
        .validate(plan);
    // 2.3 goes on from 1.2, as a plan printed "3." in section 2 is read; 3.6 skips the fifth
    assertThat(report.findings())
        .extracting(Finding::code, f -> f.path().toString(), Finding::messageEn)
        .containsExactly(tuple("MEASURE_NUMBER_GAP", "3.6/number",
            "Measures 3.1–3.5 are missing (before measure 3.6)"));
  }

  @Test
  void numberingGapsAndWrongOrderAreReportedOncePerGap() {
    Plan plan = plan(
        section(1, measure("1.1", "Перший захід"), measure("1.3", "Другий захід"),
            measure("1.2", "Третій захід")),
        section(4, measure("4.2", "Четвертий захід"), measure("4.40", "П'ятий захід")));
    ValidationReport report = PlanValidator.standard().without(FindingCodes.UNRECOGNIZED_DEADLINE)
        .validate(plan);
    assertThat(report.findings())
        .extracting(Finding::code, f -> f.path().toString(), Finding::messageEn)
        .containsExactly(
            tuple("MEASURE_NUMBER_ORDER", "1.2/number", "Measure 1.2 comes after measure 1.3"),
            tuple("SECTION_NUMBER_GAP", "section 4", "Sections 2–3 are missing (before section 4)"),
            tuple("MEASURE_NUMBER_GAP", "4.2/number", "Measure 4.1 is missing (before measure 4.2)"),
            tuple("MEASURE_NUMBER_GAP", "4.40/number",
                "Measures 4.3–4.39 are missing (before measure 4.40)"));
  }

  @Test
  void aDeadlineInALaterYearIsAWarningButEarlyNextYearIsInfo() {
    Plan plan = plan(section(1,
        measure("1.1", "Розробити план").withDeadline(Deadline.unparsed("до 1 березня 2021 р.")),
        measure("1.2", "Звітувати").withDeadline(Deadline.unparsed("грудень 2021 року")),
        measure("1.3", "Перевірити").withDeadline(Deadline.unparsed("протягом 2019 року")),
        measure("1.4", "Виконати стандарт ДСТУ ISO 9001:2015").withDeadline(Deadline.unparsed(
            "згідно з ДСТУ ISO 9001:2015"))));
    ValidationReport report = PlanValidator.standard().without(FindingCodes.UNRECOGNIZED_DEADLINE)
        .validate(plan);
    assertThat(report.findings())
        .extracting(Finding::severity, Finding::code, f -> f.path().toString())
        .containsExactly(
            tuple(Severity.INFO, "DEADLINE_IN_NEXT_YEAR", "1.1/deadline"),
            tuple(Severity.WARNING, "DEADLINE_OUTSIDE_PERIOD", "1.2/deadline"),
            tuple(Severity.WARNING, "DEADLINE_OUTSIDE_PERIOD", "1.3/deadline"));
  }

  @Test
  void aSeedReadWithoutTheDeadlineParserHasEveryDeadlineUnrecognised() {
    ValidationReport report = PlanValidator.standard().validate(SeedPlan.plan(Deadline::unparsed));
    assertThat(report.findings(FindingCodes.UNRECOGNIZED_DEADLINE)).hasSize(41);
  }

  @Test
  void aPartlyUnderstoodDeadlineIsReported() {
    Deadline partly = io.github.acplan.core.deadline.DeadlineParser
        .forPeriod(io.github.acplan.core.PlanPeriod.ofYear(2020)).parse("Постійно; колись потім");
    ValidationReport report = PlanValidator.empty().with(ValidationRules.deadlines())
        .validate(plan(section(1, measure("1.1", "Захід").withDeadline(partly))));
    assertThat(report.findings()).extracting(Finding::code, Finding::messageEn)
        .containsExactly(tuple("UNRECOGNIZED_DEADLINE",
            "Measure 1.1: the deadline \"Постійно; колись потім\" is not fully recognised"));
  }

  @Test
  void parsedDeadlinesAreJudgedByTheirDatesIncludingRelativeYears() {
    io.github.acplan.core.deadline.DeadlineParser parser = io.github.acplan.core.deadline.DeadlineParser
        .forPeriod(io.github.acplan.core.PlanPeriod.ofYear(2020));
    Plan plan = plan(section(1,
        measure("1.1", "Розробити план").withDeadline(parser.parse("1 декада січня наступного року")),
        measure("1.2", "Звітувати").withDeadline(parser.parse("до 15 грудня 2021 р.")),
        measure("1.3", "Навчати").withDeadline(parser.parse("Щокварталу"))));
    ValidationReport report = PlanValidator.standard().validate(plan);
    assertThat(report.findings())
        .extracting(Finding::severity, Finding::code, f -> f.path().toString())
        .containsExactly(
            tuple(Severity.INFO, "DEADLINE_IN_NEXT_YEAR", "1.1/deadline"),
            tuple(Severity.WARNING, "DEADLINE_OUTSIDE_PERIOD", "1.2/deadline"));
  }

  @Test
  void anUnparsedDeadlineIsReportedAsUnrecognised() {
    ValidationReport report = PlanValidator.empty().with(ValidationRules.deadlines())
        .validate(plan(section(1, measure("1.1", "Захід").withDeadline(Deadline.unparsed("колись")))));
    assertThat(report.findings()).extracting(Finding::code, Finding::messageUk)
        .containsExactly(tuple("UNRECOGNIZED_DEADLINE", "Пункт 1.1: строк виконання «колись» не розпізнано"));
  }

  @Test
  void callersAddRulesAndSwitchCodesOff() {
    ValidationRule noQuarterly = ValidationRule.of("NO_QUARTERLY", p -> p.measures().stream()
        .filter(m -> m.deadline().text().contains("квартал"))
        .map(m -> new Finding("NO_QUARTERLY", Severity.INFO, FindingPath.measure(m.number()),
            "Щоквартальний захід", "Quarterly measure"))
        .toList());
    PlanValidator validator = PlanValidator.standard()
        .with(noQuarterly)
        .without(FindingCodes.UNRECOGNIZED_DEADLINE)
        .without(FindingCodes.MISSING_EXPECTED_RESULT);
    ValidationReport report = validator.validate(SeedPlan.plan());
    assertThat(report.findings()).extracting(Finding::code, f -> f.path().toString())
        .containsExactly(
            tuple("DEADLINE_IN_NEXT_YEAR", "1.2/deadline"),
            tuple("SPLIT_TEXT", "2.5/expected-results"),
            tuple("NO_QUARTERLY", "3.6"),
            tuple("MISSING_INDICATOR", "6.3/indicators"));
    assertThatThrownBy(() -> PlanValidator.standard().without("MISSING_EXPECTD_RESULT"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("MISSING_EXPECTD_RESULT");
  }

  @Test
  void aRuleMayNotReportACodeItDidNotDeclare() {
    ValidationRule liar = ValidationRule.of("DECLARED", p -> List.of(new Finding("OTHER", Severity.INFO,
        FindingPath.plan(), "інше", "other")));
    assertThatThrownBy(() -> PlanValidator.empty().with(liar).validate(SeedPlan.plan()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("OTHER");
  }

  @Test
  void actorsMissingFromTheStaffRegisterAreReportedButGroupsAreNot() {
    Measure m = measure("1.1", "Захід").withResponsible(Responsible.builder()
        .text("Відділ освіти, Фінансовий відділ, Посадові особи")
        .addActors(Actor.of(ActorKind.UNIT, "Відділ освіти"), Actor.of(ActorKind.UNIT, "Фінансовий відділ"),
            Actor.of(ActorKind.GROUP, "Посадові особи"))
        .build());
    StaffRegister register = StaffRegister.of(List.of("відділ  Освіти"));
    ValidationReport report = PlanValidator.empty().with(ValidationRules.staffRegister(register))
        .validate(plan(section(1, m)));
    assertThat(report.findings()).extracting(Finding::code, Finding::messageEn)
        .containsExactly(tuple("UNKNOWN_RESPONSIBLE",
            "Measure 1.1: \"Фінансовий відділ\" is not in the staff register"));
  }

  @Test
  void aSentenceThatEndsIsNotSplitEvenIfTheNextStartsInLowerCase() {
    Plan plan = plan(section(1,
        measure("1.1", "Провести навчання."),
        measure("1.2", "забезпечити контроль"),
        measure("1.3", "Провести нараду з"),
        measure("1.4", "керівниками")));
    assertThat(ValidationRules.splitText().check(plan))
        .extracting(f -> f.path().toString())
        .containsExactly("1.3/name");
  }

  /**
   * A plan of 10 000 measures, names of six words from a vocabulary of 300, plus 20 copies with one word
   * changed: checked without comparing all pairs of names (the time is printed, not asserted), and every
   * reported pair is a real near duplicate, the 20 copies among them.
   */
  @Test
  void aLargePlanIsValidatedAndEveryNearDuplicateIsReal() {
    java.util.Random random = new java.util.Random(3);
    List<io.github.acplan.core.Section> sections = new java.util.ArrayList<>();
    for (int s = 1; s <= 100; s++) {
      List<Measure> ms = new java.util.ArrayList<>();
      for (int i = 1; i <= 100; i++) {
        StringBuilder name = new StringBuilder("Забезпечити");
        for (int w = 0; w < 6; w++) {
          name.append(" слово").append(random.nextInt(300));
        }
        if (s == 100 && i > 80) {
          Measure original = sections.get(i - 81).measures().get(0);
          name = new StringBuilder(original.name().substring(0, original.name().lastIndexOf(' '))).append(" інше");
        }
        ms.add(measure(s + "." + i, name.toString()));
      }
      sections.add(section(s, ms.toArray(new Measure[0])));
    }
    Plan plan = plan(sections.toArray(new io.github.acplan.core.Section[0]));
    long start = System.nanoTime();
    ValidationReport report = PlanValidator.standard().validate(plan);
    System.out.println("PlanValidator on 10 000 measures: " + (System.nanoTime() - start) / 1_000_000
        + " ms, " + report.findings().size() + " findings");
    for (Finding f : report.findings(FindingCodes.NEAR_DUPLICATE_MEASURES)) {
      Measure a = plan.measure(f.path().measure().orElseThrow()).orElseThrow();
      Measure b = plan.measure(MeasureNumber.parse(f.messageEn().split(" ")[5])).orElseThrow();
      assertThat(WordStems.jaccard(WordStems.of(a.name()), WordStems.of(b.name())))
          .isGreaterThanOrEqualTo(ValidationRules.DEFAULT_NEAR_DUPLICATE_THRESHOLD);
    }
    assertThat(report.findings(FindingCodes.NEAR_DUPLICATE_MEASURES)).hasSizeGreaterThanOrEqualTo(20)
        .extracting(f -> f.path().toString())
        .contains("100.81/name", "100.100/name");
  }
}
