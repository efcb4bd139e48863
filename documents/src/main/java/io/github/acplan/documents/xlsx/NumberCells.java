package io.github.acplan.documents.xlsx;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Measure numbers that a spreadsheet turned into numbers and so cut short: "3.10" typed or pasted into
 * Excel or LibreOffice Calc (or an HTML or Word table opened there) is kept as the number 3.1, and
 * shown as "3.1", the same as measure 3.1. In a column of measure numbers, a number cell that reads as
 * the previous number's successor with its trailing zeros cut ("3.1" after "3.9", "6.2" after "6.19") is
 * that successor; anything else is left as the cell shows it, so a real repeat is still refused as one.
 * One instance per sheet; not thread-safe.
 */
final class NumberCells {

  /** A two-level measure number as a cell shows it: "3.9". */
  private static final Pattern TWO_LEVELS = Pattern.compile("(\\d{1,6})\\.(\\d{1,6})");

  /** The last two-level number each column showed, by column. */
  private final Map<Integer, String> lastByColumn = new HashMap<>();

  /**
   * Notes what a cell shows and, for a number cell that lost its trailing zeros, gives the number meant.
   *
   * @param column the cell's column, from 0
   * @param shown the cell's text as the spreadsheet shows it
   * @param numberCell whether the cell holds a number (not a date, not text)
   * @return the measure number meant ("3.10"), or null when the cell is read as shown
   */
  @Nullable String restore(int column, String shown, boolean numberCell) {
    String restored = numberCell ? successorCutShort(lastByColumn.get(column), shown) : null;
    String now = restored != null ? restored : shown;
    if (TWO_LEVELS.matcher(now).matches()) {
      lastByColumn.put(column, now);
    }
    return restored;
  }

  /**
   * The successor of {@code previous} in its section when {@code shown} is it with its trailing zeros
   * cut: "3.10" for "3.9" and "3.1", "6.20" for "6.19" and "6.2"; else null.
   */
  static @Nullable String successorCutShort(@Nullable String previous, String shown) {
    if (previous == null) {
      return null;
    }
    Matcher before = TWO_LEVELS.matcher(previous);
    Matcher now = TWO_LEVELS.matcher(shown);
    if (!before.matches() || !now.matches() || !before.group(1).equals(now.group(1))) {
      return null;
    }
    String next = Integer.toString(Integer.parseInt(before.group(2)) + 1);
    String cut = now.group(2);
    if (next.length() <= cut.length() || !next.startsWith(cut)) {
      return null;
    }
    for (int i = cut.length(); i < next.length(); i++) {
      if (next.charAt(i) != '0') {
        return null;
      }
    }
    return now.group(1) + "." + next;
  }
}
