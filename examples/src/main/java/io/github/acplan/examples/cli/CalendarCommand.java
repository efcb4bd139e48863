package io.github.acplan.examples.cli;

import io.github.acplan.calendar.DayExplanation;
import io.github.acplan.calendar.Holiday;
import io.github.acplan.calendar.UkrainianCalendar;
import io.github.acplan.serialization.csv.SpreadsheetCsv;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Objects;
import java.util.StringJoiner;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

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
 *   <li>{@code between --from A --to B}: the number of working days in {@code [A, B)};</li>
 *   <li>{@code why DATE [--lang uk|en]}: {@link DayExplanation#text}: "DATE weekday: verdict", then one
 *       line "- reason" per reason, each citing its act.</li>
 * </ul>
 * Lines end with {@code \n}. Every subcommand takes {@code -o/--out FILE}. A malformed date or a missing
 * option is a usage error (one line and a pointer to {@code --help}); a date outside the calendar prints
 * one line; both exit with code 2.
 */
@Command(
    name = "calendar",
    mixinStandardHelpOptions = true,
    versionProvider = AcplanCommand.Version.class,
    description = {
        "Ukrainian working days: days off and holidays, why a day is off, adding and counting working days.",
        "Робочі дні за законодавством України (КЗпП ст. 67, 73; перенесення робочих днів; воєнний стан)."
    },
    exitCodeListHeading = ExitCodes.HEADING,
    exitCodeList = {ExitCodes.OK_LINE, ExitCodes.BAD_INPUT_LINE + " (also without a subcommand)",
        ExitCodes.INTERNAL_LINE},
    subcommands = {CalendarCommand.Days.class, CalendarCommand.Plus.class, CalendarCommand.Between.class,
        CalendarCommand.Why.class})
public final class CalendarCommand implements Callable<Integer> {

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  /** Creates the command; picocli fills its fields. */
  public CalendarCommand() {}

  /** {@code acplan calendar} alone: the usage on standard error, exit code 2, as {@code acplan} alone. */
  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    spec.commandLine().getErr().flush();
    return ExitCodes.BAD_INPUT;
  }

  /** The options that choose the calendar, shared by every subcommand. */
  static final class CalendarOptions {
    @Option(names = "--martial-law-end", paramLabel = "DATE",
        description = "Last day of martial law (YYYY-MM-DD); peacetime rules from the next day. "
            + "Default: martial law still in force.")
    @Nullable LocalDate martialLawEnd;

    @Option(names = "--six-day-week", description = "Six-day week: only Sunday off, no Cabinet transfers.")
    boolean sixDayWeek;

    UkrainianCalendar calendar() throws BadInputException {
      if (martialLawEnd == null && !sixDayWeek) {
        return UkrainianCalendar.standard();
      }
      UkrainianCalendar.Builder builder = UkrainianCalendar.builder();
      if (martialLawEnd != null) {
        try {
          builder.martialLawEnd(martialLawEnd);
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

  /** A subcommand: computes its whole output, then writes it, so that nothing is written on bad input. */
  abstract static class Subcommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    CalendarOptions options = new CalendarOptions();

    @Mixin
    OutputOption output = new OutputOption();

    @Override
    public final Integer call() throws BadInputException {
      output.write(spec, run(options.calendar()));
      return ExitCodes.OK;
    }

    /** Computes the whole output. */
    abstract String run(UkrainianCalendar calendar) throws BadInputException;
  }

  /** {@code acplan calendar days}: one CSV row per date. */
  @Command(name = "days", mixinStandardHelpOptions = true,
      description = "Prints CSV 'date,day_off,holiday' for every date from --from to --to inclusive.",
      exitCodeListHeading = ExitCodes.HEADING,
      exitCodeList = {ExitCodes.OK_LINE, ExitCodes.BAD_INPUT_LINE, ExitCodes.INTERNAL_LINE})
  static final class Days extends Subcommand {
    @Option(names = "--from", required = true, paramLabel = "DATE", description = "First date (YYYY-MM-DD).")
    @Nullable LocalDate from;

    @Option(names = "--to", required = true, paramLabel = "DATE", description = "Last date, inclusive (YYYY-MM-DD).")
    @Nullable LocalDate to;

    @Override
    String run(UkrainianCalendar calendar) throws BadInputException {
      LocalDate first = Objects.requireNonNull(from);
      LocalDate last = Objects.requireNonNull(to);
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
      description = "Prints the date N working days after --date (before it if N is negative).",
      exitCodeListHeading = ExitCodes.HEADING,
      exitCodeList = {ExitCodes.OK_LINE, ExitCodes.BAD_INPUT_LINE, ExitCodes.INTERNAL_LINE})
  static final class Plus extends Subcommand {
    @Option(names = "--date", required = true, paramLabel = "DATE",
        description = "Start date (YYYY-MM-DD), not counted.")
    @Nullable LocalDate date;

    @Option(names = "--working-days", required = true, paramLabel = "N",
        description = "Working days to add, may be negative.")
    int workingDays;

    @Override
    String run(UkrainianCalendar calendar) {
      return calendar.plusWorkingDays(Objects.requireNonNull(date), workingDays) + "\n";
    }
  }

  /** {@code acplan calendar between}: working days in a half-open interval. */
  @Command(name = "between", mixinStandardHelpOptions = true,
      description = "Prints the number of working days in [--from, --to), negative if --to is earlier.",
      exitCodeListHeading = ExitCodes.HEADING,
      exitCodeList = {ExitCodes.OK_LINE, ExitCodes.BAD_INPUT_LINE, ExitCodes.INTERNAL_LINE})
  static final class Between extends Subcommand {
    @Option(names = "--from", required = true, paramLabel = "DATE", description = "First date counted (YYYY-MM-DD).")
    @Nullable LocalDate from;

    @Option(names = "--to", required = true, paramLabel = "DATE", description = "The day after the last date counted.")
    @Nullable LocalDate to;

    @Override
    String run(UkrainianCalendar calendar) {
      return calendar.workingDaysBetween(Objects.requireNonNull(from),
          Objects.requireNonNull(to)) + "\n";
    }
  }

  /** {@code acplan calendar why}: the reasons a date is a working day or a day off. */
  @Command(name = "why", mixinStandardHelpOptions = true,
      description = {"Says why DATE is a working day or a day off: weekend, holiday (with its act), a day "
          + "off moved by Labour Code art. 67 part 3, a Cabinet transfer (with its order), martial law "
          + "(Law No. 2136-IX).", "Чому день робочий або вихідний."},
      exitCodeListHeading = ExitCodes.HEADING,
      exitCodeList = {ExitCodes.OK_LINE, ExitCodes.BAD_INPUT_LINE, ExitCodes.INTERNAL_LINE})
  static final class Why extends Subcommand {
    @Parameters(index = "0", paramLabel = "DATE", description = "The date (YYYY-MM-DD).")
    @Nullable LocalDate date;

    @Option(names = "--lang", paramLabel = "uk|en", defaultValue = "uk",
        description = "Language of the reasons (default: ${DEFAULT-VALUE}).")
    Converters.Lang lang = Converters.Lang.uk;

    @Override
    String run(UkrainianCalendar calendar) {
      return calendar.explain(Objects.requireNonNull(date)).text(lang.locale());
    }
  }
}
