package io.github.acplan.core.deadline;

import java.time.Month;
import java.util.Locale;

/** Ukrainian words for months and numbers, shared by the parser and the formatter. */
final class UkrainianWords {

  private UkrainianWords() {}

  /** Nominative: "січень". */
  static final String[] MONTH_NOMINATIVE = {"січень", "лютий", "березень", "квітень", "травень", "червень",
      "липень", "серпень", "вересень", "жовтень", "листопад", "грудень"};

  /** Genitive: "15 січня", "протягом січня". */
  static final String[] MONTH_GENITIVE = {"січня", "лютого", "березня", "квітня", "травня", "червня",
      "липня", "серпня", "вересня", "жовтня", "листопада", "грудня"};

  /** Locative: "у січні". */
  static final String[] MONTH_LOCATIVE = {"січні", "лютому", "березні", "квітні", "травні", "червні",
      "липні", "серпні", "вересні", "жовтні", "листопаді", "грудні"};

  /** Roman numerals 1 to 4, as officials number quarters and half-years. */
  static final String[] ROMAN = {"I", "II", "III", "IV"};

  static String nominative(Month month) {
    return MONTH_NOMINATIVE[month.ordinal()];
  }

  static String genitive(Month month) {
    return MONTH_GENITIVE[month.ordinal()];
  }

  /** Finds a month by any of its case forms, or returns null. */
  static Month month(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    for (int i = 0; i < 12; i++) {
      if (w.equals(MONTH_NOMINATIVE[i]) || w.equals(MONTH_GENITIVE[i]) || w.equals(MONTH_LOCATIVE[i])) {
        return Month.of(i + 1);
      }
    }
    return null;
  }

  /**
   * Chooses the genitive form after a number: 1, 21, 31 take the singular ("1 робочого дня"), the others
   * the plural ("2 робочих днів", "11 робочих днів").
   */
  static String afterNumber(int n, String singular, String plural) {
    return n % 10 == 1 && n % 100 != 11 ? singular : plural;
  }

  /** Upper-cases the first letter. */
  static String capitalize(String s) {
    if (s.isEmpty()) {
      return s;
    }
    return s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
  }

  /**
   * Lower-cases the first letter unless the first word is an abbreviation or a Roman numeral ("I
   * квартал", "НАЗК"): a capital is lowered when a lower-case letter follows it, or when it is a
   * one-letter Cyrillic word ("У разі", "В разі", "З 16 липня") other than "І", which may be a numeral.
   */
  static String decapitalize(String s) {
    if (s.length() >= 2 && Character.isUpperCase(s.charAt(0))) {
      char first = s.charAt(0);
      char next = s.charAt(1);
      boolean oneLetterWord = !Character.isLetterOrDigit(next) && Character.UnicodeBlock.of(first)
          == Character.UnicodeBlock.CYRILLIC && first != 'І';
      if (Character.isLowerCase(next) || oneLetterWord) {
        return Character.toLowerCase(first) + s.substring(1);
      }
    }
    return s;
  }
}
