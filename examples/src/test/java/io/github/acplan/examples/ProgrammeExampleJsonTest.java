package io.github.acplan.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.acplan.serialization.json.PlanJson;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The programme {@link ProgrammeExample} builds in code writes exactly the golden JSON file that the
 * serialization module's tests read as their programme fixture (a copy of it sits in each module's test
 * resources, as neither module's tests can see the other's).
 */
class ProgrammeExampleJsonTest {

  @Test
  void theProgrammeBuiltInCodeWritesTheGoldenFile() throws IOException {
    String golden;
    try (InputStream in = ProgrammeExampleJsonTest.class.getResourceAsStream("programme-2024-2026.json")) {
      assertThat(in).as("golden file").isNotNull();
      golden = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    assertThat(PlanJson.standard().write(ProgrammeExample.programme())).isEqualTo(golden);
  }
}
