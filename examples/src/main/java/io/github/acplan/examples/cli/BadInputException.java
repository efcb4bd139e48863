package io.github.acplan.examples.cli;

/**
 * Input the user got wrong: a file that cannot be read or is not a plan, an option value the command
 * cannot use. {@link CliErrors} prints the message as one line naming the command and exits with
 * {@link ExitCodes#BAD_INPUT}; the message says what was expected, what was found and where.
 */
class BadInputException extends Exception {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message one line: the file or option, what was found and what was expected
   */
  BadInputException(String message) {
    super(message);
  }
}
