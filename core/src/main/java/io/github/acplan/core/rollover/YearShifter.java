package io.github.acplan.core.rollover;

import io.github.acplan.core.PlanPeriod;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Moves the years of a text that refer to a plan's period by a number of years.
 *
 * <p>Only whole four-digit numbers within [first year − 1, last year + 1] of the period change: "на
 * 2020 р.", "за 2019 рік", "1 декада січня 2021 року", "09.01.2020". A number glued to other digits, one
 * after a colon (the year of a standard: "ДСТУ ISO 9001:2015") and one after "№" (a document number)
 * never change; neither do years farther from the period ("з 1995 року"). This class is immutable and
 * thread-safe.
 */
final class YearShifter {

  private static final Pattern YEAR = Pattern.compile("(?<![\\d:])(?<!№\\s{0,2})(\\d{4})(?!\\d)");

  private final int windowStart;
  private final int windowEnd;
  private final int years;

  YearShifter(PlanPeriod period, int years) {
    this.windowStart = period.firstYear() - 1;
    this.windowEnd = period.lastYear() + 1;
    this.years = years;
  }

  /**
   * Moves a year given as a number, as {@link #shift(String)} moves one written in a text.
   *
   * @param year the year
   * @return the year plus the shift if it is in the window, else the year
   */
  int shiftYear(int year) {
    return year < windowStart || year > windowEnd ? year : year + years;
  }

  String shift(String text) {
    if (years == 0 || text.length() < 4) {
      return text;
    }
    Matcher m = YEAR.matcher(text);
    StringBuilder sb = null;
    int last = 0;
    while (m.find()) {
      int year = Integer.parseInt(m.group(1));
      if (year < windowStart || year > windowEnd) {
        continue;
      }
      if (sb == null) {
        sb = new StringBuilder(text.length());
      }
      sb.append(text, last, m.start(1)).append(year + years);
      last = m.end(1);
    }
    if (sb == null) {
      return text;
    }
    return sb.append(text, last, text.length()).toString();
  }
}
