package io.github.acplan.json.mapping;

import io.github.acplan.core.Worded;
import java.io.IOException;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * An enum's constants by their JSON ids, and the ids by ordinal ({@code getEnumConstants()} is in
 * ordinal order). An id read from JSON is a new string each time, so a hash map would hash all of it
 * first; the table here is indexed by the id's length and its first and last characters, and one
 * {@code equals} confirms the match (comparing the id with every id in turn was 1-2 % of the time of
 * reading a plan: an id for every actor and most deadlines). Writing indexes the ids by ordinal: a hash
 * map of constants was 5 % of writing the seed plan (identity hashes and probing).
 *
 * <p>The ids of a document's enums (deadlines' and actors' kinds, units, joiners, months) are also found
 * straight from the parser's characters ({@link #idAt}, for the setters marked {@link EnumId}).
 */
final class EnumIds {
  private static final ClassValue<EnumIds> BY_TYPE = new ClassValue<>() {
    @Override
    protected EnumIds computeValue(Class<?> type) {
      return new EnumIds(type.getEnumConstants());
    }
  };

  final String[] ids;
  final Object[] constants;
  /** Open addressing, linear probing: the index of a constant plus one, 0 for an empty place. */
  private final int[] table;

  private EnumIds(Object[] constants) {
    this.constants = constants.clone();
    this.ids = new String[constants.length];
    this.table = new int[Math.max(8, Integer.highestOneBit(Math.max(1, constants.length) * 4 - 1) << 1)];
    for (int i = 0; i < constants.length; i++) {
      ids[i] = computeEnumId((Enum<?>) constants[i]);
      int place = place(ids[i]);
      while (table[place] != 0) {
        place = (place + 1) & (table.length - 1);
      }
      table[place] = i + 1;
    }
  }

  private int place(String id) {
    int n = id.length();
    return n == 0 ? 0 : place(n, id.charAt(0), id.charAt(n - 1));
  }

  /** The place of an id of {@code n} characters, at least one, from its first and last. */
  private int place(int n, char first, char last) {
    int key = n * 31 + first * 7 + last;
    return (key ^ (key >>> 7)) & (table.length - 1);
  }

  /**
   * Returns the id that the current string token spells, this table's own instance, comparing the
   * parser's characters without making a string; null if it spells none.
   */
  @Nullable String idAt(TokenStream t) throws IOException {
    char[] chars = t.textCharacters();
    int offset = t.textOffset();
    int n = t.textLength();
    if (n == 0) {
      return null;
    }
    for (int place = place(n, chars[offset], chars[offset + n - 1]); table[place] != 0;
        place = (place + 1) & (table.length - 1)) {
      String id = ids[table[place] - 1];
      if (spells(id, chars, offset, n)) {
        return id;
      }
    }
    return null;
  }

  private static boolean spells(String id, char[] chars, int offset, int n) {
    if (id.length() != n) {
      return false;
    }
    for (int i = 0; i < n; i++) {
      if (id.charAt(i) != chars[offset + i]) {
        return false;
      }
    }
    return true;
  }

  @Nullable Object constant(String id) {
    for (int place = place(id); table[place] != 0; place = (place + 1) & (table.length - 1)) {
      int index = table[place] - 1;
      if (ids[index].equals(id)) {
        return constants[index];
      }
    }
    return null;
  }

  /** Returns the table of an enum's JSON ids, made once for each enum. */
  static EnumIds of(Class<?> type) {
    return BY_TYPE.get(type);
  }

  /** The library's enums are {@link Worded}; a JDK enum ({@code Month}) is its name in lower case. */
  private static String computeEnumId(Enum<?> e) {
    if (e instanceof Worded w) {
      return w.id();
    }
    return e.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
