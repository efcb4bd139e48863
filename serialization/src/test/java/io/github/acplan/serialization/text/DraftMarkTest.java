package io.github.acplan.serialization.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.acplan.core.Plan;
import io.github.acplan.serialization.PlanFormatException;
import io.github.acplan.serialization.SeedPlan;
import org.junit.jupiter.api.Test;

/** "ПРОЄКТ" above a draft's text marks the draft; it is not part of the title. */
class DraftMarkTest {

  @Test
  void aDraftMarkOnTheFirstLineIsNotTheTitle() throws PlanFormatException {
    Plan draft = PlanTextReader.standard().read(SeedPlan.text()).plan().withApproval(
        java.util.Optional.empty());
    for (String mark : new String[] {"ПРОЄКТ", "Проект", "  проєкт  "}) {
      ReadResult read = PlanTextReader.standard().read(mark + "\n\n" + PlanTextWriter.standard().write(draft));
      assertThat(read.plan()).as(mark).isEqualTo(draft);
      assertThat(read.warnings()).as(mark).isEmpty();
    }
  }

  @Test
  void aTitleThatOnlyBeginsWithTheWordStaysTheTitle() throws PlanFormatException {
    Plan draft = PlanTextReader.standard().read(SeedPlan.text()).plan()
        .withApproval(java.util.Optional.empty()).withTitle("Проєкт плану заходів");
    assertThat(PlanTextReader.standard().read(PlanTextWriter.standard().write(draft)).plan().title()).isEqualTo("Проєкт плану заходів");
  }

  @Test
  void aDraftsAnnexWithEmptyPlacesGivesNoApprovalAndNoWarning() throws PlanFormatException {
    Plan draft = PlanTextReader.standard().read(SeedPlan.text()).plan().withApproval(
        java.util.Optional.empty());
    String text = "ПРОЄКТ\nДодаток\nдо ____________________\nвід ____________ № ________\n\n"
        + PlanTextWriter.standard().write(draft);
    ReadResult read = PlanTextReader.standard().read(text);
    assertThat(read.plan()).isEqualTo(draft);
    assertThat(read.warnings()).isEmpty();
  }
}
