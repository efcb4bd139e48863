package io.github.acplan.core.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.acplan.core.Plan;
import io.github.acplan.core.fixtures.PlanGenerators;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class PlanDiffPropertiesTest {

  @Test
  void aPlanHasNoChangesAgainstItself() {
    qt().forAll(PlanGenerators.plans()).checkAssert(a -> assertThat(PlanDiff.between(a, a)).isEmpty());
  }

  /** The generators build deadlines from text alone, so deadline text equality is deadline equality. */
  @Test
  void theDiffIsEmptyExactlyWhenThePlansAreEqual() {
    qt().withExamples(2000).forAll(PlanGenerators.pairs()).checkAssert(p ->
        assertThat(PlanDiff.between(p[0], p[1]).isEmpty()).isEqualTo(p[0].equals(p[1])));
  }

  @Test
  void swappingThePlansSwapsAddedAndRemovedAndKeepsTheCount() {
    qt().withExamples(2000).forAll(PlanGenerators.pairs()).checkAssert(p -> {
      List<Change> forward = PlanDiff.between(p[0], p[1]);
      List<Change> backward = PlanDiff.between(p[1], p[0]);
      assertThat(backward).hasSameSizeAs(forward);
      Map<ChangeKind, Integer> inverted = new TreeMap<>();
      DiffReport.counts(forward).forEach((k, n) -> inverted.put(k.inverse(), n));
      assertThat(new TreeMap<>(DiffReport.counts(backward))).isEqualTo(inverted);
    });
  }

  @Test
  void theOrderOfChangesIsDeterministic() {
    qt().forAll(PlanGenerators.pairs()).checkAssert(p ->
        assertThat(PlanDiff.between(p[0], p[1])).isEqualTo(PlanDiff.between(p[0], p[1])));
  }

  @Test
  void everyRemovedMeasureIsInTheOlderPlanAndEveryAddedOneInTheNewer() {
    qt().forAll(PlanGenerators.pairs()).checkAssert(p -> {
      Plan a = p[0];
      Plan b = p[1];
      for (Change c : PlanDiff.between(a, b)) {
        if (c instanceof MeasureRemoved) {
          assertThat(a.measures()).contains(((MeasureRemoved) c).measure());
        } else if (c instanceof MeasureAdded) {
          assertThat(b.measures()).contains(((MeasureAdded) c).measure());
        }
      }
    });
  }
}
