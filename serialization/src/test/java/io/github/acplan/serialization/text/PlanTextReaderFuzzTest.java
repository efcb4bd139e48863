package io.github.acplan.serialization.text;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.acplan.serialization.PlanFormatException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;

/**
 * Coverage-guided fuzz target for {@link PlanTextReader#read(Reader)}: any bytes (decoded as UTF-8, as
 * the command line does) either read as a plan, which {@link PlanTextWriter} writes to a text that reads
 * back as the same plan, or are refused with a {@link PlanFormatException} that has a location. Anything
 * else escaping ({@code NullPointerException}, {@code IllegalArgumentException} from the model, index
 * errors, {@code StackOverflowError}, {@code OutOfMemoryError}) is a finding.
 *
 * <p>Without {@code JAZZER_FUZZ} this runs once per file in {@code PlanTextReaderFuzzTestInputs}; the
 * {@code fuzz} profile fuzzes it for {@code fuzz.seconds}.
 */
class PlanTextReaderFuzzTest {

  @FuzzTest
  void read(byte[] input) throws IOException {
    ReadResult result;
    try (Reader in = new InputStreamReader(new ByteArrayInputStream(input), StandardCharsets.UTF_8)) {
      result = PlanTextReader.read(in);
    } catch (PlanFormatException documented) {
      assertThat(documented.location()).isNotBlank();
      assertThat(documented.problem()).isNotBlank();
      return;
    }
    assertThat(result.plan()).isNotNull();
    String written = PlanTextWriter.write(result.plan());
    try {
      assertThat(PlanTextReader.read(written).plan()).isEqualTo(result.plan());
    } catch (PlanFormatException e) {
      throw new AssertionError("The written form of a plan that was read is refused: " + e.getMessage(), e);
    }
  }
}
