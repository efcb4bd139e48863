package io.github.acplan.core.deadline;

import java.time.Month;
import java.util.List;
import java.util.OptionalInt;

/** Argument checks shared by the deadline records; messages name the kind and the component. */
final class Checks {
  // The messages are built only when a check fails: every deadline the parser or a reader makes passes
  // through here, and building them eagerly was most of what reading a deadline allocated.

  private Checks() {}

  static String text(String text, String kind) {
    if (text == null) {
      throw new NullPointerException(kind + ".text");
    }
    return text;
  }

  static String nonBlank(String value, String kind, String component) {
    if (value == null) {
      throw new NullPointerException(kind + "." + component);
    }
    if (value.isBlank()) {
      throw new IllegalArgumentException(kind + ": " + component + " must not be blank");
    }
    return value;
  }

  static int positive(int value, String kind, String component) {
    if (value < 1) {
      throw new IllegalArgumentException(kind + ": " + component + " must be at least 1, got " + value);
    }
    return value;
  }

  /** A year written in a deadline, or empty when none is written. */
  static OptionalInt year(OptionalInt year, String kind, String component) {
    if (year == null) {
      throw new NullPointerException(kind + "." + component);
    }
    if (year.isPresent() && (year.getAsInt() < 1 || year.getAsInt() > 9999)) {
      throw new IllegalArgumentException(kind + ": " + component + " must be 1..9999 when written, got "
          + year.getAsInt());
    }
    return year;
  }

  /** The year the parser read, where 0 stands for "not written" inside the parser only. */
  static OptionalInt writtenYear(int year) {
    return year == 0 ? OptionalInt.empty() : OptionalInt.of(year);
  }

  /** A day of {@code month}; 29 February only if the year is unknown or a leap year. */
  static int day(int day, Month month, OptionalInt year, String kind, String component) {
    int max = year.isEmpty() ? month.maxLength() : month.length(java.time.Year.isLeap(year.getAsInt()));
    if (day < 1 || day > max) {
      throw new IllegalArgumentException(kind + ": " + component + " must be 1.." + max + " for " + month
          + (year.isEmpty() ? "" : " " + year.getAsInt()) + ", got " + day);
    }
    return day;
  }

  /**
   * Checks that a deadline made of {@code inner} ones nests no deeper than
   * {@link Deadline#MAX_NESTING_DEPTH}. The inner ones were checked when they were made, so counting
   * recurses at most that deep.
   */
  static void nesting(String kind, List<Deadline> inner) {
    nesting(kind, deepest(inner));
  }

  /** As {@link #nesting(String, List)}, for a deadline made of one inner deadline. */
  static void nesting(String kind, Deadline inner) {
    nesting(kind, depthOf(inner));
  }

  private static void nesting(String kind, int innerDepth) {
    if (innerDepth + 1 > Deadline.MAX_NESTING_DEPTH) {
      throw new IllegalArgumentException(kind + ": deadlines nest at most " + Deadline.MAX_NESTING_DEPTH
          + " levels deep, this one " + (innerDepth + 1));
    }
  }

  /** How many levels a deadline has: 1, and the deepest of its inner ones. */
  private static int depthOf(Deadline d) {
    if (d instanceof Conditional c) {
      return 1 + depthOf(c.deadline());
    }
    return 1 + (d instanceof Composite c ? deepest(c.parts()) : 0);
  }

  /** The levels of the deepest of some deadlines. */
  private static int deepest(List<Deadline> deadlines) {
    int deepest = 0;
    for (Deadline d : deadlines) {
      deepest = Math.max(deepest, depthOf(d));
    }
    return deepest;
  }

  static <T> List<T> list(List<T> list, String kind, String component) {
    if (list == null) {
      throw new NullPointerException(kind + "." + component);
    }
    for (int i = 0; i < list.size(); i++) {
      if (list.get(i) == null) {
        throw new NullPointerException(kind + "." + component + "[" + i + "]");
      }
    }
    return List.copyOf(list);
  }
}
