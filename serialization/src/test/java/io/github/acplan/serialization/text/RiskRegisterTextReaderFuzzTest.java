package io.github.acplan.serialization.text;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.acplan.serialization.PlanFormatException;
import io.github.acplan.serialization.json.PlanJson;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;

/**
 * Coverage-guided fuzz target for {@link RiskRegisterTextReader#read(Reader)}: any bytes (decoded as
 * UTF-8) either read as a programme that the
 * text read as one string gives too and that JSON writes and reads back unchanged, or are refused with a {@link PlanFormatException}
 * that has a location. Anything else escaping is a finding.
 *
 * <p>Without {@code JAZZER_FUZZ} this runs once per file in {@code RiskRegisterTextReaderFuzzTestInputs};
 * the {@code fuzz} profile fuzzes it for {@code fuzz.seconds}.
 */
class RiskRegisterTextReaderFuzzTest {

  private static final RiskRegisterTextReader READER = RiskRegisterTextReader.standard();

  @FuzzTest
  void read(byte[] input) throws IOException {
    ReadResult result;
    try (Reader in = new InputStreamReader(new ByteArrayInputStream(input), StandardCharsets.UTF_8)) {
      result = READER.read(in);
    } catch (PlanFormatException documented) {
      assertThat(documented.location()).isNotBlank();
      assertThat(documented.problem()).isNotBlank();
      return;
    }
    String json = PlanJson.standard().write(result.plan());
    try {
      assertThat(READER.read(new String(input, StandardCharsets.UTF_8)).plan()).isEqualTo(result.plan());
      assertThat(PlanJson.standard().read(json)).isEqualTo(result.plan());
    } catch (PlanFormatException e) {
      throw new AssertionError("A register that was read is refused read again or from its JSON: "
          + e.getMessage(), e);
    }
  }
}
