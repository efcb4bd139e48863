package io.github.acplan.examples.cli;

import io.github.acplan.calendar.Holiday;
import io.github.acplan.calendar.UkrainianCalendar;
import io.github.acplan.serialization.csv.SpreadsheetCsv;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.StringJoiner;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code acplan calendar}: the Ukrainian working-day calendar on the command line.
 *
 * <p>The output formats are a contract that other tools parse:
 * <ul>
 *   <li>{@code days --from A --to B}: CSV with the header {@code date,day_off,holiday} and one row per date
 *       from A to B inclusive: the ISO date, {@code true}/{@code false}, and the Ukrainian names of the
 *       holidays of that date joined with {@code |} (empty if none; quoted per RFC 4180 if needed), written by
 *       {@link SpreadsheetCsv} like every CSV of acplan;</li>
 *   <li>{@code plus --date D --working-days N}: one ISO date;</li>
 *   <li>{@code between --from A --to B}: the number of working days in {@code [A, B)}.</li>
 * </ul>
 * Lines end with {@code \n}. Bad input (a malformed or out-of-range date, a missing option) prints one line
 * on standard error and exits with code 2.
 */
@Command(
    name = "calendar",
    mixinStandardHelpOptions = true,
    versionProvider = AcplanCommand.Version.class,
    description = {
        "Ukrainian working days: days off and holidays, adding and counting working days.",
        "Робочі дні за законодавством України (КЗпП ст. 67, 73; перенесення робочих днів; воєнний стан)."
    },
    subcommands = {CalendarCommand.Days.class, CalendarCommand.Plus.class, CalendarCommand.Between.class})
public final class CalendarCommand implements Runnable {

  /** The exit code for bad input, as picocli uses for usage errors. */
  static final int BAD_INPUT = 2;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  /** Creates the command; picocli fills its fields. */
  public CalendarCommand() {}

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** Input the user got wrong, reported as one line. */
  static final class BadInputException extends Exception {
    private static final long serialVersionUID = 1L;

    BadInputException(String message) {
      super(message);
    }
  }

  /** The options that choose the calendar, shared by every subcommand. */
  static final class CalendarOptions {
    @Option(names = "--martial-law-end", paramLabel = "DATE",
        description = "Last day of martial law (YYYY-MM-DD); peacetime rules from the next day. "
            + "Default: martial law still in force.")
    @Nullable String martialLawEnd;

    @Option(names = "--six-day-week", description = "Six-day week: only Sunday off, no Cabinet transfers.")
    boolean sixDayWeek;

    UkrainianCalendar calendar() throws BadInputException {
      if (martialLawEnd == null && !sixDayWeek) {
        return UkrainianCalendar.standard();
      }
      UkrainianCalendar.Builder builder = UkrainianCalendar.builder();
      if (martialLawEnd != null) {
        LocalDate end = date("--martial-law-end", martialLawEnd);
        try {
          builder.martialLawEnd(end);
        } catch (IllegalArgumentException e) {
          throw new BadInputException("--martial-law-end: " + e.getMessage());
        }
      }
      if (sixDayWeek) {
        builder.sixDayWeek();
      }
      return builder.build();
    }
  }

  static LocalDate date(String option, @Nullable String text) throws BadInputException {
    if (text == null) {
      throw new BadInputException("Missing required option " + option + "=YYYY-MM-DD");
    }
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw new BadInputException("Invalid date for " + option + ": '" + text
          + "' (expected YYYY-MM-DD, e.g. 2020-04-16)");
    }
  }

  /** Runs a subcommand body, turning bad input into one line on standard error and exit code 2. */
  abstract static class Subcommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    CalendarOptions options = new CalendarOptions();

    @Override
    public final Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      try {
        String output = run(options.calendar());
        out.print(output);
        out.flush();
        return 0;
      } catch (BadInputException | IllegalArgumentException e) {
        PrintWriter err = spec.commandLine().getErr();
        err.print("acplan calendar " + spec.name() + ": " + e.getMessage() + "\n");
        err.flush();
        return BAD_INPUT;
      }
    }

    /** Computes the whole output, so that nothing is printed when the input is bad. */
    abstract String run(UkrainianCalendar calendar) throws BadInputException;
  }

  /** {@code acplan calendar days}: one CSV row per date. */
  @Command(name = "days", mixinStandardHelpOptions = true,
      description = "Prints CSV 'date,day_off,holiday' for every date from --from to --to inclusive.")
  static final class Days extends Subcommand {
    @Option(names = "--from", paramLabel = "DATE", description = "First date (YYYY-MM-DD), required.")
    @Nullable String from;

    @Option(names = "--to", paramLabel = "DATE", description = "Last date, inclusive (YYYY-MM-DD), required.")
    @Nullable String to;

    @Override
    String run(UkrainianCalendar calendar) throws BadInputException {
      LocalDate first = date("--from", from);
      LocalDate last = date("--to", to);
      if (last.isBefore(first)) {
        throw new BadInputException("--to " + last + " is before --from " + first);
      }
      calendar.isWorkingDay(first);
      calendar.isWorkingDay(last);
      StringBuilder out = new StringBuilder();
      try {
        SpreadsheetCsv csv = SpreadsheetCsv.withLineFeeds(out);
        csv.record("date", "day_off", "holiday");
        for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
          StringJoiner names = new StringJoiner("|");
          for (Holiday h : calendar.holidaysOn(d)) {
            names.add(h.ukrainianName());
          }
          csv.record(d.toString(), Boolean.toString(calendar.isDayOff(d)), names.toString());
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e); // a StringBuilder does not throw
      }
      return out.toString();
    }
  }

  /** {@code acplan calendar plus}: a date plus working days. */
  @Command(name = "plus", mixinStandardHelpOptions = true,
      description = "Prints the date N working days after --date (before it if N is negative).")
  static final class Plus extends Subcommand {
    @Option(names = "--date", paramLabel = "DATE", description = "Start date (YYYY-MM-DD), not counted.")
    @Nullable String date;

    @Option(names = "--working-days", paramLabel = "N", description = "Working days to add, may be negative.")
    @Nullable String workingDays;

    @Override
    String run(UkrainianCalendar calendar) throws BadInputException {
      LocalDate start = date("--date", date);
      if (workingDays == null) {
        throw new BadInputException("Missing required option --working-days=N");
      }
      int n;
      try {
        n = Integer.parseInt(workingDays.trim());
      } catch (NumberFormatException e) {
        throw new BadInputException("Invalid number for --working-days: '" + workingDays + "'");
      }
      return calendar.plusWorkingDays(start, n) + "\n";
    }
  }

  /** {@code acplan calendar between}: working days in a half-open interval. */
  @Command(name = "between", mixinStandardHelpOptions = true,
      description = "Prints the number of working days in [--from, --to), negative if --to is earlier.")
  static final class Between extends Subcommand {
    @Option(names = "--from", paramLabel = "DATE", description = "First date counted (YYYY-MM-DD).")
    @Nullable String from;

    @Option(names = "--to", paramLabel = "DATE", description = "The day after the last date counted.")
    @Nullable String to;

    @Override
    String run(UkrainianCalendar calendar) throws BadInputException {
      return calendar.workingDaysBetween(date("--from", from), date("--to", to)) + "\n";
    }
  }
}
