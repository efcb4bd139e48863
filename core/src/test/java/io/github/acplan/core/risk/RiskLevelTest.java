package io.github.acplan.core.risk;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RiskLevelTest {

  @Test
  void fromTextReadsIdentifiersInAnyCase() {
    assertThat(RiskLevel.fromText("low")).hasValue(RiskLevel.LOW);
    assertThat(RiskLevel.fromText(" Medium ")).hasValue(RiskLevel.MEDIUM);
    assertThat(RiskLevel.fromText("HIGH")).hasValue(RiskLevel.HIGH);
  }

  /** Registers write the level in the gender and number of the noun it goes with. */
  @Test
  void fromTextReadsUkrainianWordsInEveryGender() {
    assertThat(RiskLevel.fromText("високий")).hasValue(RiskLevel.HIGH);
    assertThat(RiskLevel.fromText("Висока")).hasValue(RiskLevel.HIGH);
    assertThat(RiskLevel.fromText("високі")).hasValue(RiskLevel.HIGH);
    assertThat(RiskLevel.fromText("Середній")).hasValue(RiskLevel.MEDIUM);
    assertThat(RiskLevel.fromText("середня")).hasValue(RiskLevel.MEDIUM);
    assertThat(RiskLevel.fromText("НИЗЬКИЙ")).hasValue(RiskLevel.LOW);
    assertThat(RiskLevel.fromText("низькі")).hasValue(RiskLevel.LOW);
  }

  @Test
  void fromTextFindsNothingInOtherWords() {
    assertThat(RiskLevel.fromText("")).isEmpty();
    assertThat(RiskLevel.fromText("  ")).isEmpty();
    assertThat(RiskLevel.fromText("критичний")).isEmpty();
    assertThat(RiskLevel.fromText("3")).isEmpty();
  }

  @Test
  void namesAndOrder() {
    assertThat(RiskLevel.HIGH.id()).isEqualTo("high");
    assertThat(RiskLevel.HIGH.ukrainian()).isEqualTo("високий");
    assertThat(RiskLevel.MEDIUM.english()).isEqualTo("medium");
    assertThat(RiskLevel.values()).containsExactly(RiskLevel.LOW, RiskLevel.MEDIUM, RiskLevel.HIGH);
    for (RiskLevel level : RiskLevel.values()) {
      assertThat(RiskLevel.fromText(level.id())).hasValue(level);
      assertThat(RiskLevel.fromText(level.ukrainian())).hasValue(level);
    }
  }
}
