package io.github.acplan.core.diff;

/**
 * A field of a risk of the register, as compared by {@link RiskModified}. The columns are those of the
 * NAZK Methodology's register (order No. 830/21 of 28.12.2021).
 */
public enum RiskField {
  /** "Функція / процес"; an empty cell has no value. */
  FUNCTION("function", "функцію (процес)", "function"),
  /** "Корупційний ризик"; an empty cell has no value. */
  RISK("risk", "корупційний ризик", "risk"),
  /** "Опис ідентифікованого корупційного ризику"; an empty cell has no value. */
  DESCRIPTION("description", "опис ризику", "description"),
  /** "Чинники корупційного ризику", one value per source. */
  SOURCES("sources", "чинники ризику", "sources"),
  /** The probability score, one value. */
  PROBABILITY("probability", "ймовірність", "probability"),
  /** The consequence score, one value. */
  CONSEQUENCE("consequence", "наслідки", "consequence"),
  /** The numbers of the measures that address the risk, one value per measure. */
  MEASURES("measures", "заходи щодо усунення ризику", "linked measures");

  private final String id;
  private final String ukrainian;
  private final String english;

  RiskField(String id, String ukrainian, String english) {
    this.id = id;
    this.ukrainian = ukrainian;
    this.english = english;
  }

  /**
   * Returns the logical name.
   *
   * @return e.g. "probability"
   */
  public String id() {
    return id;
  }

  /**
   * Returns the Ukrainian name in the accusative, as it follows "змінено".
   *
   * @return e.g. "ймовірність"
   */
  public String ukrainian() {
    return ukrainian;
  }

  /**
   * Returns the English name, in lower case.
   *
   * @return e.g. "linked measures"
   */
  public String english() {
    return english;
  }
}
