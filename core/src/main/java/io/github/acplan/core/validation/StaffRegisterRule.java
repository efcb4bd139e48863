package io.github.acplan.core.validation;

import static io.github.acplan.core.validation.FindingCodes.UNKNOWN_RESPONSIBLE;

import io.github.acplan.core.Actor;
import io.github.acplan.core.ActorKind;
import io.github.acplan.core.Measure;
import io.github.acplan.core.Plan;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Actors missing from a staff register; see {@link ValidationRules#staffRegister(StaffRegister)}. */
final class StaffRegisterRule implements ValidationRule {

  private static final Set<String> CODES = Collections.unmodifiableSet(new LinkedHashSet<>(List.of(UNKNOWN_RESPONSIBLE)));

  private final StaffRegister register;

  StaffRegisterRule(StaffRegister register) {
    this.register = register;
  }

  @Override
  public Set<String> codes() {
    return CODES;
  }

  @Override
  public List<Finding> check(Plan plan) {
    List<Finding> out = new ArrayList<>();
    for (Measure m : plan.measures()) {
      for (Actor a : m.responsible().actors()) {
        if (a.kind() == ActorKind.GROUP || a.kind() == ActorKind.EXTERNAL || register.contains(a)) {
          continue;
        }
        out.add(new Finding(UNKNOWN_RESPONSIBLE, Severity.WARNING,
            FindingPath.measure(m.number(), PlanField.RESPONSIBLE),
            "Пункт " + m.number() + ": «" + a.name() + "» немає у штатному розписі",
            "Measure " + m.number() + ": \"" + a.name() + "\" is not in the staff register"));
      }
    }
    return out;
  }

  @Override
  public String toString() {
    return "StaffRegisterRule[" + register.size() + " names]";
  }
}
