package io.github.acplan.core.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.acplan.calendar.WorkingCalendar;
import io.github.acplan.core.Measure;
import io.github.acplan.core.MeasureNumber;
import io.github.acplan.core.Plan;
import io.github.acplan.core.PlanPeriod;
import io.github.acplan.core.fixtures.SeedPlan;
import io.github.acplan.core.schedule.DeadlineSchedule;
import io.github.acplan.core.schedule.Occurrence;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.impl.Constraint;

class ExecutionMonitorPropertiesTest {

  private static final Plan SEED = SeedPlan.plan();
  private static final LocalDate YEAR_START = LocalDate.of(2020, 1, 1);
  private static final ExecutionStatus[] STATUSES = ExecutionStatus.values();

  private static int pick(RandomnessSource in, int min, int max) {
    return (int) in.next(Constraint.between(min, max));
  }

  private static LocalDate dayIn(RandomnessSource in, LocalDate first, LocalDate last) {
    return first.plusDays(pick(in, 0, (int) (last.toEpochDay() - first.toEpochDay())));
  }

  /** An entry of random status, with or without an actual date in the period, comment and evidence. */
  private static MeasureExecution entry(RandomnessSource in, MeasureNumber number, ReportingPeriod period) {
    MeasureExecution.Builder e = MeasureExecution.builder().number(number)
        .status(STATUSES[pick(in, 0, STATUSES.length - 1)]);
    if (pick(in, 0, 1) == 1) {
      e.actualDate(dayIn(in, period.startInclusive(), period.endInclusive()));
    }
    for (int i = pick(in, 0, 2); i > 0; i--) {
      e.addEvidence("https://example.gov.ua/" + pick(in, 1, 4));
    }
    return e.comment(pick(in, 0, 1) == 1 ? "Коментар " + pick(in, 1, 9) : "").build();
  }

  /** A report on the seed plan for any period of 2020, on any day of it, with random entries. */
  private static Gen<ExecutionReport> seedReports() {
    return in -> {
      ReportingPeriod.Span[] spans = ReportingPeriod.Span.values();
      ReportingPeriod period = ReportingPeriod.of(2020, spans[pick(in, 0, spans.length - 1)]);
      ExecutionReport.Builder r = ExecutionReport.builder().period(period)
          .asOf(dayIn(in, period.startInclusive(), period.endInclusive()));
      for (Measure m : SEED.measures()) {
        if (pick(in, 0, 3) > 0) {
          r.addEntries(entry(in, m.number(), period));
        }
      }
      if (pick(in, 0, 4) == 0) {
        r.addEntries(entry(in, MeasureNumber.parse("9.9"), period));
      }
      return r.build();
    };
  }

  /**
   * Weekends off, and up to three days off in a row from some of the ends of the quarters of 2020, where
   * the seed's terms end: the days off move those due dates.
   */
  private static Gen<Set<LocalDate>> extraDaysOff() {
    return in -> {
      Set<LocalDate> off = new HashSet<>();
      for (int month = 3; month <= 12; month += 3) {
        LocalDate end = LocalDate.of(2020, month, 1).withDayOfMonth(LocalDate.of(2020, month, 1).lengthOfMonth());
        for (int i = pick(in, 0, 3) - 1; i >= 0; i--) {
          off.add(end.plusDays(i));
        }
      }
      return off;
    };
  }

  private static WorkingCalendar calendar(Set<LocalDate> off) {
    return d -> d.getDayOfWeek().getValue() < 6 && !off.contains(d);
  }

  @Test
  void completionStaysWithinZeroAndOneHundredAndSectionsSumToTheTotal() {
    ExecutionMonitor monitor = ExecutionMonitor.of(SEED, calendar(Set.of()));
    qt().forAll(seedReports()).checkAssert(report -> {
      MonitoringResult result = monitor.assess(report);
      Completion all = result.completion();
      assertThat(all.percentDone()).isBetween(0.0, 100.0);
      assertThat(result.completionBySection().values()).allSatisfy(
          c -> assertThat(c.percentDone()).isBetween(0.0, 100.0));
      assertThat(result.completionBySection().values().stream().reduce(Completion.none(), Completion::plus))
          .isEqualTo(all);
      assertThat(result.completionByActor().values()).allSatisfy(c -> {
        assertThat(c.percentDone()).isBetween(0.0, 100.0);
        assertThat(c.total()).isLessThanOrEqualTo(all.total());
      });
      assertThat(all.total()).isEqualTo(result.assessments().stream().filter(MeasureAssessment::counted).count());
      assertThat(all.done()).isEqualTo(result.done().size());
      assertThat(all.notReported()).isEqualTo(result.unreported().size());
      // Every entry is either a measure's or listed as unknown: none is dropped.
      long matched = result.assessments().stream().filter(a -> a.entry().isPresent()).count();
      assertThat(matched + result.unknownEntries().size()).isEqualTo(report.entries().size());
    });
  }

  @Test
  void aMeasureIsOverdueExactlyWhenATermInTheYearEndedBeforeTheDate() {
    qt().forAll(extraDaysOff(), days()).checkAssert((off, date) -> {
      WorkingCalendar calendar = calendar(off);
      DeadlineSchedule schedule = DeadlineSchedule.of(PlanPeriod.ofYear(2020), calendar);
      Set<MeasureNumber> overdue = numbers(ExecutionMonitor.of(SEED, schedule).overdueOn(date));
      for (Measure m : SEED.measures()) {
        // Computed here from the deadline schedule alone: the terms of 2020 (window from 1 January to
        // 31 December, up to its shifted due date) whose due date is before the date.
        boolean termEnded = false;
        for (Occurrence o : schedule.occurrences(m.deadline())) {
          boolean in2020 = !o.startInclusive().isAfter(LocalDate.of(2020, 12, 31)) && !o.due().isBefore(YEAR_START);
          if (!o.reportOnly() && in2020) {
            termEnded |= o.due().isBefore(date);
            if (!date.isAfter(o.due()) && !date.isBefore(o.endInclusive())) {
              // From the last day of the window to the due date, which is later only when the days
              // between are days off (Civil Code art. 254 part 5): never overdue because of this term.
              assertThat(date.equals(o.due()) || calendar.isDayOff(date)).as("%s of %s", o, m.number()).isTrue();
            }
          }
        }
        assertThat(overdue.contains(m.number())).as("%s on %s, days off %s", m.number(), date, off)
            .isEqualTo(termEnded);
      }
    });
  }

  @Test
  void aMeasureIsNeverOverdueOnItsDueDateNorOnTheDaysOffThatMovedIt() {
    qt().forAll(extraDaysOff()).checkAssert(off -> {
      WorkingCalendar calendar = calendar(off);
      DeadlineSchedule schedule = DeadlineSchedule.of(PlanPeriod.ofYear(2020), calendar);
      ExecutionMonitor monitor = ExecutionMonitor.of(SEED, schedule);
      for (Measure m : SEED.measures()) {
        for (Occurrence o : schedule.occurrences(m.deadline())) {
          if (o.reportOnly() || o.due().getYear() != 2020) {
            continue;
          }
          // The last day of the window, the days off after it, and the due date itself.
          for (LocalDate d = o.endInclusive(); !d.isAfter(o.due()); d = d.plusDays(1)) {
            MonitoringResult result = monitor.assess(ExecutionReport.builder()
                .period(ReportingPeriod.ofYear(2020)).asOf(d).build());
            MeasureAssessment a = result.assessment(m.number()).orElseThrow();
            if (a.standing() == Standing.OVERDUE) {
              // Only because of an earlier term.
              assertThat(a.dueDate().orElseThrow()).as("%s on %s", m.number(), d).isBefore(o.endInclusive());
            } else {
              assertThat(a.standing()).isEqualTo(Standing.DUE);
            }
          }
        }
      }
    });
  }

  private static Gen<LocalDate> days() {
    return in -> dayIn(in, YEAR_START, LocalDate.of(2020, 12, 31));
  }

  private static Set<MeasureNumber> numbers(List<MeasureAssessment> assessments) {
    Set<MeasureNumber> out = new LinkedHashSet<>();
    assessments.forEach(a -> out.add(a.number()));
    return out;
  }

  /** Two quarterly reports on disjoint random sets of the seed's measures. */
  private static Gen<ExecutionReport[]> quarters(boolean overlapping) {
    return in -> {
      ReportingPeriod q1 = ReportingPeriod.parse("2020-Q1");
      ReportingPeriod q2 = ReportingPeriod.parse("2020-Q2");
      List<MeasureExecution> first = new ArrayList<>();
      List<MeasureExecution> second = new ArrayList<>();
      for (Measure m : SEED.measures()) {
        int where = pick(in, 0, overlapping ? 3 : 2);
        if (where == 1 || where == 3) {
          first.add(entry(in, m.number(), q1));
        }
        if (where == 2 || where == 3) {
          second.add(entry(in, m.number(), q2));
        }
      }
      return new ExecutionReport[] {
          ExecutionReport.builder().period(q1).entries(first).build(),
          ExecutionReport.builder().period(q2).entries(second).build()};
    };
  }

  @Test
  void twoDisjointQuartersRollUpToTheHalfYearView() {
    ExecutionMonitor monitor = ExecutionMonitor.of(SEED, calendar(Set.of()));
    ReportingPeriod h1 = ReportingPeriod.parse("2020-H1");
    qt().forAll(quarters(false)).checkAssert(q -> {
      List<ExecutionReport> parts = pick(q[0].entries().size(), q[1].entries().size()) ? List.of(q[0], q[1])
          : List.of(q[1], q[0]);
      ExecutionReport rolled = ExecutionReports.rollUp(h1, parts);
      List<MeasureExecution> all = new ArrayList<>(q[0].entries());
      all.addAll(q[1].entries());
      ExecutionReport direct = ExecutionReport.builder().period(h1).entries(all).build();
      assertThat(rolled).isEqualTo(direct);
      assertThat(monitor.assess(rolled).assessments()).isEqualTo(monitor.assess(direct).assessments());
    });
  }

  @Test
  void whenQuartersOverlapTheSecondQuarterWinsAndEvidenceIsUnited() {
    ReportingPeriod h1 = ReportingPeriod.parse("2020-H1");
    qt().forAll(quarters(true)).checkAssert(q -> {
      ExecutionReport rolled = ExecutionReports.rollUp(h1, List.of(q[1], q[0]));
      for (MeasureExecution e : rolled.entries()) {
        var early = q[0].entry(e.number());
        var late = q[1].entry(e.number());
        MeasureExecution winner = late.orElseGet(early::orElseThrow);
        assertThat(e.status()).isEqualTo(winner.status());
        assertThat(e.actualDate()).isEqualTo(winner.actualDate());
        assertThat(e.comment()).isEqualTo(winner.comment());
        if (early.isPresent() && late.isPresent()) {
          Set<String> links = new LinkedHashSet<>(early.get().evidence());
          links.addAll(late.get().evidence());
          assertThat(e.evidence()).containsExactlyElementsOf(links);
        } else {
          assertThat(e).isEqualTo(winner);
        }
      }
      assertThat(rolled.entries()).hasSize(
          (int) SEED.measures().stream().filter(m -> q[0].entry(m.number()).isPresent()
              || q[1].entry(m.number()).isPresent()).count());
    });
  }

  /** Varies the order the parts are given in, by a bit of the input. */
  private static boolean pick(int a, int b) {
    return ((a + b) & 1) == 0;
  }
}
