package io.github.acplan.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import picocli.CommandLine;

/**
 * One in-process run of the {@code acplan} command line, with what it printed captured: the CLI tests
 * check the exit code and both streams without starting a JVM.
 */
record CliRun(int exitCode, String out, String err) {

  /** Runs {@code acplan args…} on a fresh command line and captures its exit code, out and err. */
  static CliRun run(String... args) {
    CommandLine cmd = AcplanCommand.commandLine();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cmd.setOut(new PrintWriter(out, true));
    cmd.setErr(new PrintWriter(err, true));
    int code = cmd.execute(args);
    return new CliRun(code, out.toString(), err.toString());
  }

  /**
   * Asserts the error contract: standard error is one line starting with {@code prefix}, or, for a usage
   * error, that line and a pointer to the command's {@code --help}; never a stack trace.
   */
  void assertOneErrorLine(String prefix) {
    List<String> lines = err.lines().toList();
    assertThat(err).as(err).startsWith(prefix).endsWith("\n").doesNotContain("\tat ");
    assertThat(lines).as(err).hasSizeBetween(1, 2);
    if (lines.size() == 2) {
      assertThat(lines.get(1)).as(err).matches("Try 'acplan [a-z ]+ --help' for more information\\.");
    }
  }

  /** The standard output, line by line. */
  List<String> lines() {
    return out.lines().toList();
  }
}
