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

  @Option(names = "--compact", description = "With --format json: one line instead of indented JSON.")
  boolean compact;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    String name = file.equals("-") ? "<stdin>" : file;
    String text;
    try {
      byte[] bytes = file.equals("-") ? System.in.readAllBytes() : Files.readAllBytes(Path.of(file));
      text = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      err.println("acplan parse: " + name + ": not UTF-8 text; expected a plan in UTF-8");
      return 2;
    } catch (IOException | RuntimeException e) {
      err.println("acplan parse: " + name + ": cannot read the file (" + e.getClass().getSimpleName()
          + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")");
      return 2;
    }
    Plan plan;
    try {
      if (isJson(file, text)) {
        plan = PlanJson.standard().read(text.startsWith("\uFEFF") ? text.substring(1) : text);
      } else {
        ReadResult result = PlanTextReader.read(text);
        for (ReadWarning w : result.warnings()) {
          err.println(name + ": " + w);
        }
        plan = result.plan();
      }
    } catch (PlanFormatException e) {
      err.println("acplan parse: " + name + ": " + e.getMessage().replace('\n', ' ').replace('\r', ' '));
      return 2;
    }
    switch (format) {
      case text:
        out.print(PlanTextWriter.write(plan));
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

  static boolean isJson(String file, String text) {
    String lower = file.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".json")) {
      return true;
    }
    if (lower.endsWith(".txt") || lower.endsWith(".tsv")) {
      return false;
    }
    String t = text.startsWith("\uFEFF") ? text.substring(1) : text;
    return t.stripLeading().startsWith("{");
  }
}
