package io.github.acplan.serialization.text;

import io.github.acplan.core.text.TextNormalization;

/**
 * The columns of a programme's risk register, recognised by the words of their headers (the register of
 * the NAZK Methodology of corruption-risk management, order No. 830/21 of 28.12.2021, and its variants in
 * published programmes), and the English headers of acplan's own register page in English.
 */
enum RegisterColumn {
  /** "№ з/п": the risk's number. */
  NUMBER(true),
  /** "Функція / процес", "Назва функції", "Процес". */
  FUNCTION(true),
  /** "Корупційний ризик", "Найменування корупційного ризику", "Ідентифікований корупційний ризик". */
  RISK(true),
  /** "Опис ідентифікованого корупційного ризику". */
  DESCRIPTION(true),
  /** "Чинники корупційного ризику", "Джерела корупційного ризику". */
  SOURCES(true),
  /** "Ймовірність", "Імовірність реалізації". */
  PROBABILITY(true),
  /** "Наслідки". */
  CONSEQUENCE(true),
  /** "Рівень корупційного ризику", "Рівень ризику". */
  LEVEL(true),
  /** "Заходи щодо усунення / мінімізації корупційного ризику", "Зміст заходу". */
  MEASURE(false),
  /** "Строк виконання", possibly one column per year. */
  DEADLINE(false),
  /** "Відповідальні за виконання", "Відповідальні виконавці". */
  RESPONSIBLE(false),
  /** "Ресурси", "Джерела фінансування". */
  RESOURCES(false),
  /** "Індикатор виконання", also the merged "Індикатор виконання (очікуваний результат)". */
  INDICATORS(false),
  /** "Очікувані результати". */
  EXPECTED_RESULTS(false),
  /**
   * A monitoring column: "Фактична дата виконання", "Стан виконання", "Коментар". A programme's text is
   * the plan, not its execution report: these cells are reported and not kept.
   */
  MONITORING(false),
  /** A column the model has no place for ("Примітка"), or an empty header cell. */
  OTHER(false);

  /** Whether the column describes the risk (merged over the rows of its measures) or a measure. */
  final boolean riskSide;

  RegisterColumn(boolean riskSide) {
    this.riskSide = riskSide;
  }

  /**
   * Normalises a header for matching: its {@linkplain TextNormalization#comparisonKey(String) comparison
   * key} (lower case, one kind of apostrophe and dash, single spaces), Latin "i" read as the Ukrainian
   * "і" (extractions mix them), no spaces around "/".
   */
  static String normalise(String text) {
    return TextNormalization.comparisonKey(text).replace('i', 'і').replace(" /", "/").replace("/ ", "/");
  }

  /**
   * Recognises a header cell; the order of the tests matters, as headers share words ("Строк виконання
   * заходу" names a deadline, not a measure; "Рівень корупційного ризику" a level, not a risk).
   */
  static RegisterColumn ofHeader(String text) {
    String h = normalise(text);
    if (h.isEmpty()) {
      return OTHER;
    }
    RegisterColumn english = ofEnglishHeader(TextNormalization.comparisonKey(text));
    if (english != OTHER) {
      return english;
    }
    if (h.startsWith("№") || h.contains("з/п") || h.equals("n") || h.equals("no") || h.equals("n з/п")) {
      return NUMBER;
    }
    if (h.contains("фактичн") || h.startsWith("стан") || h.contains("коментар") || h.contains("моніторинг")
        || h.contains("відмітк") || h.contains("інформація про викон")) {
      return MONITORING;
    }
    if (h.contains("індикатор") || h.contains("показник")) {
      return INDICATORS;
    }
    if (h.contains("очікуван") || h.contains("результат")) {
      return EXPECTED_RESULTS;
    }
    if (h.contains("ресурс") || h.contains("фінансуван")) {
      return RESOURCES;
    }
    if (h.contains("строк") || h.contains("термін")) {
      return DEADLINE;
    }
    if (h.contains("відповідальн") || h.contains("виконавц")) {
      return RESPONSIBLE;
    }
    if (h.contains("рівень")) {
      return LEVEL;
    }
    if (h.contains("мовірн") || h.contains("вірогідн")) {
      return PROBABILITY;
    }
    if (h.contains("наслідк")) {
      return CONSEQUENCE;
    }
    if (h.contains("чинник") || h.startsWith("джерел")) {
      return SOURCES;
    }
    if (h.startsWith("опис")) {
      return DESCRIPTION;
    }
    if (h.contains("заход") || h.contains("захід") || h.contains("зміст")) {
      return MEASURE;
    }
    if (h.contains("функці") || h.contains("процес")) {
      return FUNCTION;
    }
    if (h.contains("ризик")) {
      return RISK;
    }
    return OTHER;
  }

  /**
   * The English headers of a register published in English (acplan's own page in English writes them),
   * whole headers only, so that a Ukrainian register's data never reads as one.
   */
  private static RegisterColumn ofEnglishHeader(String h) {
    switch (h) {
      case "no.":
        return NUMBER;
      case "function / process":
      case "function":
        return FUNCTION;
      case "corruption risk":
        return RISK;
      case "description":
        return DESCRIPTION;
      case "sources":
        return SOURCES;
      case "probability":
        return PROBABILITY;
      case "consequences":
        return CONSEQUENCE;
      case "risk level":
        return LEVEL;
      case "measures":
        return MEASURE;
      default:
        return OTHER;
    }
  }
}
