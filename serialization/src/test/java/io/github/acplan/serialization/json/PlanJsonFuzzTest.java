package io.github.acplan.serialization.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.acplan.core.Plan;
import io.github.acplan.serialization.PlanFormatException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;

/**
 * Coverage-guided fuzz target for {@link PlanJson#read(java.io.InputStream)}, {@link PlanJson#read(String)}
 * and {@link PlanJson#read(java.io.Reader)}: any bytes either read as a plan that writes and reads back
 * unchanged, or are refused with a {@link PlanFormatException} that has a location. The same input is also
 * read as text, with a lone surrogate wherever the bytes were not UTF-8, from a {@code String} and from a
 * {@code Reader}: both must end alike, and a plan read from text must write and read back too (a lone
 * surrogate let through would be refused there). Anything else escaping (Jackson's own exceptions,
 * {@code IllegalArgumentException} from the model, {@code StackOverflowError} on nesting,
 * {@code OutOfMemoryError}) is a finding.
 *
 * <p>Without {@code JAZZER_FUZZ} this runs once per file in {@code PlanJsonFuzzTestInputs}; the
 * {@code fuzz} profile fuzzes it for {@code fuzz.seconds}.
 */
class PlanJsonFuzzTest {

  private static final PlanJson JSON = PlanJson.standard();

  @FuzzTest
  void read(byte[] input) throws Exception {
    Object fromBytes = outcome(() -> JSON.read(new ByteArrayInputStream(input)));
    String text = new String(input, StandardCharsets.UTF_8).replace('\uFFFD', '\uD800');
    Object fromString = outcome(() -> JSON.read(text));
    Object fromReader = outcome(() -> JSON.read(new StringReader(text)));
    assertThat(describe(fromReader)).isEqualTo(describe(fromString));
    for (Object read : new Object[] {fromBytes, fromString}) {
      if (read instanceof PlanFormatException documented) {
        assertThat(documented.location()).isNotBlank();
        assertThat(documented.problem()).isNotBlank();
        continue;
      }
      Plan plan = (Plan) read;
      String written = JSON.write(plan);
      try {
        assertThat(JSON.read(written)).isEqualTo(plan);
      } catch (PlanFormatException e) {
        throw new AssertionError("The JSON written for a plan that was read is refused: " + e.getMessage(), e);
      }
    }
  }

  /** The plan read, or the {@link PlanFormatException} that refused it; anything else thrown escapes. */
  private static Object outcome(Callable<Plan> read) throws Exception {
    try {
      return read.call();
    } catch (PlanFormatException documented) {
      return documented;
    }
  }

  /** An outcome to compare: the plan, or the refusal's location and problem. */
  private static Object describe(Object outcome) {
    return outcome instanceof PlanFormatException e ? e.location() + ": " + e.problem() : outcome;
  }
}
