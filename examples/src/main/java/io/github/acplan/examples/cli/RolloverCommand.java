package io.github.acplan.examples.cli;

import io.github.acplan.core.Plan;
import io.github.acplan.core.rollover.PlanRollover;
import io.github.acplan.core.rollover.RolloverEdit;
import io.github.acplan.core.rollover.RolloverResult;
import io.github.acplan.serialization.json.PlanJson;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code acplan rollover PLAN --year Y [-o OUT.json]}: drafts the plan for the period starting in Y.
 *
 * <p>Without {@code -o} the draft's JSON goes to standard output. With {@code -o} it is written to the
 * file and the list of edits ("path: «old» → «new»") goes to standard output. Exit code 0, or 2 if the
 * input cannot be read or the output written.
 */
@Command(name = "rollover", mixinStandardHelpOptions = true,
    description = {"Drafts next year's plan: moves the period and the years in the texts, clears the approval.",
        "Готує проєкт плану на наступний рік."})
public final class RolloverCommand implements Callable<Integer> {

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "PLAN", description = "The plan: published text or JSON (.json).")
  @Nullable Path plan;

  @Option(names = "--year", required = true, paramLabel = "YEAR",
      description = "First year of the new plan, e.g. 2021.")
  int year;

  @Option(names = {"-o", "--output"}, paramLabel = "OUT.json", description = "Write the draft's JSON here.")
  @Nullable Path output;

  /** Creates the command; picocli fills its fields. */
  public RolloverCommand() {}

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    try {
      Plan p = PlanFiles.read(Objects.requireNonNull(plan));
      RolloverResult result = PlanRollover.toYear(p, year);
      String json = PlanJson.standard().write(result.plan());
      json = json.endsWith("\n") ? json : json + "\n";
      if (output == null) {
        out.print(json);
      } else {
        try {
          Files.writeString(output, json, StandardCharsets.UTF_8);
        } catch (IOException e) {
          throw new PlanFiles.BadPlanException(output + ": cannot write (" + e.getMessage() + ")");
        }
        for (RolloverEdit e : result.edits()) {
          out.print(e + "\n");
        }
      }
      out.flush();
      return 0;
    } catch (PlanFiles.BadPlanException | IllegalArgumentException e) {
      spec.commandLine().getErr().print("acplan rollover: " + e.getMessage() + "\n");
      spec.commandLine().getErr().flush();
      return 2;
    }
  }
}
