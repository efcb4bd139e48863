package io.github.acplan.core.rollover;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.acplan.core.Plan;
import io.github.acplan.core.diff.Change;
import io.github.acplan.core.diff.ChangeKind;
import io.github.acplan.core.diff.PlanDiff;
import io.github.acplan.core.fixtures.PlanGenerators;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlanRolloverPropertiesTest {

  /**
   * The generated texts name years from the year before the period to the year after it, plus years
   * that never move (1995, a standard's 2015); those stay outside both windows for shifts of up to 3.
   * The approval is cleared by a rollover, so it is compared without it.
   */
  @Test
  void rollingForwardThenBackGivesTheOriginalPlan() {
    qt().withExamples(500).forAll(PlanGenerators.plans(), integers().between(-3, 3)).checkAssert((plan, years) -> {
      int first = plan.period().firstYear();
      Plan there = PlanRollover.toYear(plan, first + years).plan();
      Plan back = PlanRollover.toYear(there, first).plan();
      assertThat(back).isEqualTo(plan.withApproval(java.util.Optional.empty()));
    });
  }

  @Test
  void theDiffOfARolloverHasOnlyPlanChangesAndModificationsInPlace() {
    qt().forAll(PlanGenerators.plans(), integers().between(1, 3)).checkAssert((plan, years) -> {
      RolloverResult result = PlanRollover.toYear(plan, plan.period().firstYear() + years);
      List<Change> changes = PlanDiff.between(plan, result.plan());
      for (Change c : changes) {
        assertThat(c.kind()).isIn(ChangeKind.PLAN_CHANGED, ChangeKind.MEASURE_MODIFIED,
            ChangeKind.SECTION_RENAMED);
      }
      long edited = result.edits().stream().map(e -> e.path().replaceAll("/(indicators|expected-results)$",
          "/list")).distinct().count();
      assertThat(result.edits()).isNotEmpty();
      assertThat(changes).isNotEmpty();
      assertThat(edited).isGreaterThanOrEqualTo(changes.size());
    });
  }
}
