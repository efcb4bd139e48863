package io.github.acplan.core.risk;

import static io.github.acplan.core.risk.RiskLevel.HIGH;
import static io.github.acplan.core.risk.RiskLevel.LOW;
import static io.github.acplan.core.risk.RiskLevel.MEDIUM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RiskScaleTest {

  private static final RiskScale NAZK = RiskScale.NAZK_2021;

  /**
   * The Methodology's table (NAZK order No. 830/21 of 28.12.2021, section III): the level of a risk from
   * the levels of its probability (rows) and consequences (columns).
   */
  private static final RiskLevel[][] TABLE = {
      //            consequences: low     medium  high
      /* probability low    */ {LOW, LOW, MEDIUM},
      /* probability medium */ {LOW, MEDIUM, HIGH},
      /* probability high   */ {MEDIUM, HIGH, HIGH},
  };

  @Test
  void theNazkScaleGivesTheMethodologysNineLevels() {
    RiskLevel[] levels = {LOW, MEDIUM, HIGH};
    Map<RiskLevel, Integer> counts = new EnumMap<>(RiskLevel.class);
    for (int p = 0; p < 3; p++) {
      for (int c = 0; c < 3; c++) {
        int probability = NAZK.scoreOf(levels[p]);
        int consequence = NAZK.scoreOf(levels[c]);
        assertThat(NAZK.level(probability, consequence))
            .as("probability %s, consequences %s", levels[p], levels[c])
            .hasValue(TABLE[p][c]);
        counts.merge(TABLE[p][c], 1, Integer::sum);
      }
    }
    assertThat(counts).containsEntry(HIGH, 3).containsEntry(MEDIUM, 3).containsEntry(LOW, 3);
  }

  @Test
  void theNazkScaleScoresOneToThree() {
    assertThat(NAZK.minScore()).isEqualTo(1);
    assertThat(NAZK.maxScore()).isEqualTo(3);
    assertThat(NAZK.mediumFrom()).isEqualTo(3);
    assertThat(NAZK.highFrom()).isEqualTo(6);
    assertThat(NAZK.scoreOf(LOW)).isEqualTo(1);
    assertThat(NAZK.scoreOf(MEDIUM)).isEqualTo(2);
    assertThat(NAZK.scoreOf(HIGH)).isEqualTo(3);
    assertThat(NAZK.contains(0)).isFalse();
    assertThat(NAZK.contains(1)).isTrue();
    assertThat(NAZK.contains(3)).isTrue();
    assertThat(NAZK.contains(4)).isFalse();
    assertThat(NAZK).hasToString("1..3 (medium from 3, high from 6)");
  }

  @Test
  void aScoreOffTheScaleGivesNoLevel() {
    assertThat(NAZK.level(0, 3)).isEmpty();
    assertThat(NAZK.level(3, 4)).isEmpty();
    assertThat(NAZK.level(-1, -3)).isEmpty();
  }

  @Test
  void anotherScaleIsDescribedByItsBoundsAndThresholds() {
    RiskScale five = RiskScale.of(1, 5, 5, 15);
    assertThat(five.level(5, 3)).hasValue(HIGH);
    assertThat(five.level(2, 3)).hasValue(MEDIUM);
    assertThat(five.level(1, 4)).hasValue(LOW);
    assertThat(five.scoreOf(MEDIUM)).isEqualTo(3);
    assertThat(five).isEqualTo(RiskScale.of(1, 5, 5, 15)).hasSameHashCodeAs(RiskScale.of(1, 5, 5, 15))
        .isNotEqualTo(NAZK);
    assertThat(RiskScale.of(1, 3, 3, 6)).isEqualTo(NAZK);
  }

  @Test
  void ofRejectsBoundsOutOfOrderAndUnreachableThresholds() {
    assertThatThrownBy(() -> RiskScale.of(-1, 3, 3, 6)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("-1..3");
    assertThatThrownBy(() -> RiskScale.of(3, 1, 3, 6)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("3..1");
    // mediumFrom must exceed the lowest product 1
    assertThatThrownBy(() -> RiskScale.of(1, 3, 1, 6)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("mediumFrom 1");
    // highFrom must exceed mediumFrom
    assertThatThrownBy(() -> RiskScale.of(1, 3, 4, 4)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("highFrom 4");
    // highFrom must be reachable: at most 3 × 3
    assertThatThrownBy(() -> RiskScale.of(1, 3, 3, 10)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("<= 9");
    // a one-score scale cannot have three levels
    assertThatThrownBy(() -> RiskScale.of(2, 2, 3, 4)).isInstanceOf(IllegalArgumentException.class);
  }
}
