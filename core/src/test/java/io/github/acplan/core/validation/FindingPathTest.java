package io.github.acplan.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.acplan.core.MeasureNumber;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class FindingPathTest {

  private static MeasureNumber n(String number) {
    return MeasureNumber.parse(number);
  }

  @Test
  void existingPathsKeepTheirText() {
    assertThat(FindingPath.plan()).hasToString("plan");
    assertThat(FindingPath.plan(PlanField.TITLE)).hasToString("plan/title");
    assertThat(FindingPath.section(2)).hasToString("section 2");
    assertThat(FindingPath.section(2, PlanField.SECTION_TITLE)).hasToString("section 2/section-title");
    assertThat(FindingPath.measure(n("3.5"))).hasToString("3.5");
    assertThat(FindingPath.measure(n("3.5"), PlanField.EXPECTED_RESULTS)).hasToString("3.5/expected-results");
    assertThat(new FindingPath(OptionalInt.of(3), Optional.of(n("3.5")), Optional.of(PlanField.DEADLINE)))
        .isEqualTo(FindingPath.measure(n("3.5"), PlanField.DEADLINE));
  }

  @Test
  void risksAndYearlyDeadlinesHaveTheirOwnPaths() {
    assertThat(FindingPath.risk("R-2")).hasToString("risk R-2");
    assertThat(FindingPath.risk("R-2", PlanField.PROBABILITY)).hasToString("risk R-2/probability");
    assertThat(FindingPath.risk("R-2", PlanField.PROBABILITY).risk()).hasValue("R-2");
    assertThat(FindingPath.yearlyDeadline(n("2.1"), 2025)).hasToString("2.1/yearly-deadlines[2025]");
    assertThat(FindingPath.yearlyDeadline(n("2.1"), 2025).year()).hasValue(2025);
    assertThat(FindingPath.yearlyDeadline(n("2.1"), 2025).section()).hasValue(2);
  }

  @Test
  void pathsSortPlanThenRegisterThenSectionsAndNumbersInRiskIdsAsNumbers() {
    List<FindingPath> sorted = List.of(
        FindingPath.plan(),
        FindingPath.plan(PlanField.TITLE),
        FindingPath.risk("R-2"),
        FindingPath.risk("R-2", PlanField.RISK),
        FindingPath.risk("R-2", PlanField.PROBABILITY),
        FindingPath.risk("R-10", PlanField.RISK_MEASURES),
        FindingPath.risk("R-10a"),
        FindingPath.section(1),
        FindingPath.measure(n("1.2"), PlanField.DEADLINE),
        FindingPath.yearlyDeadline(n("1.2"), 2024),
        FindingPath.yearlyDeadline(n("1.2"), 2026),
        FindingPath.measure(n("1.2"), PlanField.RESPONSIBLE),
        FindingPath.measure(n("1.10")));
    List<FindingPath> shuffled = new ArrayList<>(sorted);
    Collections.shuffle(shuffled, new java.util.Random(7));
    Collections.sort(shuffled);
    assertThat(shuffled).containsExactlyElementsOf(sorted);
    // Identifiers equal as numbers but written differently are still different paths.
    assertThat(FindingPath.risk("R-01").compareTo(FindingPath.risk("R-1"))).isNotZero();
  }

  @Test
  void aRiskPathNamesNoSectionAndAYearGoesOnlyWithYearlyDeadlines() {
    assertThatThrownBy(() -> new FindingPath(OptionalInt.of(1), Optional.empty(), Optional.empty(),
        Optional.of("R-1"), OptionalInt.empty()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("R-1");
    assertThatThrownBy(() -> FindingPath.risk(" "))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("non-blank");
    assertThatThrownBy(() -> new FindingPath(OptionalInt.of(2), Optional.of(n("2.1")),
        Optional.of(PlanField.DEADLINE), Optional.empty(), OptionalInt.of(2025)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("yearly-deadlines");
  }
}
