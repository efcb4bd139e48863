package io.github.acplan.core;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;

/**
 * Coverage-guided fuzz target for {@link MeasureNumber#parse}: any text either reads as a number that
 * prints and reads back as itself, or is refused with the documented {@link IllegalArgumentException}.
 * Anything else escaping (overflow, {@code StackOverflowError}, index errors) is a finding.
 *
 * <p>Without {@code JAZZER_FUZZ} this runs once per file in {@code MeasureNumberFuzzTestInputs}; the
 * {@code fuzz} profile fuzzes it for {@code fuzz.time}.
 */
class MeasureNumberFuzzTest {

  @FuzzTest
  void parse(byte[] input) {
    String text = new String(input, StandardCharsets.UTF_8);
    MeasureNumber number;
    try {
      number = MeasureNumber.parse(text);
    } catch (IllegalArgumentException documented) {
      assertThat(documented).hasMessageContaining("measure number");
      return;
    }
    assertThat(number.depth()).isBetween(1, MeasureNumber.MAX_DEPTH);
    assertThat(number.parts()).allSatisfy(p -> assertThat(p).isBetween(1, MeasureNumber.MAX_PART));
    assertThat(MeasureNumber.parse(number.toString())).isEqualTo(number);
    if (number.part(number.depth() - 1) < MeasureNumber.MAX_PART) {
      assertThat(MeasureNumber.parse(number.next().toString())).isGreaterThan(number);
    }
  }
}
