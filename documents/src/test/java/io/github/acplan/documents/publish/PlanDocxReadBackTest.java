package io.github.acplan.documents.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.acplan.core.Plan;
import io.github.acplan.core.PlanKind;
import io.github.acplan.documents.PlanDocuments;
import io.github.acplan.serialization.PlanFormatException;
import io.github.acplan.serialization.json.PlanJson;
import io.github.acplan.serialization.text.ReadResult;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.junit.jupiter.api.Test;

/**
 * What {@link PlanDocxWriter} writes reads back through {@link PlanDocuments}, the library's document
 * reader, as the plan it was written from: plans, drafts, and programmes with their risk register
 * annexed after the plan's table.
 */
class PlanDocxReadBackTest {

  static byte[] docx(Plan plan) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      PlanDocxWriter.standard().write(plan, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  static ReadResult readBack(Plan plan) {
    try {
      return PlanDocuments.standard().read(new ByteArrayInputStream(docx(plan)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (PlanFormatException e) {
      throw new AssertionError("the DOCX of " + plan.title() + " does not read back: " + e.getMessage(), e);
    }
  }

  /**
   * What a document cannot say of a plan: whether every measure must address a risk (a setting of the
   * validator), and that a plan is a programme when it has no risk register to show it.
   */
  static Plan asADocumentShowsIt(Plan plan) {
    Plan shown = plan.withMeasuresMustAddressRisks(false);
    return plan.risks().isEmpty() ? shown.withKind(PlanKind.PLAN) : shown;
  }

  @Test
  void theSeedPlanWrittenAsDocxReadsBackEqualToThePlan() {
    Plan plan = Seed.plan();
    ReadResult read = readBack(plan);
    assertThat(read.warnings()).isEmpty();
    assertThat(read.plan().measures()).hasSize(41);
    assertThat(read.plan().approval()).isEqualTo(plan.approval());
    assertThat(read.plan().signatory()).isEqualTo(plan.signatory());
    assertThat(read.plan()).isEqualTo(plan);
  }

  @Test
  void the2021DraftReadsBackAsTheDraftWithoutWarnings() {
    Plan draft = io.github.acplan.core.rollover.PlanRollover.toYear(Seed.plan(), 2021).plan();
    ReadResult read = readBack(draft);
    assertThat(read.plan()).isEqualTo(draft);
    assertThat(read.warnings()).isEmpty();
  }

  @Test
  void aProgrammeReadsBackWithItsRegisterAsAPlanAndAsARegister() throws Exception {
    Plan programme = PlanJson.standard().read(Seed.resource("programme-2024-2026.json"));
    assertThat(programme.risks()).hasSize(3);
    ReadResult read = readBack(programme);
    assertOnlyTheMissingSignatoryIsWarned(programme, read);
    // Resources, deadlines per year, the risks and the measures they link: all of it comes back.
    assertThat(read.plan()).isEqualTo(asADocumentShowsIt(programme));
    assertThat(PlanJson.standard().write(read.plan()))
        .isEqualTo(PlanJson.standard().write(programme.withMeasuresMustAddressRisks(false)));
    ReadResult asRegister = PlanDocuments.standard().readRegister(new ByteArrayInputStream(docx(programme)));
    assertThat(asRegister.plan()).isEqualTo(read.plan());
  }

  @Test
  void generatedPlansAndProgrammesReadBackEqual() {
    qt().withExamples(50).withShrinkCycles(20).forAll(PublishGenerators.plansAndProgrammes()).checkAssert(plan -> {
      ReadResult back = readBack(plan);
      assertThat(back.plan()).isEqualTo(asADocumentShowsIt(plan));
      assertOnlyTheMissingSignatoryIsWarned(plan, back);
    });
  }

  /**
   * A plan that looks cut short reads back with the reader's one warning about it: a table that ends with
   * a section heading and no measure under it, or else nothing after the table (no signatory); any other
   * plan reads back without warnings.
   */
  static void assertOnlyTheMissingSignatoryIsWarned(Plan plan, ReadResult read) {
    boolean lastSectionEmpty = !plan.sections().isEmpty()
        && plan.sections().get(plan.sections().size() - 1).measures().isEmpty();
    if (lastSectionEmpty) {
      assertThat(read.warnings()).singleElement()
          .satisfies(w -> assertThat(w.message()).startsWith("the table ends with the heading of section"));
    } else if (plan.signatory().isEmpty()) {
      assertThat(read.warnings()).singleElement()
          .satisfies(w -> assertThat(w.message()).startsWith("nothing follows the table"));
    } else {
      assertThat(read.warnings()).isEmpty();
    }
  }
}
