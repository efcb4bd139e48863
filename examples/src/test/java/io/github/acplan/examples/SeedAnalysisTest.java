package io.github.acplan.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.acplan.core.MeasureNumber;
import io.github.acplan.core.Plan;
import io.github.acplan.core.diff.Change;
import io.github.acplan.core.diff.ChangeKind;
import io.github.acplan.core.diff.DiffReport;
import io.github.acplan.core.diff.PlanDiff;
import io.github.acplan.core.rollover.PlanRollover;
import io.github.acplan.core.rollover.RolloverEdit;
import io.github.acplan.core.rollover.RolloverResult;
import io.github.acplan.core.validation.Finding;
import io.github.acplan.core.validation.PlanValidator;
import io.github.acplan.core.validation.Severity;
import io.github.acplan.serialization.text.PlanTextReader;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The analysis of the seed plan read by the real text reader (core's own tests use a small fixture
 * reader, since core cannot depend on serialization).
 */
class SeedAnalysisTest {

  private static Plan seed() throws Exception {
    try (InputStream in = SeedAnalysisTest.class
        .getResourceAsStream("/io/github/acplan/examples/dovhyntsivskyi-2020-plan.txt")) {
      return PlanTextReader.standard().read(new String(in.readAllBytes(), StandardCharsets.UTF_8)).plan();
    }
  }

  @Test
  void theStandardValidatorReportsExactlyTheSeedsKnownDefects() throws Exception {
    assertThat(PlanValidator.standard().validate(seed()).findings())
        .extracting(Finding::severity, Finding::code, f -> f.path().toString())
        .containsExactly(
            tuple(Severity.INFO, "DEADLINE_IN_NEXT_YEAR", "1.2/deadline"),
            tuple(Severity.WARNING, "SPLIT_TEXT", "2.5/expected-results"),
            tuple(Severity.WARNING, "MISSING_EXPECTED_RESULT", "3.5/expected-results"),
            tuple(Severity.WARNING, "MISSING_EXPECTED_RESULT", "5.3/expected-results"),
            tuple(Severity.WARNING, "MISSING_INDICATOR", "6.3/indicators"));
  }

  @Test
  void rollingTheSeedTo2021ChangesOnlyTheYearsAndTheDiffShowsExactlyThat() throws Exception {
    Plan seed = seed();
    RolloverResult result = PlanRollover.toYear(seed, 2021);
    assertThat(result.edits()).extracting(RolloverEdit::path).containsExactly(
        "plan/period", "plan/approval", "1.1/name", "1.1/indicators", "1.2/name", "1.2/deadline",
        "1.2/indicators", "2.1/deadline", "4.1/deadline", "4.2/deadline", "5.1/deadline");
    List<Change> changes = PlanDiff.between(seed, result.plan());
    assertThat(DiffReport.counts(changes)).containsOnlyKeys(ChangeKind.PLAN_CHANGED, ChangeKind.MEASURE_MODIFIED);
    assertThat(DiffReport.counts(changes).get(ChangeKind.PLAN_CHANGED)).isEqualTo(2);
    assertThat(DiffReport.counts(changes).get(ChangeKind.MEASURE_MODIFIED)).isEqualTo(6);
    assertThat(result.plan().measure(MeasureNumber.parse("6.9")).orElseThrow().name())
        .contains("ДСТУ ISO 9001:2015");
    assertThat(PlanRollover.toYear(result.plan(), 2020).plan()).isEqualTo(seed.withApproval(
        java.util.Optional.empty()));
  }
}
