package io.github.acplan.calendar;

import java.time.LocalDate;

/**
 * The date of Orthodox Easter (Великдень, Пасха) and Trinity (Трійця) as used by the Labour Code of
 * Ukraine, art. 73.
 *
 * <p>Easter is computed with the Julian computus (the Meeus Julian algorithm) and converted to the
 * Gregorian calendar by adding the Julian–Gregorian offset of the year (13 days from 1900 to 2099, 14 days
 * in 2100). Trinity is Easter plus 49 days, always a Sunday. This class is immutable and thread-safe.
 */
public final class OrthodoxEaster {

  /** The first year of the Gregorian calendar for which the conversion is defined. */
  public static final int MIN_YEAR = 1583;

  /** The last year accepted. */
  public static final int MAX_YEAR = 9999;

  private OrthodoxEaster() {}

  /**
   * Returns Orthodox Easter Sunday of a year, as a Gregorian date.
   *
   * @param year the year, {@value #MIN_YEAR} to {@value #MAX_YEAR}
   * @return the Sunday of Easter
   * @throws IllegalArgumentException if the year is outside {@value #MIN_YEAR}..{@value #MAX_YEAR}
   */
  public static LocalDate sunday(int year) {
    if (year < MIN_YEAR || year > MAX_YEAR) {
      throw new IllegalArgumentException("Orthodox Easter is computed for the years " + MIN_YEAR + ".."
          + MAX_YEAR + ", got " + year);
    }
    // Meeus, Astronomical Algorithms: Julian Easter.
    int a = year % 4;
    int b = year % 7;
    int c = year % 19;
    int d = (19 * c + 15) % 30;
    int e = (2 * a + 4 * b - d + 34) % 7;
    int month = (d + e + 114) / 31;
    int day = (d + e + 114) % 31 + 1;
    // The Julian date (22 March .. 25 April) is also a valid Gregorian month-day; the offset between the
    // calendars is then added. It changes on Julian 29 February of a century year, before any Easter.
    int offset = year / 100 - year / 400 - 2;
    return LocalDate.of(year, month, day).plusDays(offset);
  }

  /**
   * Returns Trinity Sunday (Трійця, Pentecost) of a year: Orthodox Easter plus 49 days.
   *
   * @param year the year, {@value #MIN_YEAR} to {@value #MAX_YEAR}
   * @return the Sunday of Trinity
   * @throws IllegalArgumentException if the year is outside {@value #MIN_YEAR}..{@value #MAX_YEAR}
   */
  public static LocalDate trinity(int year) {
    return sunday(year).plusDays(49);
  }
}
