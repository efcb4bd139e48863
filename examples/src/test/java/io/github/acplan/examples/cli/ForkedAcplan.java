package io.github.acplan.examples.cli;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The command line of {@code acplan} in a new JVM with this test run's class path: for what only a real
 * process shows (its heap limit, what the libraries print to standard error).
 */
final class ForkedAcplan {
  private ForkedAcplan() {
  }

  /**
   * The command that runs {@code acplan args…} in a new JVM.
   *
   * @param jvmOptions options for the JVM, such as {@code -Xmx256m}
   * @param args the arguments of {@code acplan}
   * @return the command, for a {@link ProcessBuilder}
   */
  static List<String> command(List<String> jvmOptions, String... args) {
    List<String> path = new ArrayList<>();
    for (String property : List.of("jdk.module.path", "java.class.path")) {
      String value = System.getProperty(property);
      if (value != null && !value.isEmpty()) {
        path.add(value);
      }
    }
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvmOptions);
    command.addAll(List.of("-cp", String.join(File.pathSeparator, path), AcplanCommand.class.getName()));
    command.addAll(List.of(args));
    return command;
  }
}
