package io.github.acplan.serialization.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.acplan.core.Actor;
import io.github.acplan.core.Measure;
import io.github.acplan.core.MeasureNumber;
import io.github.acplan.core.Plan;
import io.github.acplan.core.PlanPeriod;
import io.github.acplan.core.Responsible;
import io.github.acplan.core.Section;
import io.github.acplan.core.deadline.Deadline;
import io.github.acplan.core.risk.CorruptionRisk;
import io.github.acplan.core.risk.RiskScale;
import io.github.acplan.serialization.PlanGenerators;
import org.junit.jupiter.api.Test;

/**
 * For every model type the mapping knows, a user's Jackson 2 mapper with the module found by
 * ServiceLoader writes generated values as something other than {@code {}} and reads them back equal.
 */
class AcplanJacksonModulePropertiesTest {

  private static final ObjectMapper MAPPER = new ObjectMapper().findAndRegisterModules();

  @Test
  void everyValueOfEveryGeneratedPlanRoundTripsAndIsNeverWrittenEmpty() {
    qt().withExamples(60).forAll(PlanGenerators.plansAndProgrammes()).checkAssert(plan -> {
      check(plan, Plan.class);
      check(plan.period(), PlanPeriod.class);
      check(plan.riskScale(), RiskScale.class);
      for (Section s : plan.sections()) {
        check(s, Section.class);
      }
      for (Measure m : plan.measures()) {
        check(m, Measure.class);
        check(m.number(), MeasureNumber.class);
        check(m.deadline(), Deadline.class);
        check(m.responsible(), Responsible.class);
        for (Actor a : m.responsible().actors()) {
          check(a, Actor.class);
        }
        for (Deadline d : m.yearlyDeadlines().values()) {
          check(d, Deadline.class);
        }
      }
      for (CorruptionRisk r : plan.risks()) {
        check(r, CorruptionRisk.class);
      }
    });
  }

  private static <T> void check(T value, Class<T> type) {
    try {
      String json = MAPPER.writeValueAsString(value);
      assertThat(json).isNotEqualTo("{}");
      assertThat(MAPPER.readValue(json, type)).isEqualTo(value);
    } catch (JsonProcessingException e) {
      throw new AssertionError(type.getSimpleName() + " " + value, e);
    }
  }
}
