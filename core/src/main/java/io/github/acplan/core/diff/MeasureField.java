package io.github.acplan.core.diff;

import io.github.acplan.core.Worded;
import io.github.acplan.core.Wording;
import java.util.Optional;

/**
 * A field of a measure, as compared by {@link MeasureModified}.
 *
 * <p>The {@linkplain #id() identifiers} ("expected-results") are the logical names used in JSON; the
 * {@linkplain #ukrainian() Ukrainian names} are in the accusative, as they follow "змінено"; the
 * {@linkplain #english() English names} are in lower case. For {@link #YEARLY_DEADLINE} the report adds
 * the year: "строк виконання на 2025 рік", "deadline for 2025".
 */
public enum MeasureField implements Worded {
  /** "Найменування заходу". */
  NAME("name", "найменування заходу", "name"),
  /** "Строк виконання", compared by text. */
  DEADLINE("deadline", "строк виконання", "deadline"),
  /**
   * The deadline written for one year of a multi-year programme ({@link
   * io.github.acplan.core.Measure#yearlyDeadlines()}), compared by text year by year; the
   * {@link FieldChange#year()} says which year.
   */
  YEARLY_DEADLINE("yearly-deadline", "строк виконання", "deadline"),
  /** "Відповідальні за виконання", compared as a set of actors. */
  RESPONSIBLE("responsible", "відповідальних за виконання", "responsible"),
  /** "Індикатор виконання". */
  INDICATORS("indicators", "індикатор виконання", "indicators"),
  /** "Очікувані результати". */
  EXPECTED_RESULTS("expected-results", "очікувані результати", "expected results"),
  /** "Ресурси" or "Джерела фінансування" of a programme's measure; an empty cell has no value. */
  RESOURCES("resources", "ресурси", "resources");

  private final Wording wording;

  MeasureField(String id, String ukrainian, String english) {
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
  public static Optional<MeasureField> fromId(String id) {
    return Worded.byId(MeasureField.class, id);
  }
}
