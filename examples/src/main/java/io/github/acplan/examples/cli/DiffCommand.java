package io.github.acplan.examples.cli;

import io.github.acplan.core.Plan;
import io.github.acplan.core.diff.Change;
import io.github.acplan.core.diff.DiffReport;
import io.github.acplan.core.diff.PlanDiff;
import io.github.acplan.serialization.json.DiffJson;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code acplan diff OLD NEW}: what changed between two versions of a plan.
 *
 * <p>Text: one line per change, in the words of an amending order ({@code --lang uk}, the default) or
 * in English. JSON: see {@link DiffJson}. As diff(1): exit code 0 if the plans are the same, 1 if they
 * differ, 2 if an input cannot be read.
 */
@Command(name = "diff", mixinStandardHelpOptions = true,
    description = {"Lists the changes between two versions of a plan (text or .json). "
        + "Exit code 1 if they differ.", "Порівнює дві редакції плану."},
    exitCodeListHeading = ExitCodes.HEADING,
    exitCodeList = {"0:the plans are the same", "1:the plans differ (the changes are listed)",
        ExitCodes.BAD_INPUT_LINE, ExitCodes.INTERNAL_LINE})
public final class DiffCommand implements Callable<Integer> {

  /** The output forms. */
  enum Format { text, json }

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "OLD", description = "The older version.")
  @Nullable Path older;

  @Parameters(index = "1", paramLabel = "NEW", description = "The newer version.")
  @Nullable Path newer;

  @Option(names = "--format", paramLabel = "text|json", defaultValue = "text",
      description = "Output format (default: ${DEFAULT-VALUE}).")
  Format format = Format.text;

  @Option(names = "--lang", paramLabel = "uk|en", defaultValue = "uk",
      description = "Language of the text (default: ${DEFAULT-VALUE}).")
  Converters.Lang lang = Converters.Lang.uk;

  @Mixin
  OutputOption output = new OutputOption();

  /** Creates the command; picocli fills its fields. */
  public DiffCommand() {}

  @Override
  public Integer call() throws BadInputException {
    Plan a = PlanFiles.read(Objects.requireNonNull(older));
    Plan b = PlanFiles.read(Objects.requireNonNull(newer));
    List<Change> changes = PlanDiff.between(a, b);
    if (format == Format.json) {
      output.write(spec, w -> DiffJson.standard().write(changes, w, true));
    } else {
      output.write(spec, DiffReport.render(changes, lang.locale()));
    }
    return changes.isEmpty() ? ExitCodes.OK : ExitCodes.FOUND;
  }
}
