package io.github.acplan.serialization.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.acplan.serialization.PlanFormatException;
import io.github.acplan.serialization.SeedPlan;
import org.junit.jupiter.api.Test;

/** Hostile cells end in the documented exception with their line, never a StackOverflowError. */
class HostileTextTest {

  @Test
  void aFirstCellOfThreeThousandNumberPartsIsRefusedAtItsLine() {
    String seed = SeedPlan.text();
    String deep = "1" + ".1".repeat(3_000);
    String hostile = seed.replaceFirst("(?m)^1\\.1\t", deep + "\t");
    assertThat(hostile).contains(deep);
    assertThatThrownBy(() -> PlanTextReader.standard().read(hostile))
        .isInstanceOf(PlanFormatException.class)
        .hasMessageContaining("more than 16 parts").hasMessageStartingWith("line ");
  }

  @Test
  void measureNumbersAreRecognisedInOnePass() {
    assertThat(PlanTextReader.looksLikeMeasureNumber("1.1")).isTrue();
    assertThat(PlanTextReader.looksLikeMeasureNumber("3.10.")).isTrue();
    assertThat(PlanTextReader.looksLikeMeasureNumber("1.1.1.1.1")).isTrue();
    assertThat(PlanTextReader.looksLikeMeasureNumber("1.")).isFalse();
    assertThat(PlanTextReader.looksLikeMeasureNumber("1..2")).isFalse();
    assertThat(PlanTextReader.looksLikeMeasureNumber(".1.2")).isFalse();
    assertThat(PlanTextReader.looksLikeMeasureNumber("1.1..")).isFalse();
    assertThat(PlanTextReader.looksLikeMeasureNumber("1234567890.1")).isFalse();
    assertThat(PlanTextReader.looksLikeMeasureNumber("1.2a")).isFalse();
    assertThat(PlanTextReader.looksLikeMeasureNumber("1" + ".1".repeat(100_000))).isTrue();
  }
}
