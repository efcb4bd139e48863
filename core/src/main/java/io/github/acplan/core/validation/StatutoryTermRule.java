package io.github.acplan.core.validation;

import static io.github.acplan.core.validation.FindingCodes.STATUTORY_TERM_RESOLVED;

import io.github.acplan.core.Measure;
import io.github.acplan.core.Plan;
import io.github.acplan.core.deadline.statute.StatutoryReading;
import io.github.acplan.core.deadline.statute.StatutoryTerm;
import io.github.acplan.core.deadline.statute.StatutoryTerms;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Deadlines read as statutory terms; see {@link ValidationRules#statutoryTerms()}. */
final class StatutoryTermRule implements ValidationRule {

  private static final Set<String> CODES = Set.of(STATUTORY_TERM_RESOLVED);

  @Override
  public Set<String> codes() {
    return CODES;
  }

  @Override
  public List<Finding> check(Plan plan) {
    List<Finding> out = new ArrayList<>();
    for (Measure m : plan.measures()) {
      StatutoryTerms.resolve(m, plan.period()).ifPresent(r -> out.add(finding(r)));
    }
    return out;
  }

  private static Finding finding(StatutoryReading r) {
    StringBuilder uk = new StringBuilder();
    StringBuilder en = new StringBuilder();
    for (StatutoryTerm t : r.terms()) {
      uk.append(uk.length() == 0 ? "" : "; ").append(t.duty()).append(" — ").append(t.wording()).append(" (")
          .append(t.citation()).append(')');
      en.append(en.length() == 0 ? "" : "; ").append(t.id()).append(" (").append(t.citation()).append(')');
    }
    String n = r.number().toString();
    return new Finding(STATUTORY_TERM_RESOLVED, Severity.INFO, FindingPath.measure(r.number(), PlanField.DEADLINE),
        "Пункт " + n + ": строк «" + r.deadline().text() + "» визначено законом: " + uk,
        "Measure " + n + ": the deadline \"" + r.deadline().text() + "\" is set by law: " + en);
  }

  @Override
  public String toString() {
    return "StatutoryTermRule";
  }
}
