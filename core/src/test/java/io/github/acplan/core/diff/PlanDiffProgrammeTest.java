package io.github.acplan.core.diff;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.acplan.core.MeasureNumber;
import io.github.acplan.core.Plan;
import io.github.acplan.core.PlanKind;
import io.github.acplan.core.PlanPeriod;
import io.github.acplan.core.deadline.DeadlineParser;
import io.github.acplan.core.fixtures.Plans;
import io.github.acplan.core.fixtures.SmallProgramme;
import io.github.acplan.core.risk.CorruptionRisk;
import io.github.acplan.core.risk.RiskLevel;
import io.github.acplan.core.risk.RiskScale;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The diff of two versions of a programme: its attributes, measure columns and risk register. */
class PlanDiffProgrammeTest {

  private static final Locale UK = Locale.forLanguageTag("uk");
  private static final Plan PROGRAMME = SmallProgramme.plan();

  private static CorruptionRisk risk(Plan p, String id) {
    return p.risk(id).orElseThrow();
  }

  private static Plan withRisk(Plan p, String id, CorruptionRisk replacement) {
    List<CorruptionRisk> risks = new ArrayList<>();
    for (CorruptionRisk r : p.risks()) {
      risks.add(r.id().equals(id) ? replacement : r);
    }
    return p.withRisks(risks);
  }

  private static List<String> lines(List<Change> changes, Locale locale) {
    return DiffReport.render(changes, locale).lines().toList();
  }

  @Test
  void aProgrammeHasNoChangesAgainstItselfOrAnEqualCopy() {
    assertThat(PlanDiff.between(PROGRAMME, PROGRAMME)).isEmpty();
    assertThat(PlanDiff.between(PROGRAMME, SmallProgramme.plan())).isEmpty();
  }

  @Test
  void theProgrammesOwnAttributesAreReportedInTheirWords() {
    Plan other = PROGRAMME.withKind(PlanKind.PLAN).withMeasuresMustAddressRisks(true);
    List<Change> changes = PlanDiff.between(PROGRAMME, other);
    assertThat(changes).containsExactly(
        new PlanChanged(PlanAttribute.KIND, Optional.of("programme"), Optional.of("plan")),
        new PlanChanged(PlanAttribute.MEASURES_MUST_ADDRESS_RISKS, Optional.of("false"), Optional.of("true")));
    assertThat(lines(changes, UK)).containsExactly(
        "Вид документа: змінено з «антикорупційна програма» на «план заходів»",
        "Обов'язковість зв'язку заходів з ризиками: змінено з «ні» на «так»");
    assertThat(lines(changes, Locale.ENGLISH)).containsExactly(
        "Kind changed from \"anti-corruption programme\" to \"plan of measures\"",
        "Measures must address risks changed from \"no\" to \"yes\"");
  }

  /** R1 scores 3 × 2 = 6: high on the NAZK scale, medium on a 1–5 scale that is high from 15. */
  @Test
  void anotherScaleChangesTheLevelsItGives() {
    Plan other = PROGRAMME.withRiskScale(RiskScale.of(1, 5, 5, 15));
    List<Change> changes = PlanDiff.between(PROGRAMME, other);
    assertThat(changes).containsExactly(
        new PlanChanged(PlanAttribute.RISK_SCALE, Optional.of("1..3 (medium from 3, high from 6)"),
            Optional.of("1..5 (medium from 5, high from 15)")),
        new RiskModified("R1", "R1", List.of(), Optional.of(RiskLevel.HIGH), Optional.of(RiskLevel.MEDIUM)),
        new RiskModified("R2", "R2", List.of(), Optional.of(RiskLevel.MEDIUM), Optional.of(RiskLevel.LOW)));
    assertThat(lines(changes, UK)).containsExactly(
        "Шкала оцінювання ризиків: змінено з «1..3 (medium from 3, high from 6)» на «1..5 (medium from 5,"
            + " high from 15)»",
        "Ризик R1: рівень: високий → середній",
        "Ризик R2: рівень: середній → низький");
  }

  @Test
  void resourcesAndDeadlinesPerYearAreComparedYearByYear() {
    DeadlineParser y2025 = DeadlineParser.forPeriod(PlanPeriod.ofYear(2025));
    DeadlineParser y2027 = DeadlineParser.forPeriod(PlanPeriod.ofYear(2027));
    Plan other = Plans.editMeasure(PROGRAMME, "2.1", m -> m
        .withYearlyDeadlines(java.util.Map.of(
            2025, y2025.parse("до 1 березня 2025 р."),
            2027, y2027.parse("до 1 лютого 2027 р.")))
        .withResources("Кошти сільського бюджету"));
    other = Plans.editMeasure(other, "1.2", m -> m.withResources(""));
    other = Plans.editMeasure(other, "2.2", m -> m.withResources("Кошти сільського бюджету"));
    List<Change> changes = PlanDiff.between(PROGRAMME, other);
    MeasureNumber n12 = MeasureNumber.parse("1.2");
    MeasureNumber n21 = MeasureNumber.parse("2.1");
    MeasureNumber n22 = MeasureNumber.parse("2.2");
    assertThat(changes).containsExactly(
        new MeasureModified(n12, n12, List.of(
            new FieldChange(MeasureField.RESOURCES, List.of("Кошти сільського бюджету"), List.of()))),
        new MeasureModified(n21, n21, List.of(
            FieldChange.ofYear(2025, List.of("до 1 лютого 2025 р."), List.of("до 1 березня 2025 р.")),
            FieldChange.ofYear(2026, List.of("до 1 лютого 2026 р."), List.of()),
            FieldChange.ofYear(2027, List.of(), List.of("до 1 лютого 2027 р.")),
            new FieldChange(MeasureField.RESOURCES, List.of("Не потребує фінансування"),
                List.of("Кошти сільського бюджету")))),
        new MeasureModified(n22, n22, List.of(
            new FieldChange(MeasureField.RESOURCES, List.of(), List.of("Кошти сільського бюджету")))));
    assertThat(lines(changes, UK)).containsExactly(
        "Пункт 1.2: вилучено ресурси «Кошти сільського бюджету»",
        "Пункт 2.1: змінено строк виконання на 2025 рік з «до 1 лютого 2025 р.» на «до 1 березня 2025 р.»",
        "Пункт 2.1: вилучено строк виконання на 2026 рік «до 1 лютого 2026 р.»",
        "Пункт 2.1: додано строк виконання на 2027 рік «до 1 лютого 2027 р.»",
        "Пункт 2.1: змінено ресурси з «Не потребує фінансування» на «Кошти сільського бюджету»",
        "Пункт 2.2: додано ресурси «Кошти сільського бюджету»");
    assertThat(lines(changes, Locale.ENGLISH)).containsExactly(
        "Measure 1.2: resources removed: \"Кошти сільського бюджету\"",
        "Measure 2.1: deadline for 2025 changed from \"до 1 лютого 2025 р.\" to \"до 1 березня 2025 р.\"",
        "Measure 2.1: deadline for 2026 removed: \"до 1 лютого 2026 р.\"",
        "Measure 2.1: deadline for 2027 added: \"до 1 лютого 2027 р.\"",
        "Measure 2.1: resources changed from \"Не потребує фінансування\" to \"Кошти сільського бюджету\"",
        "Measure 2.2: resources added: \"Кошти сільського бюджету\"");
  }

  /** Before, a measure that changed only in a programme's columns counted as unchanged. */
  @Test
  void aMeasureThatOnlyMovedAndGotResourcesIsStillOneMeasure() {
    Plan moved = Plans.removeMeasure(PROGRAMME.withRisks(List.of()), "2.2");
    moved = Plans.addMeasure(moved, PROGRAMME.measure(MeasureNumber.parse("2.2")).orElseThrow()
        .withNumber(MeasureNumber.parse("2.3")).withResources("Кошти сільського бюджету"));
    List<Change> changes = PlanDiff.between(PROGRAMME.withRisks(List.of()), moved);
    assertThat(changes).containsExactly(
        new MeasureRenumbered(MeasureNumber.parse("2.2"), MeasureNumber.parse("2.3")),
        new MeasureModified(MeasureNumber.parse("2.2"), MeasureNumber.parse("2.3"), List.of(
            new FieldChange(MeasureField.RESOURCES, List.of(), List.of("Кошти сільського бюджету")))));
  }

  @Test
  void registerEditsAreReportedRiskByRisk() {
    CorruptionRisk r1 = risk(PROGRAMME, "R1");
    CorruptionRisk r3 = risk(PROGRAMME, "R3");
    Plan other = withRisk(PROGRAMME, "R1", r1.withProbability(3).withConsequence(3)
        .withSources(List.of("Відсутність аналізу ринку", "Відсутність контролю"))
        .withMeasures(List.of(MeasureNumber.parse("2.1"))));
    other = withRisk(other, "R3", r3.withDescription("Нові працівники не знають обмежень").withProbability(2));
    List<CorruptionRisk> risks = new ArrayList<>(other.risks());
    risks.removeIf(r -> r.id().equals("R2"));
    risks.add(CorruptionRisk.builder().id("R4").function("Надання адміністративних послуг")
        .risk("Вимагання неправомірної вигоди за послугу").probability(3).consequence(3).build());
    other = other.withRisks(risks);

    List<Change> changes = PlanDiff.between(PROGRAMME, other);
    assertThat(changes).containsExactly(
        new RiskModified("R1", "R1", List.of(
            new RiskFieldChange(RiskField.SOURCES, List.of("Відсутність аналізу ринку", "Дискреційні повноваження"),
                List.of("Відсутність аналізу ринку", "Відсутність контролю")),
            new RiskFieldChange(RiskField.CONSEQUENCE, List.of("2"), List.of("3")),
            new RiskFieldChange(RiskField.MEASURES, List.of("2.1", "2.2"), List.of("2.1"))),
            Optional.of(RiskLevel.HIGH), Optional.of(RiskLevel.HIGH)),
        new RiskRemoved(risk(PROGRAMME, "R2"), Optional.of(RiskLevel.MEDIUM)),
        new RiskModified("R3", "R3", List.of(
            new RiskFieldChange(RiskField.DESCRIPTION, List.of(), List.of("Нові працівники не знають обмежень")),
            new RiskFieldChange(RiskField.PROBABILITY, List.of("1"), List.of("2"))),
            Optional.of(RiskLevel.LOW), Optional.of(RiskLevel.MEDIUM)),
        new RiskAdded(risk(other, "R4"), Optional.of(RiskLevel.HIGH)));
    assertThat(lines(changes, UK)).containsExactly(
        "Ризик R1: змінено чинники ризику з «Відсутність аналізу ринку»; «Дискреційні повноваження» на"
            + " «Відсутність аналізу ринку»; «Відсутність контролю»",
        "Ризик R1: змінено наслідки з «2» на «3»",
        "Ризик R1: змінено заходи щодо усунення ризику з «2.1»; «2.2» на «2.1»",
        "Ризик R2 «Прийняття на роботу осіб з конфліктом інтересів» вилучено",
        "Ризик R3: додано опис ризику «Нові працівники не знають обмежень»",
        "Ризик R3: змінено ймовірність з «1» на «2»",
        "Ризик R3: рівень: низький → середній",
        "Доповнено ризиком R4: «Вимагання неправомірної вигоди за послугу» (рівень: високий)");
    assertThat(lines(changes, Locale.ENGLISH)).containsExactly(
        "Risk R1: sources changed from \"Відсутність аналізу ринку\"; \"Дискреційні повноваження\" to"
            + " \"Відсутність аналізу ринку\"; \"Відсутність контролю\"",
        "Risk R1: consequence changed from \"2\" to \"3\"",
        "Risk R1: linked measures changed from \"2.1\"; \"2.2\" to \"2.1\"",
        "Risk R2 removed: \"Прийняття на роботу осіб з конфліктом інтересів\"",
        "Risk R3: description added: \"Нові працівники не знають обмежень\"",
        "Risk R3: probability changed from \"1\" to \"2\"",
        "Risk R3: level: low → medium",
        "Risk R4 added: \"Вимагання неправомірної вигоди за послугу\" (level: high)");
  }

  /**
   * A register renumbered 1, 2, 3 in another order: each risk is found by its text, so only the
   * identifiers change; a risk whose identifier and text both changed is another risk.
   */
  @Test
  void aRenumberedRegisterIsMatchedByRiskText() {
    Plan renumbered = PROGRAMME.withRisks(List.of(
        risk(PROGRAMME, "R3").withId("1"),
        risk(PROGRAMME, "R1").withId("2").withProbability(2),
        risk(PROGRAMME, "R2").withId("3").withRisk("Прийняття на роботу родичів")));
    List<Change> changes = PlanDiff.between(PROGRAMME, renumbered);
    assertThat(changes).containsExactly(
        new RiskModified("R3", "1", List.of(), Optional.of(RiskLevel.LOW), Optional.of(RiskLevel.LOW)),
        new RiskModified("R1", "2", List.of(new RiskFieldChange(RiskField.PROBABILITY, List.of("3"), List.of("2"))),
            Optional.of(RiskLevel.HIGH), Optional.of(RiskLevel.MEDIUM)),
        new RiskAdded(risk(renumbered, "3"), Optional.of(RiskLevel.MEDIUM)),
        new RiskRemoved(risk(PROGRAMME, "R2"), Optional.of(RiskLevel.MEDIUM)));
    assertThat(lines(changes, UK)).containsExactly(
        "Ризик R3 вважати ризиком 1",
        "Ризик R1 вважати ризиком 2",
        "Ризик 2: змінено ймовірність з «3» на «2»",
        "Ризик 2: рівень: високий → середній",
        "Доповнено ризиком 3: «Прийняття на роботу родичів» (рівень: середній)",
        "Ризик R2 «Прийняття на роботу осіб з конфліктом інтересів» вилучено");
    assertThat(lines(changes, Locale.ENGLISH)).startsWith("Risk R3 renumbered as 1", "Risk R1 renumbered as 2");
  }

  /** Sorted by identifier, the newer one for a matched risk: "3" (digits first), R1, R2, then R3. */
  @Test
  void swappingTheProgrammesSwapsAddedAndRemovedRisks() {
    Plan renumbered = PROGRAMME.withRisks(List.of(
        risk(PROGRAMME, "R3").withId("1"),
        risk(PROGRAMME, "R2").withId("3").withRisk("Прийняття на роботу родичів")));
    assertThat(PlanDiff.between(renumbered, PROGRAMME)).containsExactly(
        new RiskRemoved(risk(renumbered, "3"), Optional.of(RiskLevel.MEDIUM)),
        new RiskAdded(risk(PROGRAMME, "R1"), Optional.of(RiskLevel.HIGH)),
        new RiskAdded(risk(PROGRAMME, "R2"), Optional.of(RiskLevel.MEDIUM)),
        new RiskModified("1", "R3", List.of(), Optional.of(RiskLevel.LOW), Optional.of(RiskLevel.LOW)));
  }

  @Test
  void anOffScaleScoreHasNoLevel() {
    Plan other = withRisk(PROGRAMME, "R3", risk(PROGRAMME, "R3").withProbability(4));
    List<Change> changes = PlanDiff.between(PROGRAMME, other);
    assertThat(changes).containsExactly(new RiskModified("R3", "R3",
        List.of(new RiskFieldChange(RiskField.PROBABILITY, List.of("1"), List.of("4"))),
        Optional.of(RiskLevel.LOW), Optional.empty()));
    assertThat(lines(changes, UK)).endsWith("Ризик R3: рівень: низький → поза шкалою");
    assertThat(lines(changes, Locale.ENGLISH)).endsWith("Risk R3: level: low → off the scale");
  }

  @Test
  void countsNameTheRegistersKinds() {
    Plan other = PROGRAMME.withRisks(List.of(risk(PROGRAMME, "R1").withProbability(1)));
    assertThat(DiffReport.counts(PlanDiff.between(PROGRAMME, other)))
        .containsEntry(ChangeKind.RISK_MODIFIED, 1).containsEntry(ChangeKind.RISK_REMOVED, 2).hasSize(2);
    assertThat(ChangeKind.RISK_ADDED.inverse()).isEqualTo(ChangeKind.RISK_REMOVED);
    assertThat(ChangeKind.RISK_MODIFIED.inverse()).isEqualTo(ChangeKind.RISK_MODIFIED);
    assertThat(List.of(ChangeKind.RISK_ADDED.id(), ChangeKind.RISK_REMOVED.id(), ChangeKind.RISK_MODIFIED.id()))
        .containsExactly("risk-added", "risk-removed", "risk-modified");
  }

  @Test
  void valuesThatChangeNothingAreRejected() {
    org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
        .isThrownBy(() -> new RiskModified("R1", "R1", List.of(), Optional.empty(), Optional.empty()))
        .withMessageContaining("R1");
    org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
        .isThrownBy(() -> new FieldChange(MeasureField.YEARLY_DEADLINE, List.of("a"), List.of("b")))
        .withMessageContaining("yearly-deadline");
    org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
        .isThrownBy(() -> new RiskFieldChange(RiskField.RISK, List.of("a"), List.of("a")));
  }

  /**
   * A register of 20 000 risks renumbered from the end and listed backwards: none matches by identifier,
   * all by text, through hash lookups. Prints the time (first run and best of five); never asserted.
   */
  @Test
  void aLargeRenumberedRegisterIsMatchedByTextInLinearTime() {
    int size = 20_000;
    List<CorruptionRisk> older = new ArrayList<>();
    List<CorruptionRisk> newer = new ArrayList<>();
    for (int k = 1; k <= size; k++) {
      CorruptionRisk r = CorruptionRisk.builder().id("R" + k).function("Функція " + (k % 50))
          .risk("Ризик номер " + k).probability(1 + k % 3).consequence(1 + (k / 3) % 3).build();
      older.add(r);
      newer.add(0, r.withId(Integer.toString(size + 1 - k)));
    }
    Plan a = PROGRAMME.withRisks(older);
    Plan b = PROGRAMME.withRisks(newer);
    List<Change> changes = null;
    long best = Long.MAX_VALUE;
    long first = 0;
    for (int run = 0; run < 5; run++) {
      long wall = System.nanoTime();
      changes = PlanDiff.between(a, b);
      wall = System.nanoTime() - wall;
      first = run == 0 ? wall : first;
      best = Math.min(best, wall);
    }
    System.out.printf("PlanDiff of a renumbered register of %d risks: first run %d ms, best of 5 %d ms%n",
        size, first / 1_000_000, best / 1_000_000);
    assertThat(DiffReport.counts(changes)).containsExactly(java.util.Map.entry(ChangeKind.RISK_MODIFIED, size));
    assertThat(changes.get(0)).isEqualTo(new RiskModified("R20000", "1", List.of(),
        PROGRAMME.riskScale().level(1 + 20_000 % 3, 1 + (20_000 / 3) % 3),
        PROGRAMME.riskScale().level(1 + 20_000 % 3, 1 + (20_000 / 3) % 3)));
  }
}
