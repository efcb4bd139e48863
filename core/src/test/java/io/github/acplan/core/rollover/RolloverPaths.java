package io.github.acplan.core.rollover;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.acplan.core.Plan;
import io.github.acplan.core.diff.Change;
import io.github.acplan.core.diff.MeasureModified;
import io.github.acplan.core.diff.PlanChanged;
import io.github.acplan.core.diff.PlanDiff;
import io.github.acplan.core.diff.RiskModified;
import io.github.acplan.core.diff.SectionRenamed;
import java.util.Set;
import java.util.TreeSet;

/** The edits of a rollover as {@link RolloverEdit#path()} names them, seen from both sides. */
final class RolloverPaths {

  private RolloverPaths() {}

  /**
   * Returns the paths of the fields the diff of a plan and its rollover finds changed, in the form of
   * {@link RolloverEdit#path()}; checks on the way that every change is a field change and no measure
   * is renumbered.
   */
  static Set<String> fromDiff(Plan plan, Plan rolled) {
    Set<String> paths = new TreeSet<>();
    for (Change c : PlanDiff.between(plan, rolled)) {
      if (c instanceof PlanChanged) {
        paths.add("plan/" + ((PlanChanged) c).attribute().id());
      } else if (c instanceof SectionRenamed) {
        paths.add("section " + ((SectionRenamed) c).number() + "/section-title");
      } else if (c instanceof RiskModified) {
        RiskModified r = (RiskModified) c;
        r.changes().forEach(f -> paths.add("risk " + r.newId() + "/" + f.field().id()));
      } else {
        MeasureModified m = (MeasureModified) c;
        assertThat(m.oldNumber()).isEqualTo(m.newNumber());
        m.changes().forEach(f -> paths.add(m.newNumber() + "/" + f.field().id()));
      }
    }
    return paths;
  }

  /** Returns the paths of the edits a rollover reports. */
  static Set<String> fromEdits(RolloverResult result) {
    Set<String> paths = new TreeSet<>();
    result.edits().forEach(e -> paths.add(e.path()));
    return paths;
  }
}
