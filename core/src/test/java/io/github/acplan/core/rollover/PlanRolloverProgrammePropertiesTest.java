package io.github.acplan.core.rollover;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.acplan.core.Plan;
import io.github.acplan.core.diff.Change;
import io.github.acplan.core.diff.FieldChange;
import io.github.acplan.core.diff.MeasureField;
import io.github.acplan.core.diff.MeasureModified;
import io.github.acplan.core.diff.PlanAttribute;
import io.github.acplan.core.diff.PlanChanged;
import io.github.acplan.core.diff.PlanDiff;
import io.github.acplan.core.diff.RiskFieldChange;
import io.github.acplan.core.diff.RiskModified;
import io.github.acplan.core.diff.SectionRenamed;
import io.github.acplan.core.fixtures.ProgrammeGenerators;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class PlanRolloverProgrammePropertiesTest {

  private static final Pattern YEAR = Pattern.compile("\\d{4}");

  private static List<String> masked(List<String> values) {
    return values.stream().map(v -> YEAR.matcher(v).replaceAll("YYYY")).toList();
  }

  /**
   * The generated programmes name years around their period only, and their deadlines per year are for
   * years of the period, so moving there and back gives the same programme, without its approval.
   */
  @Test
  void rollingAProgrammeForwardThenBackGivesTheOriginal() {
    qt().withExamples(500).forAll(ProgrammeGenerators.programmes(), integers().between(-3, 3))
        .checkAssert((plan, years) -> {
          int first = plan.period().firstYear();
          Plan there = PlanRollover.toYear(plan, first + years).plan();
          Plan back = PlanRollover.toYear(there, first).plan();
          assertThat(back).isEqualTo(plan.withApproval(Optional.empty()));
        });
  }

  /** The diff of a programme and its rollover names exactly the fields the rollover says it edited. */
  @Test
  void theDiffOfARolloverShowsExactlyItsEdits() {
    qt().withExamples(500).forAll(ProgrammeGenerators.programmes(), integers().between(-3, 3))
        .checkAssert((plan, years) -> {
          RolloverResult result = PlanRollover.toYear(plan, plan.period().firstYear() + years);
          assertThat(RolloverPaths.fromDiff(plan, result.plan())).isEqualTo(RolloverPaths.fromEdits(result));
        });
  }

  /**
   * Rolling a programme over and comparing reports only year changes: the period, the cleared approval,
   * and texts that read the same once their four-digit numbers are hidden; no measure or risk is added,
   * removed, moved or renumbered, and no risk changes its level. A deadline per year is compared year by
   * year, so there the changed cells are checked as a whole column: the same texts, years hidden, in the
   * same order, on years moved by the shift.
   */
  @Test
  void aRolloverThenADiffReportsOnlyYearChanges() {
    qt().withExamples(500).forAll(ProgrammeGenerators.programmes(), integers().between(-3, 3))
        .checkAssert((plan, years) -> {
          Plan draft = PlanRollover.toYear(plan, plan.period().firstYear() + years).plan();
          for (Change c : PlanDiff.between(plan, draft)) {
            if (c instanceof PlanChanged) {
              PlanChanged p = (PlanChanged) c;
              assertThat(p.attribute()).isIn(PlanAttribute.TITLE, PlanAttribute.BODY, PlanAttribute.PERIOD,
                  PlanAttribute.APPROVAL);
              if (p.attribute() != PlanAttribute.APPROVAL) {
                assertThat(masked(List.of(p.newValue().orElseThrow())))
                    .isEqualTo(masked(List.of(p.oldValue().orElseThrow())));
              }
            } else if (c instanceof SectionRenamed) {
              SectionRenamed s = (SectionRenamed) c;
              assertThat(masked(List.of(s.newTitle()))).isEqualTo(masked(List.of(s.oldTitle())));
            } else if (c instanceof RiskModified) {
              RiskModified r = (RiskModified) c;
              assertThat(r.renumbered()).isFalse();
              assertThat(r.levelChanged()).isFalse();
              for (RiskFieldChange f : r.changes()) {
                assertThat(masked(f.newValues())).isEqualTo(masked(f.oldValues()));
              }
            } else {
              assertThat(c).isInstanceOf(MeasureModified.class);
              MeasureModified m = (MeasureModified) c;
              assertThat(m.newNumber()).isEqualTo(m.oldNumber());
              for (FieldChange f : m.changes()) {
                if (f.field() == MeasureField.YEARLY_DEADLINE) {
                  var before = plan.measure(m.oldNumber()).orElseThrow().yearlyDeadlines();
                  var after = draft.measure(m.newNumber()).orElseThrow().yearlyDeadlines();
                  assertThat(masked(after.values().stream().map(d -> d.text()).toList()))
                      .isEqualTo(masked(before.values().stream().map(d -> d.text()).toList()));
                  assertThat(after.keySet().stream().map(y -> y - years).toList())
                      .isEqualTo(List.copyOf(before.keySet()));
                } else {
                  assertThat(masked(f.newValues())).isEqualTo(masked(f.oldValues()));
                }
              }
            }
          }
        });
  }
}
