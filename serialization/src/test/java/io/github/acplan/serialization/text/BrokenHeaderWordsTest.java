package io.github.acplan.serialization.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.acplan.serialization.SeedPlan;
import org.junit.jupiter.api.Test;

/**
 * A PDF's narrow header cell can break a word between two letters, which the extraction gives with a space
 * ("Відповідал ьні за виконання"); the column is still recognised, so no column of the plan is lost.
 */
class BrokenHeaderWordsTest {

  @Test
  void aHeaderWithAWordBrokenByASpaceIsStillItsColumn() {
    String seed = SeedPlan.text();
    String broken = seed.replace("Відповідальні за виконання", "Відповідал ьні за виконання")
        .replace("Найменування заходу", "Найменуван ня заходу")
        .replace("Очікувані результати", "Очікуван і результати");
    assertThat(broken).isNotEqualTo(seed).contains("Відповідал ьні");

    ReadResult read = PlanTextReader.standard().read(broken);

    assertThat(read.plan()).isEqualTo(PlanTextReader.standard().read(seed).plan());
    assertThat(read.warnings()).extracting(ReadWarning::toString).noneMatch(w -> w.contains("no place"));
  }

  @Test
  void aColumnOfAnotherNameIsStillReportedAsHavingNoPlace() {
    assertThat(Column.ofHeader("Джерела фінансування")).isEqualTo(Column.OTHER);
    assertThat(Column.ofHeader("Примітка")).isEqualTo(Column.OTHER);
    assertThat(Column.ofHeader("Відповідал ьні")).isEqualTo(Column.RESPONSIBLE);
  }
}
