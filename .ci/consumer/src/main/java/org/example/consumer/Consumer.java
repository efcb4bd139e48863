package org.example.consumer;

import io.github.acplan.core.MeasureNumber;
import io.github.acplan.core.Plan;
import io.github.acplan.core.PlanPeriod;
import io.github.acplan.core.Section;

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
    System.out.println(plan.period() + " " + plan.sections().size() + " " + MeasureNumber.parse("3.10"));
  }
}
