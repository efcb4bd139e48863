package io.github.acplan.serialization;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The seed plan's text and its status file, and other test resources.
 *
 * <p>The seed's files are acplan-test's fixtures, put on this module's test class path by its pom: the
 * tests here cannot depend on acplan-test, which depends on this module.
 */
public final class SeedPlan {

  /** Where acplan-test keeps its fixtures, an absolute resource path. */
  private static final String FIXTURES = "/io/github/acplan/test/fixtures/";

  private SeedPlan() {}

  /**
   * Returns the text of the 2020 plan of the Dovhyntsivskyi district executive committee.
   *
   * @return the text
   */
  public static String text() {
    return resource(FIXTURES + "dovhyntsivskyi-2020-plan.txt");
  }

  /**
   * Returns the seed plan's hand-written status file for 2020-H1.
   *
   * @return the JSON text
   */
  public static String statusText() {
    return resource(FIXTURES + "dovhyntsivskyi-2020-H1-status.json");
  }

  /**
   * Reads a resource as UTF-8.
   *
   * @param name the file name in this package, or an absolute resource path
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
