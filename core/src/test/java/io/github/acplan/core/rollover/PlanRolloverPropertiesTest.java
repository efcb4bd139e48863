package io.github.acplan.core.rollover;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.acplan.core.Plan;
import io.github.acplan.core.fixtures.PlanGenerators;
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

  /** The diff of a plan and its rollover names exactly the fields the rollover says it edited. */
  @Test
  void theDiffOfARolloverShowsExactlyItsEdits() {
    qt().forAll(PlanGenerators.plans(), integers().between(-3, 3)).checkAssert((plan, years) -> {
      RolloverResult result = PlanRollover.toYear(plan, plan.period().firstYear() + years);
      assertThat(RolloverPaths.fromDiff(plan, result.plan())).isEqualTo(RolloverPaths.fromEdits(result));
    });
  }
}
