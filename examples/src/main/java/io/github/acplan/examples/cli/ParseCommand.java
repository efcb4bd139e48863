package io.github.acplan.examples.cli;

import io.github.acplan.core.Plan;
import io.github.acplan.serialization.csv.PlanCsv;
import io.github.acplan.serialization.json.PlanJson;
import io.github.acplan.serialization.text.PlanTextWriter;
import io.github.acplan.serialization.text.ReadWarning;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code acplan parse PLAN}: reads a plan from its published table text or from JSON and prints it as
 * JSON, as table text or as CSV.
 *
 * <p>With {@code --register}, table text is read as an anti-corruption programme's risk register
 * ({@link io.github.acplan.serialization.text.RiskRegisterTextReader}).
 *
 * <p>The input's form comes from its extension ({@code .json}; {@code .txt}, {@code .tsv}) or, for other
 * names and for {@code -} (standard input), from its first character ({@code {} means JSON). Warnings go
 * to standard error as "FILE: line N: message". Bad input exits with code 2 and one line on standard
 * error: the file, the line or JSON path, and what was expected.
 */
@Command(
    name = "parse",
    mixinStandardHelpOptions = true,
    description = {
        "Read a plan (table text, a document or JSON) and print it as JSON, text or CSV.",
        "Читає план і виводить його як JSON, текст таблиці або CSV."
    },
    exitCodeListHeading = ExitCodes.HEADING,
    exitCodeList = {"0:read and written",
        "1:the plan cannot be written in the form asked (a programme's risk register has no table text; "
            + "use JSON)",
        ExitCodes.BAD_INPUT_LINE, ExitCodes.INTERNAL_LINE})
final class ParseCommand implements Callable<Integer> {

  /** The output forms. */
  enum Format { json, text, csv }

  @Parameters(index = "0", paramLabel = "PLAN", description = "The plan: a .txt table text, a document, a "
      + ".json file, or - for standard input.")
  String file = "";

  @Option(names = "--format", paramLabel = "FORM", defaultValue = "json",
      description = "Output form: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Format format = Format.json;

  @Option(names = "--register", description = "Read table text as an anti-corruption programme's risk "
      + "register (risks, scores and their measures).")
  boolean register;

  @Option(names = "--compact", description = "With --format json: one line instead of indented JSON.")
  boolean compact;

  @Mixin
  OutputOption output = new OutputOption();

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() throws BadInputException {
    PrintWriter err = spec.commandLine().getErr();
    PlanFiles.Loaded loaded = PlanFiles.load(file, System.in, register);
    for (ReadWarning w : loaded.warnings()) {
      err.println(loaded.name() + ": " + w);
    }
    err.flush();
    Plan plan = loaded.plan();
    switch (format) {
      case text:
        try {
          // Written as it is made; a plan the text form cannot hold is refused before anything is written.
          output.write(spec, w -> PlanTextWriter.standard().write(plan, w));
        } catch (IllegalArgumentException e) {
          // Not bad input: the plan is fine, the text form has no place for part of it.
          err.println(spec.qualifiedName() + ": " + CliErrors.oneLine(e.getMessage()));
          err.flush();
          return ExitCodes.FOUND;
        }
        break;
      case csv:
        output.write(spec, w -> {
          w.write('\uFEFF');
          PlanCsv.standard().write(plan, w);
        });
        break;
      default:
        // Written as it is made: a plan at the measure limit is not held again as one string.
        output.write(spec, w -> {
          PlanJson.standard().write(plan, w, !compact);
          if (compact) {
            w.write('\n');
          }
        });
    }
    return ExitCodes.OK;
  }
}
