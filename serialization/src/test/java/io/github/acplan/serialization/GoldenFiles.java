package io.github.acplan.serialization;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden files: expected output kept beside {@link SeedPlan}'s resources and compared exactly. Run the
 * tests with {@code -Dacplan.updateGolden=true} (from the module's folder) to write the files anew.
 */
public final class GoldenFiles {

  private GoldenFiles() {}

  /**
   * Checks that a text is exactly the golden file, after writing the file from it when asked to.
   *
   * @param name the file name among the test resources of this package
   * @param actual the text produced
   * @throws IOException if the file cannot be written
   */
  public static void check(String name, String actual) throws IOException {
    if (Boolean.getBoolean("acplan.updateGolden")) {
      Files.writeString(Path.of("src/test/resources/io/github/acplan/serialization/" + name), actual);
    }
    assertThat(actual).isEqualTo(SeedPlan.resource(name));
  }
}
