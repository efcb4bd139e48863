package io.github.acplan.json.mapping;

import java.util.Objects;
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
   * The encoded form a module made, or null before the first write. Not volatile: a thread that sees
   * null makes its own, equal one; the encoded forms of both Jackson lines keep their text in a final
   * field, so a form published by a race is seen whole.
   */
  private @Nullable Object encoded;

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
   * Returns the encoded form a module kept, if any: a module checks that it is its own type, as both
   * Jackson lines may write in one application.
   *
   * @return the encoded form, or null
   */
  public @Nullable Object encoded() {
    return encoded;
  }

  /**
   * Keeps a module's encoded form of the name.
   *
   * @param form the encoded form, such as a {@code SerializedString} of the name
   */
  public void encoded(Object form) {
    this.encoded = Objects.requireNonNull(form, "form");
  }

  @Override
  public String toString() {
    return text;
  }
}
