package io.github.acplan.examples.cli;

import io.github.acplan.serialization.PlanFormatException;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * The one place where {@code acplan} turns an error into what the user sees: a single line on standard
 * error that starts with the command's name ("acplan calendar days: …"), never a stack trace.
 *
 * <ul>
 *   <li>A usage error (unknown option, missing required option, a value picocli cannot convert) adds a
 *       second line pointing to the command's {@code --help} instead of printing the whole usage, and
 *       exits with {@link ExitCodes#BAD_INPUT};</li>
 *   <li>{@link BadInputException}, and {@link IllegalArgumentException} and {@link PlanFormatException}
 *       from the library (a date outside the calendar, a period it cannot parse, a file that is not a
 *       plan) are bad input: one line, {@link ExitCodes#BAD_INPUT};</li>
 *   <li>anything else is a fault of acplan: one line, {@link ExitCodes#INTERNAL_ERROR}.</li>
 * </ul>
 */
final class CliErrors implements IParameterExceptionHandler, IExecutionExceptionHandler {

  @Override
  public int handleParseException(ParameterException ex, String[] args) {
    CommandLine cmd = ex.getCommandLine();
    PrintWriter err = cmd.getErr();
    String name = cmd.getCommandSpec().qualifiedName();
    err.print(name + ": " + oneLine(ex.getMessage()) + "\n");
    err.print("Try '" + name + " --help' for more information.\n");
    err.flush();
    return ExitCodes.BAD_INPUT;
  }

  @Override
  public int handleExecutionException(Exception ex, CommandLine cmd, ParseResult parseResult) {
    PrintWriter err = cmd.getErr();
    String name = cmd.getCommandSpec().qualifiedName();
    int code;
    String message;
    if (ex instanceof BadInputException || ex instanceof IllegalArgumentException
        || ex instanceof PlanFormatException) {
      code = ExitCodes.BAD_INPUT;
      message = ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage();
    } else {
      code = ExitCodes.INTERNAL_ERROR;
      message = "internal error, please report it: " + ex.getClass().getName()
          + (ex.getMessage() == null ? "" : ": " + ex.getMessage());
    }
    // What was printed so far stays: a command computes its output before writing it, so normally
    // nothing was.
    cmd.getOut().flush();
    err.print(name + ": " + oneLine(message) + "\n");
    err.flush();
    return code;
  }

  /** Messages from libraries can span lines; the contract is one line. */
  static String oneLine(String message) {
    return message.strip().replaceAll("\\s*[\\r\\n]+\\s*", " ");
  }
}
