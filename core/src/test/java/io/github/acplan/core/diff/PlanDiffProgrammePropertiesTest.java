package io.github.acplan.core.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.acplan.core.Plan;
import io.github.acplan.core.fixtures.ProgrammeGenerators;
import io.github.acplan.core.fixtures.ProgrammeGenerators.RegisterEdit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class PlanDiffProgrammePropertiesTest {

  @Test
  void aProgrammeHasNoChangesAgainstItselfNorAnEqualCopy() {
    qt().forAll(ProgrammeGenerators.programmes()).checkAssert(a -> {
      assertThat(PlanDiff.between(a, a)).isEmpty();
      Plan copy = a.withTitle(new String(a.title().toCharArray())).withRisks(new ArrayList<>(a.risks()));
      assertThat(PlanDiff.between(a, copy)).isEmpty();
    });
  }

  /** Risks are found by identifier, so the order of the register is no change; anything else is one. */
  @Test
  void theDiffIsEmptyExactlyWhenTheProgrammesAreEqualUpToTheRegistersOrder() {
    qt().withExamples(1000).forAll(ProgrammeGenerators.programmes(), ProgrammeGenerators.programmes())
        .checkAssert((a, b) -> {
          List<io.github.acplan.core.risk.CorruptionRisk> reversed = new ArrayList<>(a.risks());
          java.util.Collections.reverse(reversed);
          assertThat(PlanDiff.between(a, a.withRisks(reversed))).isEmpty();
          assertThat(PlanDiff.between(a, b).isEmpty()).isEqualTo(a.equals(b));
        });
  }

  /** The identifier a risk change is about: the older one, except for an added risk. */
  private static String riskOf(Change c) {
    if (c instanceof RiskAdded) {
      return ((RiskAdded) c).risk().id();
    }
    if (c instanceof RiskRemoved) {
      return ((RiskRemoved) c).risk().id();
    }
    return ((RiskModified) c).oldId();
  }

  @Test
  void eachEditedRiskIsReportedExactlyOnceWithTheRightKindAndNothingElse() {
    qt().withExamples(1000).forAll(ProgrammeGenerators.registerEdits()).checkAssert(e -> {
      List<Change> changes = PlanDiff.between(e.older(), e.newer());
      List<String> reported = new ArrayList<>();
      Map<String, ChangeKind> kinds = new LinkedHashMap<>();
      for (Change c : changes) {
        assertThat(c.kind()).isIn(ChangeKind.RISK_ADDED, ChangeKind.RISK_REMOVED, ChangeKind.RISK_MODIFIED);
        reported.add(riskOf(c));
        kinds.put(riskOf(c), c.kind());
      }
      assertThat(reported).doesNotHaveDuplicates();
      assertThat(new TreeMap<>(kinds)).isEqualTo(new TreeMap<>(e.expected()));
    });
  }

  @Test
  void swappingTheProgrammesSwapsAddedAndRemovedRisks() {
    qt().withExamples(500).forAll(ProgrammeGenerators.registerEdits()).checkAssert((RegisterEdit e) -> {
      List<Change> forward = PlanDiff.between(e.older(), e.newer());
      List<Change> backward = PlanDiff.between(e.newer(), e.older());
      Map<ChangeKind, Integer> inverted = new TreeMap<>();
      DiffReport.counts(forward).forEach((k, n) -> inverted.put(k.inverse(), n));
      assertThat(new TreeMap<>(DiffReport.counts(backward))).isEqualTo(inverted);
    });
  }

  /** The lines of the report name every change: at least one line each, none empty. */
  @Test
  void theReportHasALineForEveryRegisterChange() {
    qt().withExamples(300).forAll(ProgrammeGenerators.registerEdits()).checkAssert(e -> {
      List<Change> changes = PlanDiff.between(e.older(), e.newer());
      for (java.util.Locale locale : List.of(java.util.Locale.forLanguageTag("uk"), java.util.Locale.ENGLISH)) {
        List<String> lines = DiffReport.render(changes, locale).lines().toList();
        assertThat(lines).hasSizeGreaterThanOrEqualTo(changes.size()).allMatch(l -> !l.isBlank());
        for (Change c : changes) {
          assertThat(lines).anyMatch(l -> l.contains(" " + riskOf(c)));
        }
      }
    });
  }
}
