package io.github.acplan.examples.cli;

import io.github.acplan.calendar.UkrainianCalendar;
import io.github.acplan.core.Plan;
import io.github.acplan.core.schedule.DueItem;
import io.github.acplan.core.schedule.PlanSchedule;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code acplan schedule PLAN [--from D --to D]}: every due date of every measure in a window.
 *
 * <p>One line per occurrence, sorted by due date, then measure number: the due date, the measure
 * number, "report" for a duty without a due date of its own (reported on at the end of each half-year)
 * or "due", the deadline (or the part of it that gives this date), and who is responsible, separated by
 * TABs. Due dates on a day off move to the next working day of the Ukrainian calendar. By default the
 * window starts on the plan's first day and has no end, so that a measure due early next year (the
 * next plan, "1 декада січня 2021 року") is listed too. Exit code 0, or 2 for bad input.
 */
@Command(name = "schedule", mixinStandardHelpOptions = true,
    description = {"Lists every due date of every measure in a window, sorted, with who is responsible.",
        "Графік строків виконання заходів."})
public final class ScheduleCommand implements Callable<Integer> {

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "PLAN", description = "The plan: published text or JSON (.json).")
  @Nullable Path plan;

  @Option(names = "--from", paramLabel = "DATE", description = "First due date listed (default: start of the plan).")
  @Nullable String from;

  @Option(names = "--to", paramLabel = "DATE",
      description = "Last due date listed, inclusive (default: no limit, so that a measure due early next year shows).")
  @Nullable String to;

  /** Creates the command; picocli fills its fields. */
  public ScheduleCommand() {}

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    try {
      Plan p = PlanFiles.read(Objects.requireNonNull(plan));
      LocalDate first = from == null ? p.period().firstDay() : date("--from", from);
      LocalDate last = to == null ? LocalDate.MAX : date("--to", to);
      if (last.isBefore(first)) {
        throw new PlanFiles.BadPlanException("--to " + last + " is before --from " + first);
      }
      StringBuilder sb = new StringBuilder();
      for (DueItem item : PlanSchedule.of(p, UkrainianCalendar.standard()).dueBetween(first, last)) {
        sb.append(item.due()).append('\t').append(item.measure().number()).append('\t')
            .append(item.occurrence().reportOnly() ? "report" : "due").append('\t')
            .append(oneLine(item.what())).append('\t')
            .append(oneLine(item.measure().responsible().text())).append('\n');
      }
      out.print(sb);
      out.flush();
      return 0;
    } catch (PlanFiles.BadPlanException | IllegalArgumentException e) {
      spec.commandLine().getErr().print("acplan schedule: " + e.getMessage() + "\n");
      spec.commandLine().getErr().flush();
      return 2;
    }
  }

  private static String oneLine(String s) {
    return s.replaceAll("[\\t\\r\\n]+", " ");
  }

  private static LocalDate date(String option, String text) throws PlanFiles.BadPlanException {
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw new PlanFiles.BadPlanException("Invalid date for " + option + ": '" + text
          + "' (expected YYYY-MM-DD, e.g. 2020-06-30)");
    }
  }
}
