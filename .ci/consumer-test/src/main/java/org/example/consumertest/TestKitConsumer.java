package org.example.consumertest;

import static io.github.acplan.test.assertions.AcplanAssertions.assertThat;

import io.github.acplan.calendar.UkrainianCalendar;
import io.github.acplan.core.deadline.DeadlineKind;
import io.github.acplan.test.fixtures.SeedFixtures;
import io.github.acplan.test.generators.AcplanGenerators;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.SplittableRandom;

/** Uses acplan-test's generators, fixtures and assertions without QuickTheories, and prints what it saw. */
public final class TestKitConsumer {
  private TestKitConsumer() {}

  public static void main(String[] args) {
    SplittableRandom random = new SplittableRandom(1);
    Set<DeadlineKind> kinds = EnumSet.noneOf(DeadlineKind.class);
    for (int i = 0; i < 1000; i++) {
      kinds.add(AcplanGenerators.deadline(random).kind());
    }
    AcplanGenerators.programme(random);
    assertThat(UkrainianCalendar.standard()).isDayOff(LocalDate.of(2024, 8, 24));
    // The fixtures are resources of acplan-test's module, read by its own class.
    System.out.println(kinds.size() + " " + SeedFixtures.plan().measures().size() + " "
        + SeedFixtures.statusFile().period());
  }
}
