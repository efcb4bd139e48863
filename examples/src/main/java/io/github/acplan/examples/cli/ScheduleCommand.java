package io.github.acplan.examples.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.acplan.calendar.UkrainianCalendar;
import io.github.acplan.core.Plan;
import io.github.acplan.core.schedule.DueItem;
import io.github.acplan.serialization.csv.SpreadsheetCsv;
import io.github.acplan.core.schedule.PlanSchedule;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
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
 * {@code acplan schedule PLAN [--from D --to D] [--format text|json|csv]}: every due date of every measure
 * in a window, sorted by due date, then measure number. Due dates on a day off move to the next working
 * day of the Ukrainian calendar. By default the window starts on the plan's first day and has no end, so
 * that a measure due early next year (the next plan, "1 декада січня 2021 року") is listed too.
 *
 * <p>The formats are a contract. Every one has the same five fields per occurrence: the due date, the
 * measure number, {@code report} for a duty without a due date of its own (reported on at the end of each
 * half-year) or {@code due}, the deadline (or the part of it that gives this date), and who is
 * responsible.
 * <ul>
 *   <li>{@code text} (the default): one line per occurrence, the fields separated by TABs, no header
 *       (as before {@code --format} existed);</li>
 *   <li>{@code csv}: RFC 4180, LF line ends, the header line {@code due,measure,kind,deadline,responsible};
 *       a field is quoted only when it must be;</li>
 *   <li>{@code json}: an array, one object per line, members {@code due}, {@code measure}, {@code kind},
 *       {@code deadline}, {@code responsible}, then {@code start} and {@code end}, the window of the
 *       occurrence (ISO dates).</li>
 * </ul>
 * A measure whose due date lies outside the calendar (after 2100) is bad input: the message names it.
 */
@Command(name = "schedule", mixinStandardHelpOptions = true,
    description = {"Lists every due date of every measure in a window, sorted, with who is responsible.",
        "Графік строків виконання заходів."},
    exitCodeListHeading = ExitCodes.HEADING,
    exitCodeList = {ExitCodes.OK_LINE, ExitCodes.BAD_INPUT_LINE
        + " (also a measure whose due date lies outside the calendar, 1991-2100: it is named)",
        ExitCodes.INTERNAL_LINE})
public final class ScheduleCommand implements Callable<Integer> {

  /** The CSV header, and the JSON members in this order. */
  static final List<String> HEADER = List.of("due", "measure", "kind", "deadline", "responsible");

  private static final ObjectMapper JSON = new ObjectMapper();

  /** The output forms. */
  enum Format { text, json, csv }

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "PLAN", description = "The plan: published text, a document or JSON.")
  @Nullable Path plan;

  @Option(names = "--from", paramLabel = "DATE", description = "First due date listed (default: start of the plan).")
  @Nullable LocalDate from;

  @Option(names = "--to", paramLabel = "DATE",
      description = "Last due date listed, inclusive (default: no limit, so that a measure due early next year shows).")
  @Nullable LocalDate to;

  @Option(names = "--format", paramLabel = "text|json|csv", defaultValue = "text",
      description = "Output format (default: ${DEFAULT-VALUE}); csv and json have named fields.")
  Format format = Format.text;

  @Mixin
  OutputOption output = new OutputOption();

  /** Creates the command; picocli fills its fields. */
  public ScheduleCommand() {}

  @Override
  public Integer call() throws BadInputException {
    Plan p = PlanFiles.read(Objects.requireNonNull(plan));
    LocalDate first = from == null ? p.period().firstDay() : from;
    LocalDate last = to == null ? LocalDate.MAX : to;
    if (last.isBefore(first)) {
      throw new BadInputException("--to " + last + " is before --from " + first);
    }
    List<DueItem> items;
    try {
      items = PlanSchedule.of(p, UkrainianCalendar.standard()).dueBetween(first, last);
    } catch (IllegalArgumentException e) {
      throw new BadInputException(plan + ": " + e.getMessage());
    }
    // Written as it is made: a plan at the measure limit has tens of thousands of due items.
    output.write(spec, w -> {
      switch (format) {
        case csv -> csv(items, w);
        case json -> json(items, w);
        default -> text(items, w);
      }
    });
    return ExitCodes.OK;
  }

  private static void text(List<DueItem> items, Appendable out) throws IOException {
    for (DueItem item : items) {
      List<String> fields = fields(item);
      out.append(String.join("\t", fields.stream().map(ScheduleCommand::oneLine).toList())).append('\n');
    }
  }

  private static void csv(List<DueItem> items, Appendable out) throws IOException {
    // Like every CSV of acplan: formula-looking cells neutralised, reversibly (SpreadsheetCsv).
    SpreadsheetCsv csv = SpreadsheetCsv.withLineFeeds(out);
    csv.record(HEADER);
    for (DueItem item : items) {
      csv.record(fields(item));
    }
  }

  private static void json(List<DueItem> items, Appendable out) throws IOException {
    out.append('[');
    for (int i = 0; i < items.size(); i++) {
      DueItem item = items.get(i);
      List<String> fields = fields(item);
      ObjectNode o = JSON.createObjectNode();
      for (int f = 0; f < HEADER.size(); f++) {
        o.put(HEADER.get(f), fields.get(f));
      }
      o.put("start", item.occurrence().startInclusive().toString());
      o.put("end", item.occurrence().endInclusive().toString());
      try {
        out.append(i == 0 ? "\n" : ",\n").append(JSON.writeValueAsString(o));
      } catch (JsonProcessingException e) {
        throw new IllegalStateException("cannot write a JSON tree", e);
      }
    }
    out.append(items.isEmpty() ? "]\n" : "\n]\n");
  }

  /** The five fields of an occurrence, in {@link #HEADER}'s order. */
  private static List<String> fields(DueItem item) {
    return List.of(item.due().toString(), item.measure().number().toString(),
        item.occurrence().reportOnly() ? "report" : "due", item.what(),
        item.measure().responsible().text());
  }

  private static String oneLine(String s) {
    return s.replaceAll("[\\t\\r\\n]+", " ");
  }
}
