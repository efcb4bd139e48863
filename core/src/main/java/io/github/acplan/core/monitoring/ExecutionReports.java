package io.github.acplan.core.monitoring;

import io.github.acplan.core.MeasureNumber;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Operations on {@link ExecutionReport}s: rolling reports of shorter periods up into a longer one.
 */
public final class ExecutionReports {

  private ExecutionReports() {}

  /**
   * Rolls reports of parts of a period up into a report of the whole: 2020-Q1 and 2020-Q2 give 2020-H1;
   * 2020-H1 and 2020-Q3 give 2020-9M; 2020-9M and 2020-Q4, or 2020-H1 and 2020-H2, give 2020.
   *
   * <p>The parts must lie in the target and together cover it from its first day to its last without a
   * gap; they may overlap (2020-H1 and 2020-9M). The parts are taken in order of their reporting dates,
   * then of their periods ({@link ReportingPeriod#compareTo}): for each measure the entry of the latest
   * part that reports it wins (status, actual date, comment), and its evidence links are those of all
   * the parts that report it, in that order, each once (an entry reported by one part only is kept as it
   * is, so parts that report distinct measures roll up to exactly their entries). Measures are listed in
   * the order they first appear. The result's reporting date is the latest part's.
   *
   * @param target the period of the result
   * @param parts the reports of its parts, in any order
   * @return the report for {@code target}
   * @throws IllegalArgumentException if there are no parts, a part lies outside the target, two parts
   *     have the same period, or the parts leave days of the target uncovered (the message names them)
   */
  public static ExecutionReport rollUp(ReportingPeriod target, List<ExecutionReport> parts) {
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(parts, "parts");
    if (parts.isEmpty()) {
      throw new IllegalArgumentException("Roll-up to " + target + ": no reports to roll up");
    }
    Set<ReportingPeriod> periods = new HashSet<>();
    for (ExecutionReport part : parts) {
      Objects.requireNonNull(part, "part");
      if (!target.encloses(part.period())) {
        throw new IllegalArgumentException("Roll-up to " + target + ": the report for " + part.period()
            + " lies outside " + target.startInclusive() + ".." + target.endInclusive());
      }
      if (!periods.add(part.period())) {
        throw new IllegalArgumentException(
            "Roll-up to " + target + ": two reports are for the same period " + part.period());
      }
    }
    checkCovered(target, parts);

    List<ExecutionReport> ordered = new ArrayList<>(parts);
    ordered.sort(Comparator.comparing(ExecutionReport::asOf).thenComparing(ExecutionReport::period));
    Map<MeasureNumber, MeasureExecution> merged = new LinkedHashMap<>();
    for (ExecutionReport part : ordered) {
      for (MeasureExecution e : part.entries()) {
        MeasureExecution before = merged.get(e.number());
        if (before == null) {
          merged.put(e.number(), e);
        } else {
          Set<String> links = new LinkedHashSet<>(before.evidence());
          links.addAll(e.evidence());
          merged.put(e.number(), e.withEvidence(links));
        }
      }
    }
    return ExecutionReport.builder()
        .period(target)
        .asOf(ordered.get(ordered.size() - 1).asOf())
        .entries(merged.values())
        .build();
  }

  private static void checkCovered(ReportingPeriod target, List<ExecutionReport> parts) {
    List<ReportingPeriod> byStart = new ArrayList<>();
    for (ExecutionReport part : parts) {
      byStart.add(part.period());
    }
    byStart.sort(Comparator.comparing(ReportingPeriod::startInclusive));
    List<String> gaps = new ArrayList<>();
    LocalDate next = target.startInclusive();
    for (ReportingPeriod p : byStart) {
      if (p.startInclusive().isAfter(next)) {
        gaps.add(next + ".." + p.startInclusive().minusDays(1));
      }
      LocalDate after = p.endInclusive().plusDays(1);
      if (after.isAfter(next)) {
        next = after;
      }
    }
    if (!next.isAfter(target.endInclusive())) {
      gaps.add(next + ".." + target.endInclusive());
    }
    if (!gaps.isEmpty()) {
      throw new IllegalArgumentException("Roll-up to " + target + ": no report covers " + String.join(", ", gaps)
          + " (reports given for " + byStart + ")");
    }
  }
}
