package io.github.acplan.core;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The years a plan covers: one year ("на 2020 рік") or a range ("на 2022–2024 роки").
 *
 * <p>{@link #toString()} gives "2020" or "2022-2024", which {@link #parse(CharSequence)} reads back.
 * This class is immutable and thread-safe.
 */
public final class PlanPeriod {

  /** The earliest year accepted: the first year of independent Ukraine's law. */
  public static final int MIN_YEAR = 1991;

  /** The latest year accepted. */
  public static final int MAX_YEAR = 2100;

  private final int firstYear;
  private final int lastYear;

  private PlanPeriod(int firstYear, int lastYear) {
    this.firstYear = firstYear;
    this.lastYear = lastYear;
  }

  /**
   * Returns the period of one year.
   *
   * @param year the year, {@value #MIN_YEAR} to {@value #MAX_YEAR}
   * @return the period
   * @throws IllegalArgumentException if the year is outside the accepted range
   */
  public static PlanPeriod ofYear(int year) {
    return of(year, year);
  }

  /**
   * Returns the period from {@code firstYear} to {@code lastYear}, both included.
   *
   * @param firstYear the first year
   * @param lastYear the last year, not before {@code firstYear}
   * @return the period
   * @throws IllegalArgumentException if a year is outside {@value #MIN_YEAR}..{@value #MAX_YEAR} or the
   *     years are in the wrong order
   */
  public static PlanPeriod of(int firstYear, int lastYear) {
    checkYear(firstYear);
    checkYear(lastYear);
    if (lastYear < firstYear) {
      throw new IllegalArgumentException(
          "A plan period ends no earlier than it starts, got " + firstYear + "-" + lastYear);
    }
    return new PlanPeriod(firstYear, lastYear);
  }

  private static void checkYear(int year) {
    if (year < MIN_YEAR || year > MAX_YEAR) {
      throw new IllegalArgumentException("A plan year is between " + MIN_YEAR + " and " + MAX_YEAR
          + ", got " + year);
    }
  }

  /**
   * Reads "2020", "2022-2024" or "2022–2024" (en dash).
   *
   * @param text the period
   * @return the period
   * @throws IllegalArgumentException if the text is not one year or two years joined by a dash
   */
  public static PlanPeriod parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    String s = text.toString().strip();
    String[] years = s.split("\\s*[-–—]\\s*", -1);
    try {
      if (years.length == 1) {
        return ofYear(Integer.parseInt(years[0]));
      }
      if (years.length == 2) {
        return of(Integer.parseInt(years[0]), Integer.parseInt(years[1]));
      }
    } catch (NumberFormatException e) {
      // reported below with the whole text
    }
    throw new IllegalArgumentException(
        "Not a plan period: \"" + text + "\" (expected a year like \"2020\" or a range like \"2022-2024\")");
  }

  /**
   * Returns the first year.
   *
   * @return the first year
   */
  public int firstYear() {
    return firstYear;
  }

  /**
   * Returns the last year (the same as the first for a one-year plan).
   *
   * @return the last year
   */
  public int lastYear() {
    return lastYear;
  }

  /**
   * Tells whether the period is a single year.
   *
   * @return true for a one-year plan
   */
  public boolean isSingleYear() {
    return firstYear == lastYear;
  }

  /**
   * Returns 1 January of the first year.
   *
   * @return the first day of the period
   */
  public LocalDate firstDay() {
    return LocalDate.of(firstYear, 1, 1);
  }

  /**
   * Returns 31 December of the last year.
   *
   * @return the last day of the period, included in it
   */
  public LocalDate lastDay() {
    return LocalDate.of(lastYear, 12, 31);
  }

  /**
   * Tells whether a date falls in the period.
   *
   * @param date the date
   * @return true if {@code firstDay() <= date <= lastDay()}
   */
  public boolean contains(LocalDate date) {
    Objects.requireNonNull(date, "date");
    int year = date.getYear();
    return year >= firstYear && year <= lastYear;
  }

  /**
   * Tells whether a year falls in the period.
   *
   * @param year the year
   * @return true if {@code firstYear() <= year <= lastYear()}
   */
  public boolean containsYear(int year) {
    return year >= firstYear && year <= lastYear;
  }

  /**
   * Returns the period shifted by a number of years: 2020 plus 1 is 2021.
   *
   * @param years how many years to add, negative to go back
   * @return the shifted period
   * @throws IllegalArgumentException if the result leaves {@value #MIN_YEAR}..{@value #MAX_YEAR}
   */
  public PlanPeriod plusYears(int years) {
    return of(firstYear + years, lastYear + years);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof PlanPeriod p && p.firstYear == firstYear && p.lastYear == lastYear;
  }

  @Override
  public int hashCode() {
    return 31 * firstYear + lastYear;
  }

  /**
   * Returns "2020" for one year, "2022-2024" for a range.
   *
   * @return the text {@link #parse(CharSequence)} reads back
   */
  @Override
  public String toString() {
    return isSingleYear() ? Integer.toString(firstYear) : firstYear + "-" + lastYear;
  }
}
