package io.github.acplan.documents.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.acplan.core.Plan;
import io.github.acplan.documents.PlanDocuments;
import io.github.acplan.serialization.PlanFormatException;
import io.github.acplan.serialization.text.ReadResult;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** What {@link PlanHtmlWriter} writes reads back through the library's document reader. */
class PlanHtmlReadBackTest {

  static ReadResult readBack(Plan plan) {
    return readBack(plan, "uk");
  }

  static ReadResult readBack(Plan plan, String lang) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      PlanHtmlWriter.standard().write(plan, Locale.forLanguageTag(lang), out);
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
  void theSeedPlanPageInEnglishReadsBackEqualWithoutWarnings() {
    // The headers are English ("No.", "Measure", "Deadline", …); the plan's own texts, the annex block
    // and the title's period stay Ukrainian, as the page writes them.
    ReadResult read = readBack(Seed.plan(), "en");
    assertThat(read.warnings()).isEmpty();
    assertThat(read.plan()).isEqualTo(Seed.plan());
  }

  @Test
  void aProgrammesPageReadsBackWithItsRegisterInEitherLanguage() throws PlanFormatException {
    Plan programme = io.github.acplan.serialization.json.PlanJson.standard()
        .read(Seed.resource("programme-2024-2026.json"));
    for (String lang : List.of("uk", "en")) {
      ReadResult read = readBack(programme, lang);
      PlanDocxReadBackTest.assertOnlyTheMissingSignatoryIsWarned(programme, read);
      assertThat(read.plan()).as(lang).isEqualTo(PlanDocxReadBackTest.asADocumentShowsIt(programme));
    }
  }

  @Test
  void generatedPlanPagesReadBackEqual() {
    // Runs of spaces are one space in HTML, so the texts here have none. A programme's page holds its
    // register as a second table, read back with the plan.
    qt().withExamples(60).withShrinkCycles(20).forAll(PublishGenerators.plansAndProgrammes(false))
        .checkAssert(plan -> assertThat(readBack(plan).plan())
            .isEqualTo(PlanDocxReadBackTest.asADocumentShowsIt(plan)));
  }
}
