package io.github.acplan.benchmarks.register;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.acplan.benchmarks.diff.PlanGenerator;
import io.github.acplan.core.Plan;
import io.github.acplan.core.PlanKind;
import io.github.acplan.serialization.PlanFormatException;
import io.github.acplan.serialization.text.PlanTextReader;
import io.github.acplan.serialization.text.PlanTextWriter;
import io.github.acplan.serialization.text.ReadResult;
import io.github.acplan.serialization.text.RiskRegisterTextReader;
import org.junit.jupiter.api.Test;

/**
 * The register benchmark's inputs: the generated register reads as a programme of as many risks and
 * measures as asked, without warnings, and the plan text it is compared with has as many measures.
 */
class RegisterGeneratorTest {

  @Test
  void registerReadsAsProgrammeOfThatManyRisksAndMeasures() throws PlanFormatException {
    ReadResult read = RiskRegisterTextReader.standard().read(RegisterGenerator.seeded(42).register(300));
    Plan programme = read.plan();
    assertThat(read.warnings()).isEmpty();
    assertThat(programme.kind()).isEqualTo(PlanKind.PROGRAMME);
    assertThat(programme.risks()).hasSize(300);
    assertThat(programme.measures()).hasSize(300);
    assertThat(programme.sections()).hasSize(10);

    Plan plan = PlanTextReader.standard().read(PlanTextWriter.standard().write(PlanGenerator.seeded(42).plan(300))).plan();
    assertThat(plan.measures()).hasSize(300);
  }
}
