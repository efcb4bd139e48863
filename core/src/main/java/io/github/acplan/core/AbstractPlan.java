package io.github.acplan.core;

import io.github.acplan.core.risk.CorruptionRisk;
import io.github.acplan.core.risk.RiskLevel;
import io.github.acplan.core.risk.RiskScale;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * An anti-corruption plan: "План заходів щодо запобігання та виявлення корупції" of a body for a period,
 * approved by an act and signed by an official, made of numbered sections of measures.
 *
 * <p>Build it with {@code Plan.builder()...build()}; change it with the {@code withX} copies. Section
 * numbers and measure numbers are unique in a plan.
 *
 * <p>An anti-corruption programme ({@link PlanKind#PROGRAMME}) may span several years and carries a risk
 * register ({@link #risks()}) whose entries link to the measures that address them; a plan of the 2020
 * kind has no risks. Risk identifiers are unique and every linked measure exists in the plan. Immutable
 * and thread-safe.
 */
@Value.Immutable
@AcplanStyle
abstract class AbstractPlan {

  /**
   * Returns the title of the plan, without the body and period.
   *
   * @return e.g. "План заходів щодо запобігання та виявлення корупції"
   */
  public abstract String title();

  /**
   * Returns the body the plan is for, as written in the title.
   *
   * @return e.g. "у виконкомі Довгинцівської районної в місті ради"
   */
  public abstract String body();

  /**
   * Returns the years the plan covers.
   *
   * @return the period
   */
  public abstract PlanPeriod period();

  /**
   * Returns what kind of document this is.
   *
   * @return {@link PlanKind#PLAN} unless set
   */
  @Value.Default
  public PlanKind kind() {
    return PlanKind.PLAN;
  }

  /**
   * Returns the act that approved the plan.
   *
   * @return the approval, or empty for a draft
   */
  public abstract Optional<Approval> approval();

  /**
   * Returns the official who signed the plan.
   *
   * @return the signatory, or empty if none is given
   */
  public abstract Optional<Signatory> signatory();

  /**
   * Returns the sections in order.
   *
   * @return the sections
   */
  public abstract List<Section> sections();

  /**
   * Returns every measure of the plan, section by section, in the order of the plan.
   *
   * @return the measures
   */
  @Value.Lazy
  public List<Measure> measures() {
    List<Measure> all = new ArrayList<>();
    for (Section s : sections()) {
      all.addAll(s.measures());
    }
    return List.copyOf(all);
  }

  /**
   * Returns the risk register, in the register's order.
   *
   * @return the corruption risks, empty for a plan without a register
   */
  public abstract List<CorruptionRisk> risks();

  /**
   * Returns the scale on which {@link #risks()} are scored.
   *
   * @return {@link RiskScale#NAZK_2021} unless set
   */
  @Value.Default
  public RiskScale riskScale() {
    return RiskScale.NAZK_2021;
  }

  /**
   * Tells whether every measure must address at least one risk of the register, as a programme built
   * wholly on its register requires; the validator reports measures that address none.
   *
   * @return false unless set
   */
  @Value.Default
  public boolean measuresMustAddressRisks() {
    return false;
  }

  /**
   * Finds a risk of the register by identifier.
   *
   * @param id the identifier
   * @return the risk, or empty if the register has none with that identifier
   */
  public Optional<CorruptionRisk> risk(String id) {
    Objects.requireNonNull(id, "id");
    for (CorruptionRisk r : risks()) {
      if (r.id().equals(id)) {
        return Optional.of(r);
      }
    }
    return Optional.empty();
  }

  /**
   * Returns the risks a measure addresses, in the register's order.
   *
   * @param number the measure number
   * @return the risks that link to the measure, possibly empty
   */
  public List<CorruptionRisk> risksAddressedBy(MeasureNumber number) {
    Objects.requireNonNull(number, "number");
    List<CorruptionRisk> out = new ArrayList<>();
    for (CorruptionRisk r : risks()) {
      if (r.measures().contains(number)) {
        out.add(r);
      }
    }
    return List.copyOf(out);
  }

  /**
   * Returns the level of a risk on this plan's {@link #riskScale()}.
   *
   * @param risk a risk
   * @return the level, or empty if a score is off the scale
   */
  public Optional<RiskLevel> riskLevel(CorruptionRisk risk) {
    Objects.requireNonNull(risk, "risk");
    return riskScale().level(risk.probability(), risk.consequence());
  }

  @Value.Lazy
  Map<MeasureNumber, Measure> measuresByNumber() {
    Map<MeasureNumber, Measure> map = new LinkedHashMap<>();
    for (Measure m : measures()) {
      map.put(m.number(), m);
    }
    return Collections.unmodifiableMap(map);
  }

  /**
   * Finds a measure by number.
   *
   * @param number the measure number
   * @return the measure, or empty if the plan has none with that number
   */
  public Optional<Measure> measure(MeasureNumber number) {
    Objects.requireNonNull(number, "number");
    return Optional.ofNullable(measuresByNumber().get(number));
  }

  /**
   * Finds a section by number.
   *
   * @param number the section number
   * @return the section, or empty if the plan has none with that number
   */
  public Optional<Section> section(int number) {
    for (Section s : sections()) {
      if (s.number() == number) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }

  @Value.Check
  void check() {
    Set<Integer> sectionNumbers = new HashSet<>();
    for (Section s : sections()) {
      if (!sectionNumbers.add(s.number())) {
        throw new PlanStructureException("Section number " + s.number() + " appears more than once");
      }
    }
    // Measure numbers start with their section's number (checked by Section) and section numbers are
    // unique, so measure numbers are unique across the plan too.
    Set<String> riskIds = new HashSet<>();
    for (CorruptionRisk r : risks()) {
      if (!riskIds.add(r.id())) {
        throw new PlanStructureException("Corruption risk " + r.id() + " appears more than once in the register");
      }
      for (MeasureNumber n : r.measures()) {
        if (!measuresByNumber().containsKey(n)) {
          throw new PlanStructureException(
              "Corruption risk " + r.id() + ": linked measure " + n + " is not in the plan");
        }
      }
    }
  }
}
