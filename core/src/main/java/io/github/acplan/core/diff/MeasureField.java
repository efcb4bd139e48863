package io.github.acplan.core.diff;

/**
 * A field of a measure, as compared by {@link MeasureModified}.
 */
public enum MeasureField {
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

  private final String id;
  private final String ukrainian;
  private final String english;

  MeasureField(String id, String ukrainian, String english) {
    this.id = id;
    this.ukrainian = ukrainian;
    this.english = english;
  }

  /**
   * Returns the logical name.
   *
   * @return e.g. "expected-results"
   */
  public String id() {
    return id;
  }

  /**
   * Returns the Ukrainian name in the accusative, as it follows "змінено". For
   * {@link #YEARLY_DEADLINE} the report adds the year: "строк виконання на 2025 рік".
   *
   * @return e.g. "строк виконання"
   */
  public String ukrainian() {
    return ukrainian;
  }

  /**
   * Returns the English name, in lower case. For {@link #YEARLY_DEADLINE} the report adds the year:
   * "deadline for 2025".
   *
   * @return e.g. "deadline"
   */
  public String english() {
    return english;
  }
}
