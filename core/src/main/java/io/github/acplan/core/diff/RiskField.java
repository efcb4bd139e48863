package io.github.acplan.core.diff;

import io.github.acplan.core.Worded;
import io.github.acplan.core.Wording;
import java.util.Optional;

/**
 * A field of a risk of the register, as compared by {@link RiskModified}. The columns are those of the
 * NAZK Methodology's register (order No. 830/21 of 28.12.2021).
 *
 * <p>The {@linkplain #id() identifiers} ("probability") are the logical names used in JSON; the
 * {@linkplain #ukrainian() Ukrainian names} are in the accusative, as they follow "змінено"; the
 * {@linkplain #english() English names} are in lower case ("linked measures").
 */
public enum RiskField implements Worded {
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

  private final Wording wording;

  RiskField(String id, String ukrainian, String english) {
    this.wording = new Wording(id, ukrainian, english);
  }

  @Override
  public Wording wording() {
    return wording;
  }

  /**
   * Finds the constant with an identifier, in any case and with spaces around it.
   *
   * @param id the identifier, as in JSON
   * @return the constant, or empty if the identifier names none
   */
  public static Optional<RiskField> fromId(String id) {
    return Worded.byId(RiskField.class, id);
  }
}
