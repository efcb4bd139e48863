package io.github.acplan.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.acplan.core.Measure;
import io.github.acplan.core.fixtures.PlanGenerators;
import io.github.acplan.core.similarity.WordStems;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlanValidatorPropertiesTest {

  /** Prefix filtering is an optimisation: it must find exactly the pairs an all-pairs scan finds. */
  @Test
  void nearDuplicatesFoundByTheIndexAreExactlyThoseOfAnAllPairsScan() {
    double[] thresholds = {0.3, 0.5, 0.6, 0.8, 1.0};
    qt().withExamples(1000).forAll(PlanGenerators.plans(), integers().between(0, thresholds.length - 1))
        .checkAssert((plan, t) -> {
          double threshold = thresholds[t];
          List<String> expected = new ArrayList<>();
          List<Measure> ms = plan.measures();
          for (int i = 0; i < ms.size(); i++) {
            for (int j = 0; j < i; j++) {
              var a = WordStems.of(ms.get(j).name());
              var b = WordStems.of(ms.get(i).name());
              if (!a.isEmpty() && !b.isEmpty() && WordStems.jaccard(a, b) >= threshold) {
                expected.add(ms.get(i).number() + "~" + ms.get(j).number());
              }
            }
          }
          List<String> found = ValidationRules.nearDuplicateMeasures(threshold).check(plan).stream()
              .map(f -> f.path().measure().orElseThrow() + "~" + f.messageEn().split(" ")[5])
              .toList();
          assertThat(found).containsExactlyInAnyOrderElementsOf(expected);
        });
  }

  @Test
  void theReportIsSortedAndSwitchingACodeOffRemovesExactlyItsFindings() {
    qt().forAll(PlanGenerators.plans()).checkAssert(plan -> {
      ValidationReport all = PlanValidator.standard().validate(plan);
      assertThat(all.findings()).isSorted();
      for (String code : PlanValidator.standard().codes()) {
        ValidationReport without = PlanValidator.standard().without(code).validate(plan);
        assertThat(without.findings()).containsExactlyElementsOf(
            all.findings().stream().filter(f -> !f.code().equals(code)).toList());
      }
    });
  }

  @Test
  void validationNeverThrowsAndErrorsMeanSomeCellIsEmpty() {
    qt().forAll(PlanGenerators.plans()).checkAssert(plan -> {
      ValidationReport report = PlanValidator.standard().validate(plan);
      boolean emptyCell = plan.title().isBlank() || plan.measures().stream().anyMatch(m -> m.name().isBlank()
          || m.deadline().text().isBlank() || m.responsible().isEmpty() && m.responsible().text().isBlank());
      assertThat(report.hasErrors()).isEqualTo(emptyCell);
    });
  }

}
