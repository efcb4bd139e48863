package io.github.acplan.core.validation;

import java.util.Locale;

/** Chooses between the Ukrainian and the English text of a message. */
final class Messages {
  private Messages() {}

  static boolean isUkrainian(Locale locale) {
    return "uk".equals(locale.getLanguage());
  }
}
