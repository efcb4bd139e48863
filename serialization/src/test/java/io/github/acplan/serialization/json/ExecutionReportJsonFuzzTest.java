package io.github.acplan.serialization.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.acplan.core.monitoring.ExecutionReport;
import io.github.acplan.serialization.PlanFormatException;
import java.io.ByteArrayInputStream;
import java.io.IOException;

/**
 * Coverage-guided fuzz target for {@link ExecutionReportJson#read(java.io.InputStream)}, the reader of
 * the status files ({@code *.status.json}): any bytes either read as a report that writes and reads back
 * unchanged, or are refused with a {@link PlanFormatException} that has a location. Anything else
 * escaping is a finding.
 *
 * <p>Without {@code JAZZER_FUZZ} this runs once per file in {@code ExecutionReportJsonFuzzTestInputs};
 * the {@code fuzz} profile fuzzes it for {@code fuzz.seconds}.
 */
class ExecutionReportJsonFuzzTest {

  private static final ExecutionReportJson JSON = ExecutionReportJson.standard();

  @FuzzTest
  void read(byte[] input) throws IOException {
    ExecutionReport report;
    try {
      report = JSON.read(new ByteArrayInputStream(input));
    } catch (PlanFormatException documented) {
      assertThat(documented.location()).isNotBlank();
      assertThat(documented.problem()).isNotBlank();
      return;
    }
    String written = JSON.write(report);
    try {
      assertThat(JSON.read(written)).isEqualTo(report);
    } catch (PlanFormatException e) {
      throw new AssertionError("The JSON written for a report that was read is refused: " + e.getMessage(), e);
    }
  }
}
