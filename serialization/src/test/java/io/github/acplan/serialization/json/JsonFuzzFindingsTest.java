package io.github.acplan.serialization.json;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.acplan.serialization.PlanFormatException;
import java.io.ByteArrayInputStream;
import org.junit.jupiter.api.Test;

/**
 * What the fuzz targets of the JSON readers found, each as a readable example; the crashing inputs
 * themselves are replayed from {@code PlanJsonFuzzTestInputs}.
 */
class JsonFuzzFindingsTest {

  /** "{" in UTF-32BE, then half a character: Jackson detects UTF-32, and its reader runs out at byte 6. */
  private static final byte[] CUT_UTF32 = {0, 0, 0, '{', 0, 0};

  /** A byte order Jackson detects as UCS-4 "2143" and does not support. */
  private static final byte[] UCS4_2143 = {0, 0, '{', 0, 0, 0, '"', 0};

  @Test
  void malformedUtf32IsAFormatErrorAtItsByteNotAnIoException() {
    assertThatThrownBy(() -> PlanJson.standard().read(new ByteArrayInputStream(CUT_UTF32)))
        .isInstanceOf(PlanFormatException.class)
        .hasMessageStartingWith("byte 6: not JSON text in UTF-8, UTF-16 or UTF-32");
    assertThatThrownBy(() -> ExecutionReportJson.standard().read(new ByteArrayInputStream(CUT_UTF32)))
        .isInstanceOf(PlanFormatException.class)
        .hasMessageStartingWith("byte 6: not JSON text");
  }

  @Test
  void anUnsupportedByteOrderIsAFormatError() {
    assertThatThrownBy(() -> PlanJson.standard().read(new ByteArrayInputStream(UCS4_2143)))
        .isInstanceOf(PlanFormatException.class)
        .hasMessageContaining("not JSON text in UTF-8, UTF-16 or UTF-32");
  }
}
