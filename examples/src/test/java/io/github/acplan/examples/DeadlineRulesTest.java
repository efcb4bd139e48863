package io.github.acplan.examples;

import static io.github.acplan.test.assertions.AcplanAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.acplan.calendar.UkrainianCalendar;
import io.github.acplan.core.Plan;
import io.github.acplan.core.PlanPeriod;
import io.github.acplan.core.deadline.Deadlines;
import io.github.acplan.core.deadline.PeriodUnit;
import io.github.acplan.core.monitoring.ExecutionMonitor;
import io.github.acplan.core.monitoring.MonitoringResult;
import io.github.acplan.core.schedule.DeadlineSchedule;
import io.github.acplan.core.schedule.Occurrence;
import io.github.acplan.core.validation.PlanValidator;
import io.github.acplan.test.fixtures.SeedFixtures;
import io.github.acplan.test.generators.AcplanGenerators;
import io.github.acplan.test.generators.AcplanGens;
import java.time.LocalDate;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class DeadlineRulesTest {

  private static final UkrainianCalendar CALENDAR = UkrainianCalendar.standard();

  @Test
  void everyDueDateOfAnyDeadlineIsAWorkingDay() {
    PlanPeriod year = PlanPeriod.ofYear(2025);
    DeadlineSchedule schedule = DeadlineSchedule.of(year, CALENDAR);
    qt().forAll(AcplanGens.deadlines(year)).checkAssert(deadline -> {
      for (Occurrence o : schedule.occurrences(deadline)) {
        assertThat(CALENDAR).isWorkingDay(o.due());
      }
    });
  }

  @Test
  void aHalfYearEndingOnSundayIsDueOnMonday() {
    DeadlineSchedule schedule = DeadlineSchedule.of(PlanPeriod.ofYear(2024), CALENDAR);
    assertThat(schedule, Deadlines.every(PeriodUnit.HALF_YEAR))
        .dueExactlyOn(LocalDate.of(2024, 7, 1), LocalDate.of(2024, 12, 31));
  }

  @Test
  void theSeedPlanHasNoErrors() {
    assertThat(PlanValidator.standard().validate(SeedFixtures.plan()))
        .hasNoErrors()
        .hasFinding("MISSING_INDICATOR", "6.3");
  }

  @Test
  void anyStatusFileOnAnyPlanIsJudged() {
    SplittableRandom random = new SplittableRandom(2025);
    for (int i = 0; i < 200; i++) {
      Plan plan = AcplanGenerators.plan(random);
      MonitoringResult result = ExecutionMonitor.of(plan, CALENDAR)
          .assess(AcplanGenerators.statusFile(random, plan));
      assertThat(result.completion().done()).isLessThanOrEqualTo(plan.measures().size());
    }
  }
}
