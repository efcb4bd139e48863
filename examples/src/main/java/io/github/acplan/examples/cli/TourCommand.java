package io.github.acplan.examples.cli;

import io.github.acplan.calendar.UkrainianCalendar;
import io.github.acplan.core.Measure;
import io.github.acplan.core.MeasureNumber;
import io.github.acplan.core.Plan;
import io.github.acplan.core.Section;
import io.github.acplan.core.deadline.Deadline;
import io.github.acplan.core.deadline.DeadlineKind;
import io.github.acplan.core.deadline.WithinCalendarDays;
import io.github.acplan.core.deadline.WithinWorkingDays;
import io.github.acplan.core.deadline.statute.StatutoryReading;
import io.github.acplan.core.deadline.statute.StatutoryTerm;
import io.github.acplan.core.deadline.statute.StatutoryTerms;
import io.github.acplan.core.diff.Change;
import io.github.acplan.core.diff.ChangeKind;
import io.github.acplan.core.diff.DiffReport;
import io.github.acplan.core.diff.PlanDiff;
import io.github.acplan.core.monitoring.Completion;
import io.github.acplan.core.monitoring.ExecutionMonitor;
import io.github.acplan.core.monitoring.ExecutionReport;
import io.github.acplan.core.monitoring.MeasureAssessment;
import io.github.acplan.core.monitoring.MonitoringResult;
import io.github.acplan.core.monitoring.Standing;
import io.github.acplan.core.monitoring.Verdict;
import io.github.acplan.core.rollover.PlanRollover;
import io.github.acplan.core.rollover.RolloverEdit;
import io.github.acplan.core.rollover.RolloverResult;
import io.github.acplan.core.schedule.DeadlineSchedule;
import io.github.acplan.core.schedule.DueItem;
import io.github.acplan.core.schedule.PlanSchedule;
import io.github.acplan.core.validation.Finding;
import io.github.acplan.core.validation.PlanValidator;
import io.github.acplan.core.validation.Severity;
import io.github.acplan.core.validation.ValidationReport;
import io.github.acplan.serialization.PlanFormatException;
import io.github.acplan.serialization.json.ExecutionReportJson;
import io.github.acplan.serialization.json.PlanJson;
import io.github.acplan.serialization.report.ExecutionReportTextWriter;
import io.github.acplan.serialization.text.PlanTextReader;
import io.github.acplan.serialization.text.PlanTextWriter;
import io.github.acplan.serialization.text.ReadResult;
import io.github.acplan.serialization.text.ReadWarning;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine;

/**
 * {@code acplan tour}: the main job. On the bundled 2020 plan of the Dovhyntsivskyi district executive
 * committee, in one run: read it, summarise it, validate it, schedule its 2020 due dates in Ukrainian
 * working days, generate the 2021 draft, show the changes 2020 → 2021, monitor the first half of 2020 from
 * a bundled status file, and write {@code plan-2020.json}, {@code plan-2021.json}, {@code plan-2021.txt} and
 * the monitoring report {@code report-2020-H1.txt} into a directory.
 *
 * <p>Exit code 0; 2 if the output directory cannot be written or the bundled plan cannot be read.
 */
@Command(name = "tour", mixinStandardHelpOptions = true,
    versionProvider = AcplanCommand.Version.class,
    description = {"A tour of acplan on the bundled 2020 plan: read, validate, schedule, roll over, diff, monitor, "
        + "write.",
        "Огляд можливостей acplan на плані заходів 2020 року."},
    exitCodeListHeading = ExitCodes.HEADING,
    exitCodeList = {"0:the tour ran and wrote its files",
        ExitCodes.BAD_INPUT_LINE + " (also the output directory cannot be written)", ExitCodes.INTERNAL_LINE})
public final class TourCommand implements Callable<Integer> {

  /** The seed plan, bundled as a resource of this module. */
  static final String BUNDLED_PLAN = "/io/github/acplan/examples/dovhyntsivskyi-2020-plan.txt";

  /** A status file for the seed plan's first half of 2020, as an officer would write it by hand. */
  static final String BUNDLED_STATUS = "/io/github/acplan/examples/dovhyntsivskyi-2020-H1-status.json";

  /** The event of the tour's term example: a conflict-of-interest notice received on this day. */
  private static final LocalDate NOTICE_RECEIVED = LocalDate.of(2020, 4, 16);

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Option(names = {"-o", "--out"}, paramLabel = "DIR", defaultValue = "acplan-tour",
      description = "Directory for plan-2020.json, plan-2021.json, plan-2021.txt and report-2020-H1.txt "
          + "(default: ${DEFAULT-VALUE}).")
  Path out = Path.of("acplan-tour");

  /** Creates the command; picocli fills its fields. */
  public TourCommand() {}

  @Override
  public Integer call() throws BadInputException {
    PrintWriter o = spec.commandLine().getOut();
    try {
      run(o);
      o.flush();
      return ExitCodes.OK;
    } catch (IOException e) {
      throw new BadInputException("cannot read the bundled plan or write into " + out
          + " (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")");
    } catch (PlanFormatException e) {
      // The bundled plan is part of acplan: failing to read it is a fault of acplan, not of the user.
      throw new IllegalStateException("the bundled plan cannot be read: " + e.getMessage(), e);
    }
  }

  private void run(PrintWriter o) throws IOException, PlanFormatException {
    long started = System.nanoTime();
    o.println("acplan tour: the 2020 anti-corruption plan of the Dovhyntsivskyi district executive committee"
        + " (Kryvyi Rih), bundled with acplan");
    UkrainianCalendar calendar = UkrainianCalendar.standard();

    // 1. Read the published table text.
    String text = bundledPlan();
    ReadResult read = PlanTextReader.standard().read(text);
    Plan plan = read.plan();
    heading(o, "1. Read the published plan (" + BUNDLED_PLAN.substring(BUNDLED_PLAN.lastIndexOf('/') + 1)
        + ", " + text.lines().count() + " lines)");
    o.println("   Title:     " + plan.title() + " " + plan.body() + " на " + plan.period() + " рік");
    plan.approval().ifPresent(a -> o.println("   Approved:  " + PlanDiff.approvalText(a)));
    plan.signatory().ifPresent(s -> o.println("   Signed:    " + s.position() + " " + s.name()));
    o.println("   Warnings:  " + read.warnings().size());
    for (ReadWarning w : read.warnings()) {
      o.println("     " + w);
    }

    // 2. Summary.
    heading(o, "2. Summary: " + plan.sections().size() + " sections, " + plan.measures().size() + " measures");
    TextTable sections = new TextTable("Section", "Measures", "Title").maxWidth(2, 90);
    for (Section s : plan.sections()) {
      sections.row(s.number(), s.measures().size(), s.title());
    }
    o.print(sections.render("   "));
    o.println();
    Map<DeadlineKind, Integer> kinds = new EnumMap<>(DeadlineKind.class);
    for (Measure m : plan.measures()) {
      kinds.merge(m.deadline().kind(), 1, Integer::sum);
    }
    TextTable kindTable = new TextTable("Deadline kind", "Measures", "Example");
    kinds.forEach((kind, count) -> kindTable.row(kind.id(), count, example(plan, kind)));
    o.print(kindTable.maxWidth(2, 80).render("   "));

    // 3. Validate.
    ValidationReport report = PlanValidator.standard().validate(plan);
    heading(o, "3. Validation: " + report.count(Severity.ERROR) + " errors, " + report.count(Severity.WARNING)
        + " warnings, " + report.count(Severity.INFO) + " info");
    TextTable findings = new TextTable("Severity", "Code", "Where", "Finding").maxWidth(3, 80);
    for (Finding f : report.findings()) {
      findings.row(f.severity().name().toLowerCase(Locale.ROOT), f.code(), f.path(), f.message(Locale.ENGLISH));
    }
    o.print(findings.render("   "));

    // 4. Schedule in Ukrainian working days.
    PlanSchedule schedule = PlanSchedule.of(plan, calendar);
    List<DueItem> fixed = schedule.items().stream().filter(i -> !i.occurrence().reportOnly()).toList();
    long reports = schedule.items().size() - fixed.size();
    heading(o, "4. Schedule " + plan.period() + ": " + fixed.size() + " fixed due dates, " + reports
        + " half-yearly reports on standing duties (days off move the due date to the next working day)");
    TextTable due = new TextTable("Due", "Measure", "Deadline", "Responsible").maxWidth(2, 45).maxWidth(3, 60);
    for (DueItem item : fixed) {
      due.row(day(item.due()), item.measure().number(), item.what(), item.measure().responsible().text());
    }
    o.print(due.render("   "));
    Measure settle = plan.measure(MeasureNumber.parse("5.3")).orElseThrow();
    DeadlineSchedule.of(plan.period(), calendar).dueAfter(settle.deadline(), NOTICE_RECEIVED).ifPresent(d ->
        o.println("\n   Measure 5.3 \"" + settle.deadline().text() + "\":\n   a notice received "
            + day(NOTICE_RECEIVED) + " is due " + day(d) + " (Easter Monday "
            + day(LocalDate.of(2020, 4, 20)) + " was a day off)."));

    // The measures whose deadline leaves the term to the law, read as the statutory terms of their duty
    // (the plan's text stays as written): each term with its citation and, for a yearly term, its dates.
    DeadlineSchedule terms = DeadlineSchedule.of(plan.period(), calendar);
    List<StatutoryReading> readings = StatutoryTerms.resolveAll(plan);
    o.println("\n   Deadlines set by law (" + readings.size() + " measures read as their statutory terms):");
    TextTable statute = new TextTable("Measure", "Deadline", "Statutory term", "Cited", "Due " + plan.period())
        .maxWidth(1, 30).maxWidth(2, 50);
    for (StatutoryReading r : readings) {
      boolean first = true;
      for (StatutoryTerm t : r.terms()) {
        List<String> dates = t.occurrences(terms).stream().filter(x -> !x.reportOnly())
            .map(x -> day(x.due())).toList();
        statute.row(first ? r.number() : "", first ? r.deadline().text() : "", t.duty(), t.citation(),
            dates.isEmpty() ? afterEvent(t.deadline()) : String.join(", ", dates));
        first = false;
      }
    }
    o.print(statute.render("   "));

    // 5. Next year's draft.
    int nextYear = plan.period().firstYear() + 1;
    RolloverResult rolled = PlanRollover.toYear(plan, nextYear);
    Plan draft = rolled.plan();
    heading(o, "5. Draft plan for " + nextYear + ": " + rolled.edits().size() + " texts changed, approval cleared");
    TextTable edits = new TextTable("Where", "Field", "Before", "After").maxWidth(2, 45).maxWidth(3, 45);
    for (RolloverEdit e : rolled.edits()) {
      edits.row(e.path(), e.field(), e.oldText(), e.newText());
    }
    o.print(edits.render("   "));

    // 6. What changed, as an amending order would list it.
    List<Change> changes = PlanDiff.between(plan, draft);
    Map<ChangeKind, Integer> counts = DiffReport.counts(changes);
    StringBuilder byKind = new StringBuilder();
    counts.forEach((kind, n) -> byKind.append(byKind.length() == 0 ? "" : ", ").append(n).append(' ').append(kind.id()));
    heading(o, "6. Changes " + plan.period() + " → " + draft.period() + " (" + changes.size() + ": " + byKind
        + "), as an amending order lists them");
    o.print(indent(DiffReport.render(changes, Locale.ENGLISH)));

    // 7. Monitoring: the officer's hand-written status file for the first half of 2020.
    ExecutionReport status = ExecutionReportJson.standard().read(bundled(BUNDLED_STATUS));
    MonitoringResult monitored = ExecutionMonitor.of(plan, calendar).assess(status);
    Completion done = monitored.completion();
    heading(o, "7. Monitoring " + status.period() + " (" + BUNDLED_STATUS.substring(BUNDLED_STATUS.lastIndexOf('/') + 1)
        + "): " + done.total() + " measures to report on, " + done.done() + " done, "
        + monitored.overdue().size() + " overdue, " + monitored.unreported().size() + " not reported");
    TextTable watch = new TextTable("Measure", "Due", "Reported", "Verdict").maxWidth(2, 45);
    for (MeasureAssessment a : monitored.assessments()) {
      if (a.standing() == Standing.OVERDUE || a.verdict().filter(v -> v != Verdict.IN_PROGRESS).isPresent()) {
        watch.row(a.number(), a.dueDate().map(TourCommand::day).orElse(a.standing().english()),
            a.entry().map(e -> e.status().english() + e.actualDate().map(d -> " " + d).orElse("")).orElse("-"),
            a.verdict().map(Verdict::english).orElse("") + (a.standing() == Standing.OVERDUE ? ", overdue" : ""));
      }
    }
    o.print(watch.render("   "));

    // 8. Files.
    Files.createDirectories(out);
    Path json2020 = write(out.resolve("plan-" + plan.period() + ".json"), PlanJson.standard().write(plan));
    Path json2021 = write(out.resolve("plan-" + draft.period() + ".json"), PlanJson.standard().write(draft));
    Path text2021 = write(out.resolve("plan-" + draft.period() + ".txt"), PlanTextWriter.standard().write(draft));
    Path reportText = write(out.resolve("report-" + status.period() + ".txt"), ExecutionReportTextWriter.standard().write(monitored));
    boolean readsBack = PlanJson.standard().read(Files.readString(json2021, StandardCharsets.UTF_8)).equals(draft);
    heading(o, "8. Files written");
    TextTable files = new TextTable("File", "Bytes");
    for (Path p : List.of(json2020, json2021, text2021, reportText)) {
      files.row(p, Files.size(p));
    }
    o.print(files.render("   "));
    o.println("   " + json2021 + " reads back into the same plan: " + (readsBack ? "yes" : "NO"));
    o.println("\nDone in " + (System.nanoTime() - started) / 1_000_000 + " ms. Next: java -jar examples/target/acplan.jar parse "
        + json2021 + " --format text");
  }

  private static String bundledPlan() throws IOException {
    return bundled(BUNDLED_PLAN);
  }

  private static String bundled(String resource) throws IOException {
    try (InputStream in = TourCommand.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IOException("the bundled file " + resource + " is missing from the jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static String example(Plan plan, DeadlineKind kind) {
    for (Measure m : plan.measures()) {
      Deadline d = m.deadline();
      if (d.kind() == kind) {
        return m.number() + " " + d.text();
      }
    }
    return "";
  }

  /** A term after an event in a few words: "25 days after", "1 working day after", "on the day". */
  private static String afterEvent(Deadline d) {
    if (d instanceof WithinWorkingDays within) {
      int n = within.workingDays();
      return n + (n == 1 ? " working day after" : " working days after");
    }
    if (d instanceof WithinCalendarDays within) {
      return within.days() + " days after";
    }
    return "on the day";
  }

  private static String day(LocalDate date) {
    return date + " " + date.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
  }

  private static void heading(PrintWriter o, String title) {
    o.println();
    o.println(title);
  }

  private static String indent(String text) {
    StringBuilder sb = new StringBuilder();
    text.lines().forEach(line -> sb.append("   ").append(line).append('\n'));
    return sb.toString();
  }

  private static Path write(Path file, String content) throws IOException {
    Files.writeString(file, content, StandardCharsets.UTF_8);
    return file;
  }
}
