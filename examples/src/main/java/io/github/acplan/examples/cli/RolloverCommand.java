package io.github.acplan.examples.cli;

import io.github.acplan.core.Plan;
import io.github.acplan.core.rollover.PlanRollover;
import io.github.acplan.core.rollover.RolloverEdit;
import io.github.acplan.core.rollover.RolloverResult;
import io.github.acplan.serialization.json.PlanJson;
import java.io.PrintWriter;
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
 * <p>The draft's JSON goes to the file of {@code -o/--out} or to standard output, the same bytes either
 * way; the list of edits ("path: «old» → «new»", one per line) goes to standard error in both cases, as
 * {@code parse} reports its warnings. ({@code --output} is the option's former name, still accepted.)
 */
@Command(name = "rollover", mixinStandardHelpOptions = true,
    description = {"Drafts next year's plan: moves the period and the years in the texts, clears the approval. "
        + "The draft's JSON goes to --out or standard output; the edits to standard error.",
        "Готує проєкт плану на наступний рік."},
    exitCodeListHeading = ExitCodes.HEADING,
    exitCodeList = {"0:the draft is written", ExitCodes.BAD_INPUT_LINE, ExitCodes.INTERNAL_LINE})
public final class RolloverCommand implements Callable<Integer> {

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "PLAN", description = "The plan: published text, a document or JSON.")
  @Nullable Path plan;

  @Option(names = "--year", required = true, paramLabel = "YEAR",
      description = "First year of the new plan, e.g. 2021.")
  int year;

  // Not the shared OutputOption: this command also keeps its former name --output.
  @Option(names = {"-o", "--out", "--output"}, paramLabel = "FILE",
      description = "Write the draft's JSON to FILE (UTF-8) instead of standard output.")
  @Nullable Path out;

  /** Creates the command; picocli fills its fields. */
  public RolloverCommand() {}

  @Override
  public Integer call() throws BadInputException {
    Plan p = PlanFiles.read(Objects.requireNonNull(plan));
    RolloverResult result = PlanRollover.toYear(p, year);
    String json = PlanJson.standard().write(result.plan());
    OutputOption output = new OutputOption();
    output.file = out;
    output.write(spec, json.endsWith("\n") ? json : json + "\n");
    PrintWriter err = spec.commandLine().getErr();
    for (RolloverEdit e : result.edits()) {
      err.print(e + "\n");
    }
    err.flush();
    return ExitCodes.OK;
  }
}
