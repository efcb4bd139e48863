package io.github.acplan.json.mapping;

import java.util.Objects;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * A property name of the format, written again and again by {@link TokenSink#name(PropertyName)}: it keeps
 * the form a module's generator writes fastest (Jackson's {@code SerializedString}, quoted and escaped
 * once), so that a name is not escaped anew each time a value is written. Meant for the two Jackson
 * modules, as {@link TokenSink} is.
 */
public final class PropertyName {
  private final String text;
  /**
   * The encoded form a module made last, or null before the first; {@link #other} holds the form made
   * before it, of the other Jackson line when an application uses both. Not volatile: a thread that sees
   * neither of its type makes its own, equal one; the encoded forms of both Jackson lines keep their text
   * in a final field, so a form published by a race is seen whole.
   */
  private @Nullable Object encoded;
  private @Nullable Object other;

  PropertyName(String text) {
    this.text = Objects.requireNonNull(text, "text");
  }

  /**
   * Returns the name.
   *
   * @return e.g. {@code "schemaVersion"}
   */
  public String text() {
    return text;
  }

  /**
   * Returns the name's encoded form of a module's type, made by {@code encoder} the first time and kept
   * for the next. Both Jackson lines may read and write in one application: the name keeps one form of
   * each, so that neither makes its form again for every name.
   *
   * @param <T> the type of the encoded form
   * @param type the type, such as Jackson's {@code SerializedString}
   * @param encoder makes the form from the name
   * @return the encoded form
   */
  public <T> T encoded(Class<T> type, Function<String, ? extends T> encoder) {
    Object kept = encoded;
    if (type.isInstance(kept)) {
      return type.cast(kept);
    }
    Object before = other;
    if (type.isInstance(before)) {
      return type.cast(before);
    }
    T made = Objects.requireNonNull(encoder.apply(text), "the encoded form");
    other = kept;
    encoded = made;
    return made;
  }

  @Override
  public String toString() {
    return text;
  }
}
