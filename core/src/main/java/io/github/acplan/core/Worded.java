package io.github.acplan.core;

import io.github.acplan.core.text.TextNormalization;
import java.util.Optional;

/**
 * A value with a stable identifier and names in Ukrainian and English, kept in its {@link Wording}.
 *
 * <p>The library's enums that appear in JSON, on the command line or in reports implement it (for
 * example {@link PlanKind}, {@link io.github.acplan.core.risk.RiskLevel},
 * {@link io.github.acplan.core.monitoring.ExecutionStatus}); each enum's documentation says where its
 * identifiers are used and in what grammatical form its names are given.
 */
public interface Worded {

  /**
   * Returns the identifier and the names of this value.
   *
   * @return the words
   */
  Wording wording();

  /**
   * Returns the stable identifier, as used in JSON, on the command line and in paths.
   *
   * @return e.g. "partly-done"
   */
  default String id() {
    return wording().id();
  }

  /**
   * Returns the Ukrainian name, in lower case as it stands inside a sentence.
   *
   * @return e.g. "виконано частково"
   */
  default String ukrainian() {
    return wording().ukrainian();
  }

  /**
   * Returns the English name.
   *
   * @return e.g. "partly done"
   */
  default String english() {
    return wording().english();
  }

  /**
   * Finds the constant of an enum with an identifier, in any case and with spaces around it ("PLAN ",
   * "partly-done").
   *
   * @param <E> the enum
   * @param type the enum's class
   * @param id the identifier
   * @return the first constant with that identifier, or empty if none has it
   */
  static <E extends Enum<E> & Worded> Optional<E> byId(Class<E> type, String id) {
    String wanted = normalized(id);
    for (E e : type.getEnumConstants()) {
      if (e.id().equals(wanted)) {
        return Optional.of(e);
      }
    }
    return Optional.empty();
  }

  /**
   * Finds the constant of an enum with a Ukrainian name, in any case and spacing ("Виконано  частково").
   *
   * @param <E> the enum
   * @param type the enum's class
   * @param words the Ukrainian name
   * @return the first constant with that name, or empty if none has it
   */
  static <E extends Enum<E> & Worded> Optional<E> byUkrainian(Class<E> type, String words) {
    String wanted = normalized(words);
    for (E e : type.getEnumConstants()) {
      if (normalized(e.ukrainian()).equals(wanted)) {
        return Optional.of(e);
      }
    }
    return Optional.empty();
  }

  /**
   * The text's {@linkplain TextNormalization#comparisonKey(String) comparison key}: lower case, runs of
   * white space (no-break spaces included) made one space and cut at the ends, apostrophe and dash
   * variants unified.
   */
  private static String normalized(String text) {
    return TextNormalization.comparisonKey(text);
  }
}
