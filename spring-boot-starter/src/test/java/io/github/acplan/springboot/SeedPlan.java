package io.github.acplan.springboot;

import io.github.acplan.core.Plan;
import io.github.acplan.serialization.text.PlanTextReader;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The bundled 2020 plan of the executive committee of Dovhyntsivskyi district council, for tests. */
final class SeedPlan {
  static final String RESOURCE = "dovhyntsivskyi-2020-plan.txt";

  private SeedPlan() {
  }

  static byte[] bytes() {
    try (InputStream in = SeedPlan.class.getResourceAsStream(RESOURCE)) {
      return in.readAllBytes();
    } catch (java.io.IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Plan plan() {
    try {
      return PlanTextReader.read(new String(bytes(), StandardCharsets.UTF_8)).plan();
    } catch (Exception e) {
      throw new IllegalStateException("the bundled seed plan does not read", e);
    }
  }
}
