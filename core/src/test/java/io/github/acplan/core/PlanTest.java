package io.github.acplan.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.acplan.core.deadline.Deadline;
import io.github.acplan.core.fixtures.SeedPlan;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PlanTest {

  private static final String SPECIALIST =
      "Головний спеціаліст з питань запобігання і виявлення корупції";

  static Measure measure(String number, String deadline) {
    return Measure.builder()
        .number(MeasureNumber.parse(number))
        .name("Захід " + number)
        .deadline(Deadline.unparsed(deadline))
        .responsible(Responsible.builder()
            .text(SPECIALIST)
            .addActors(Actor.of(ActorKind.POSITION, SPECIALIST))
            .build())
        .build();
  }

  static Plan plan() {
    return SeedPlan.metadata()
        .addSections(Section.builder().number(1).title("Системний підхід")
            .addMeasures(measure("1.1", "Щопівроку"), measure("1.2", "1 декада січня 2021 року"))
            .build())
        .addSections(Section.builder().number(3).title("Добросовісність публічної служби")
            .addMeasures(measure("3.9", "Постійно"), measure("3.10", "Постійно"))
            .build())
        .build();
  }

  @Test
  void measuresAreListedInPlanOrderAndFoundByNumber() {
    Plan plan = plan();
    assertThat(plan.measures()).extracting(m -> m.number().toString())
        .containsExactly("1.1", "1.2", "3.9", "3.10");
    assertThat(plan.measure(MeasureNumber.parse("3.10")).map(Measure::name)).contains("Захід 3.10");
    assertThat(plan.measure(MeasureNumber.parse("2.1"))).isEmpty();
    assertThat(plan.section(3).map(Section::title)).contains("Добросовісність публічної служби");
    assertThat(plan.section(2)).isEmpty();
  }

  @Test
  void withCopiesChangeOneThingAndLeaveTheOriginal() {
    Plan plan = plan();
    Plan draft = plan.withPeriod(PlanPeriod.ofYear(2021)).withApproval(java.util.Optional.empty());
    assertThat(draft.period()).isEqualTo(PlanPeriod.ofYear(2021));
    assertThat(draft.approval()).isEmpty();
    assertThat(draft.sections()).isEqualTo(plan.sections());
    assertThat(plan.period()).isEqualTo(PlanPeriod.ofYear(2020));
    assertThat(plan.approval()).isPresent();
    assertThat(Plan.copyOf(plan)).isEqualTo(plan).hasSameHashCodeAs(plan);
  }

  @Test
  void aMeasureOutsideItsSectionIsRejectedWithSectionAndNumber() {
    assertThatThrownBy(() -> Section.builder().number(2).title("Відкритість")
        .addMeasures(measure("2.1", "Постійно"), measure("3.1", "Постійно")).build())
        .isInstanceOf(PlanStructureException.class)
        .hasMessageContaining("Section 2")
        .hasMessageContaining("measure 3.1");
  }

  @Test
  void aRepeatedMeasureNumberIsRejected() {
    assertThatThrownBy(() -> Section.builder().number(2).title("Відкритість")
        .addMeasures(measure("2.1", "Постійно"), measure("2.1", "Щопівроку")).build())
        .isInstanceOf(PlanStructureException.class)
        .hasMessageContaining("2.1 appears more than once");
  }

  @Test
  void aRepeatedSectionNumberIsRejected() {
    Section one = Section.builder().number(1).title("A").build();
    assertThatThrownBy(() -> plan().withSections(one, one))
        .isInstanceOf(PlanStructureException.class)
        .hasMessageContaining("Section number 1 appears more than once");
  }

  @Test
  void aMeasureNumberNeedsTwoParts() {
    assertThatThrownBy(() -> measure("4", "Постійно"))
        .isInstanceOf(PlanStructureException.class)
        .hasMessageContaining("Measure 4");
  }

  @Test
  void emptyCellsAreStructurallyValid() {
    Measure empty = Measure.builder()
        .number(MeasureNumber.parse("3.5"))
        .name("")
        .deadline(Deadline.unparsed(""))
        .responsible(Responsible.builder().text("").build())
        .build();
    assertThat(empty.indicators()).isEmpty();
    assertThat(empty.expectedResults()).isEmpty();
    assertThat(empty.responsible().isEmpty()).isTrue();
  }

  @Test
  void blankIndicatorsAndNamesAreRejected() {
    assertThatThrownBy(() -> Indicator.of(" ")).isInstanceOf(PlanStructureException.class)
        .hasMessageContaining("indicator");
    assertThatThrownBy(() -> ExpectedResult.of("")).isInstanceOf(PlanStructureException.class);
    assertThatThrownBy(() -> Actor.of(ActorKind.UNIT, " ")).isInstanceOf(PlanStructureException.class);
  }

  @Test
  void nullsAreRejectedByName() {
    assertThatThrownBy(() -> Measure.builder().name(null)).isInstanceOf(NullPointerException.class)
        .hasMessageContaining("name");
    assertThatThrownBy(() -> Section.builder().number(1).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("title");
  }

  @Test
  void periodsParseAndPrint() {
    assertThat(PlanPeriod.parse("2020")).isEqualTo(PlanPeriod.ofYear(2020)).hasToString("2020");
    assertThat(PlanPeriod.parse("2022–2024")).isEqualTo(PlanPeriod.of(2022, 2024)).hasToString("2022-2024");
    assertThat(PlanPeriod.of(2022, 2024).contains(LocalDate.of(2024, 12, 31))).isTrue();
    assertThat(PlanPeriod.ofYear(2020).contains(LocalDate.of(2021, 1, 1))).isFalse();
    assertThat(PlanPeriod.ofYear(2020).plusYears(1)).isEqualTo(PlanPeriod.ofYear(2021));
    assertThatThrownBy(() -> PlanPeriod.parse("2024-2022")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> PlanPeriod.parse("на 2020 рік"))
        .hasMessageContaining("Not a plan period: \"на 2020 рік\"");
    assertThatThrownBy(() -> PlanPeriod.ofYear(1990)).hasMessageContaining("1991");
  }

  @Test
  void actKindsAreFoundByTheirUkrainianWord() {
    assertThat(ActKind.fromUkrainian("Розпорядження")).contains(ActKind.ROZPORIADZHENNIA);
    assertThat(ActKind.fromUkrainian("НАКАЗ")).contains(ActKind.NAKAZ);
    assertThat(ActKind.fromUkrainian("постанова")).isEmpty();
  }
}
