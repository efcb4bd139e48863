package io.github.acplan.json.mapping;

import io.github.acplan.core.MeasureNumber;
import io.github.acplan.core.Plan;
import io.github.acplan.core.diff.Change;
import io.github.acplan.core.diff.ChangeVisitor;
import io.github.acplan.core.diff.DiffReport;
import io.github.acplan.core.diff.FieldChange;
import io.github.acplan.core.diff.MeasureAdded;
import io.github.acplan.core.diff.MeasureModified;
import io.github.acplan.core.diff.MeasureMoved;
import io.github.acplan.core.diff.MeasureRemoved;
import io.github.acplan.core.diff.MeasureRenumbered;
import io.github.acplan.core.diff.PlanChanged;
import io.github.acplan.core.diff.RiskAdded;
import io.github.acplan.core.diff.RiskFieldChange;
import io.github.acplan.core.diff.RiskModified;
import io.github.acplan.core.diff.RiskRemoved;
import io.github.acplan.core.diff.SectionAdded;
import io.github.acplan.core.diff.SectionRemoved;
import io.github.acplan.core.diff.SectionRenamed;
import io.github.acplan.core.monitoring.Completion;
import io.github.acplan.core.monitoring.ExecutionReport;
import io.github.acplan.core.monitoring.ExecutionStatus;
import io.github.acplan.core.monitoring.MeasureAssessment;
import io.github.acplan.core.monitoring.MeasureExecution;
import io.github.acplan.core.monitoring.MonitoringResult;
import io.github.acplan.core.monitoring.ReportingPeriod;
import io.github.acplan.core.risk.RiskLevel;
import io.github.acplan.core.schedule.DueItem;
import io.github.acplan.json.mapping.Shapes.ActorCompletionShape;
import io.github.acplan.json.mapping.Shapes.AssessmentShape;
import io.github.acplan.json.mapping.Shapes.ChangeShape;
import io.github.acplan.json.mapping.Shapes.CompletionShape;
import io.github.acplan.json.mapping.Shapes.CompletionsShape;
import io.github.acplan.json.mapping.Shapes.DiffShape;
import io.github.acplan.json.mapping.Shapes.DueItemShape;
import io.github.acplan.json.mapping.Shapes.ExecutionReportShape;
import io.github.acplan.json.mapping.Shapes.FieldChangeShape;
import io.github.acplan.json.mapping.Shapes.MeasureChangeShape;
import io.github.acplan.json.mapping.Shapes.MeasureExecutionShape;
import io.github.acplan.json.mapping.Shapes.MeasureModifiedShape;
import io.github.acplan.json.mapping.Shapes.MeasureNumbersShape;
import io.github.acplan.json.mapping.Shapes.MonitoringResultShape;
import io.github.acplan.json.mapping.Shapes.PlanChangedShape;
import io.github.acplan.json.mapping.Shapes.PlanSummaryShape;
import io.github.acplan.json.mapping.Shapes.RiskChangeShape;
import io.github.acplan.json.mapping.Shapes.RiskModifiedShape;
import io.github.acplan.json.mapping.Shapes.SectionChangeShape;
import io.github.acplan.json.mapping.Shapes.SectionCompletionShape;
import io.github.acplan.json.mapping.Shapes.SectionRenamedShape;
import io.github.acplan.json.mapping.Shapes.UnknownEntryShape;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The conversions of monitoring reports and of results (diffs, schedules, monitoring results) to and
 * from their shapes: the part of {@link JsonMapping} beyond the plan itself.
 */
final class Results {

  /** The value of a status file's {@code "format"}, which tells it from a plan. */
  static final String REPORT_FORMAT = "acplan-execution-report";

  /** The version of the status file's shape. */
  static final int REPORT_VERSION = 1;

  /** The value of a monitoring result's {@code "format"}. */
  static final String RESULT_FORMAT = "acplan-monitoring-result";

  /** The version of the monitoring result's shape. */
  static final int RESULT_VERSION = 1;

  private Results() {}

  // ------------------------------------------------------------------ status files

  static ExecutionReportShape reportShape(ExecutionReport report) {
    // asOf is written even at its default, the period's last day, so that a reader need not work it out
    return ExecutionReportShape.of(REPORT_FORMAT, REPORT_VERSION, report.period(), report.asOf().toString(),
        report.entries());
  }

  static ExecutionReport report(ExecutionReportShape s) {
    s.requireAll("");
    if (!REPORT_FORMAT.equals(s.format)) {
      throw new JsonShapeException("format", "expected \"" + REPORT_FORMAT + "\"; found \"" + s.format + "\"");
    }
    if (s.version != REPORT_VERSION) {
      throw new JsonShapeException("version", "unsupported version " + s.version
          + "; this library reads version " + REPORT_VERSION);
    }
    ReportingPeriod period = s.period;
    ExecutionReport.Builder report = ExecutionReport.builder().period(period);
    if (s.asOf != null) {
      LocalDate asOf = date(s.asOf, "asOf");
      if (!period.contains(asOf)) {
        throw new JsonShapeException("asOf", "the reporting date " + asOf + " is outside the period "
            + period + " (" + period.startInclusive() + ".." + period.endInclusive() + ")");
      }
      report.asOf(asOf);
    }
    Map<MeasureNumber, Integer> firstIndex = new HashMap<>();
    for (int i = 0; i < s.entries.size(); i++) {
      MeasureExecution entry = s.entries.get(i);
      if (entry == null) {
        throw new JsonShapeException("entries[" + i + "]", "expected an entry object; found null");
      }
      Integer first = firstIndex.putIfAbsent(entry.number(), i);
      if (first != null) {
        throw new JsonShapeException("entries[" + i + "].measure", "measure " + entry.number()
            + " is reported more than once (first at $.entries[" + first + "])");
      }
      report.addEntries(entry);
    }
    return convert("", report::build);
  }

  static MeasureExecutionShape entryShape(MeasureExecution e) {
    return MeasureExecutionShape.of(e.number().toString(), e.status().id(),
        e.actualDate().map(LocalDate::toString).orElse(null), e.comment(), e.evidence());
  }

  static MeasureExecution entry(MeasureExecutionShape s) {
    s.requireAll("");
    MeasureNumber number = convert("measure", () -> MeasureNumber.parse(s.measure));
    if (number.depth() < 2) {
      // a measure of a plan always has one (Measure): "1" names a section, never a measure
      throw new JsonShapeException("measure", "expected a measure number of at least two parts, "
          + "the section's number first (e.g. \"1.1\"); found \"" + s.measure + "\"");
    }
    MeasureExecution.Builder entry = MeasureExecution.builder().number(number).status(status(s.status));
    if (s.actualDate != null) {
      entry.actualDate(date(s.actualDate, "actualDate"));
    }
    if (s.comment != null) {
      entry.comment(s.comment);
    }
    List<String> evidence = s.evidence;
    if (evidence != null) {
      for (int i = 0; i < evidence.size(); i++) {
        if (evidence.get(i) == null) {
          throw new JsonShapeException("evidence[" + i + "]", "expected a string; found null");
        }
        entry.addEvidence(evidence.get(i));
      }
    }
    return convert("", entry::build);
  }

  /** A status by its id or the officer's own Ukrainian words, in any letter case. */
  private static ExecutionStatus status(String text) {
    return ExecutionStatus.fromText(text).orElseThrow(() -> {
      List<String> ids = new ArrayList<>();
      List<String> words = new ArrayList<>();
      for (ExecutionStatus st : ExecutionStatus.values()) {
        ids.add(st.id());
        words.add(st.ukrainian());
      }
      return new JsonShapeException("status", "expected a status, one of " + ids + " or " + words
          + "; found the string \"" + text + "\"");
    });
  }

  static ReportingPeriod period(String text) {
    return convert("", () -> ReportingPeriod.parse(text));
  }

  // ------------------------------------------------------------------ schedules

  static DueItemShape dueItemShape(DueItem item) {
    return new DueItemShape(item.measure().number().toString(), item.due().toString(),
        item.occurrence().startInclusive().toString(), item.occurrence().endInclusive().toString(),
        item.occurrence().reportOnly(), item.what(), item.deadline());
  }

  // ------------------------------------------------------------------ monitoring results

  static MonitoringResultShape resultShape(MonitoringResult result) {
    Plan plan = result.plan();
    List<AssessmentShape> measures = new ArrayList<>(result.assessments().size());
    List<String> notScheduled = new ArrayList<>();
    for (MeasureAssessment a : result.assessments()) {
      Optional<MeasureExecution> entry = a.entry();
      measures.add(new AssessmentShape(a.number().toString(), a.number().section(), a.standing().id(),
          a.verdict().map(v -> v.id()).orElse(null), a.expected(), a.counted(),
          entry.map(e -> e.status().id()).orElse(null),
          a.dueDate().map(LocalDate::toString).orElse(null),
          entry.flatMap(MeasureExecution::actualDate).map(LocalDate::toString).orElse(null),
          a.onTime().orElse(null), a.inFull(),
          entry.map(MeasureExecution::comment).orElse(""),
          entry.map(MeasureExecution::evidence).orElse(List.of())));
      if (!a.counted()) {
        notScheduled.add(a.number().toString());
      }
    }
    List<SectionCompletionShape> bySection = new ArrayList<>();
    for (Map.Entry<Integer, Completion> e : result.completionBySection().entrySet()) {
      bySection.add(new SectionCompletionShape(e.getKey(),
          plan.section(e.getKey()).map(s -> s.title()).orElse(""), completion(e.getValue())));
    }
    List<ActorCompletionShape> byActor = new ArrayList<>();
    for (Map.Entry<String, Completion> e : result.completionByActor().entrySet()) {
      if (e.getValue().total() > 0) {
        byActor.add(new ActorCompletionShape(e.getKey(), completion(e.getValue())));
      }
    }
    List<Shapes.UnknownEntryShape> unknown = new ArrayList<>();
    for (MeasureExecution e : result.unknownEntries()) {
      unknown.add(new UnknownEntryShape(e.number().toString(), e.status().id(),
          e.actualDate().map(LocalDate::toString).orElse(null), e.comment(), e.evidence()));
    }
    return new MonitoringResultShape(RESULT_FORMAT, RESULT_VERSION,
        new PlanSummaryShape(plan.title(), plan.body(), plan.period().toString()),
        result.report().period().toString(), result.report().asOf().toString(), measures,
        new CompletionsShape(completion(result.completion()), bySection, byActor),
        numbers(result.overdue()), numbers(result.unreported()), notScheduled, unknown);
  }

  private static CompletionShape completion(Completion c) {
    return new CompletionShape(c.total(), c.done(), c.partlyDone(), c.inProgress(), c.notDone(),
        c.notStarted(), c.notReported(), BigDecimal.valueOf(c.percentDone()).setScale(1, RoundingMode.HALF_UP),
        BigDecimal.valueOf(c.percentDoneFullyOrPartly()).setScale(1, RoundingMode.HALF_UP));
  }

  private static List<String> numbers(List<MeasureAssessment> assessments) {
    List<String> out = new ArrayList<>(assessments.size());
    for (MeasureAssessment a : assessments) {
      out.add(a.number().toString());
    }
    return out;
  }

  // ------------------------------------------------------------------ diffs

  static DiffShape diffShape(List<? extends Change> changes) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    DiffReport.counts(changes).forEach((kind, n) -> counts.put(kind.id(), n));
    return new DiffShape(counts, List.copyOf(changes));
  }

  static ChangeShape changeShape(Change change) {
    return change.accept(ToShape.INSTANCE);
  }

  /** Each change kind to its shape. */
  private enum ToShape implements ChangeVisitor<ChangeShape> {
    INSTANCE;

    @Override
    public ChangeShape visit(PlanChanged c) {
      return new PlanChangedShape(c.kind().id(), c.attribute().id(), c.oldValue().orElse(null),
          c.newValue().orElse(null));
    }

    @Override
    public ChangeShape visit(SectionAdded c) {
      return new SectionChangeShape(c.kind().id(), c.section().number(), c.section().title());
    }

    @Override
    public ChangeShape visit(SectionRemoved c) {
      return new SectionChangeShape(c.kind().id(), c.section().number(), c.section().title());
    }

    @Override
    public ChangeShape visit(SectionRenamed c) {
      return new SectionRenamedShape(c.kind().id(), c.number(), c.oldTitle(), c.newTitle());
    }

    @Override
    public ChangeShape visit(MeasureAdded c) {
      return new MeasureChangeShape(c.kind().id(), c.measure());
    }

    @Override
    public ChangeShape visit(MeasureRemoved c) {
      return new MeasureChangeShape(c.kind().id(), c.measure());
    }

    @Override
    public ChangeShape visit(MeasureMoved c) {
      return new MeasureNumbersShape(c.kind().id(), c.oldNumber().toString(), c.newNumber().toString());
    }

    @Override
    public ChangeShape visit(MeasureRenumbered c) {
      return new MeasureNumbersShape(c.kind().id(), c.oldNumber().toString(), c.newNumber().toString());
    }

    @Override
    public ChangeShape visit(MeasureModified c) {
      List<FieldChangeShape> fields = new ArrayList<>(c.changes().size());
      for (FieldChange f : c.changes()) {
        fields.add(new FieldChangeShape(f.field().id(),
            f.year().isPresent() ? Integer.valueOf(f.year().getAsInt()) : null, f.oldValues(), f.newValues()));
      }
      return new MeasureModifiedShape(c.kind().id(), c.oldNumber().toString(), c.newNumber().toString(),
          fields);
    }

    @Override
    public ChangeShape visit(RiskAdded c) {
      return new RiskChangeShape(c.kind().id(), JsonMapping.riskShape(c.risk(), c.level().orElse(null)));
    }

    @Override
    public ChangeShape visit(RiskRemoved c) {
      return new RiskChangeShape(c.kind().id(), JsonMapping.riskShape(c.risk(), c.level().orElse(null)));
    }

    @Override
    public ChangeShape visit(RiskModified c) {
      List<FieldChangeShape> fields = new ArrayList<>(c.changes().size());
      for (RiskFieldChange f : c.changes()) {
        fields.add(new FieldChangeShape(f.field().id(), null, f.oldValues(), f.newValues()));
      }
      return new RiskModifiedShape(c.kind().id(), c.oldId(), c.newId(), fields,
          c.oldLevel().map(RiskLevel::id).orElse(null), c.newLevel().map(RiskLevel::id).orElse(null));
    }
  }

  // ------------------------------------------------------------------ helpers

  private static LocalDate date(String text, String path) {
    try {
      return JsonMapping.isoDate(text);
    } catch (DateTimeException e) {
      throw new JsonShapeException(path, "expected an ISO date like \"2020-06-30\"; found the string \"" + text
          + "\"", e);
    }
  }

  private static <T> T convert(String path, java.util.function.Supplier<T> step) {
    try {
      return step.get();
    } catch (JsonShapeException e) {
      throw e;
    } catch (IllegalArgumentException | NullPointerException | IllegalStateException e) {
      throw new JsonShapeException(path, String.valueOf(e.getMessage()), e);
    }
  }
}
