package io.github.acplan.core;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * An anti-corruption plan: "План заходів щодо запобігання та виявлення корупції" of a body for a period,
 * approved by an act and signed by an official, made of numbered sections of measures.
 *
 * <p>Build it with {@code Plan.builder()...build()}; change it with the {@code withX} copies. Section
 * numbers and measure numbers are unique in a plan. Immutable and thread-safe.
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
  public abstract ImmutableList<Section> sections();

  /**
   * Returns every measure of the plan, section by section, in the order of the plan.
   *
   * @return the measures
   */
  @Value.Lazy
  public ImmutableList<Measure> measures() {
    ImmutableList.Builder<Measure> all = ImmutableList.builder();
    for (Section s : sections()) {
      all.addAll(s.measures());
    }
    return all.build();
  }

  @Value.Lazy
  ImmutableMap<MeasureNumber, Measure> measuresByNumber() {
    ImmutableMap.Builder<MeasureNumber, Measure> map = ImmutableMap.builder();
    for (Measure m : measures()) {
      map.put(m.number(), m);
    }
    return map.buildOrThrow();
  }

  /**
   * Finds a measure by number.
   *
   * @param number the measure number
   * @return the measure, or empty if the plan has none with that number
   */
  public Optional<Measure> measure(MeasureNumber number) {
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
  }
}
