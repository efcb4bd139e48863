package io.github.acplan.calendar;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A calendar that tells working days from days off, and counts and adds working days.
 *
 * <p>Only {@link #isWorkingDay(LocalDate)} is abstract. The other methods have plain day-by-day default
 * implementations that define their meaning; fast implementations override them and must give the same
 * answers. Implementations are immutable and thread-safe. Every method throws
 * {@link IllegalArgumentException} for a date outside the range the implementation supports, rather
 * than give a wrong answer.
 */
@FunctionalInterface
public interface WorkingCalendar {

  /**
   * Tells whether {@code date} is a working day.
   *
   * @param date the date to look up
   * @return true if people work on that day under this calendar
   * @throws IllegalArgumentException if the date is outside the supported range
   */
  boolean isWorkingDay(LocalDate date);

  /**
   * Tells whether {@code date} is a day off (a weekend, a holiday that is a day off, a day off moved or
   * transferred onto it).
   *
   * @param date the date to look up
   * @return {@code !isWorkingDay(date)}
   * @throws IllegalArgumentException if the date is outside the supported range
   */
  default boolean isDayOff(LocalDate date) {
    return !isWorkingDay(date);
  }

  /**
   * Returns the first working day strictly after {@code date}.
   *
   * @param date the day to start from (not itself a candidate)
   * @return the next working day
   * @throws IllegalArgumentException if the answer or {@code date} is outside the supported range
   */
  default LocalDate nextWorkingDay(LocalDate date) {
    return plusWorkingDays(date, 1);
  }

  /**
   * Returns the last working day strictly before {@code date}.
   *
   * @param date the day to start from (not itself a candidate)
   * @return the previous working day
   * @throws IllegalArgumentException if the answer or {@code date} is outside the supported range
   */
  default LocalDate previousWorkingDay(LocalDate date) {
    return plusWorkingDays(date, -1);
  }

  /**
   * Returns the date {@code workingDays} working days after {@code date} (before it if negative).
   *
   * <p>For {@code n > 0} this is the {@code n}-th working day strictly after {@code date}; for
   * {@code n < 0} the {@code |n|}-th working day strictly before it; for {@code n == 0}, {@code date}
   * itself, even when it is a day off.
   *
   * @param date the day to count from (not counted itself)
   * @param workingDays how many working days to move, negative to move back
   * @return the resulting date, a working day unless {@code workingDays == 0}
   * @throws IllegalArgumentException if the answer or {@code date} is outside the supported range
   */
  default LocalDate plusWorkingDays(LocalDate date, int workingDays) {
    Objects.requireNonNull(date, "date");
    int step = workingDays >= 0 ? 1 : -1;
    int remaining = Math.abs(workingDays);
    LocalDate current = date;
    while (remaining > 0) {
      current = current.plusDays(step);
      if (isWorkingDay(current)) {
        remaining--;
      }
    }
    return current;
  }

  /**
   * Counts the working days in {@code [startInclusive, endExclusive)}.
   *
   * @param startInclusive the first day counted
   * @param endExclusive the day after the last day counted
   * @return the number of working days; negative (the count of {@code [endExclusive, startInclusive)}
   *     negated) if {@code endExclusive} is before {@code startInclusive}
   * @throws IllegalArgumentException if a date is outside the supported range
   */
  default int workingDaysBetween(LocalDate startInclusive, LocalDate endExclusive) {
    Objects.requireNonNull(startInclusive, "startInclusive");
    Objects.requireNonNull(endExclusive, "endExclusive");
    if (endExclusive.isBefore(startInclusive)) {
      return -workingDaysBetween(endExclusive, startInclusive);
    }
    int count = 0;
    for (LocalDate d = startInclusive; d.isBefore(endExclusive); d = d.plusDays(1)) {
      if (isWorkingDay(d)) {
        count++;
      }
    }
    return count;
  }

  /**
   * Counts the working days of a calendar year.
   *
   * @param year the year
   * @return the number of working days from 1 January to 31 December of {@code year}
   * @throws IllegalArgumentException if the year is outside the supported range
   */
  default int workingDays(int year) {
    return workingDaysBetween(LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1));
  }
}
