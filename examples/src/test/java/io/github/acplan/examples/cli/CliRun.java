package io.github.acplan.examples.cli;

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

  /** The standard output, line by line. */
  List<String> lines() {
    return out.lines().toList();
  }
}
