package io.github.acplan.core.validation;

import static io.github.acplan.core.validation.FindingCodes.DUPLICATE_RISK;
import static io.github.acplan.core.validation.FindingCodes.HIGH_RISK_WITHOUT_MEASURE;
import static io.github.acplan.core.validation.FindingCodes.MEASURE_WITHOUT_RISK;
import static io.github.acplan.core.validation.FindingCodes.MEDIUM_RISK_WITHOUT_MEASURE;
import static io.github.acplan.core.validation.FindingCodes.MISSING_RISK_TEXT;
import static io.github.acplan.core.validation.FindingCodes.RISK_SCORE_OFF_SCALE;

import io.github.acplan.core.Measure;
import io.github.acplan.core.MeasureNumber;
import io.github.acplan.core.Plan;
import io.github.acplan.core.PlanKind;
import io.github.acplan.core.risk.CorruptionRisk;
import io.github.acplan.core.risk.RiskLevel;
import io.github.acplan.core.risk.RiskScale;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** The risk register and its links to measures; see {@link ValidationRules#riskRegister()}. */
final class RiskRegisterRule implements ValidationRule {

  private static final Set<String> CODES = Collections.unmodifiableSet(new LinkedHashSet<>(List.of(MISSING_RISK_TEXT, RISK_SCORE_OFF_SCALE,
      HIGH_RISK_WITHOUT_MEASURE, MEDIUM_RISK_WITHOUT_MEASURE, DUPLICATE_RISK, MEASURE_WITHOUT_RISK)));

  /** Final punctuation, which does not make one risk's text differ from another's. */
  private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[\\s.;,:]+$");

  @Override
  public Set<String> codes() {
    return CODES;
  }

  @Override
  public List<Finding> check(Plan plan) {
    List<Finding> out = new ArrayList<>();
    RiskScale scale = plan.riskScale();
    // The first risk with each (function, text), to name it when a later one repeats it.
    Map<String, CorruptionRisk> firstByText = new HashMap<>();
    for (CorruptionRisk r : plan.risks()) {
      String id = r.id();
      if (r.risk().isBlank()) {
        out.add(new Finding(MISSING_RISK_TEXT, Severity.ERROR, FindingPath.risk(id, PlanField.RISK),
            "Ризик " + id + ": не вказано корупційний ризик", "Risk " + id + " has no risk text"));
      } else {
        CorruptionRisk first = firstByText.putIfAbsent(key(r), r);
        if (first != null) {
          out.add(duplicate(r, first));
        }
      }
      checkScore(id, PlanField.PROBABILITY, r.probability(), scale, out);
      checkScore(id, PlanField.CONSEQUENCE, r.consequence(), scale, out);
      Optional<RiskLevel> level = plan.riskLevel(r);
      if (level.isPresent() && level.get() != RiskLevel.LOW && r.measures().isEmpty()) {
        // The register exists to plan measures against the risks it identifies (NAZK Methodology of
        // corruption-risk management, order No. 830/21 of 28.12.2021): a high risk left without one is
        // an error; a medium one is a warning, as a body may accept it for a time while it deals with
        // the high ones; a low one may be accepted as it is.
        boolean high = level.get() == RiskLevel.HIGH;
        out.add(new Finding(high ? HIGH_RISK_WITHOUT_MEASURE : MEDIUM_RISK_WITHOUT_MEASURE,
            high ? Severity.ERROR : Severity.WARNING, FindingPath.risk(id, PlanField.RISK_MEASURES),
            "Ризик " + id + " має " + level.get().ukrainian() + " рівень (ймовірність " + r.probability()
                + ", наслідки " + r.consequence() + "), але не пов'язаний з жодним заходом",
            "Risk " + id + " is of " + level.get().english() + " level (probability " + r.probability()
                + ", consequences " + r.consequence() + ") but is linked to no measure"));
      }
    }
    if (plan.measuresMustAddressRisks()) {
      checkMeasuresAddressRisks(plan, out);
    }
    return out;
  }

  private static void checkScore(String id, PlanField field, int score, RiskScale scale, List<Finding> out) {
    if (scale.contains(score)) {
      return;
    }
    String range = scale.minScore() + "–" + scale.maxScore();
    boolean probability = field == PlanField.PROBABILITY;
    out.add(new Finding(RISK_SCORE_OFF_SCALE, Severity.ERROR, FindingPath.risk(id, field),
        "Ризик " + id + ": оцінка " + (probability ? "ймовірності" : "наслідків") + " " + score
            + " поза шкалою " + range,
        "Risk " + id + ": the " + (probability ? "probability" : "consequence") + " score " + score
            + " is outside the scale " + range));
  }

  private static Finding duplicate(CorruptionRisk later, CorruptionRisk first) {
    String id = later.id();
    String function = later.function().strip();
    return new Finding(DUPLICATE_RISK, Severity.WARNING, FindingPath.risk(id, PlanField.RISK),
        "Ризик " + id + " повторює ризик " + first.id()
            + (function.isEmpty() ? "" : " у функції «" + function + "»"),
        "Risk " + id + " repeats risk " + first.id()
            + (function.isEmpty() ? "" : " in the function \"" + function + "\""));
  }

  /**
   * Reports measures linked to no risk. Only when the plan asks for it: a programme also holds measures
   * that answer no identified risk and need none: those carrying out the general anti-corruption
   * policy and the State Anti-Corruption Programme, and training (Law of Ukraine No. 1700-VII "On
   * Prevention of Corruption", art. 19 part 2), so without the flag nothing is reported, not even a note.
   */
  private static void checkMeasuresAddressRisks(Plan plan, List<Finding> out) {
    Set<MeasureNumber> linked = new HashSet<>();
    for (CorruptionRisk r : plan.risks()) {
      linked.addAll(r.measures());
    }
    boolean programme = plan.kind() == PlanKind.PROGRAMME;
    for (Measure m : plan.measures()) {
      if (linked.contains(m.number())) {
        continue;
      }
      String n = m.number().toString();
      out.add(new Finding(MEASURE_WITHOUT_RISK, Severity.ERROR, FindingPath.measure(m.number()),
          "Пункт " + n + ": захід не пов'язаний з жодним корупційним ризиком реєстру, хоча "
              + (programme ? "програма" : "план") + " цього вимагає",
          "Measure " + n + " addresses no risk of the register, which the "
              + (programme ? "programme" : "plan") + " requires of every measure"));
    }
  }

  private static String key(CorruptionRisk r) {
    return normalize(r.function()) + "\u0000" + normalize(r.risk());
  }

  private static String normalize(String text) {
    return TRAILING_PUNCTUATION.matcher(StaffRegister.normalize(text)).replaceAll("");
  }
}
