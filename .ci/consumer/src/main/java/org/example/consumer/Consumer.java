package org.example.consumer;

import io.github.acplan.core.MeasureNumber;
import io.github.acplan.core.Plan;
import io.github.acplan.core.PlanPeriod;
import io.github.acplan.core.Section;
import io.github.acplan.core.monitoring.ReportingPeriod;
import io.github.acplan.core.risk.RiskScale;

/** Builds a tiny plan through acplan's public API and prints it. */
public final class Consumer {
  private Consumer() {}

  public static void main(String[] args) {
    Plan plan = Plan.builder()
        .title("План заходів щодо запобігання та виявлення корупції")
        .body("у виконкомі")
        .period(PlanPeriod.ofYear(2021))
        .addSections(Section.builder().number(1).title("Загальні заходи").build())
        .build();
    // The risk register and monitoring packages are exported too.
    System.out.println(plan.period() + " " + plan.sections().size() + " " + MeasureNumber.parse("3.10")
        + " " + RiskScale.NAZK_2021.level(3, 2).orElseThrow() + " "
        + ReportingPeriod.parse("2021-H1").endInclusive());
  }
}
