package io.github.acplan.serialization.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.acplan.serialization.SeedPlan;
import org.junit.jupiter.api.Test;

/**
 * What a PDF's layout does to words and numbers: a narrow header cell can break a word between two letters,
 * which the extraction gives with a space ("Відповідал ьні за виконання"), and a monospaced font spaces a
 * measure's number out ("1 . 1"); both still read as the plan's, so no column and no measure is lost.
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

  @Test
  void numbersSpacedOutAroundTheirDotsAreTheMeasuresNumbers() {
    String seed = SeedPlan.text();
    String spaced = seed.replace("\n1.1\t", "\n1 . 1\t").replace("\n2.3\t", "\n2 .3\t")
        .replace("\n6.10\t", "\n6 .10\t");
    assertThat(spaced).contains("1 . 1\t", "2 .3\t", "6 .10\t");

    assertThat(PlanTextReader.standard().read(spaced).plan())
        .isEqualTo(PlanTextReader.standard().read(seed).plan());
  }

  @Test
  void onlySpacesNextToADotAreTakenOutOfANumber() {
    assertThat(PlanTextReader.looksLikeMeasureNumber("1 . 1")).isTrue();
    assertThat(PlanTextReader.looksLikeMeasureNumber("1  .  2 . 3.")).isTrue();
    // a section heading titled with a number, as the writer writes it
    assertThat(PlanTextReader.looksLikeMeasureNumber("4. 2020")).isFalse();
    assertThat(PlanTextReader.looksLikeMeasureNumber("1 1")).isFalse();
    assertThat(PlanTextReader.looksLikeMeasureNumber("1.1 2")).isFalse();
    assertThat(PlanTextReader.looksLikeMeasureNumber(". 1")).isFalse();
    assertThat(PlanTextReader.looksLikeMeasureNumber("1 .")).isFalse();
    assertThat(PlanTextReader.compactNumber("1 . 10")).isEqualTo("1.10");
  }
}
