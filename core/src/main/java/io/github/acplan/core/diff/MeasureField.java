package io.github.acplan.core.diff;

/**
 * A field of a measure, as compared by {@link MeasureModified}.
 */
public enum MeasureField {
  /** "Найменування заходу". */
  NAME("name", "найменування заходу", "name"),
  /** "Строк виконання", compared by text. */
  DEADLINE("deadline", "строк виконання", "deadline"),
  /** "Відповідальні за виконання", compared as a set of actors. */
  RESPONSIBLE("responsible", "відповідальних за виконання", "responsible"),
  /** "Індикатор виконання". */
  INDICATORS("indicators", "індикатор виконання", "indicators"),
  /** "Очікувані результати". */
  EXPECTED_RESULTS("expected-results", "очікувані результати", "expected results");

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
   * Returns the Ukrainian name in the accusative, as it follows "змінено".
   *
   * @return e.g. "строк виконання"
   */
  public String ukrainian() {
    return ukrainian;
  }

  /**
   * Returns the English name, in lower case.
   *
   * @return e.g. "deadline"
   */
  public String english() {
    return english;
  }
}
