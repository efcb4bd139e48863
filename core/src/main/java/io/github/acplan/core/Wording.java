package io.github.acplan.core;

import java.util.Objects;
import java.util.regex.Pattern;

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

  private static final Pattern ID = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

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
    if (!ID.matcher(id).matches()) {
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
}
