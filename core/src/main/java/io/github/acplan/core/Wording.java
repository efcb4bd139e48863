package io.github.acplan.core;

import java.util.Objects;

/**
 * The words for one value of a closed list (a plan kind, a risk level, an execution status, a field
 * name): a stable identifier and the name in Ukrainian and in English.
 *
 * <p>The enums of the library that are shown to people keep one of these each, through {@link Worded},
 * so that the identifier used in JSON and on the command line and the two names stay together and are
 * checked in one place. This record is immutable and thread-safe.
 *
 * @param id the stable identifier: lower-case ASCII words joined by hyphens, e.g. "partly-done"
 * @param ukrainian the Ukrainian name, e.g. "виконано частково"
 * @param english the English name, e.g. "partly done"
 */
public record Wording(String id, String ukrainian, String english) {


  /**
   * Checks the words.
   *
   * @param id the stable identifier
   * @param ukrainian the Ukrainian name
   * @param english the English name
   * @throws IllegalArgumentException if the identifier is not lower-case ASCII words joined by hyphens,
   *     or a name is blank or has spaces around it
   */
  public Wording {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(ukrainian, "ukrainian");
    Objects.requireNonNull(english, "english");
    if (!isId(id)) {
      throw new IllegalArgumentException("id \"" + id + "\" must be lower-case ASCII words joined by "
          + "hyphens, e.g. \"partly-done\"");
    }
    requireName(ukrainian, "Ukrainian", id);
    requireName(english, "English", id);
  }

  private static void requireName(String name, String language, String id) {
    if (name.isBlank() || !name.equals(name.strip())) {
      throw new IllegalArgumentException("the " + language + " name of \"" + id + "\" must be non-blank "
          + "with no spaces around it; found \"" + name + "\"");
    }
  }

  /**
   * Whether an id is lower-case words joined by single hyphens ("partly-done"): checked in one pass,
   * because a regular expression with a repeated group recurses once per word and an id of thousands of
   * words would overflow the stack.
   */
  private static boolean isId(String id) {
    if (id.isEmpty() || id.charAt(0) < 'a' || id.charAt(0) > 'z') {
      return false;
    }
    char previous = id.charAt(0);
    for (int i = 1; i < id.length(); i++) {
      char c = id.charAt(i);
      boolean word = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
      if (!word && !(c == '-' && previous != '-')) {
        return false;
      }
      previous = c;
    }
    return previous != '-';
  }
}
