package io.github.acplan.core;

import java.util.Optional;

/**
 * What kind of document a plan is: the one-year table of measures of the 2010s, or the anti-corruption
 * programme with a risk register that bodies adopt since 2022.
 *
 * <p>The {@linkplain #id() identifiers} ("plan", "programme") are used in JSON and on the command line;
 * the {@linkplain #ukrainian() Ukrainian names} are in lower case as they stand inside a sentence.
 */
public enum PlanKind implements Worded {
  /** "План заходів щодо запобігання та виявлення корупції": a table of measures, usually for one year. */
  PLAN("plan", "план заходів", "plan of measures"),
  /**
   * "Антикорупційна програма" (Law of Ukraine No. 1700-VII "On Prevention of Corruption", art. 19; NAZK
   * Methodology of corruption-risk management, order No. 830/21 of 28.12.2021): often for several years,
   * built on a register of corruption risks.
   */
  PROGRAMME("programme", "антикорупційна програма", "anti-corruption programme");

  private final Wording wording;

  PlanKind(String id, String ukrainian, String english) {
    this.wording = new Wording(id, ukrainian, english);
  }

  @Override
  public Wording wording() {
    return wording;
  }

  /**
   * Finds the kind with an identifier, in any case.
   *
   * @param id "plan" or "programme"
   * @return the kind, or empty if the identifier names none
   */
  public static Optional<PlanKind> fromId(String id) {
    return Worded.byId(PlanKind.class, id);
  }
}
