package io.github.acplan.examples.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.acplan.calendar.UkrainianCalendar;
import io.github.acplan.calendar.term.DueDateShift;
import io.github.acplan.calendar.term.UntilReading;
import io.github.acplan.core.PlanPeriod;
import io.github.acplan.core.Worded;
import io.github.acplan.core.Wording;
import io.github.acplan.core.deadline.Deadline;
import io.github.acplan.core.deadline.DeadlineKind;
import io.github.acplan.core.deadline.DeadlineParser;
import io.github.acplan.core.deadline.PeriodUnit;
import io.github.acplan.core.schedule.DeadlineSchedule;
import io.github.acplan.core.schedule.Occurrence;
import io.github.acplan.serialization.json.PlanJson;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine;

/**
 * {@code acplan deadline}: reads a "Строк виконання" phrase and prints what it means.
 *
 * <p>The output is a contract for tools: every JSON object is on one line (compact, UTF-8, no spaces
 * between tokens), and a deadline is always in the plan format, exactly what {@link
 * PlanJson#writeDeadline(Deadline)} writes and {@link PlanJson#readDeadline(String)} reads (the
 * {@code "deadline"} of a measure in {@code plan.schema.json}): {@code "kind"} first (the kind's logical
 * name), then the components of the kind, enum values as lower-case ids ({@code "half-year"},
 * {@code "june"}), dates as {@code YYYY-MM-DD}, empty optional values left out.
 * <ul>
 *   <li>{@code acplan deadline --year 2020 "TEXT"}: the parsed deadline, one line:
 *       <pre>{@code {"kind":"periodic","text":"Щопівроку (червень, грудень 2020 року)","every":"half-year",
 * "times":1,"minimum":false,"months":["june","december"],"year":2020,"dates":[]}}</pre></li>
 *   <li>with {@code --event YYYY-MM-DD}: the same object with two members added at its end,
 *       {@code "eventDate"} (the event) and {@code "due"} (the due date of the term counted from the
 *       event, Civil Code arts. 253–254), both ISO dates:
 *       <pre>{@code {"kind":"within-working-days","text":"Протягом 2-х робочих днів з моменту отримання
 * повідомлення","workingDays":2,"event":"з моменту отримання повідомлення","eventDate":"2020-04-16",
 * "due":"2020-04-21"}}</pre>
 *       Strip those two members and the rest reads back with {@code PlanJson.readDeadline};</li>
 *   <li>{@code acplan deadline --year 2020 --schedule "TEXT"}: the occurrences in the plan period, one
 *       per line: {@code START..END due DUE}, with {@code " (report)"} for duties without a due date of
 *       their own;</li>
 *   <li>{@code --schedule --json}: one object per occurrence and line, members in this order:
 *       {@code "start"}, {@code "end"} (the window, inclusive), {@code "due"} (ISO dates),
 *       {@code "reportOnly"} (a boolean) and {@code "source"}, the deadline (or the part of a composite
 *       deadline) that gives the occurrence, as a deadline object of the plan format:
 *       <pre>{@code {"start":"2020-01-01","end":"2020-03-31","due":"2020-03-31","reportOnly":true,
 * "source":{"kind":"permanent","text":"Постійно"}}}</pre></li>
 * </ul>
 * (The examples above are wrapped; the output is not.) The Ukrainian working-day calendar is used
 * (martial law still in force). Bad input prints one line on standard error, nothing on standard output,
 * and exits with code 2.
 */
@Command(
    name = "deadline",
    mixinStandardHelpOptions = true,
    versionProvider = AcplanCommand.Version.class,
    description = {
        "Parses a deadline phrase (\"Строк виконання\") and prints it as JSON (the deadline object of "
            + "the plan JSON format), the due date after an "
            + "event (--event), or the schedule in the plan period (--schedule).",
        "Bad input: one line on standard error, exit code 2."
    },
    exitCodeListHeading = ExitCodes.HEADING,
    exitCodeList = {ExitCodes.OK_LINE, ExitCodes.BAD_INPUT_LINE
        + " (also a phrase acplan does not understand with --schedule, or --event for a deadline without a term)",
        ExitCodes.INTERNAL_LINE})
public final class DeadlineCommand implements Callable<Integer> {

  /** Plain Jackson, to add members around the library's deadline object without changing its form. */
  private static final ObjectMapper TREE = new ObjectMapper();

  /** {@code --shift}: where a due date on a day off goes. */
  enum Shift implements Worded {
    NEXT("next", "наступний робочий день", "next working day", DueDateShift.NEXT_WORKING_DAY),
    PREVIOUS("previous", "попередній робочий день", "previous working day", DueDateShift.PREVIOUS_WORKING_DAY),
    NONE("none", "без перенесення", "not moved", DueDateShift.NONE);

    private final Wording wording;
    final DueDateShift value;

    Shift(String id, String ukrainian, String english, DueDateShift value) {
      this.wording = new Wording(id, ukrainian, english);
      this.value = value;
    }

    @Override
    public Wording wording() {
      return wording;
    }
  }

  /** {@code --until}: how "до <дата>" reads. */
  enum Until implements Worded {
    INCLUSIVE("inclusive", "включно", "inclusive", UntilReading.INCLUSIVE),
    EXCLUSIVE("exclusive", "не включно", "exclusive", UntilReading.EXCLUSIVE);

    private final Wording wording;
    final UntilReading value;

    Until(String id, String ukrainian, String english, UntilReading value) {
      this.wording = new Wording(id, ukrainian, english);
      this.value = value;
    }

    @Override
    public Wording wording() {
      return wording;
    }
  }

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Option(names = "--year", required = true, paramLabel = "PERIOD",
      description = "The plan's year or years, e.g. 2020 or 2022-2024.")
  @Nullable PlanPeriod year;

  @Option(names = "--event", paramLabel = "DATE",
      description = "The day of the event a term counts from (YYYY-MM-DD); prints the due date too.")
  @Nullable LocalDate event;

  @Option(names = "--schedule", description = "Print the occurrences in the plan period, one per line.")
  boolean schedule;

  @Option(names = "--json", description = "With --schedule: one JSON object per occurrence.")
  boolean json;

  // The words of these options are the enums' ids, read by Converters.worded (registered for each).
  @Option(names = "--shift", paramLabel = "next|previous|none",
      description = "A due date on a day off moves to the next|previous working day, or none. Default: next.")
  Shift shift = Shift.NEXT;

  @Option(names = "--until", paramLabel = "inclusive|exclusive",
      description = "\"до <дата>\" is inclusive|exclusive. Default: inclusive.")
  Until until = Until.INCLUSIVE;

  @Option(names = "--reporting", paramLabel = "month|quarter|half-year|year",
      description = "Report duties without a due date every month|quarter|half-year|year. Default: half-year.")
  PeriodUnit reporting = PeriodUnit.HALF_YEAR;

  @Parameters(arity = "1", paramLabel = "TEXT", description = "The deadline phrase, in quotes.")
  @Nullable String text;

  @Mixin
  OutputOption output = new OutputOption();

  /** Creates the command; picocli fills its fields. */
  public DeadlineCommand() {}

  @Override
  public Integer call() throws BadInputException {
    output.write(spec, run());
    return ExitCodes.OK;
  }

  /** Computes the whole output, so that nothing is printed when the input is bad. */
  private String run() throws BadInputException {
    PlanPeriod period = Objects.requireNonNull(year);
    String phrase = Objects.requireNonNull(text);
    DeadlineSchedule dates = DeadlineSchedule.of(period, UkrainianCalendar.standard())
        .withDueDateShift(shift.value)
        .withUntilReading(until.value)
        .withReportingPeriod(reporting);
    Deadline deadline = DeadlineParser.forPeriod(period).parse(phrase);

    if (schedule) {
      if (deadline.kind() == DeadlineKind.UNRECOGNIZED) {
        throw new BadInputException("Not a deadline phrase acplan understands: \"" + phrase + "\"");
      }
      StringBuilder lines = new StringBuilder();
      for (Occurrence o : dates.occurrences(deadline)) {
        lines.append(json ? occurrenceJson(o) : o.toString()).append('\n');
      }
      return lines.toString();
    }
    if (event == null) {
      return PlanJson.standard().writeDeadline(deadline) + "\n";
    }
    Optional<LocalDate> due = dates.dueAfter(deadline, event);
    if (due.isEmpty()) {
      throw new BadInputException("\"" + phrase + "\" (" + deadline.kind().id()
          + ") counts no term from an event, so --event gives no due date");
    }
    ObjectNode object = deadlineObject(deadline);
    object.put("eventDate", event.toString());
    object.put("due", due.get().toString());
    return compact(object) + "\n";
  }

  /** The library's JSON of a deadline as a tree, so that the CLI never has a deadline shape of its own. */
  private static ObjectNode deadlineObject(Deadline deadline) {
    try {
      return (ObjectNode) TREE.readTree(PlanJson.standard().writeDeadline(deadline));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("PlanJson wrote a deadline that is not JSON", e);
    }
  }

  private static String occurrenceJson(Occurrence o) {
    ObjectNode object = TREE.createObjectNode();
    object.put("start", o.startInclusive().toString());
    object.put("end", o.endInclusive().toString());
    object.put("due", o.due().toString());
    object.put("reportOnly", o.reportOnly());
    object.set("source", deadlineObject(o.source()));
    return compact(object);
  }

  private static String compact(ObjectNode object) {
    try {
      return TREE.writeValueAsString(object);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write a JSON tree", e);
    }
  }
}
