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
        "План заходів для підпису, для сайту, строки — у календар."})
public final class PublishCommand implements Callable<Integer> {

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "PLAN", description = "The plan: published text or JSON (.json).")
  @Nullable Path plan;

  @Option(names = "--format", required = true, paramLabel = "docx|html|ics", description = "Output format.")
  String format = "";

  @Option(names = {"-o", "--out"}, required = true, paramLabel = "FILE", description = "Write here.")
  @Nullable Path out;

  @Option(names = "--year", paramLabel = "YEAR",
      description = "The year of the due dates (ics only; default: the plan's first year).")
  @Nullable Integer year;

  @Option(names = "--lang", paramLabel = "uk|en", description = "Language of the HTML page's headers "
      + "(html only; default: uk).")
  @Nullable String lang;

  /** Creates the command; picocli fills its fields. */
  public PublishCommand() {}

  @Override
  public Integer call() {
    PrintWriter stdout = spec.commandLine().getOut();
    try {
      if (!format.equals("docx") && !format.equals("html") && !format.equals("ics")) {
        throw new PlanFiles.BadPlanException("--format must be docx, html or ics, got '" + format + "'");
      }
      if (year != null && !format.equals("ics")) {
        throw new PlanFiles.BadPlanException("--year applies to --format ics only");
      }
      if (lang != null && !format.equals("html")) {
        throw new PlanFiles.BadPlanException("--lang applies to --format html only (the DOCX annex and the "
            + "calendar are in Ukrainian)");
      }
      Locale locale = PlanFiles.language(lang == null ? "uk" : lang);
      Plan p = PlanFiles.read(Objects.requireNonNull(plan));
      Path file = Objects.requireNonNull(out);
      String what;
      try (OutputStream o = Files.newOutputStream(file)) {
        if (format.equals("docx")) {
          PlanDocxWriter.write(p, o);
          what = p.measures().size() + " measures";
        } else if (format.equals("html")) {
          PlanHtmlWriter.write(p, locale, o);
          what = p.measures().size() + " measures";
        } else {
          int y = year == null ? p.period().firstYear() : year;
          if (!p.period().containsYear(y)) {
            throw new PlanFiles.BadPlanException("--year " + y + " is outside the plan's period " + p.period());
          }
          PlanSchedule schedule = PlanSchedule.of(p,
              DeadlineSchedule.of(PlanPeriod.ofYear(y), UkrainianCalendar.standard()));
          String ics = DueDateCalendar.write(schedule, Instant.now());
          o.write(ics.getBytes(StandardCharsets.UTF_8));
          what = ics.split("BEGIN:VEVENT", -1).length - 1 + " due dates of " + y;
        }
      } catch (IOException e) {
        throw new PlanFiles.BadPlanException(file + ": cannot write (" + e.getMessage() + ")");
      }
      stdout.print(file + ": " + format + ", " + what + "\n");
      stdout.flush();
      return 0;
    } catch (PlanFiles.BadPlanException | IllegalArgumentException e) {
      spec.commandLine().getErr().print("acplan publish: " + e.getMessage() + "\n");
      spec.commandLine().getErr().flush();
      return 2;
    }
  }
}
