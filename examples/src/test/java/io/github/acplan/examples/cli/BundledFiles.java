package io.github.acplan.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The example files bundled with the examples module, as the CLI tests give them to {@code acplan}. */
final class BundledFiles {
  private static final String FOLDER = "/io/github/acplan/examples/";

  private BundledFiles() {}

  /**
   * Returns the bytes of a bundled file.
   *
   * @param name its name in the examples' folder, such as {@code dovhyntsivskyi-2020-plan.txt}
   * @return its bytes
   */
  static byte[] bytes(String name) {
    try (InputStream in = BundledFiles.class.getResourceAsStream(FOLDER + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no bundled file " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Copies a bundled file into a file of its own, as a user's file on disk.
   *
   * @param name its name in the examples' folder
   * @param target the file to write
   * @return {@code target}
   * @throws IOException if the file cannot be written
   */
  static Path copy(String name, Path target) throws IOException {
    return Files.write(target, bytes(name));
  }
}
