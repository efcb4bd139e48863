package io.github.acplan.core.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.acplan.core.PlanPeriod;
import java.nio.charset.StandardCharsets;

/**
 * Coverage-guided fuzz target for {@link DeadlineParser#parse}, documented as never throwing: every
 * text gives a deadline that keeps the text as given, the same reading the second time, and a
 * canonical form that is its own canonical form. Any
 * exception or error (a recogniser's {@code RuntimeException} is caught inside, so what escapes is a
 * {@code StackOverflowError} or worse) is a finding, and so is a reading that depends on earlier calls.
 *
 * <p>Without {@code JAZZER_FUZZ} this runs once per file in {@code DeadlineParserFuzzTestInputs}; the
 * {@code fuzz} profile fuzzes it for {@code fuzz.time}.
 */
class DeadlineParserFuzzTest {

  private static final DeadlineParser ONE_YEAR = DeadlineParser.forPeriod(PlanPeriod.ofYear(2020));
  private static final DeadlineParser PROGRAMME = DeadlineParser.forPeriod(PlanPeriod.of(2024, 2026));

  @FuzzTest
  void parse(byte[] input) {
    String text = new String(input, StandardCharsets.UTF_8);
    for (DeadlineParser parser : new DeadlineParser[] {ONE_YEAR, PROGRAMME}) {
      Deadline deadline = parser.parse(text);
      assertThat(deadline.text()).isEqualTo(text);
      assertThat(deadline.kind()).isNotNull();
      assertThat(parser.parse(text)).isEqualTo(deadline);
      Deadline canonical = DeadlineFormatter.canonical(deadline);
      assertThat(DeadlineFormatter.canonical(canonical)).isEqualTo(canonical);
    }
  }
}
