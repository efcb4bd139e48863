package io.github.acplan.core.validation;

import static io.github.acplan.core.validation.FindingCodes.EMPTY_SECTION;
import static io.github.acplan.core.validation.FindingCodes.MISSING_DEADLINE;
import static io.github.acplan.core.validation.FindingCodes.MISSING_EXPECTED_RESULT;
import static io.github.acplan.core.validation.FindingCodes.MISSING_INDICATOR;
import static io.github.acplan.core.validation.FindingCodes.MISSING_NAME;
import static io.github.acplan.core.validation.FindingCodes.MISSING_RESPONSIBLE;
import static io.github.acplan.core.validation.FindingCodes.MISSING_SECTION_TITLE;
import static io.github.acplan.core.validation.FindingCodes.MISSING_TITLE;

import io.github.acplan.core.Measure;
import io.github.acplan.core.Plan;
import io.github.acplan.core.PlanPeriod;
import io.github.acplan.core.Section;
import io.github.acplan.core.deadline.Deadline;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Empty texts; see {@link ValidationRules#requiredTexts()}. */
final class RequiredTextsRule implements ValidationRule {

  private static final Set<String> CODES = Collections.unmodifiableSet(new LinkedHashSet<>(List.of(MISSING_TITLE, MISSING_SECTION_TITLE,
      EMPTY_SECTION, MISSING_NAME, MISSING_DEADLINE, MISSING_RESPONSIBLE, MISSING_INDICATOR,
      MISSING_EXPECTED_RESULT)));

  @Override
  public Set<String> codes() {
    return CODES;
  }

  @Override
  public List<Finding> check(Plan plan) {
    List<Finding> out = new ArrayList<>();
    if (plan.title().isBlank()) {
      out.add(new Finding(MISSING_TITLE, Severity.ERROR, FindingPath.plan(PlanField.TITLE),
          "Не вказано назву плану", "The plan has no title"));
    }
    for (Section s : plan.sections()) {
      if (s.title().isBlank()) {
        out.add(new Finding(MISSING_SECTION_TITLE, Severity.WARNING,
            FindingPath.section(s.number(), PlanField.SECTION_TITLE),
            "Розділ " + s.number() + " не має назви", "Section " + s.number() + " has no title"));
      }
      if (s.measures().isEmpty()) {
        out.add(new Finding(EMPTY_SECTION, Severity.WARNING, FindingPath.section(s.number()),
            "Розділ " + s.number() + " не містить жодного заходу",
            "Section " + s.number() + " has no measures"));
      }
      for (Measure m : s.measures()) {
        checkMeasure(m, plan.period(), out);
      }
    }
    return out;
  }

  private static void checkMeasure(Measure m, PlanPeriod period, List<Finding> out) {
    String n = m.number().toString();
    if (m.name().isBlank()) {
      out.add(new Finding(MISSING_NAME, Severity.ERROR, FindingPath.measure(m.number(), PlanField.NAME),
          "Пункт " + n + ": не вказано найменування заходу", "Measure " + n + " has no name"));
    }
    if (m.deadline().text().isBlank() && !someYearHasADeadline(m, period)) {
      out.add(new Finding(MISSING_DEADLINE, Severity.ERROR,
          FindingPath.measure(m.number(), PlanField.DEADLINE),
          "Пункт " + n + ": не вказано строк виконання", "Measure " + n + " has no deadline"));
    }
    if (m.responsible().isEmpty() && m.responsible().text().isBlank()) {
      out.add(new Finding(MISSING_RESPONSIBLE, Severity.ERROR,
          FindingPath.measure(m.number(), PlanField.RESPONSIBLE),
          "Пункт " + n + ": не вказано відповідальних за виконання",
          "Measure " + n + " names no one responsible"));
    }
    if (m.indicators().isEmpty()) {
      out.add(new Finding(MISSING_INDICATOR, Severity.WARNING,
          FindingPath.measure(m.number(), PlanField.INDICATORS),
          "Пункт " + n + ": не вказано індикатор виконання", "Measure " + n + " has no indicator"));
    }
    if (m.expectedResults().isEmpty()) {
      out.add(new Finding(MISSING_EXPECTED_RESULT, Severity.WARNING,
          FindingPath.measure(m.number(), PlanField.EXPECTED_RESULTS),
          "Пункт " + n + ": не вказано очікуваних результатів",
          "Measure " + n + " has no expected result"));
    }
  }

  /**
   * Tells whether the measure has a written deadline for some year of the period. A table whose deadline
   * column is split into years leaves the general deadline empty and the cells of the years in which the
   * measure is not planned empty too (a training held in 2024 only): that is a deadline, not a missing one.
   */
  private static boolean someYearHasADeadline(Measure m, PlanPeriod period) {
    for (int year = period.firstYear(); year <= period.lastYear(); year++) {
      Deadline d = m.yearlyDeadlines().get(year);
      if (d != null && !d.text().isBlank()) {
        return true;
      }
    }
    return false;
  }
}
