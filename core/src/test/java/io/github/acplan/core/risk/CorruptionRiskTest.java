package io.github.acplan.core.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.acplan.core.Actor;
import io.github.acplan.core.ActorKind;
import io.github.acplan.core.Measure;
import io.github.acplan.core.MeasureNumber;
import io.github.acplan.core.Plan;
import io.github.acplan.core.PlanKind;
import io.github.acplan.core.PlanPeriod;
import io.github.acplan.core.PlanStructureException;
import io.github.acplan.core.Responsible;
import io.github.acplan.core.Section;
import io.github.acplan.core.deadline.Deadline;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The structural checks of a risk and of the register in a plan; legal rules are the validator's. */
class CorruptionRiskTest {

  private static Measure measure(String number) {
    return Measure.builder().number(MeasureNumber.parse(number)).name("Захід " + number)
        .deadline(Deadline.unparsed("Постійно"))
        .responsible(Responsible.builder().text("Відділ кадрів")
            .addActors(Actor.of(ActorKind.UNIT, "Відділ кадрів")).build())
        .build();
  }

  private static CorruptionRisk risk(String id, String... measures) {
    CorruptionRisk.Builder b = CorruptionRisk.builder().id(id).function("Управління персоналом")
        .risk("Ризик " + id).probability(2).consequence(3);
    for (String n : measures) {
      b.addMeasures(MeasureNumber.parse(n));
    }
    return b.build();
  }

  private static Plan.Builder programme() {
    return Plan.builder().title("Антикорупційна програма").body("міської ради")
        .period(PlanPeriod.of(2024, 2026)).kind(PlanKind.PROGRAMME)
        .addSections(Section.builder().number(1).title("Персонал")
            .addMeasures(measure("1.1"), measure("1.2")).build());
  }

  @Test
  void aRiskKeepsWhatWasWrittenEvenScoresOffTheScale() {
    CorruptionRisk r = CorruptionRisk.builder().id("Р-3").function("").risk("").probability(7)
        .consequence(-1).addSources("Дискреційні повноваження").build();
    assertThat(r.description()).isEmpty();
    assertThat(r.sources()).containsExactly("Дискреційні повноваження");
    assertThat(r.probability()).isEqualTo(7);
    assertThat(r.measures()).isEmpty();
  }

  @Test
  void aBlankIdentifierIsRejectedNamingTheRisk() {
    assertThatThrownBy(() -> CorruptionRisk.builder().id(" ").function("Закупівлі").risk("Змова учасників")
        .probability(1).consequence(1).build())
        .isInstanceOf(PlanStructureException.class)
        .hasMessage("Corruption risk \"Змова учасників\": the identifier is blank");
  }

  @Test
  void aMeasureLinkedTwiceIsRejected() {
    assertThatThrownBy(() -> risk("R-1", "1.1", "1.2", "1.1"))
        .isInstanceOf(PlanStructureException.class)
        .hasMessage("Corruption risk R-1: measure 1.1 is linked twice");
  }

  @Test
  void aDuplicateRiskIdentifierIsRejected() {
    assertThatThrownBy(() -> programme().addRisks(risk("R-1", "1.1"), risk("R-2"), risk("R-1", "1.2")).build())
        .isInstanceOf(PlanStructureException.class)
        .hasMessage("Corruption risk R-1 appears more than once in the register");
  }

  @Test
  void aLinkToAMeasureNotInThePlanIsRejectedNamingTheRiskAndTheMeasure() {
    assertThatThrownBy(() -> programme().addRisks(risk("R-1", "1.1"), risk("R-2", "1.2", "2.1")).build())
        .isInstanceOf(PlanStructureException.class)
        .hasMessage("Corruption risk R-2: linked measure 2.1 is not in the plan")
        .hasMessageContaining("R-2").hasMessageContaining("2.1");
  }

  @Test
  void thePlanFindsRisksByIdentifierAndByMeasureAndGivesTheirLevel() {
    Plan plan = programme().addRisks(risk("R-1", "1.1"), risk("R-2", "1.2", "1.1"),
        risk("R-3").withProbability(4)).build();
    assertThat(plan.risk("R-2").map(CorruptionRisk::measures).orElseThrow())
        .containsExactly(MeasureNumber.parse("1.2"), MeasureNumber.parse("1.1"));
    assertThat(plan.risk("R-9")).isEmpty();
    assertThat(plan.risksAddressedBy(MeasureNumber.parse("1.1"))).extracting(CorruptionRisk::id)
        .containsExactly("R-1", "R-2");
    assertThat(plan.risksAddressedBy(MeasureNumber.parse("1.2"))).extracting(CorruptionRisk::id)
        .containsExactly("R-2");
    assertThat(plan.riskLevel(plan.risks().get(0))).hasValue(RiskLevel.HIGH); // 2 × 3 = 6
    assertThat(plan.riskLevel(plan.risks().get(2))).isEmpty(); // 4 is off the scale 1–3
    assertThat(plan.riskScale()).isEqualTo(RiskScale.NAZK_2021);
    assertThat(plan.measuresMustAddressRisks()).isFalse();
  }

  @Test
  void aPlanOfTheOldKindHasNoRegister() {
    Plan plan = programme().kind(PlanKind.PLAN).build();
    assertThat(plan.risks()).isEmpty();
    assertThat(plan.withRisks(List.of(risk("R-1", "1.1"))).risks()).hasSize(1);
    assertThat(Plan.builder().title("План").body("ради").period(PlanPeriod.ofYear(2020)).build().kind())
        .isEqualTo(PlanKind.PLAN);
  }
}
