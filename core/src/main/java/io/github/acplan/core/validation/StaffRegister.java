package io.github.acplan.core.validation;

import io.github.acplan.core.Actor;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The positions, units and bodies that exist in an organisation, as the caller knows them (a staff
 * list, "штатний розпис"), to check the "Відповідальні за виконання" column against.
 *
 * <p>Names are compared ignoring case, repeated spaces and the kind of quotes, so "Відділ освіти" matches
 * "відділ  освіти". This class is immutable and thread-safe.
 */
public final class StaffRegister {

  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern QUOTES = Pattern.compile("[«»\"“”„]");

  private final Set<String> names;

  private StaffRegister(Set<String> names) {
    this.names = names;
  }

  /**
   * Returns a register of the given names.
   *
   * @param names the names of positions, units and bodies
   * @return the register
   * @throws IllegalArgumentException if a name is blank
   */
  public static StaffRegister of(Collection<String> names) {
    Set<String> b = new LinkedHashSet<>();
    for (String n : names) {
      Objects.requireNonNull(n, "a name in the staff register");
      if (n.isBlank()) {
        throw new IllegalArgumentException("A staff register name is blank");
      }
      b.add(normalize(n));
    }
    return new StaffRegister(Collections.unmodifiableSet(b));
  }

  /**
   * Tells whether the register holds a name.
   *
   * @param name the name
   * @return true if an entry matches it, ignoring case, spaces and quote style
   */
  public boolean contains(String name) {
    return names.contains(normalize(name));
  }

  /**
   * Tells whether the register holds an actor, by name (the qualifier is ignored).
   *
   * @param actor the actor
   * @return true if an entry matches the actor's name
   */
  public boolean contains(Actor actor) {
    return contains(actor.name());
  }

  /**
   * Returns how many names the register holds.
   *
   * @return the number of distinct names
   */
  public int size() {
    return names.size();
  }

  static String normalize(String name) {
    String s = QUOTES.matcher(name).replaceAll("\"");
    return SPACES.matcher(s.strip()).replaceAll(" ").toLowerCase(Locale.ROOT);
  }
}
