package io.github.acplan.examples.cli;

import io.github.acplan.core.validation.PlanValidator;
import io.github.acplan.core.validation.StaffRegister;
import io.github.acplan.core.validation.ValidationReport;
import io.github.acplan.core.validation.ValidationRules;
import io.github.acplan.serialization.json.ValidationReportJson;
import io.github.acplan.serialization.text.ReadWarning;
import io.github.acplan.serialization.text.TextLimits;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code acplan validate PLAN}: checks a plan before approval.
 *
 * <p>Prints one line per finding ("SEVERITY CODE path: message") and a count line, or with
 * {@code --format json} an object {@code {"errors", "warnings", "infos", "findings": [{"code",
 * "severity", "path", "section", "measure", "risk", "year", "field", "messageUk", "messageEn"}]}} as
 * {@link ValidationReportJson} writes it
 * ("risk" and "year" for findings on the risk register and on a yearly deadline). Exit code 0 if there
 * is no error, 1 if there are errors, 2 if the input cannot be read.
 */
@Command(name = "validate", mixinStandardHelpOptions = true,
    description = {"Checks a plan (text or .json): missing cells, numbering, deadlines, split text, "
        + "near duplicates. Exit code 1 if there are errors.",
        "Перевіряє план перед затвердженням."},
    exitCodeListHeading = ExitCodes.HEADING,
    exitCodeList = {"0:no errors (warnings and infos may be listed)", "1:the plan has errors",
        ExitCodes.BAD_INPUT_LINE, ExitCodes.INTERNAL_LINE})
public final class ValidateCommand implements Callable<Integer> {

  /** The output forms. */
  enum Format { text, json }

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "PLAN",
      description = "The plan: published text, a document or JSON (.json); - for standard input.")
  String plan = "";

  @Option(names = "--format", paramLabel = "text|json", defaultValue = "text",
      description = "Output format (default: ${DEFAULT-VALUE}).")
  Format format = Format.text;

  @Option(names = "--lang", paramLabel = "uk|en", defaultValue = "uk",
      description = "Language of the messages (default: ${DEFAULT-VALUE}).")
  Converters.Lang lang = Converters.Lang.uk;

  @Option(names = "--staff", paramLabel = "FILE",
      description = "Staff register: one position or unit per line; reports actors not in it.")
  @Nullable Path staff;

  @Option(names = "--without", paramLabel = "CODE", split = ",",
      description = "Finding codes to switch off, e.g. NEAR_DUPLICATE_MEASURES.")
  List<String> without = List.of();

  @Mixin
  OutputOption output = new OutputOption();

  /** Creates the command; picocli fills its fields. */
  public ValidateCommand() {}

  @Override
  public Integer call() throws BadInputException {
    PlanFiles.Loaded loaded = PlanFiles.load(plan, System.in);
    // What the reader could not place cleanly (a table cut short, a ditto mark resolved) is part of
    // the check: on standard error, one line each, as `parse` prints it.
    for (ReadWarning w : loaded.warnings()) {
      spec.commandLine().getErr().println(loaded.name() + ": " + w);
    }
    spec.commandLine().getErr().flush();
    PlanValidator validator = PlanValidator.standard();
    if (staff != null) {
      List<String> names = readStaff(staff);
      validator = validator.with(ValidationRules.staffRegister(StaffRegister.of(names)));
    }
    for (String code : without) {
      validator = validator.without(code);
    }
    ValidationReport report = validator.validate(loaded.plan());
    if (format == Format.json) {
      output.write(spec, w -> ValidationReportJson.standard().write(report, w, true));
    } else {
      output.write(spec, w -> report.render(lang.locale(), w));
    }
    return report.hasErrors() ? ExitCodes.FOUND : ExitCodes.OK;
  }

  /** Reads the staff list: one name a line, blank lines passed over; problems become one line naming the file. */
  private static List<String> readStaff(Path staff) throws BadInputException {
    List<String> names = new ArrayList<>();
    try (PlanFiles.TextFile file = PlanFiles.openText(staff)) {
      BufferedReader in = new BufferedReader(file.reader());
      int limit = TextLimits.standard().maxLines();
      try {
        for (String line = in.readLine(); line != null; line = in.readLine()) {
          if (names.size() == limit) {
            throw new BadInputException(staff + ": more than " + limit + " names, the limit of the staff list");
          }
          if (!line.isBlank()) {
            names.add(line.strip());
          }
        }
      } catch (CharacterCodingException e) {
        throw new BadInputException(file.notText(staff, "one name per line"));
      }
    } catch (IOException | RuntimeException e) {
      throw new BadInputException(staff + ": cannot read (" + e.getMessage() + ")");
    }
    return names;
  }
}
