package io.github.acplan.serialization.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.acplan.core.Plan;
import io.github.acplan.serialization.PlanFormatException;
import java.io.ByteArrayInputStream;
import java.io.IOException;

/**
 * Coverage-guided fuzz target for {@link PlanJson#read(java.io.InputStream)}: any bytes either read as a
 * plan that writes and reads back unchanged, or are refused with a {@link PlanFormatException} that has
 * a location. Anything else escaping (Jackson's own exceptions, {@code IllegalArgumentException} from the
 * model, {@code StackOverflowError} on nesting, {@code OutOfMemoryError}) is a finding.
 *
 * <p>Without {@code JAZZER_FUZZ} this runs once per file in {@code PlanJsonFuzzTestInputs}; the
 * {@code fuzz} profile fuzzes it for {@code fuzz.seconds}.
 */
class PlanJsonFuzzTest {

  private static final PlanJson JSON = PlanJson.standard();

  @FuzzTest
  void read(byte[] input) throws IOException {
    Plan plan;
    try {
      plan = JSON.read(new ByteArrayInputStream(input));
    } catch (PlanFormatException documented) {
      assertThat(documented.location()).isNotBlank();
      assertThat(documented.problem()).isNotBlank();
      return;
    }
    String written = JSON.write(plan);
    try {
      assertThat(JSON.read(written)).isEqualTo(plan);
    } catch (PlanFormatException e) {
      throw new AssertionError("The JSON written for a plan that was read is refused: " + e.getMessage(), e);
    }
  }
}
