package io.github.acplan.serialization.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.acplan.core.Plan;
import io.github.acplan.core.PlanPeriod;
import io.github.acplan.serialization.PlanFormatException;
import io.github.acplan.serialization.SeedPlan;
import org.junit.jupiter.api.Test;

/** A period written with any dash reads as the period; the title keeps the text as written. */
class DashVariantsTest {

  @Test
  void aMultiYearPeriodWithAnyDashReads() throws PlanFormatException {
    String seed = SeedPlan.text();
    for (String dash : new String[] {"-", "‐", "‑", "‒", "–", "—", "―", "−"}) {
      String text = seed.replace("на 2020 рік", "на 2020" + dash + "2022 роки");
      Plan plan = PlanTextReader.standard().read(text).plan();
      assertThat(plan.period()).as(dash).isEqualTo(PlanPeriod.of(2020, 2022));
      assertThat(plan.title()).isEqualTo(PlanTextReader.standard().read(seed).plan().title());
    }
  }
}
