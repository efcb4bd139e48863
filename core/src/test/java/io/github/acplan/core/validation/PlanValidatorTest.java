package io.github.acplan.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.acplan.core.Plan;
import io.github.acplan.core.fixtures.SeedPlan;
import org.junit.jupiter.api.Test;

class PlanValidatorTest {

  @Test
  void seed() {
    Plan plan = SeedPlan.plan();
    ValidationReport report = PlanValidator.standard().without(FindingCodes.UNRECOGNIZED_DEADLINE).validate(plan);
    System.out.println(report);
    System.out.println(report.render(java.util.Locale.forLanguageTag("uk")));
    assertThat(plan.measures()).hasSize(41);
  }
}
