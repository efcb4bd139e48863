package io.github.acplan.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** {@code of}, {@code parse} and {@code next} agree on the largest part, and nothing overflows. */
class MeasureNumberLimitsTest {

  @Test
  void ofAndParseAcceptTheSameParts() {
    assertThat(MeasureNumber.of(1, MeasureNumber.MAX_PART))
        .isEqualTo(MeasureNumber.parse("1." + MeasureNumber.MAX_PART));
    assertThatThrownBy(() -> MeasureNumber.of(1, MeasureNumber.MAX_PART + 1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("from 1 to 999999");
    assertThatThrownBy(() -> MeasureNumber.parse("1.1000000"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> MeasureNumber.of(Integer.MAX_VALUE))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void noNumberFollowsTheLargestPart() {
    assertThat(MeasureNumber.of(2, MeasureNumber.MAX_PART - 1).next())
        .isEqualTo(MeasureNumber.of(2, MeasureNumber.MAX_PART));
    assertThatThrownBy(() -> MeasureNumber.of(MeasureNumber.MAX_PART).next())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("No measure number follows 999999");
  }

  @Test
  void aNumberOfThousandsOfPartsIsRefusedWithoutOverflowingTheStack() {
    String deep = "1" + ".1".repeat(3_000);
    assertThatThrownBy(() -> MeasureNumber.parse(deep))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("more than 16 parts");
  }
}
