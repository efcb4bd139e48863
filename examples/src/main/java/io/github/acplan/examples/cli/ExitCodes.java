package io.github.acplan.examples.cli;

/**
 * The exit codes of {@code acplan}, the same for every command, and the lines that list them in each
 * command's {@code --help} (picocli's {@code exitCodeList}: "code:description").
 */
final class ExitCodes {
  private ExitCodes() {}

  /** The command did what was asked. */
  static final int OK = 0;

  /** The command ran and its answer is "no": a plan with errors, plans that differ. */
  static final int FOUND = 1;

  /** A usage error or bad input: an unknown option, a missing or malformed value, an unreadable file. */
  static final int BAD_INPUT = 2;

  /** A fault of acplan itself (a bug): reported as one line; please report it. */
  static final int INTERNAL_ERROR = 70;

  /** The heading of the list in {@code --help}. */
  static final String HEADING = "%nExit codes:%n";

  /** The line for {@link #OK}. */
  static final String OK_LINE = "0:done";

  /** The line for {@link #BAD_INPUT}. */
  static final String BAD_INPUT_LINE = "2:usage error or bad input: one line on standard error";

  /** The line for {@link #INTERNAL_ERROR}. */
  static final String INTERNAL_LINE = "70:internal error of acplan (a bug; please report it)";
}
