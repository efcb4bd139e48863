package io.github.acplan.examples.cli;

import io.github.acplan.calendar.UkrainianCalendar;
import io.github.acplan.calendar.term.DueDateShift;
import io.github.acplan.calendar.term.UntilReading;
import io.github.acplan.core.PlanPeriod;
import io.github.acplan.core.deadline.Deadline;
import io.github.acplan.core.deadline.DeadlineKind;
import io.github.acplan.core.deadline.DeadlineParser;
import io.github.acplan.core.deadline.DeadlineSchedule;
import io.github.acplan.core.deadline.Occurrence;
import io.github.acplan.core.deadline.PeriodUnit;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code acplan deadline}: reads a "Строк виконання" phrase and prints what it means.
 *
 * <ul>
 *   <li>{@code acplan deadline --year 2020 "TEXT"}: the parsed deadline as one line of JSON, an object
 *       whose first member is {@code "kind"} (e.g. {@code "within-working-days"});</li>
 *   <li>with {@code --event YYYY-MM-DD}: the same object with {@code "eventDate"} and {@code "due"} members
 *       added, the due date of the term counted from the event (Civil Code arts. 253–254);</li>
 *   <li>{@code acplan deadline --year 2020 --schedule "TEXT"}: the occurrences in the plan period, one
 *       per line: {@code START..END due DUE}, with {@code " (report)"} for duties without a due date of
 *       their own; {@code --json} prints one JSON object per line instead.</li>
 * </ul>
 * The Ukrainian working-day calendar is used (martial law still in force). Bad input prints one line on
 * standard error and exits with code 2.
 */
@Command(
    name = "deadline",
    mixinStandardHelpOptions = true,
    versionProvider = AcplanCommand.Version.class,
    description = {
        "Parses a deadline phrase (\"Строк виконання\") and prints it as JSON, the due date after an "
            + "event (--event), or the schedule in the plan period (--schedule).",
        "Bad input: one line on standard error, exit code 2."
    })
public final class DeadlineCommand implements Callable<Integer> {

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Option(names = "--year", paramLabel = "PERIOD",
      description = "The plan's year or years, e.g. 2020 or 2022-2024 (required).")
  @Nullable String year;

  @Option(names = "--event", paramLabel = "DATE",
      description = "The day of the event a term counts from (YYYY-MM-DD); prints the due date too.")
  @Nullable String event;

  @Option(names = "--schedule", description = "Print the occurrences in the plan period, one per line.")
  boolean schedule;

  @Option(names = "--json", description = "With --schedule: one JSON object per occurrence.")
  boolean json;

  @Option(names = "--shift", paramLabel = "POLICY",
      description = "A due date on a day off moves to the next|previous working day, or none. Default: next.")
  String shift = "next";

  @Option(names = "--until", paramLabel = "READING",
      description = "\"до <дата>\" is inclusive|exclusive. Default: inclusive.")
  String until = "inclusive";

  @Option(names = "--reporting", paramLabel = "PERIOD",
      description = "Report duties without a due date every month|quarter|half-year|year. Default: half-year.")
  String reporting = "half-year";

  @Parameters(arity = "0..1", paramLabel = "TEXT", description = "The deadline phrase, in quotes.")
  @Nullable String text;

  /** Creates the command; picocli fills its fields. */
  public DeadlineCommand() {}

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    try {
      String output = run();
      out.print(output);
      out.flush();
      return 0;
    } catch (CalendarCommand.BadInputException | IllegalArgumentException e) {
      PrintWriter err = spec.commandLine().getErr();
      err.print("acplan deadline: " + e.getMessage() + "\n");
      err.flush();
      return CalendarCommand.BAD_INPUT;
    }
  }

  /** Computes the whole output, so that nothing is printed when the input is bad. */
  private String run() throws CalendarCommand.BadInputException {
    if (year == null) {
      throw new CalendarCommand.BadInputException("Missing required option --year=PERIOD (e.g. 2020)");
    }
    if (text == null) {
      throw new CalendarCommand.BadInputException("Missing the deadline text, e.g. \"Щопівроку\"");
    }
    PlanPeriod period;
    try {
      period = PlanPeriod.parse(year);
    } catch (IllegalArgumentException e) {
      throw new CalendarCommand.BadInputException("--year: " + e.getMessage());
    }
    DeadlineSchedule dates = DeadlineSchedule.of(period, UkrainianCalendar.standard())
        .withDueDateShift(choice("--shift", shift, List.of("next", "previous", "none"),
            List.of(DueDateShift.NEXT_WORKING_DAY, DueDateShift.PREVIOUS_WORKING_DAY, DueDateShift.NONE)))
        .withUntilReading(choice("--until", until, List.of("inclusive", "exclusive"),
            List.of(UntilReading.INCLUSIVE, UntilReading.EXCLUSIVE)))
        .withReportingPeriod(choice("--reporting", reporting, List.of("month", "quarter", "half-year", "year"),
            List.of(PeriodUnit.MONTH, PeriodUnit.QUARTER, PeriodUnit.HALF_YEAR, PeriodUnit.YEAR)));
    Deadline deadline = DeadlineParser.forPeriod(period).parse(text);

    if (schedule) {
      if (deadline.kind() == DeadlineKind.UNRECOGNIZED) {
        throw new CalendarCommand.BadInputException("Not a deadline phrase acplan understands: \"" + text + "\"");
      }
      StringBuilder lines = new StringBuilder();
      for (Occurrence o : dates.occurrences(deadline)) {
        lines.append(json ? DeadlineJson.write(o) : o.toString()).append('\n');
      }
      return lines.toString();
    }
    String object = DeadlineJson.write(deadline);
    if (event == null) {
      return object + "\n";
    }
    LocalDate day = CalendarCommand.date("--event", event);
    Optional<LocalDate> due = dates.dueAfter(deadline, day);
    if (due.isEmpty()) {
      throw new CalendarCommand.BadInputException("\"" + text + "\" (" + deadline.kind().id()
          + ") counts no term from an event, so --event gives no due date");
    }
    return object.substring(0, object.length() - 1) + ",\"eventDate\":\"" + day + "\",\"due\":\"" + due.get()
        + "\"}\n";
  }

  /** Reads one of the words of an option into the value at the same position. */
  private static <E> E choice(String option, String value, List<String> words, List<E> values)
      throws CalendarCommand.BadInputException {
    int i = words.indexOf(value.trim().toLowerCase(Locale.ROOT));
    if (i >= 0) {
      return values.get(i);
    }
    throw new CalendarCommand.BadInputException("Invalid value for " + option + ": '" + value
        + "' (expected one of " + String.join(", ", words) + ")");
  }
}
