package io.github.acplan.core.deadline;

import io.github.acplan.core.Worded;
import io.github.acplan.core.Wording;
import java.util.Optional;

/**
 * How the parts of a {@link Composite} deadline are joined in the text.
 */
public enum Joiner implements Worded {
  /** "При призначенні на посаду; постійно": independent parts, all of which apply. */
  SEMICOLON("semicolon", "крапка з комою", "semicolon"),
  /** "За окремим планом (не рідше 1 разу на квартал)": the second part refines the first. */
  PARENTHESES("parentheses", "дужки", "parentheses"),
  /** "при призначенні на посаду, при звільненні тощо": a list of alternatives inside a part. */
  COMMA("comma", "кома", "comma"),
  /** "Протягом року у визначені законодавством строки": two phrases written one after the other. */
  SPACE("space", "пробіл", "space");

  private final Wording wording;

  Joiner(String id, String ukrainian, String english) {
    this.wording = new Wording(id, ukrainian, english);
  }

  @Override
  public Wording wording() {
    return wording;
  }

  /**
   * Finds the constant with an identifier, in any case and with spaces around it.
   *
   * @param id the identifier, as in JSON
   * @return the constant, or empty if the identifier names none
   */
  public static Optional<Joiner> fromId(String id) {
    return Worded.byId(Joiner.class, id);
  }
}
