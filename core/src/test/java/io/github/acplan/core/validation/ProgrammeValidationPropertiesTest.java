package io.github.acplan.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.acplan.core.MeasureNumber;
import io.github.acplan.core.Plan;
import io.github.acplan.core.risk.CorruptionRisk;
import io.github.acplan.core.risk.RiskScale;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ProgrammeValidationPropertiesTest {

  /** The NAZK scale and a five-step one, to check that the rule reads the plan's scale. */
  private static final List<RiskScale> SCALES = List.of(RiskScale.NAZK_2021, RiskScale.of(1, 5, 5, 15));

  private static Plan programme(RiskScale scale, int probability, int consequence, boolean linked) {
    CorruptionRisk.Builder risk = CorruptionRisk.builder().id("R-1").function("Публічні закупівлі")
        .risk("Дискримінаційні вимоги до учасників").probability(probability).consequence(consequence);
    if (linked) {
      risk.addMeasures(MeasureNumber.parse("1.1"));
    }
    return ProgrammeValidationTest.programme().withRiskScale(scale)
        .withMeasuresMustAddressRisks(false).withRisks(List.of(risk.build()));
  }

  /**
   * The off-scale finding appears for exactly the scores outside the scale, and the high-risk finding
   * exactly when both scores are on the scale, their product reaches the high threshold and no measure
   * is linked (the level is worked out here from the scale's bounds, not by the code under test).
   */
  @Test
  void offScaleAndHighRiskFindingsAppearExactlyWhenTheyShould() {
    qt().withExamples(2000)
        .forAll(integers().between(0, SCALES.size() - 1), integers().between(-2, 7), integers().between(-2, 7),
            booleans().all())
        .checkAssert((s, probability, consequence, linked) -> {
          RiskScale scale = SCALES.get(s);
          Plan plan = programme(scale, probability, consequence, linked);
          ValidationReport report = PlanValidator.standard().validate(plan);

          Set<String> expectedOff = new HashSet<>();
          boolean probabilityOn = probability >= scale.minScore() && probability <= scale.maxScore();
          boolean consequenceOn = consequence >= scale.minScore() && consequence <= scale.maxScore();
          if (!probabilityOn) {
            expectedOff.add("risk R-1/probability");
          }
          if (!consequenceOn) {
            expectedOff.add("risk R-1/consequence");
          }
          assertThat(report.findings(FindingCodes.RISK_SCORE_OFF_SCALE))
              .extracting(f -> f.path().toString())
              .containsExactlyInAnyOrderElementsOf(expectedOff);
          for (Finding f : report.findings(FindingCodes.RISK_SCORE_OFF_SCALE)) {
            int value = f.path().field().orElseThrow() == PlanField.PROBABILITY ? probability : consequence;
            assertThat(f.messageEn()).contains("R-1", " " + value + " ",
                scale.minScore() + "–" + scale.maxScore());
          }

          int product = probability * consequence;
          boolean onScale = probabilityOn && consequenceOn;
          boolean high = onScale && product >= scale.highFrom();
          boolean medium = onScale && !high && product >= scale.mediumFrom();
          assertThat(report.findings(FindingCodes.HIGH_RISK_WITHOUT_MEASURE)).hasSize(high && !linked ? 1 : 0);
          assertThat(report.findings(FindingCodes.MEDIUM_RISK_WITHOUT_MEASURE))
              .hasSize(medium && !linked ? 1 : 0);
          // Nothing else: the rest of the programme is clean.
          assertThat(report.findings()).hasSize(expectedOff.size() + (high && !linked ? 1 : 0)
              + (medium && !linked ? 1 : 0));
        });
  }

  /** With links required, exactly the measures no risk links to are reported. */
  @Test
  void measuresWithoutRiskAreExactlyTheUnlinkedOnes() {
    Plan base = ProgrammeValidationTest.programme();
    List<MeasureNumber> all = base.measures().stream().map(m -> m.number()).toList();
    qt().withExamples(500)
        .forAll(integers().between(0, (1 << all.size()) - 1), integers().between(0, (1 << all.size()) - 1))
        .checkAssert((mask1, mask2) -> {
          CorruptionRisk r1 = base.risks().get(0).withMeasures(pick(all, mask1));
          CorruptionRisk r2 = base.risks().get(1).withMeasures(pick(all, mask2));
          Plan plan = base.withRisks(List.of(r1, r2));
          Set<String> expected = new HashSet<>();
          for (int i = 0; i < all.size(); i++) {
            if ((mask1 & 1 << i) == 0 && (mask2 & 1 << i) == 0) {
              expected.add(all.get(i).toString());
            }
          }
          assertThat(PlanValidator.standard().validate(plan).findings(FindingCodes.MEASURE_WITHOUT_RISK))
              .extracting(f -> f.path().toString())
              .containsExactlyInAnyOrderElementsOf(expected);
          assertThat(PlanValidator.standard().validate(plan.withMeasuresMustAddressRisks(false))
              .findings(FindingCodes.MEASURE_WITHOUT_RISK)).isEmpty();
        });
  }

  private static List<MeasureNumber> pick(List<MeasureNumber> all, int mask) {
    return java.util.stream.IntStream.range(0, all.size()).filter(i -> (mask & 1 << i) != 0)
        .mapToObj(all::get).toList();
  }
}
