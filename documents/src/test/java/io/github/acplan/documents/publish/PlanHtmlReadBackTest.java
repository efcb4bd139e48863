package io.github.acplan.documents.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.acplan.core.Plan;
import io.github.acplan.core.PlanKind;
import io.github.acplan.documents.PlanDocuments;
import io.github.acplan.serialization.PlanFormatException;
import io.github.acplan.serialization.text.ReadResult;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** What {@link PlanHtmlWriter} writes reads back through the library's document reader. */
class PlanHtmlReadBackTest {

  static ReadResult readBack(Plan plan) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      PlanHtmlWriter.write(plan, Locale.forLanguageTag("uk"), out);
      return PlanDocuments.standard().read(new ByteArrayInputStream(out.toByteArray()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (PlanFormatException e) {
      throw new AssertionError("the HTML of " + plan.title() + " does not read back: " + e.getMessage(), e);
    }
  }

  @Test
  void theSeedPlanPageReadsBackEqualToThePlan() {
    ReadResult read = readBack(Seed.plan());
    assertThat(read.plan().measures()).hasSize(41);
    assertThat(read.plan().approval()).isEqualTo(Seed.plan().approval());
    assertThat(read.plan().signatory()).isEqualTo(Seed.plan().signatory());
    assertThat(read.plan()).isEqualTo(Seed.plan());
  }

  @Test
  void aDraftsPageReadsBackAsTheDraft() {
    Plan draft = io.github.acplan.core.rollover.PlanRollover.toYear(Seed.plan(), 2021).plan();
    ReadResult read = readBack(draft);
    assertThat(read.plan()).isEqualTo(draft);
    assertThat(read.warnings()).isEmpty();
  }

  @Test
  void generatedPlanPagesReadBackEqual() {
    // A programme's page holds its register as a second table, which the document reader does not read;
    // runs of spaces are one space in HTML, so the texts here have none.
    qt().withExamples(60).withShrinkCycles(20).forAll(PublishGenerators.plansAndProgrammes(false))
        .checkAssert(plan -> {
          if (plan.kind() == PlanKind.PLAN) {
            assertThat(readBack(plan).plan()).isEqualTo(plan);
          }
        });
  }
}
