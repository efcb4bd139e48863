package io.github.acplan.jackson3;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.acplan.core.Plan;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Coverage-guided fuzz target for the Jackson 3 module as an application uses it: a mapper that found
 * the module reads any bytes as the application's own record holding a plan. The bytes either read as a
 * value that the mapper writes and reads back equal, or are refused with Jackson's own
 * {@link JacksonException}, as for any value of the application's. Anything else escaping (a model's
 * {@code IllegalArgumentException}, a {@code NullPointerException}, {@code StackOverflowError} on
 * nesting) is a finding.
 *
 * <p>Without {@code JAZZER_FUZZ} this runs once per file in {@code AcplanJackson3ModuleFuzzTestInputs};
 * the {@code fuzz} profile fuzzes it for {@code fuzz.seconds}.
 */
class AcplanJackson3ModuleFuzzTest {

  /**
   * An application's record: its own property, and a plan, either null when the input leaves it out.
   * Its components carry no type annotation: Jazzer's instrumentation of a record whose components have
   * one crashed Java 17's {@code Class.getRecordComponents} (SIGSEGV in {@code ResolvingSignatureStream}).
   */
  public record Envelope(String council, Plan plan) {}

  private static final JsonMapper MAPPER = JsonMapper.builder().findAndAddModules().build();

  @FuzzTest
  void read(byte[] input) {
    Envelope envelope;
    try {
      envelope = MAPPER.readValue(input, Envelope.class);
    } catch (JacksonException refused) {
      return;
    }
    String written = MAPPER.writeValueAsString(envelope);
    try {
      assertThat(MAPPER.readValue(written, Envelope.class)).isEqualTo(envelope);
    } catch (JacksonException e) {
      throw new AssertionError("The JSON the mapper wrote for a value it read is refused: " + e.getMessage(), e);
    }
  }
}
