package io.github.acplan.core.deadline;

import java.time.Month;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A deadline that repeats every month, quarter, half-year or year: "Щопівроку", "щокварталу",
 * "не рідше 1 разу на квартал", "Щопівроку (червень, грудень 2020 року)", "щороку до 1 квітня",
 * "Щокварталу до 10 числа місяця, наступного за звітним".
 *
 * <p>A reporting duty "до N числа місяця, наступного за звітним" covers each period (quarters and
 * half-years counted from 1 January, Civil Code of Ukraine art. 254 part 2) and is due on day N of the
 * month after it: for the first quarter, on 10 April.
 *
 * @param text the original text
 * @param every the period it repeats in
 * @param times how many times per period, at least 1 ("2 рази на рік")
 * @param minimum true for a minimum frequency ("не рідше 1 разу на квартал"), false for an exact one
 * @param months the months named for the occurrences ("червень, грудень"), in order, or empty
 * @param year the year written with the months, or empty
 * @param dates fixed dates in each period ("щороку до 1 квітня"), only for {@link PeriodUnit#YEAR};
 *     they have no year
 * @param dayOfNextMonth the day of the month after each period the duty is due on ("до 10 числа місяця,
 *     наступного за звітним"), 1..31 (a shorter month ends it on its last day), or empty when the duty
 *     is due at the end of the period itself
 * @param daysAfterPeriod the number of calendar days after each period's last day the duty is due by
 *     ("щокварталу, але не пізніше ніж на 40 день після закінчення звітного кварталу", the parties'
 *     reports of the Law "On Political Parties in Ukraine", art. 17 part 9), 1..366, or empty; a term that
 *     falls on a fixed day of the next month (up to 28 days) is written as {@link #dayOfNextMonth()}
 */
public record Periodic(String text, PeriodUnit every, int times, boolean minimum, List<Month> months,
    OptionalInt year, List<ByDate> dates, Optional<Integer> dayOfNextMonth, Optional<Integer> daysAfterPeriod)
    implements Deadline {

  /**
   * Creates a deadline due at the end of each period (no {@link #dayOfNextMonth()}).
   *
   * @param text the original text
   * @param every the period it repeats in
   * @param times how many times per period, at least 1
   * @param minimum true for a minimum frequency
   * @param months the months named, or empty
   * @param year the year written with the months, or empty
   * @param dates fixed dates in each year, or empty
   * @throws IllegalArgumentException as the canonical constructor does
   */
  public Periodic(String text, PeriodUnit every, int times, boolean minimum, List<Month> months,
      OptionalInt year, List<ByDate> dates) {
    this(text, every, times, minimum, months, year, dates, Optional.empty());
  }

  /**
   * Creates a deadline due at the end of each period or on a day of the next month (no
   * {@link #daysAfterPeriod()}).
   *
   * @param text the original text
   * @param every the period it repeats in
   * @param times how many times per period, at least 1
   * @param minimum true for a minimum frequency
   * @param months the months named, or empty
   * @param year the year written with the months, or empty
   * @param dates fixed dates in each year, or empty
   * @param dayOfNextMonth the day of the following month each period is due on, or empty
   * @throws IllegalArgumentException as the canonical constructor does
   */
  public Periodic(String text, PeriodUnit every, int times, boolean minimum, List<Month> months,
      OptionalInt year, List<ByDate> dates, Optional<Integer> dayOfNextMonth) {
    this(text, every, times, minimum, months, year, dates, dayOfNextMonth, Optional.empty());
  }

  /**
   * Creates the deadline.
   *
   * @param text the original text
   * @param every the period it repeats in
   * @param times how many times per period, at least 1
   * @param minimum true for a minimum frequency
   * @param months the months named, or empty
   * @param year the year written with the months, or empty
   * @param dates fixed dates in each year, or empty
   * @param dayOfNextMonth the day of the following month each period is due on, or empty
   * @param daysAfterPeriod the calendar days after each period the duty is due by, or empty
   * @throws IllegalArgumentException if {@code times < 1}, months repeat, a year is given without
   *     months, or dates are given for a period other than a year or carry a year, or a day of the next
   *     month is outside 1..31 or given with months, dates or a number of times other than exactly once,
   *     or a number of days after the period is outside 1..366 or given so, or given with a day of the
   *     next month
   */
  public Periodic {
    Checks.text(text, "Periodic");
    java.util.Objects.requireNonNull(every, "Periodic.every");
    months = Checks.list(months, "Periodic", "months");
    java.util.Objects.requireNonNull(year, "Periodic.year");
    dates = Checks.list(dates, "Periodic", "dates");
    java.util.Objects.requireNonNull(dayOfNextMonth, "Periodic.dayOfNextMonth");
    java.util.Objects.requireNonNull(daysAfterPeriod, "Periodic.daysAfterPeriod");
    Checks.positive(times, "Periodic", "times");
    Checks.year(year, "Periodic", "year");
    if (months.stream().distinct().count() != months.size()) {
      throw new IllegalArgumentException("Periodic: months must not repeat, got " + months);
    }
    if (year.isPresent() && months.isEmpty()) {
      throw new IllegalArgumentException("Periodic: a year (" + year.getAsInt() + ") is written only with"
          + " months");
    }
    if (!dates.isEmpty() && every != PeriodUnit.YEAR) {
      throw new IllegalArgumentException("Periodic: fixed dates need a yearly period, got " + every);
    }
    java.util.Objects.requireNonNull(dayOfNextMonth, "Periodic.dayOfNextMonth");
    if (dayOfNextMonth.isPresent()) {
      int day = dayOfNextMonth.get();
      if (day < 1 || day > 31) {
        throw new IllegalArgumentException("Periodic: the day of the next month is 1..31, got " + day);
      }
      if (!months.isEmpty() || !dates.isEmpty() || times != 1 || minimum) {
        throw new IllegalArgumentException("Periodic: a day of the next month (" + day + ") is written only"
            + " with a plain \"щокварталу\"-like period, got times " + times + ", minimum " + minimum
            + ", months " + months + ", dates " + dates);
      }
    }
    if (daysAfterPeriod.isPresent()) {
      int days = daysAfterPeriod.get();
      if (days < 1 || days > 366) {
        throw new IllegalArgumentException("Periodic: the days after a period are 1..366, got " + days);
      }
      if (dayOfNextMonth.isPresent() || !months.isEmpty() || !dates.isEmpty() || times != 1 || minimum) {
        throw new IllegalArgumentException("Periodic: days after a period (" + days + ") are written only"
            + " with a plain \"щокварталу\"-like period, got times " + times + ", minimum " + minimum
            + ", months " + months + ", dates " + dates + ", day of the next month " + dayOfNextMonth);
      }
    }
    for (ByDate date : dates) {
      if (date.year().isPresent()) {
        throw new IllegalArgumentException("Periodic: a yearly date has no year, got " + date);
      }
    }
  }

  /**
   * Returns the components as a record does, naming {@link #daysAfterPeriod()} only when it is present: a
   * deadline without it reads as it did before the component was added (the seed's readings are compared
   * as text).
   *
   * @return the text form of this value
   */
  @Override
  public String toString() {
    return "Periodic[text=" + text + ", every=" + every + ", times=" + times + ", minimum=" + minimum
        + ", months=" + months + ", year=" + year + ", dates=" + dates + ", dayOfNextMonth=" + dayOfNextMonth
        + (daysAfterPeriod.isPresent() ? ", daysAfterPeriod=" + daysAfterPeriod : "") + "]";
  }

  @Override
  public DeadlineKind kind() {
    return DeadlineKind.PERIODIC;
  }

  @Override
  public <R> R accept(DeadlineVisitor<R> visitor) {
    return visitor.visitPeriodic(this);
  }

  @Override
  public Periodic withText(String newText) {
    return new Periodic(newText, every, times, minimum, months, year, dates, dayOfNextMonth, daysAfterPeriod);
  }
}
