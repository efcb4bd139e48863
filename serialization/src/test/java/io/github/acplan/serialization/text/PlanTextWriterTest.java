package io.github.acplan.serialization.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.acplan.core.ExpectedResult;
import io.github.acplan.core.Indicator;
import io.github.acplan.core.Measure;
import io.github.acplan.core.MeasureNumber;
import io.github.acplan.core.Plan;
import io.github.acplan.core.PlanKind;
import io.github.acplan.core.PlanPeriod;
import io.github.acplan.core.Responsible;
import io.github.acplan.core.Section;
import io.github.acplan.core.deadline.Deadline;
import io.github.acplan.core.risk.CorruptionRisk;
import io.github.acplan.serialization.GoldenFiles;
import io.github.acplan.serialization.PlanFormatException;
import io.github.acplan.serialization.SeedPlan;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** The text the writer makes of the seed plan (a golden file) and of values that need escaping. */
class PlanTextWriterTest {

  private static final String GOLDEN = "dovhyntsivskyi-2020-plan.written.txt";

  @Test
  void seedMatchesTheGoldenFileExactly() throws PlanFormatException, IOException {
    String written = PlanTextWriter.standard().write(PlanTextReader.standard().read(SeedPlan.text()).plan());
    GoldenFiles.check(GOLDEN, written);
  }

  @Test
  void escapesWhatTheReaderWouldOtherwiseInterpret() throws PlanFormatException {
    Plan plan = Plan.builder().title("План").body("у виконкомі").period(PlanPeriod.ofYear(2021))
        .addSections(Section.builder().number(1).title("Розділ").addMeasures(Measure.builder()
            .number(MeasureNumber.parse("1.1"))
            .name(" a  <i>b</i> & c\td\ne ")
            .deadline(Deadline.unparsed("-\"-"))
            .responsible(Responsible.builder().text("").build())
            .addIndicators(Indicator.of("перший"), Indicator.of("другий\nрядок"))
            .addExpectedResults(ExpectedResult.of("| один |"))
            .build()).build())
        .build();
    String written = PlanTextWriter.standard().write(plan);
    assertThat(written).contains("1.1\t&#32;a &#32;&lt;i&gt;b&lt;/i&gt; &amp; c&#9;d<br>e&#32;\t&#45;\"-\t\t"
        + "<ul><li>перший</li><li>другий<br>рядок</li></ul>\t&#124; один &#124;\n");
    assertThat(PlanTextReader.standard().read(written).plan()).isEqualTo(plan);
  }

  /** The table has no columns for a programme's register, resources or deadlines per year. */
  @Test
  void refusesWhatTheTableCannotHoldRatherThanDropIt() throws PlanFormatException {
    Measure m = Measure.builder().number(MeasureNumber.parse("1.1")).name("Перевірка")
        .deadline(io.github.acplan.core.deadline.DeadlineParser.forPeriod(PlanPeriod.of(2025, 2027)).parse("Постійно"))
        .responsible(Responsible.builder().text("").build()).build();
    Plan programme = Plan.builder().title("Антикорупційна програма").body("у виконкомі")
        .period(PlanPeriod.of(2025, 2027)).kind(PlanKind.PROGRAMME)
        .addSections(Section.builder().number(1).title("Розділ").addMeasures(m).build())
        .build();
    Plan withRisk = programme.withRisks(java.util.List.of(CorruptionRisk.builder().id("R1").function("Кадри")
        .risk("Конфлікт інтересів").probability(2).consequence(2).build()));
    assertThatIllegalArgumentException().isThrownBy(() -> PlanTextWriter.standard().write(withRisk))
        .withMessageContaining("risk register").withMessageContaining("JSON");
    Plan withResources = programme.withSections(java.util.List.of(programme.sections().get(0)
        .withMeasures(java.util.List.of(m.withResources("Кошти бюджету")))));
    assertThatIllegalArgumentException().isThrownBy(() -> PlanTextWriter.standard().write(withResources))
        .withMessageContaining("resources in measure 1.1");
    Plan withYearly = programme.withSections(java.util.List.of(programme.sections().get(0)
        .withMeasures(java.util.List.of(m.withYearlyDeadlines(java.util.Map.of(2025, Deadline.unparsed("Щокварталу")))))));
    assertThatIllegalArgumentException().isThrownBy(() -> PlanTextWriter.standard().write(withYearly))
        .withMessageContaining("deadlines per year in measure 1.1");
    // Nothing of that kind: the table is written and reads back, as a plan.
    assertThat(PlanTextReader.standard().read(PlanTextWriter.standard().write(programme)).plan())
        .isEqualTo(programme.withKind(PlanKind.PLAN));
  }
}
