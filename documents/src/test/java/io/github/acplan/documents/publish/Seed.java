package io.github.acplan.documents.publish;

import io.github.acplan.calendar.UkrainianCalendar;
import io.github.acplan.core.Plan;
import io.github.acplan.core.monitoring.ExecutionMonitor;
import io.github.acplan.core.monitoring.MonitoringResult;
import io.github.acplan.test.fixtures.SeedFixtures;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * The seed: the published 2020 plan of the executive committee of Dovhyntsivskyi district council and the
 * hand-written status file of its first half-year, from acplan-test's fixtures; other resources of this
 * package.
 */
final class Seed {

  private Seed() {}

  static String resource(String name) {
    try (InputStream in = Objects.requireNonNull(Seed.class.getResourceAsStream(name), name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Plan plan() {
    return SeedFixtures.plan();
  }

  static MonitoringResult firstHalf2020() {
    return ExecutionMonitor.of(plan(), UkrainianCalendar.standard()).assess(SeedFixtures.statusFile());
  }
}
