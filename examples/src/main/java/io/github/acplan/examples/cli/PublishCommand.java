package io.github.acplan.examples.cli;

import io.github.acplan.calendar.UkrainianCalendar;
import io.github.acplan.core.Plan;
import io.github.acplan.core.PlanPeriod;
import io.github.acplan.core.schedule.DeadlineSchedule;
import io.github.acplan.core.schedule.PlanSchedule;
import io.github.acplan.documents.publish.DueDateCalendar;
import io.github.acplan.documents.publish.PlanDocxWriter;
import io.github.acplan.documents.publish.PlanHtmlWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine;

/**
 * {@code acplan publish PLAN --format docx|html|ics --out FILE}: the plan as the Word annex to an order
 * ({@link PlanDocxWriter}), as a self-contained web page ({@link PlanHtmlWriter}), or its fixed due dates
 * of a year as an iCalendar file ({@link DueDateCalendar}, scheduled on the Ukrainian working calendar).
 *
 * <p>{@code --year} picks the year of the due dates (ics only; default the plan's first year); {@code
 * --lang en} gives the web page English headers (html only). Exit code 0 when the file is written; 2 if
 * the plan cannot be read, an option is wrong or the file cannot be written.
 */
@Command(name = "publish", mixinStandardHelpOptions = true,
    description = {"Writes a plan as DOCX (the annex to an order, ready to sign), as a self-contained HTML "
        + "page, or its due dates of a year as iCalendar.",
        "План заходів для підпису, для сайту, строки — у календар."},
    exitCodeListHeading = ExitCodes.HEADING,
    exitCodeList = {"0:the file is written (a one-line summary on standard output)",
        ExitCodes.BAD_INPUT_LINE + " (also a file that cannot be written)", ExitCodes.INTERNAL_LINE})
public final class PublishCommand implements Callable<Integer> {

  /** The output forms. */
  enum Format { docx, html, ics }

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "PLAN", description = "The plan: published text, a document or JSON.")
  @Nullable Path plan;

  @Option(names = "--format", required = true, paramLabel = "docx|html|ics", description = "Output format.")
  @Nullable Format format;

  // Required: DOCX is binary and the three forms are files to hand on, not text for a terminal.
  @Option(names = {"-o", "--out"}, required = true, paramLabel = "FILE", description = "Write here.")
  @Nullable Path out;

  @Option(names = "--year", paramLabel = "YEAR",
      description = "The year of the due dates (ics only; default: the plan's first year).")
  @Nullable Integer year;

  @Option(names = "--lang", paramLabel = "uk|en", description = "Language of the HTML page's headers "
      + "(html only; default: uk).")
  Converters.@Nullable Lang lang;

  /** Creates the command; picocli fills its fields. */
  public PublishCommand() {}

  @Override
  public Integer call() throws BadInputException {
    Format form = Objects.requireNonNull(format);
    if (year != null && form != Format.ics) {
      throw new BadInputException("--year applies to --format ics only");
    }
    if (lang != null && form != Format.html) {
      throw new BadInputException("--lang applies to --format html only (the DOCX annex and the "
          + "calendar are in Ukrainian)");
    }
    Locale locale = (lang == null ? Converters.Lang.uk : lang).locale();
    Plan p = PlanFiles.read(Objects.requireNonNull(plan));
    Path file = Objects.requireNonNull(out);
    String what;
    byte[] ics = null;
    int y = year == null ? p.period().firstYear() : year;
    if (form == Format.ics) {
      if (!p.period().containsYear(y)) {
        throw new BadInputException("--year " + y + " is outside the plan's period " + p.period());
      }
      PlanSchedule schedule;
      try {
        schedule = PlanSchedule.of(p, DeadlineSchedule.of(PlanPeriod.ofYear(y), UkrainianCalendar.standard()));
      } catch (IllegalArgumentException e) {
        throw new BadInputException(plan + ": " + e.getMessage());
      }
      String text = DueDateCalendar.standard().write(schedule, Instant.now());
      ics = text.getBytes(StandardCharsets.UTF_8);
      what = text.split("BEGIN:VEVENT", -1).length - 1 + " due dates of " + y;
    } else {
      what = p.measures().size() + " measures";
    }
    try (OutputStream o = Files.newOutputStream(file)) {
      if (form == Format.docx) {
        PlanDocxWriter.standard().write(p, o);
      } else if (form == Format.html) {
        PlanHtmlWriter.standard().write(p, locale, o);
      } else {
        o.write(Objects.requireNonNull(ics));
      }
    } catch (IOException e) {
      throw new BadInputException(file + ": cannot write (" + e.getMessage() + ")");
    }
    PrintWriter stdout = spec.commandLine().getOut();
    stdout.print(file + ": " + form + ", " + what + "\n");
    stdout.flush();
    return ExitCodes.OK;
  }
}
