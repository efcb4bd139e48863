package io.github.acplan.serialization.json;

import org.jspecify.annotations.Nullable;

/**
 * Where a value is in a JSON document, e.g. {@code $.sections[2].measures[0].number}: a parent and a
 * property name or an array index. The string is rendered only when an error is reported: building it
 * for every value read cost more than reading some values.
 */
final class JsonPath {

  /** The document's root, {@code $}. */
  static final JsonPath ROOT = new JsonPath(null, null, -1);

  private final @Nullable JsonPath parent;
  private final @Nullable String name;
  private final int index;

  private JsonPath(@Nullable JsonPath parent, @Nullable String name, int index) {
    this.parent = parent;
    this.name = name;
    this.index = index;
  }

  /** Returns the path of a property of the object at this path. */
  JsonPath property(String property) {
    return new JsonPath(this, property, -1);
  }

  /** Returns the path of an element of the array at this path. */
  JsonPath index(int i) {
    return new JsonPath(this, null, i);
  }

  @Override
  public String toString() {
    StringBuilder out = new StringBuilder();
    render(out);
    return out.toString();
  }

  private void render(StringBuilder out) {
    if (parent == null) {
      out.append('$');
      return;
    }
    parent.render(out);
    if (name != null) {
      out.append('.').append(name);
    } else {
      out.append('[').append(index).append(']');
    }
  }
}
