package io.github.acplan.core.rollover;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.tuple;

import io.github.acplan.core.Measure;
import io.github.acplan.core.MeasureNumber;
import io.github.acplan.core.Plan;
import io.github.acplan.core.PlanKind;
import io.github.acplan.core.PlanPeriod;
import io.github.acplan.core.deadline.DeadlineKind;
import io.github.acplan.core.deadline.DeadlineParser;
import io.github.acplan.core.diff.DiffReport;
import io.github.acplan.core.diff.PlanDiff;
import io.github.acplan.core.fixtures.Plans;
import io.github.acplan.core.fixtures.SmallProgramme;
import io.github.acplan.core.risk.CorruptionRisk;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PlanRolloverProgrammeTest {

  private static final Plan PROGRAMME = SmallProgramme.plan();

  private static Measure measure(Plan p, String number) {
    return p.measure(MeasureNumber.parse(number)).orElseThrow();
  }

  @Test
  void theNextProgrammeMovesByTheProgrammesLength() {
    RolloverResult result = PlanRollover.toNextPeriod(PROGRAMME);
    assertThat(result.edits()).extracting(RolloverEdit::path, RolloverEdit::oldText, RolloverEdit::newText)
        .containsExactly(
            tuple("plan/period", "2025-2026", "2027-2028"),
            tuple("plan/approval", "розпорядження сільського голови від 20.12.2024 № 120", ""),
            tuple("1.2/name", "Навчання працівників з питань доброчесності у 2025–2026 роках",
                "Навчання працівників з питань доброчесності у 2027–2028 роках"),
            tuple("2.1/yearly-deadline", "2025: до 1 лютого 2025 р.", "2027: до 1 лютого 2027 р."),
            tuple("2.1/yearly-deadline", "2026: до 1 лютого 2026 р.", "2028: до 1 лютого 2028 р."),
            tuple("2.2/name", "Аналіз тендерної документації на 2025 рік",
                "Аналіз тендерної документації на 2027 рік"),
            tuple("risk R1/description", "Закупівлі 2025 року за цінами вищими за ринкові",
                "Закупівлі 2027 року за цінами вищими за ринкові"));
    Plan draft = result.plan();
    assertThat(draft.period()).isEqualTo(PlanPeriod.of(2027, 2028));
    assertThat(draft.kind()).isEqualTo(PlanKind.PROGRAMME);
    assertThat(draft.approval()).isEmpty();
    // The register keeps its identifiers, scores, links, and so its levels.
    assertThat(draft.risks()).extracting(CorruptionRisk::id, CorruptionRisk::probability,
        CorruptionRisk::consequence, CorruptionRisk::measures)
        .containsExactlyElementsOf(PROGRAMME.risks().stream().map(r -> tuple(r.id(), r.probability(),
            r.consequence(), r.measures())).toList());
    for (CorruptionRisk r : draft.risks()) {
      assertThat(draft.riskLevel(r)).isEqualTo(PROGRAMME.riskLevel(PROGRAMME.risk(r.id()).orElseThrow()));
    }
    // Each year's deadline is read anew for its own new year.
    Measure m21 = measure(draft, "2.1");
    assertThat(m21.yearlyDeadlines()).containsOnlyKeys(2027, 2028);
    assertThat(m21.yearlyDeadlines().get(2027))
        .isEqualTo(DeadlineParser.forPeriod(PlanPeriod.ofYear(2027)).parse("до 1 лютого 2027 р."));
    assertThat(m21.yearlyDeadlines().get(2028).kind()).isEqualTo(DeadlineKind.BY_DATE);
    assertThat(m21.resources()).isEqualTo("Не потребує фінансування");
  }

  @Test
  void aProgrammeRenewedAYearEarlyMovesByOneYear() {
    Plan draft = PlanRollover.toYear(PROGRAMME, 2026).plan();
    assertThat(draft.period()).isEqualTo(PlanPeriod.of(2026, 2027));
    assertThat(measure(draft, "2.1").yearlyDeadlines()).containsOnlyKeys(2026, 2027);
    assertThat(measure(draft, "2.1").yearlyDeadlines().get(2026).text()).isEqualTo("до 1 лютого 2026 р.");
    assertThat(draft.risk("R1").orElseThrow().description()).isEqualTo("Закупівлі 2026 року за цінами вищими за ринкові");
    assertThat(PlanRollover.toNextPeriod(PROGRAMME).plan())
        .isEqualTo(PlanRollover.toYear(PROGRAMME, 2027).plan());
  }

  @Test
  void theDiffOfTheProgrammeAndItsRolloverReadsYearByYear() {
    Plan draft = PlanRollover.toNextPeriod(PROGRAMME).plan();
    assertThat(DiffReport.render(PlanDiff.between(PROGRAMME, draft), Locale.forLanguageTag("uk")).lines())
        .containsExactly(
            "Період: змінено з «2025-2026» на «2027-2028»",
            "Затвердження: вилучено «розпорядження сільського голови від 20.12.2024 № 120»",
            "Пункт 1.2: змінено найменування заходу з «Навчання працівників з питань доброчесності у 2025–2026"
                + " роках» на «Навчання працівників з питань доброчесності у 2027–2028 роках»",
            "Пункт 2.1: вилучено строк виконання на 2025 рік «до 1 лютого 2025 р.»",
            "Пункт 2.1: вилучено строк виконання на 2026 рік «до 1 лютого 2026 р.»",
            "Пункт 2.1: додано строк виконання на 2027 рік «до 1 лютого 2027 р.»",
            "Пункт 2.1: додано строк виконання на 2028 рік «до 1 лютого 2028 р.»",
            "Пункт 2.2: змінено найменування заходу з «Аналіз тендерної документації на 2025 рік» на «Аналіз"
                + " тендерної документації на 2027 рік»",
            "Ризик R1: змінено опис ризику з «Закупівлі 2025 року за цінами вищими за ринкові» на «Закупівлі"
                + " 2027 року за цінами вищими за ринкові»");
  }

  @Test
  void deadlinesPerYearAreDerivedForTheirSingleNewYear() {
    List<String> seen = new ArrayList<>();
    PlanRollover.toYear(PROGRAMME, 2027, (text, period) -> {
      seen.add(period + " " + text);
      return DeadlineParser.forPeriod(period).parse(text);
    });
    assertThat(seen).hasSize(4 + 2).contains("2027-2028 Постійно", "2027 до 1 лютого 2027 р.",
        "2028 до 1 лютого 2028 р.");
  }

  /** 2027 is in the window around 2025–2026 and moves to 2028; 2028 is not, and stays. */
  @Test
  void aYearThatWouldLandOnAYearThatStaysIsRefused() {
    DeadlineParser parser = DeadlineParser.forPeriod(PlanPeriod.of(2027, 2028));
    Plan odd = Plans.editMeasure(PROGRAMME, "2.1", m -> m.withYearlyDeadlines(Map.of(
        2027, parser.parse("Щокварталу"), 2028, parser.parse("Постійно"))));
    assertThatIllegalArgumentException().isThrownBy(() -> PlanRollover.toYear(odd, 2026))
        .withMessageContaining("Measure 2.1").withMessageContaining("2027").withMessageContaining("2028");
    // Moving by two years lands 2027 on 2029, which is free.
    assertThat(measure(PlanRollover.toYear(odd, 2027).plan(), "2.1").yearlyDeadlines()).containsOnlyKeys(2028, 2029);
  }

  @Test
  void aYearMovedPastTheLastYearAcceptedIsRefused() {
    Plan late = Plans.editMeasure(PROGRAMME.withPeriod(PlanPeriod.of(2098, 2099)).withRisks(List.of()), "2.1",
        m -> m.withYearlyDeadlines(Map.of(2100, DeadlineParser.forPeriod(PlanPeriod.ofYear(2100)).parse("Постійно"))));
    assertThatIllegalArgumentException().isThrownBy(() -> PlanRollover.toYear(late, 2099))
        .withMessageContaining("2101");
  }

  @Test
  void aProgrammeWithoutYearsInItsRegisterKeepsItsRisksAsTheyAre() {
    Plan plain = PROGRAMME.withRisks(List.of(PROGRAMME.risk("R2").orElseThrow()));
    RolloverResult result = PlanRollover.toNextPeriod(plain);
    assertThat(result.plan().risks()).isEqualTo(plain.risks());
    assertThat(result.edits()).noneMatch(e -> e.risk().isPresent());
  }

  @Test
  void aRiskEditSaysWhichRisk() {
    RolloverEdit e = new RolloverEdit(java.util.OptionalInt.empty(), java.util.Optional.empty(),
        java.util.Optional.of("R1"), "sources", "Звіт за 2025 рік", "Звіт за 2026 рік");
    assertThat(e.path()).isEqualTo("risk R1/sources");
    assertThat(e).hasToString("risk R1/sources: «Звіт за 2025 рік» → «Звіт за 2026 рік»");
    assertThatIllegalArgumentException().isThrownBy(() -> new RolloverEdit(java.util.OptionalInt.of(1),
        java.util.Optional.empty(), java.util.Optional.of("R1"), "sources", "a", "b"));
  }
}
