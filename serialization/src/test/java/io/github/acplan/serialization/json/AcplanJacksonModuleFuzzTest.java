package io.github.acplan.serialization.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.acplan.core.Plan;
import java.io.CharConversionException;
import java.io.IOException;

/**
 * Coverage-guided fuzz target for the Jackson 2 module as an application uses it: a mapper that found
 * the module reads any bytes as the application's own record holding a plan. The bytes either read as a
 * value that the mapper writes and reads back equal, or are refused with Jackson's own exceptions, as for
 * any value of the application's ({@link JsonProcessingException}; {@link CharConversionException} for
 * bytes that are not text in the encoding Jackson detected). Anything else escaping (a model's
 * {@code IllegalArgumentException}, a {@code NullPointerException}, {@code StackOverflowError} on
 * nesting) is a finding.
 *
 * <p>Without {@code JAZZER_FUZZ} this runs once per file in {@code AcplanJacksonModuleFuzzTestInputs};
 * the {@code fuzz} profile fuzzes it for {@code fuzz.seconds}.
 */
class AcplanJacksonModuleFuzzTest {

  /**
   * An application's record: its own property, and a plan, either null when the input leaves it out.
   * Its components carry no type annotation: Jazzer's instrumentation of a record whose components have
   * one crashed Java 17's {@code Class.getRecordComponents} (SIGSEGV in {@code ResolvingSignatureStream}).
   */
  public record Envelope(String council, Plan plan) {}

  private static final ObjectMapper MAPPER = new ObjectMapper().findAndRegisterModules();

  @FuzzTest
  void read(byte[] input) throws IOException {
    Envelope envelope;
    try {
      envelope = MAPPER.readValue(input, Envelope.class);
    } catch (JsonProcessingException | CharConversionException refused) {
      return;
    }
    String written = MAPPER.writeValueAsString(envelope);
    try {
      assertThat(MAPPER.readValue(written, Envelope.class)).isEqualTo(envelope);
    } catch (JsonProcessingException e) {
      throw new AssertionError("The JSON the mapper wrote for a value it read is refused: " + e.getMessage(), e);
    }
  }
}
