package io.github.acplan.serialization;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.acplan.core.Plan;
import io.github.acplan.serialization.json.AcplanJacksonModule;
import java.io.UncheckedIOException;

/**
 * An anti-corruption programme for 2024–2026: two sections of six measures (resources on each, deadlines
 * per year on one) and a register of three risks (high, high and medium on the NAZK 2021 scale) linked
 * to them.
 *
 * <p>It is {@code io.github.acplan.examples.ProgrammeExample}'s programme, which this module cannot see:
 * the examples module checks that the programme built there in code writes exactly the golden file
 * {@value #GOLDEN}, and this fixture reads that file back through the Jackson module's tree reader, a
 * different path from {@code PlanJson}'s streaming reader that the tests here exercise.
 */
public final class ProgrammeFixture {

  /** The golden file of the programme, a resource next to this class. */
  public static final String GOLDEN = "programme-2024-2026.json";

  private ProgrammeFixture() {}

  /**
   * Returns the programme.
   *
   * @return the programme read from {@value #GOLDEN}
   */
  public static Plan programme() {
    try {
      return new ObjectMapper().registerModule(new AcplanJacksonModule())
          .readValue(SeedPlan.resource(GOLDEN), Plan.class);
    } catch (java.io.IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
