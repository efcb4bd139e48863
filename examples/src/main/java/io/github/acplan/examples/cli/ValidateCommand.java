package io.github.acplan.examples.cli;

import io.github.acplan.core.Plan;
import io.github.acplan.core.validation.PlanValidator;
import io.github.acplan.core.validation.StaffRegister;
import io.github.acplan.core.validation.ValidationReport;
import io.github.acplan.core.validation.ValidationRules;
import io.github.acplan.serialization.json.ValidationReportJson;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
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
        "Перевіряє план перед затвердженням."})
public final class ValidateCommand implements Callable<Integer> {

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "PLAN", description = "The plan: published text or JSON (.json).")
  @Nullable Path plan;

  @Option(names = "--format", paramLabel = "text|json", description = "Output format (default: text).")
  String format = "text";

  @Option(names = "--lang", paramLabel = "uk|en", description = "Language of the messages (default: uk).")
  String lang = "uk";

  @Option(names = "--staff", paramLabel = "FILE",
      description = "Staff register: one position or unit per line; reports actors not in it.")
  @Nullable Path staff;

  @Option(names = "--without", paramLabel = "CODE", split = ",",
      description = "Finding codes to switch off, e.g. NEAR_DUPLICATE_MEASURES.")
  List<String> without = List.of();

  /** Creates the command; picocli fills its fields. */
  public ValidateCommand() {}

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    try {
      Locale locale = PlanFiles.language(lang);
      if (!format.equals("text") && !format.equals("json")) {
        throw new PlanFiles.BadPlanException("--format must be text or json, got '" + format + "'");
      }
      PlanFiles.Loaded loaded = PlanFiles.load(plan.toString(), System.in);
      // What the reader could not place cleanly (a table cut short, a ditto mark resolved) is part of
      // the check: on standard error, one line each, as `parse` prints it.
      for (io.github.acplan.serialization.text.ReadWarning w : loaded.warnings()) {
        spec.commandLine().getErr().println(loaded.name() + ": " + w);
      }
      Plan p = loaded.plan();
      PlanValidator validator = PlanValidator.standard();
      if (staff != null) {
        List<String> names;
        try {
          names = Files.readAllLines(staff, StandardCharsets.UTF_8).stream()
              .map(String::strip).filter(s -> !s.isEmpty()).toList();
        } catch (IOException e) {
          throw new PlanFiles.BadPlanException(staff + ": cannot read (" + e.getMessage() + ")");
        }
        validator = validator.with(ValidationRules.staffRegister(StaffRegister.of(names)));
      }
      for (String code : without) {
        validator = validator.without(code);
      }
      ValidationReport report = validator.validate(p);
      out.print(format.equals("json") ? json(report) : report.render(locale));
      out.flush();
      return report.hasErrors() ? 1 : 0;
    } catch (PlanFiles.BadPlanException | IllegalArgumentException e) {
      spec.commandLine().getErr().print("acplan validate: " + e.getMessage() + "\n");
      spec.commandLine().getErr().flush();
      return 2;
    }
  }

  static String json(ValidationReport report) {
    return ValidationReportJson.standard().write(report);
  }
}
