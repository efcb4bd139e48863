package io.github.acplan.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlanKindTest {

  @Test
  void fromIdReadsTheIdentifiersInAnyCaseAndSpacing() {
    assertThat(PlanKind.fromId("plan")).hasValue(PlanKind.PLAN);
    assertThat(PlanKind.fromId(" Programme ")).hasValue(PlanKind.PROGRAMME);
    assertThat(PlanKind.fromId("PROGRAMME")).hasValue(PlanKind.PROGRAMME);
  }

  @Test
  void fromIdFindsNothingForOtherWords() {
    assertThat(PlanKind.fromId("")).isEmpty();
    assertThat(PlanKind.fromId("program")).isEmpty();
    assertThat(PlanKind.fromId("антикорупційна програма")).isEmpty();
  }

  @Test
  void eachKindReadsBackFromItsIdentifierAndHasItsNames() {
    for (PlanKind kind : PlanKind.values()) {
      assertThat(PlanKind.fromId(kind.id())).hasValue(kind);
    }
    assertThat(PlanKind.PROGRAMME.ukrainian()).isEqualTo("антикорупційна програма");
    assertThat(PlanKind.PLAN.english()).isEqualTo("plan of measures");
  }
}
