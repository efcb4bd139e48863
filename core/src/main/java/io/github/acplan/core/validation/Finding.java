package io.github.acplan.core.validation;

import java.util.Comparator;
import java.util.Locale;
import java.util.Objects;

/**
 * One thing a {@link PlanValidator} found in a plan: a stable code, a severity, where it is and what it
 * is, in Ukrainian and English.
 *
 * <p>Findings sort by path (the order of the plan), then by severity, then by code. This class is
 * immutable and thread-safe.
 *
 * @param code the stable code, upper-case words joined by underscores, e.g. "MISSING_EXPECTED_RESULT"
 *     (see {@link FindingCodes})
 * @param severity how serious it is
 * @param path where it is
 * @param messageUk the message in Ukrainian
 * @param messageEn the message in English
 */
public record Finding(String code, Severity severity, FindingPath path, String messageUk, String messageEn)
    implements Comparable<Finding> {


  private static final Comparator<Finding> ORDER = Comparator.comparing(Finding::path)
      .thenComparing(Finding::severity)
      .thenComparing(Finding::code)
      .thenComparing(Finding::messageEn);

  /**
   * Checks the components.
   *
   * @param code the code
   * @param severity the severity
   * @param path the path
   * @param messageUk the Ukrainian message
   * @param messageEn the English message
   * @throws IllegalArgumentException if the code is not upper-case words joined by underscores or a
   *     message is blank
   */
  public Finding {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(messageUk, "messageUk");
    Objects.requireNonNull(messageEn, "messageEn");
    if (!isCode(code)) {
      throw new IllegalArgumentException("A finding code is upper-case words joined by underscores,"
          + " like \"MISSING_EXPECTED_RESULT\", got \"" + code + "\"");
    }
    if (messageUk.isBlank() || messageEn.isBlank()) {
      throw new IllegalArgumentException("Finding " + code + " at " + path + ": a message is blank");
    }
  }

  /**
   * Returns the message in a language.
   *
   * @param locale Ukrainian ("uk") gives {@link #messageUk()}; any other locale {@link #messageEn()}
   * @return the message
   */
  public String message(Locale locale) {
    return Messages.isUkrainian(locale) ? messageUk : messageEn;
  }

  @Override
  public int compareTo(Finding other) {
    return ORDER.compare(this, other);
  }

  /**
   * Returns one line: "WARNING MISSING_INDICATOR 6.3/indicators: The measure has no indicator".
   *
   * @return the line, with the English message
   */
  @Override
  public String toString() {
    return severity + " " + code + " " + path + ": " + messageEn;
  }

  /**
   * Whether a code is upper-case words joined by single underscores ("MISSING_INDICATOR"): checked in one
   * pass, because a regular expression with a repeated group recurses once per word and a code of
   * thousands of words would overflow the stack.
   */
  private static boolean isCode(String code) {
    if (code.isEmpty() || code.charAt(0) < 'A' || code.charAt(0) > 'Z') {
      return false;
    }
    char previous = code.charAt(0);
    for (int i = 1; i < code.length(); i++) {
      char c = code.charAt(i);
      boolean word = (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
      if (!word && !(c == '_' && previous != '_')) {
        return false;
      }
      previous = c;
    }
    return previous != '_';
  }
}
