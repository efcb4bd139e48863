package io.github.acplan.core.monitoring;

import io.github.acplan.core.Actor;
import io.github.acplan.core.MeasureNumber;
import io.github.acplan.core.Plan;
import io.github.acplan.core.Section;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A monitoring report read against its plan: an assessment of every measure, in the order of the plan,
 * the lists by standing, the measures the report leaves out, the entries for measures the plan does not
 * have, and completion figures overall, per section and per responsible actor.
 *
 * <p>Made by {@link ExecutionMonitor#assess(ExecutionReport)}. This class is immutable and thread-safe.
 */
public final class MonitoringResult {

  private final Plan plan;
  private final ExecutionReport report;
  private final List<MeasureAssessment> assessments;
  private final List<MeasureExecution> unknownEntries;
  private final Completion completion;
  private final Map<Integer, Completion> bySection;
  private final Map<String, Completion> byActor;

  MonitoringResult(Plan plan, ExecutionReport report, List<MeasureAssessment> assessments,
      List<MeasureExecution> unknownEntries) {
    this.plan = Objects.requireNonNull(plan, "plan");
    this.report = Objects.requireNonNull(report, "report");
    this.assessments = Objects.requireNonNull(assessments, "assessments");
    this.unknownEntries = Objects.requireNonNull(unknownEntries, "unknownEntries");
    this.completion = Completion.of(assessments);
    this.bySection = bySection(plan, assessments);
    this.byActor = byActor(assessments);
  }

  private static Map<Integer, Completion> bySection(Plan plan, List<MeasureAssessment> all) {
    // One pass over the assessments, grouped under every section of the plan in plan order.
    Map<Integer, List<MeasureAssessment>> groups = new LinkedHashMap<>();
    for (Section s : plan.sections()) {
      groups.put(s.number(), new ArrayList<>());
    }
    for (MeasureAssessment a : all) {
      List<MeasureAssessment> group = groups.get(a.number().section());
      if (group != null) {
        group.add(a);
      }
    }
    Map<Integer, Completion> map = new LinkedHashMap<>();
    groups.forEach((section, group) -> map.put(section, Completion.of(group)));
    return Collections.unmodifiableMap(map);
  }

  private static Map<String, Completion> byActor(List<MeasureAssessment> all) {
    Map<String, List<MeasureAssessment>> groups = new LinkedHashMap<>();
    for (MeasureAssessment a : all) {
      for (String name : actorNames(a)) {
        List<MeasureAssessment> group = groups.computeIfAbsent(name, k -> new ArrayList<>());
        // A cell may name the same actor twice; the measure still counts once for it.
        if (group.isEmpty() || group.get(group.size() - 1) != a) {
          group.add(a);
        }
      }
    }
    Map<String, Completion> map = new LinkedHashMap<>();
    groups.forEach((name, group) -> map.put(name, Completion.of(group)));
    return Collections.unmodifiableMap(map);
  }

  private static List<String> actorNames(MeasureAssessment a) {
    List<String> names = new ArrayList<>();
    for (Actor actor : a.measure().responsible().actors()) {
      // A cell lists its first actor with a capital and the others after commas in lower case
      // ("Відділ з правових питань, головний спеціаліст …"): the same actor either way.
      String name = actor.name();
      names.add(name.isEmpty() ? name : name.substring(0, 1).toUpperCase(Locale.ROOT) + name.substring(1));
    }
    String text = a.measure().responsible().text().strip();
    if (names.isEmpty() && !text.isEmpty()) {
      names.add(text);
    }
    return names;
  }

  /**
   * Returns the plan.
   *
   * @return the plan reported on
   */
  public Plan plan() {
    return plan;
  }

  /**
   * Returns the report.
   *
   * @return the report assessed
   */
  public ExecutionReport report() {
    return report;
  }

  /**
   * Returns the assessment of every measure of the plan, in the order of the plan.
   *
   * @return one assessment per measure
   */
  public List<MeasureAssessment> assessments() {
    return assessments;
  }

  /**
   * Finds the assessment of a measure.
   *
   * @param number the measure number
   * @return the assessment, or empty if the plan has no such measure
   */
  public Optional<MeasureAssessment> assessment(MeasureNumber number) {
    Objects.requireNonNull(number, "number");
    for (MeasureAssessment a : assessments) {
      if (a.number().equals(number)) {
        return Optional.of(a);
      }
    }
    return Optional.empty();
  }

  /**
   * Returns the assessments with the given standing, in the order of the plan.
   *
   * @param standing the standing
   * @return the assessments, possibly empty
   */
  public List<MeasureAssessment> withStanding(Standing standing) {
    Objects.requireNonNull(standing, "standing");
    List<MeasureAssessment> out = new ArrayList<>();
    for (MeasureAssessment a : assessments) {
      if (a.standing() == standing) {
        out.add(a);
      }
    }
    return List.copyOf(out);
  }

  /**
   * Returns the measures done in full.
   *
   * @return the assessments standing {@link Standing#DONE}, in plan order
   */
  public List<MeasureAssessment> done() {
    return withStanding(Standing.DONE);
  }

  /**
   * Returns the measures overdue on the report's date.
   *
   * @return the assessments standing {@link Standing#OVERDUE}, in plan order
   */
  public List<MeasureAssessment> overdue() {
    return withStanding(Standing.OVERDUE);
  }

  /**
   * Returns the measures whose term runs on the report's date.
   *
   * @return the assessments standing {@link Standing#DUE}, in plan order
   */
  public List<MeasureAssessment> due() {
    return withStanding(Standing.DUE);
  }

  /**
   * Returns the measures whose terms in the period have not begun.
   *
   * @return the assessments standing {@link Standing#NOT_YET_DUE}, in plan order
   */
  public List<MeasureAssessment> notYetDue() {
    return withStanding(Standing.NOT_YET_DUE);
  }

  /**
   * Returns the duties without a due date of their own, which are reported on but never overdue.
   *
   * @return the assessments standing {@link Standing#REPORTABLE}, in plan order
   */
  public List<MeasureAssessment> reportable() {
    return withStanding(Standing.REPORTABLE);
  }

  /**
   * Returns the measures with nothing in the period.
   *
   * @return the assessments standing {@link Standing#NOT_SCHEDULED}, in plan order
   */
  public List<MeasureAssessment> notScheduled() {
    return withStanding(Standing.NOT_SCHEDULED);
  }

  /**
   * Returns the measures that had to be reported on in the period and that the report says nothing of.
   *
   * @return the {@linkplain MeasureAssessment#expected() expected} assessments without an entry, in plan
   *     order
   */
  public List<MeasureAssessment> unreported() {
    List<MeasureAssessment> out = new ArrayList<>();
    for (MeasureAssessment a : assessments) {
      if (a.expected() && a.entry().isEmpty()) {
        out.add(a);
      }
    }
    return List.copyOf(out);
  }

  /**
   * Returns the report's entries whose measure number is not in the plan: a typo or a report on another
   * version of the plan. They are kept here rather than dropped, and count nowhere else.
   *
   * @return the entries, in the report's order, possibly empty
   */
  public List<MeasureExecution> unknownEntries() {
    return unknownEntries;
  }

  /**
   * Returns the completion figures of the whole plan.
   *
   * @return the counts over the {@linkplain MeasureAssessment#counted() counted} measures
   */
  public Completion completion() {
    return completion;
  }

  /**
   * Returns the completion figures of each section, keyed by section number in the order of the plan.
   * Every section is listed, with zero counts if none of its measures is counted; the sections' figures
   * sum to {@link #completion()}.
   *
   * @return the counts by section
   */
  public Map<Integer, Completion> completionBySection() {
    return bySection;
  }

  /**
   * Returns the completion figures of each responsible actor, keyed by the actor's
   * {@linkplain Actor#name() name} (without its qualifier, its first letter in upper case, so that
   * "головний спеціаліст" later in a cell is the same actor as "Головний спеціаліст" at its head) in the
   * order actors first appear in the plan.
   * A measure counts once for each actor it names, so these figures overlap; a measure whose cell names
   * no actor counts under the cell's text, and one with an empty cell under none.
   *
   * @return the counts by actor
   */
  public Map<String, Completion> completionByActor() {
    return byActor;
  }

  /**
   * Returns a one-line summary for logs and test failures.
   *
   * @return e.g. "2020-H1 as of 2020-06-30: 30 counted, 12 done, 2 overdue, 1 unreported"
   */
  @Override
  public String toString() {
    return report.period() + " as of " + report.asOf() + ": " + completion.total() + " counted, "
        + completion.done() + " done, " + overdue().size() + " overdue, " + unreported().size() + " unreported"
        + (unknownEntries.isEmpty() ? "" : ", " + unknownEntries.size() + " unknown entries");
  }
}
