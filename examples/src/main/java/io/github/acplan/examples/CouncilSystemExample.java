package io.github.acplan.examples;

import io.github.acplan.calendar.UkrainianCalendar;
import io.github.acplan.core.Actor;
import io.github.acplan.core.Measure;
import io.github.acplan.core.MeasureNumber;
import io.github.acplan.core.Plan;
import io.github.acplan.core.deadline.Deadline;
import io.github.acplan.core.schedule.DeadlineSchedule;
import io.github.acplan.core.schedule.DueItem;
import io.github.acplan.core.schedule.PlanSchedule;
import io.github.acplan.serialization.PlanFormatException;
import io.github.acplan.serialization.json.PlanJson;
import io.github.acplan.serialization.text.PlanTextReader;
import io.github.acplan.serialization.text.ReadResult;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Shows acplan embedded in a council's document system: the plan loaded from JSON, what one department
 * has due in a given week, and one calendar shared by many threads.
 *
 * <p>Run: {@code java -cp examples/target/acplan.jar io.github.acplan.examples.CouncilSystemExample}
 */
public final class CouncilSystemExample {

  /** The bundled 2020 plan of the Dovhyntsivskyi district executive committee, as published (text). */
  static final String SEED_RESOURCE = "/io/github/acplan/examples/dovhyntsivskyi-2020-plan.txt";

  /** The Monday of the week asked about: the week the first half-year of 2020 ends. */
  static final LocalDate WEEK_START = LocalDate.of(2020, 6, 29);

  /** How the department is named in the plan ("Відділ з питань кадрової роботи", "Відділи: з питань …"). */
  static final String DEPARTMENT = "з питань кадрової роботи";

  // One calendar for the whole application. UkrainianCalendar.standard() is built once, on first use
  // (in a class initializer, which the JVM runs exactly once even when threads race for it), and shared:
  // it is immutable (final fields, filled in the constructor and never written again), so any number of
  // threads may read it at the same time without locks. The same holds for PlanJson, PlanSchedule and
  // DeadlineSchedule: keep one of each and share them between requests.
  private static final UkrainianCalendar CALENDAR = UkrainianCalendar.standard();

  private CouncilSystemExample() {}

  /**
   * Loads the plan from JSON, lists what the HR department has due in the week of 29 June 2020, and
   * computes conflict-of-interest terms for every day of 2020 in parallel.
   *
   * @param args ignored
   * @throws IOException if the bundled plan cannot be read
   * @throws PlanFormatException if the bundled plan or its JSON is malformed (a bug)
   */
  public static void main(String[] args) throws IOException, PlanFormatException {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);

    // 1. A council system stores plans as JSON. The JSON here is made from the published text, the way
    //    a plan would enter the system once; afterwards the system only reads JSON.
    //    PlanJson is immutable and thread-safe: one shared instance serves every request.
    Plan published = readSeed();
    String json = PlanJson.standard().write(published);
    Plan plan = PlanJson.standard().read(json);
    out.println("Loaded from " + json.length() + " characters of JSON: " + plan.title() + " " + plan.body()
        + " (" + plan.period() + "), " + plan.sections().size() + " sections, " + plan.measures().size()
        + " measures");
    // Nothing is lost on the way: the plan read back is equal to the one written.
    out.println("Same plan as the published text: " + plan.equals(published));

    // 2. What is due this week for one department? A PlanSchedule turns every deadline of the plan into
    //    concrete occurrences (windows with due dates, moved off days off) once; each query then only
    //    filters. Duties without a due date of their own ("Постійно", "При призначенні на посаду", terms
    //    after an event) are report-only: they are reported on at the end of each half-year and are never
    //    overdue.
    PlanSchedule schedule = PlanSchedule.of(plan, CALENDAR);
    LocalDate weekEnd = WEEK_START.plusDays(6);
    out.println();
    out.println("Due from " + describe(WEEK_START) + " to " + describe(weekEnd)
        + " for «" + DEPARTMENT + "»:");
    for (DueItem item : schedule.dueBetween(WEEK_START, weekEnd,
        i -> isResponsible(i.measure(), DEPARTMENT))) {
      String what = item.occurrence().reportOnly() ? "report on" : "DUE      ";
      out.println("  " + item.measure().number() + "  " + what + " " + describe(item.due())
          + "  «" + item.what() + "»");
    }
    // The same query for everyone, keeping only real due dates.
    out.println("Due (not report-only) that week for anyone: "
        + schedule.dueBetween(WEEK_START, weekEnd, i -> !i.occurrence().reportOnly()).stream()
            .map(i -> i.measure().number().toString())
            .distinct()
            .collect(Collectors.joining(", ")));

    // 3. The shared calendar from several threads. Measure 5.3: the head settles a conflict of interest
    //    "протягом 2-х робочих днів з моменту отримання повідомлення" (Law No. 1700-VII art. 28 part 3).
    //    For a notice received on each day of 2020, when is the decision due? A parallel stream asks the
    //    one calendar from all cores at once; the answer is the same as a sequential run's.
    Deadline term = plan.measure(MeasureNumber.parse("5.3")).orElseThrow().deadline();
    List<LocalDate> days = plan.period().firstDay().datesUntil(plan.period().lastDay().plusDays(1))
        .collect(Collectors.toList());
    DeadlineSchedule terms = DeadlineSchedule.of(plan.period(), CALENDAR);
    LocalDate longestParallel = longestWait(days.parallelStream(), terms, term);
    LocalDate longestSequential = longestWait(days.stream(), terms, term);
    LocalDate due = terms.dueAfter(term, longestParallel).orElseThrow();
    out.println();
    out.println("Measure 5.3, «" + term.text() + "»:");
    out.println("  longest wait in 2020: notice on " + describe(longestParallel) + ", due " + describe(due)
        + ", " + ChronoUnit.DAYS.between(longestParallel, due) + " calendar days");
    out.println("  parallel and sequential runs agree: " + longestParallel.equals(longestSequential));
  }

  /** Reads the bundled published text of the 2020 plan. */
  private static Plan readSeed() throws IOException, PlanFormatException {
    try (InputStream in = CouncilSystemExample.class.getResourceAsStream(SEED_RESOURCE)) {
      if (in == null) {
        throw new IOException("Resource " + SEED_RESOURCE + " is missing from the class path");
      }
      Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
      ReadResult result = PlanTextReader.standard().read(reader);
      return result.plan();
    }
  }

  /** Tells whether an actor of the measure is named like the department, ignoring case. */
  private static boolean isResponsible(Measure measure, String department) {
    String wanted = department.toLowerCase(Locale.ROOT);
    for (Actor actor : measure.responsible().actors()) {
      if (actor.name().toLowerCase(Locale.ROOT).contains(wanted)) {
        return true;
      }
    }
    return false;
  }

  /** Returns the day whose notice waits longest for its due date; the earliest such day on a tie. */
  private static LocalDate longestWait(Stream<LocalDate> days, DeadlineSchedule schedule, Deadline term) {
    Comparator<LocalDate> byWait = Comparator.comparingLong(
        day -> ChronoUnit.DAYS.between(day, schedule.dueAfter(term, day).orElseThrow()));
    return days.max(byWait.thenComparing(Comparator.<LocalDate>reverseOrder())).orElseThrow();
  }

  private static String describe(LocalDate date) {
    return date + " (" + date.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.ENGLISH) + ")";
  }
}
