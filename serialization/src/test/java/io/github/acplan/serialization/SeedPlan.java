package io.github.acplan.serialization;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The seed plan's text (a copy kept in this module's test resources) and other test resources. */
public final class SeedPlan {

  private SeedPlan() {}

  /**
   * Returns the text of the 2020 plan of the Dovhyntsivskyi district executive committee.
   *
   * @return the text
   */
  public static String text() {
    return resource("dovhyntsivskyi-2020-plan.txt");
  }

  /**
   * Reads a resource of this package as UTF-8.
   *
   * @param name the file name
   * @return the text
   */
  public static String resource(String name) {
    try (InputStream in = SeedPlan.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
