package io.github.acplan.serialization.text;

import io.github.acplan.core.text.TextNormalization;

/** The columns of a plan's table, recognised by the words of their headers. */
enum Column {
  NUMBER("№ з/п"),
  /** The task of a ministry's or the Cabinet of Ministers' plan, merged down over its measures. */
  TASK("Найменування завдання"),
  NAME("Найменування заходу"),
  DEADLINE("Строк виконання"),
  RESPONSIBLE("Відповідальні за виконання"),
  INDICATORS("Індикатор виконання"),
  EXPECTED_RESULTS("Очікувані результати"),
  /** A column the model has no place for ("Джерела фінансування", "Примітка"). */
  OTHER("");

  /** The header the writer uses. */
  final String header;

  Column(String header) {
    this.header = header;
  }

  /**
   * Recognises a header cell: "№ з/п", "Найменування заходу" or "Зміст заходу", "Строк виконання" or
   * "Термін виконання", "Відповідальні за виконання" or "Відповідальні виконавці", "Індикатор виконання"
   * (also the merged "Індикатор виконання (очікуваний результат)"), "Очікувані результати".
   */
  static Column ofHeader(String text) {
    String h = TextNormalization.comparisonKey(text);
    if (h.startsWith("№") || h.contains("з/п") || h.equals("n") || h.equals("no")) {
      return NUMBER;
    }
    if (h.contains("завдання") && !h.contains("захід") && !h.contains("заход")) {
      return TASK;
    }
    if (h.contains("індикатор") || h.contains("показник")) {
      return INDICATORS;
    }
    if (h.contains("очікуван") || h.contains("результат")) {
      return EXPECTED_RESULTS;
    }
    if (h.contains("строк") || h.contains("термін")) {
      return DEADLINE;
    }
    if (h.contains("відповідальн") || h.contains("виконавц")) {
      return RESPONSIBLE;
    }
    if (h.contains("найменування") || h.contains("зміст") || h.contains("захід") || h.contains("заход")) {
      return NAME;
    }
    return OTHER;
  }
}
