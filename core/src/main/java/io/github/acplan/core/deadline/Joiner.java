package io.github.acplan.core.deadline;

/**
 * How the parts of a {@link Composite} deadline are joined in the text.
 */
public enum Joiner {
  /** "При призначенні на посаду; постійно": independent parts, all of which apply. */
  SEMICOLON,
  /** "За окремим планом (не рідше 1 разу на квартал)": the second part refines the first. */
  PARENTHESES,
  /** "при призначенні на посаду, при звільненні тощо": a list of alternatives inside a part. */
  COMMA,
  /** "Протягом року у визначені законодавством строки": two phrases written one after the other. */
  SPACE
}
