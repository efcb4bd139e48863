package io.github.acplan.core;

import java.util.Locale;
import java.util.Optional;

/**
 * What kind of document a plan is: the one-year table of measures of the 2010s, or the anti-corruption
 * programme with a risk register that bodies adopt since 2022.
 */
public enum PlanKind {
  /** "План заходів щодо запобігання та виявлення корупції": a table of measures, usually for one year. */
  PLAN("plan", "план заходів", "plan of measures"),
  /**
   * "Антикорупційна програма" (Law of Ukraine No. 1700-VII "On Prevention of Corruption", art. 19; NAZK
   * Methodology of corruption-risk management, order No. 830/21 of 28.12.2021): often for several years,
   * built on a register of corruption risks.
   */
  PROGRAMME("programme", "антикорупційна програма", "anti-corruption programme");

  private final String id;
  private final String ukrainian;
  private final String english;

  PlanKind(String id, String ukrainian, String english) {
    this.id = id;
    this.ukrainian = ukrainian;
    this.english = english;
  }

  /**
   * Returns the stable identifier used in JSON and on the command line.
   *
   * @return "plan" or "programme"
   */
  public String id() {
    return id;
  }

  /**
   * Returns the Ukrainian name, in lower case as it stands inside a sentence.
   *
   * @return e.g. "антикорупційна програма"
   */
  public String ukrainian() {
    return ukrainian;
  }

  /**
   * Returns the English name.
   *
   * @return e.g. "anti-corruption programme"
   */
  public String english() {
    return english;
  }

  /**
   * Finds the kind with an identifier, in any case.
   *
   * @param id "plan" or "programme"
   * @return the kind, or empty if the identifier names none
   */
  public static Optional<PlanKind> fromId(String id) {
    String wanted = id.strip().toLowerCase(Locale.ROOT);
    for (PlanKind kind : values()) {
      if (kind.id.equals(wanted)) {
        return Optional.of(kind);
      }
    }
    return Optional.empty();
  }
}
