package io.github.acplan.examples.cli;

import io.github.acplan.core.Plan;
import io.github.acplan.serialization.PlanFormatException;
import io.github.acplan.serialization.csv.PlanCsv;
import io.github.acplan.serialization.json.PlanJson;
import io.github.acplan.serialization.text.PlanTextReader;
import io.github.acplan.serialization.text.PlanTextWriter;
import io.github.acplan.serialization.text.ReadResult;
import io.github.acplan.serialization.text.ReadWarning;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
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
        "Read a plan (table text or JSON) and print it as JSON, text or CSV.",
        "Exit codes: 0 read, 2 bad input or usage."
    })
final class ParseCommand implements Callable<Integer> {

  /** The output forms. */
  enum Format { json, text, csv }

  @Parameters(index = "0", paramLabel = "PLAN", description = "The plan: a .txt table text, a .json file, "
      + "or - for standard input.")
  String file;

  @Option(names = "--format", paramLabel = "FORM", defaultValue = "json",
      description = "Output form: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Format format;

  @Option(names = "--register", description = "Read table text as an anti-corruption programme's risk "
      + "register (risks, scores and their measures).")
  boolean register;

  @Option(names = "--compact", description = "With --format json: one line instead of indented JSON.")
  boolean compact;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Plan plan;
    try {
      PlanFiles.Loaded loaded = PlanFiles.load(file, System.in, register);
      for (ReadWarning w : loaded.warnings()) {
        err.println(loaded.name() + ": " + w);
      }
      plan = loaded.plan();
    } catch (PlanFiles.BadPlanException e) {
      err.println("acplan parse: " + e.getMessage());
      return 2;
    }
    switch (format) {
      case text:
        try {
          out.print(PlanTextWriter.write(plan));
        } catch (IllegalArgumentException e) {
          err.println("acplan parse: " + e.getMessage());
          return 1;
        }
        break;
      case csv:
        out.print('\uFEFF');
        try {
          PlanCsv.write(plan, out);
        } catch (IOException e) {
          err.println("acplan parse: cannot write the CSV: " + e.getMessage());
          return 1;
        }
        break;
      default:
        out.print(PlanJson.standard().write(plan, !compact));
        if (compact) {
          out.println();
        }
    }
    out.flush();
    return 0;
  }
}
