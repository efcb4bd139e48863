package io.github.acplan.benchmarks.diff;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.acplan.core.Plan;
import io.github.acplan.core.diff.Change;
import io.github.acplan.core.diff.MeasureModified;
import io.github.acplan.core.diff.MeasureMoved;
import io.github.acplan.core.diff.PlanDiff;
import java.util.List;
import org.javers.core.JaversBuilder;
import org.javers.core.diff.Diff;
import org.javers.core.diff.changetype.NewObject;
import org.javers.core.diff.changetype.ObjectRemoved;
import org.junit.jupiter.api.Test;

/**
 * The diff benchmark's inputs: 5% of the measures change, and acplan, JaVers and the baseline all see
 * the same edits and moves, so they are timed on the same work.
 */
class PlanGeneratorTest {

  @Test
  void fivePercentChangeAndEveryImplementationSeesThem() {
    PlanGenerator generator = PlanGenerator.seeded(1);
    Plan older = generator.plan(400);
    Plan newer = generator.amend(older, 0.05);
    assertThat(older.measures()).hasSize(400);
    assertThat(newer.measures()).hasSize(400);

    List<Change> ours = PlanDiff.between(older, newer);
    long modified = ours.stream().filter(c -> c instanceof MeasureModified).count();
    long moved = ours.stream().filter(c -> c instanceof MeasureMoved).count();
    assertThat(modified + moved).isEqualTo(20);
    assertThat(moved).isPositive();

    MapDiff baseline = MapDiff.between(older, newer);
    assertThat(baseline.changed()).hasSize((int) modified);
    assertThat(baseline.added()).hasSize((int) moved);
    assertThat(baseline.removed()).hasSize((int) moved);

    Diff javers = JaversBuilder.javers().build()
        .compareCollections(MeasurePojo.of(older), MeasurePojo.of(newer), MeasurePojo.class);
    assertThat(javers.getChangesByType(NewObject.class)).hasSize((int) moved);
    assertThat(javers.getChangesByType(ObjectRemoved.class)).hasSize((int) moved);
  }
}
