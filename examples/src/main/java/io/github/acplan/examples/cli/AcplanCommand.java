package io.github.acplan.examples.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code acplan} command: the entry point of {@code examples/target/acplan.jar}.
 *
 * <p>Subcommands are registered in {@link #SUBCOMMANDS}; each lives in its own class of this package.
 */
@Command(
    name = "acplan",
    mixinStandardHelpOptions = true,
    versionProvider = AcplanCommand.Version.class,
    description = {
        "Ukrainian anti-corruption plans: read, validate, schedule, compare, roll over and monitor.",
        "Плани заходів щодо запобігання та виявлення корупції.",
        "Without a command: prints this usage on standard error and exits with 2."
    },
    exitCodeListHeading = ExitCodes.HEADING,
    exitCodeList = {ExitCodes.OK_LINE,
        "1:the answer is no (validate: errors found; diff: the plans differ)",
        ExitCodes.BAD_INPUT_LINE, ExitCodes.INTERNAL_LINE})
public final class AcplanCommand implements Callable<Integer> {

  /**
   * The subcommands, in the order {@code --help} lists them. Classes, not instances: picocli makes a
   * fresh instance per command line, so option values never leak from one run to the next.
   */
  static final Class<?>[] SUBCOMMANDS = {
      TourCommand.class,
      CalendarCommand.class,
      DeadlineCommand.class,
      ParseCommand.class,
      ValidateCommand.class,
      DiffCommand.class,
      RolloverCommand.class,
      ScheduleCommand.class,
      ReportCommand.class,
      PublishCommand.class,
  };

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  /** {@code acplan} alone: a usage error, so the usage goes to standard error with exit code 2. */
  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    spec.commandLine().getErr().flush();
    return ExitCodes.BAD_INPUT;
  }

  /**
   * Builds the command line with every subcommand, its typed option converters and the one error
   * handler ({@link CliErrors}), writing UTF-8 to the standard streams.
   *
   * @return the configured command line
   */
  public static CommandLine commandLine() {
    CommandLine cmd = new CommandLine(new AcplanCommand());
    for (Class<?> sub : SUBCOMMANDS) {
      cmd.addSubcommand(sub);
    }
    // After the subcommands: picocli copies these settings to the subcommands added so far.
    Converters.register(cmd);
    CliErrors errors = new CliErrors();
    cmd.setParameterExceptionHandler(errors);
    cmd.setExecutionExceptionHandler(errors);
    cmd.setOut(new PrintWriter(System.out, true, StandardCharsets.UTF_8));
    cmd.setErr(new PrintWriter(System.err, true, StandardCharsets.UTF_8));
    return cmd;
  }

  /**
   * Runs the tool.
   *
   * @param args the command-line arguments
   */
  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }

  /** Reports the version recorded in the jar's manifest. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = AcplanCommand.class.getPackage().getImplementationVersion();
      return new String[] {"acplan " + (v == null ? "(development build)" : v)};
    }
  }
}
