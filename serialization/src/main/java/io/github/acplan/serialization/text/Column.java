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
  /** The resources of a programme's measures ("Ресурси"). */
  RESOURCES("Ресурси"),
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
   * (also the merged "Індикатор виконання (очікуваний результат)"), "Очікувані результати", "Ресурси";
   * and the English headers of a plan's page published in English ("No.", "Measure", "Deadline",
   * "Responsible", "Indicators", "Expected results", "Resources"). The Ukrainian words are found even when
   * a space breaks one ("Відповідал ьні за виконання", as a PDF's narrow header cell can give it).
   */
  static Column ofHeader(String text) {
    String h = TextNormalization.comparisonKey(text);
    if (h.startsWith("№") || h.contains("з/п") || h.equals("n") || h.equals("no") || h.equals("no.")) {
      return NUMBER;
    }
    Column english = ofEnglishHeader(h);
    if (english != OTHER) {
      return english;
    }
    // The Ukrainian words are looked for with the spaces taken out: a header in a narrow column of a PDF
    // can come with a word broken between two letters ("Відповідал ьні за виконання").
    h = h.replace(" ", "");
    if (h.contains("завдання") && !h.contains("захід") && !h.contains("заход")) {
      return TASK;
    }
    if (h.contains("індикатор") || h.contains("показник")) {
      return INDICATORS;
    }
    if (h.contains("очікуван") || h.contains("результат")) {
      return EXPECTED_RESULTS;
    }
    if (h.startsWith("ресурс")) {
      return RESOURCES;
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

  /** The English headers, whole words only: a Ukrainian plan's data never reads as one. */
  private static Column ofEnglishHeader(String h) {
    switch (h) {
      case "measure":
      case "measures":
        return NAME;
      case "deadline":
        return DEADLINE;
      case "responsible":
        return RESPONSIBLE;
      case "indicator":
      case "indicators":
        return INDICATORS;
      case "expected result":
      case "expected results":
        return EXPECTED_RESULTS;
      case "resources":
        return RESOURCES;
      default:
        return OTHER;
    }
  }
}
