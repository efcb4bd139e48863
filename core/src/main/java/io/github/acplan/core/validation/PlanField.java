package io.github.acplan.core.validation;

import io.github.acplan.core.Worded;
import io.github.acplan.core.Wording;
import java.util.Locale;
import java.util.Optional;

/**
 * The part of a plan a {@link Finding} points at: a field of the plan, of a section, of a measure or of a
 * risk of the register.
 *
 * <p>The {@linkplain #id() identifiers} ("expected-results") are used in paths and JSON; the names are
 * the column headings in lower case, as {@link #label(Locale)} gives them.
 */
public enum PlanField implements Worded {
  /** The plan's title. */
  TITLE("title", "назва плану", "title"),
  /** The body the plan is for. */
  BODY("body", "орган", "body"),
  /** The years the plan covers. */
  PERIOD("period", "період", "period"),
  /** The approving act. */
  APPROVAL("approval", "затвердження", "approval"),
  /** The signatory. */
  SIGNATORY("signatory", "підпис", "signatory"),
  /** A section's title. */
  SECTION_TITLE("section-title", "назва розділу", "section title"),
  /** A measure's number ("№ з/п"). */
  NUMBER("number", "номер", "number"),
  /** A measure's name ("Найменування заходу"). */
  NAME("name", "найменування заходу", "name"),
  /** A measure's deadline ("Строк виконання"). */
  DEADLINE("deadline", "строк виконання", "deadline"),
  /**
   * A measure's deadline for one year, in a table whose deadline column is split into years; the
   * {@link FindingPath#year()} says which.
   */
  YEARLY_DEADLINES("yearly-deadlines", "строк виконання за роками", "deadlines by year"),
  /** A measure's responsible actors ("Відповідальні за виконання"). */
  RESPONSIBLE("responsible", "відповідальні за виконання", "responsible"),
  /** A measure's indicators ("Індикатор виконання"). */
  INDICATORS("indicators", "індикатор виконання", "indicators"),
  /** A measure's expected results ("Очікувані результати"). */
  EXPECTED_RESULTS("expected-results", "очікувані результати", "expected results"),
  /** A risk's function or process ("Функція / процес"). */
  RISK_FUNCTION("function", "функція / процес", "function or process"),
  /** A risk's text ("Корупційний ризик"). */
  RISK("risk", "корупційний ризик", "corruption risk"),
  /** A risk's probability score ("Ймовірність"). */
  PROBABILITY("probability", "ймовірність", "probability"),
  /** A risk's consequence score ("Наслідки"). */
  CONSEQUENCE("consequence", "наслідки", "consequences"),
  /** The measures linked to a risk ("Заходи щодо усунення / мінімізації ризику"). */
  RISK_MEASURES("measures", "заходи", "measures");

  private final Wording wording;

  PlanField(String id, String ukrainian, String english) {
    this.wording = new Wording(id, ukrainian, english);
  }

  @Override
  public Wording wording() {
    return wording;
  }

  /**
   * Returns the name of the field (the column heading, in lower case) in a language.
   *
   * @param locale Ukrainian ("uk") gives the Ukrainian name; any other locale the English one
   * @return e.g. "очікувані результати" or "expected results"
   */
  public String label(Locale locale) {
    return Messages.isUkrainian(locale) ? ukrainian() : english();
  }

  /**
   * Finds the constant with an identifier, in any case and with spaces around it.
   *
   * @param id the identifier, as in JSON
   * @return the constant, or empty if the identifier names none
   */
  public static Optional<PlanField> fromId(String id) {
    return Worded.byId(PlanField.class, id);
  }
}
