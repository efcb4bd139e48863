package io.github.acplan.core.deadline;

import java.time.LocalDate;
import java.time.Month;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Factories for deadlines built in code, each carrying the canonical text officials would write
 * ({@link DeadlineFormatter#format(Deadline)}), and queries over deadlines.
 *
 * <p>{@code Deadlines.halfYearly().text()} is "Щопівроку";
 * {@code Deadlines.withinWorkingDays(2, "з моменту отримання повідомлення про конфлікт інтересів")}
 * is "Протягом 2 робочих днів з моменту отримання повідомлення про конфлікт інтересів". Every factory
 * returns a value equal to its {@link DeadlineFormatter#canonical(Deadline) canonical form}. This class
 * is stateless and thread-safe.
 */
public final class Deadlines {

  private Deadlines() {}

  private static <T extends Deadline> T canonical(T d) {
    @SuppressWarnings("unchecked")
    T c = (T) DeadlineFormatter.canonical(d);
    return c;
  }

  /**
   * Returns "Постійно".
   *
   * @return a permanent duty
   */
  public static Permanent permanent() {
    return canonical(new Permanent(""));
  }

  /**
   * Returns "Щомісяця".
   *
   * @return a monthly deadline
   */
  public static Periodic monthly() {
    return every(PeriodUnit.MONTH);
  }

  /**
   * Returns "Щокварталу".
   *
   * @return a quarterly deadline
   */
  public static Periodic quarterly() {
    return every(PeriodUnit.QUARTER);
  }

  /**
   * Returns "Щопівроку".
   *
   * @return a half-yearly deadline
   */
  public static Periodic halfYearly() {
    return every(PeriodUnit.HALF_YEAR);
  }

  /**
   * Returns "Щороку".
   *
   * @return a yearly deadline
   */
  public static Periodic yearly() {
    return every(PeriodUnit.YEAR);
  }

  /**
   * Returns "Щомісяця", "Щокварталу", "Щопівроку" or "Щороку".
   *
   * @param unit the period
   * @return a deadline once every period
   */
  public static Periodic every(PeriodUnit unit) {
    return canonical(new Periodic("", unit, 1, false, List.of(), OptionalInt.empty(), List.of()));
  }

  /**
   * Returns a periodic deadline in named months: {@code every(HALF_YEAR, 2020, JUNE, DECEMBER)} is
   * "Щопівроку (червень, грудень 2020 року)".
   *
   * @param unit the period
   * @param year the year written with the months, 1..9999
   * @param months the months, at least one, without repeats
   * @return the deadline
   * @throws IllegalArgumentException if no month is given, a month repeats or the year is out of range
   */
  public static Periodic every(PeriodUnit unit, int year, Month... months) {
    return every(unit, OptionalInt.of(year), months);
  }

  /**
   * Returns a periodic deadline in named months of every year of the plan: {@code every(HALF_YEAR, JUNE,
   * DECEMBER)} is "Щопівроку (червень, грудень)".
   *
   * @param unit the period
   * @param months the months, at least one, without repeats
   * @return the deadline
   * @throws IllegalArgumentException if no month is given or a month repeats
   */
  public static Periodic every(PeriodUnit unit, Month... months) {
    return every(unit, OptionalInt.empty(), months);
  }

  private static Periodic every(PeriodUnit unit, OptionalInt year, Month... months) {
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(months, "months");
    if (months.length == 0) {
      throw new IllegalArgumentException("Periodic: name at least one month");
    }
    return canonical(new Periodic("", unit, 1, false, Arrays.asList(months), year, List.of()));
  }

  /**
   * Returns "Щороку до 1 квітня" and the like: a yearly deadline by a date of every year.
   *
   * @param bound "до", "не пізніше" or on the day
   * @param day the day of the month
   * @param month the month
   * @return the deadline
   * @throws IllegalArgumentException if the day does not exist in the month
   */
  public static Periodic yearly(DateBound bound, int day, Month month) {
    ByDate date = new ByDate("", bound, day, month, OptionalInt.empty());
    return canonical(new Periodic("", PeriodUnit.YEAR, 1, false, List.of(), OptionalInt.empty(),
        List.of(date)));
  }

  /**
   * Returns a reporting duty due after each period: {@code afterEach(QUARTER, 10)} is "Щокварталу до 10
   * числа місяця, наступного за звітним", due 10 April for the first quarter.
   *
   * @param unit the period reported on
   * @param dayOfNextMonth the day of the month after each period, 1..31
   * @return the deadline
   * @throws IllegalArgumentException if the day is outside 1..31
   */
  public static Periodic afterEach(PeriodUnit unit, int dayOfNextMonth) {
    return canonical(new Periodic("", unit, 1, false, List.of(), OptionalInt.empty(), List.of(),
        Optional.of(dayOfNextMonth)));
  }

  /**
   * Returns a reporting duty due a number of calendar days after each period ends:
   * {@code daysAfterEach(QUARTER, 40)} is "Щокварталу не пізніше 40 днів після закінчення звітного
   * кварталу", due 10 May for the first quarter.
   *
   * @param unit the period reported on
   * @param days the calendar days after each period's last day, as {@link Periodic#daysAfterPeriod()}
   *     allows them
   * @return the deadline
   * @throws IllegalArgumentException if {@link Periodic} refuses the number of days
   */
  public static Periodic daysAfterEach(PeriodUnit unit, int days) {
    return canonical(new Periodic("", unit, 1, false, List.of(), OptionalInt.empty(), List.of(),
        Optional.empty(), Optional.of(days)));
  }

  /**
   * Returns a minimum frequency: {@code atLeast(1, QUARTER)} is "Не рідше 1 разу на квартал".
   *
   * @param times the minimum number of times per period, at least 1
   * @param unit the period
   * @return the deadline
   * @throws IllegalArgumentException if {@code times < 1}
   */
  public static Periodic atLeast(int times, PeriodUnit unit) {
    return canonical(new Periodic("", unit, times, true, List.of(), OptionalInt.empty(), List.of()));
  }

  /**
   * Returns "До 31 січня 2022 року".
   *
   * @param day the day of the month
   * @param month the month
   * @param year the year, 1..9999
   * @return the deadline; "до" is read inclusive or exclusive by the schedule's policy
   * @throws IllegalArgumentException if the date does not exist
   */
  public static ByDate until(int day, Month month, int year) {
    return canonical(new ByDate("", DateBound.UNTIL, day, month, OptionalInt.of(year)));
  }

  /**
   * Returns "До 15 грудня": by that day in each year of the plan.
   *
   * @param day the day of the month
   * @param month the month
   * @return the deadline; "до" is read inclusive or exclusive by the schedule's policy
   * @throws IllegalArgumentException if the day does not exist in the month
   */
  public static ByDate until(int day, Month month) {
    return canonical(new ByDate("", DateBound.UNTIL, day, month, OptionalInt.empty()));
  }

  /**
   * Returns "Не пізніше 1 червня 2020 року".
   *
   * @param date the last day
   * @return the deadline
   */
  public static ByDate notLaterThan(LocalDate date) {
    return canonical(new ByDate("", DateBound.NOT_LATER_THAN, date.getDayOfMonth(), date.getMonth(),
        OptionalInt.of(date.getYear())));
  }

  /**
   * Returns "15 грудня 2020 року": on that day.
   *
   * @param date the day
   * @return the deadline
   */
  public static ByDate on(LocalDate date) {
    return canonical(new ByDate("", DateBound.ON, date.getDayOfMonth(), date.getMonth(),
        OptionalInt.of(date.getYear())));
  }

  /**
   * Returns a range of whole months: {@code months(JANUARY, MARCH, 2020)} is "Січень-березень 2020
   * року".
   *
   * @param first the first month
   * @param last the last month, not before {@code first}
   * @param year the year, 1..9999
   * @return the deadline
   * @throws IllegalArgumentException if {@code last} is before {@code first}
   */
  public static DateRange months(Month first, Month last, int year) {
    return canonical(new DateRange("", RangeForm.MONTHS, OptionalInt.of(year), first, 0, OptionalInt.of(year),
        last, 0));
  }

  /**
   * Returns a range of whole months in each year of the plan: {@code months(JANUARY, MARCH)} is
   * "Січень-березень".
   *
   * @param first the first month
   * @param last the last month, not before {@code first}
   * @return the deadline
   * @throws IllegalArgumentException if {@code last} is before {@code first}
   */
  public static DateRange months(Month first, Month last) {
    return canonical(new DateRange("", RangeForm.MONTHS, OptionalInt.empty(), first, 0, OptionalInt.empty(),
        last, 0));
  }

  /**
   * Returns a range of days written with month names in one year: "З 16 липня по 15 серпня 2020 року".
   *
   * @param startDay the first day
   * @param startMonth the first month
   * @param endDay the last day, included
   * @param endMonth the last month
   * @param year the year, 1..9999
   * @return the deadline
   * @throws IllegalArgumentException if a day does not exist or the range ends before it starts
   */
  public static DateRange days(int startDay, Month startMonth, int endDay, Month endMonth, int year) {
    return canonical(new DateRange("", RangeForm.DAYS, OptionalInt.of(year), startMonth, startDay,
        OptionalInt.of(year), endMonth, endDay));
  }

  /**
   * Returns a range of days written with month names in each year of the plan: "З 16 липня по 15 серпня".
   *
   * @param startDay the first day
   * @param startMonth the first month
   * @param endDay the last day, included
   * @param endMonth the last month
   * @return the deadline
   * @throws IllegalArgumentException if a day does not exist or the range ends before it starts
   */
  public static DateRange days(int startDay, Month startMonth, int endDay, Month endMonth) {
    return canonical(new DateRange("", RangeForm.DAYS, OptionalInt.empty(), startMonth, startDay,
        OptionalInt.empty(), endMonth, endDay));
  }

  /**
   * Returns a numeric range "01.03.2023 - 30.06.2023", both ends included.
   *
   * @param startInclusive the first day
   * @param endInclusive the last day
   * @return the deadline
   * @throws IllegalArgumentException if the range ends before it starts
   */
  public static DateRange between(LocalDate startInclusive, LocalDate endInclusive) {
    return canonical(new DateRange("", RangeForm.NUMERIC, OptionalInt.of(startInclusive.getYear()),
        startInclusive.getMonth(), startInclusive.getDayOfMonth(), OptionalInt.of(endInclusive.getYear()),
        endInclusive.getMonth(), endInclusive.getDayOfMonth()));
  }

  /**
   * Returns "1 декада січня 2021 року".
   *
   * @param decade 1, 2 or 3
   * @param month the month
   * @param year the year, 1..9999
   * @return the deadline
   * @throws IllegalArgumentException if the decade is not 1, 2 or 3
   */
  public static Decade decade(int decade, Month month, int year) {
    return canonical(new Decade("", decade, month, OptionalInt.of(year)));
  }

  /**
   * Returns "1 декада січня": that decade in each year of the plan.
   *
   * @param decade 1, 2 or 3
   * @param month the month
   * @return the deadline
   * @throws IllegalArgumentException if the decade is not 1, 2 or 3
   */
  public static Decade decade(int decade, Month month) {
    return canonical(new Decade("", decade, month, OptionalInt.empty()));
  }

  /**
   * Returns "Протягом року": any time in each year of the plan.
   *
   * @return the deadline
   */
  public static DuringPeriod duringYear() {
    return canonical(new DuringPeriod("", PeriodUnit.YEAR, 1, List.of()));
  }

  /**
   * Returns "Протягом 2020 року" for one year, "У 2023 та 2025 роках" for more.
   *
   * @param years the years, ascending, at least one
   * @return the deadline
   * @throws IllegalArgumentException if no year is given or the years are not ascending
   */
  public static DuringPeriod duringYears(int... years) {
    if (years.length == 0) {
      throw new IllegalArgumentException("DuringPeriod: name at least one year");
    }
    return canonical(new DuringPeriod("", PeriodUnit.YEAR, 1, Arrays.stream(years).boxed().toList()));
  }

  /**
   * Returns "Протягом II півріччя", "Протягом I кварталу 2021 року", "Протягом березня".
   *
   * @param unit a half-year, quarter or month (a year is {@link #duringYears(int...)})
   * @param index which one in the year, from 1 (the month number for a month)
   * @param years the years, ascending, or none for each year of the plan
   * @return the deadline
   * @throws IllegalArgumentException if the index is out of range or the years are not ascending
   */
  public static DuringPeriod during(PeriodUnit unit, int index, int... years) {
    return canonical(new DuringPeriod("", unit, index, Arrays.stream(years).boxed().toList()));
  }

  /**
   * Returns "Протягом II-IV кварталів", "Протягом I-II кварталів 2025 року": from the first day of the
   * first quarter to the last day of the last.
   *
   * @param first the first quarter, 1..3
   * @param last the last quarter, after {@code first}, up to 4
   * @param years the years, ascending, or none for each year of the plan
   * @return the deadline
   * @throws IllegalArgumentException if the quarters are out of range or out of order, or the years are
   *     not ascending
   */
  public static DuringPeriod quarters(int first, int last, int... years) {
    return canonical(new DuringPeriod("", PeriodUnit.QUARTER, first, Arrays.stream(years).boxed().toList(),
        Optional.of(last)));
  }

  /**
   * Returns "Протягом 2 робочих днів з моменту отримання повідомлення про конфлікт інтересів".
   *
   * @param workingDays the number of working days, at least 1
   * @param event the event the term counts from, possibly empty
   * @return the deadline
   * @throws IllegalArgumentException if {@code workingDays < 1}
   */
  public static WithinWorkingDays withinWorkingDays(int workingDays, String event) {
    return canonical(new WithinWorkingDays("", workingDays, event));
  }

  /**
   * Returns "Протягом 10 календарних днів" followed by the event.
   *
   * @param days the number of calendar days, at least 1
   * @param event the event the term counts from, possibly empty
   * @return the deadline
   * @throws IllegalArgumentException if {@code days < 1}
   */
  public static WithinCalendarDays withinCalendarDays(int days, String event) {
    return canonical(new WithinCalendarDays("", days, event));
  }

  /**
   * Returns "Протягом 1 місяця" followed by the event.
   *
   * @param months the number of months, at least 1
   * @param event the event the term counts from, possibly empty
   * @return the deadline
   * @throws IllegalArgumentException if {@code months < 1}
   */
  public static WithinMonths withinMonths(int months, String event) {
    return canonical(new WithinMonths("", months, event));
  }

  /**
   * Returns an event-driven duty: {@code onEvent("при призначенні на посаду")} is "При призначенні на
   * посаду".
   *
   * @param event the event with its preposition ("при", "у разі")
   * @return the deadline
   * @throws IllegalArgumentException if the event is blank
   */
  public static OnEvent onEvent(String event) {
    return canonical(new OnEvent("", event));
  }

  /**
   * Returns a term set by another act: {@code statutory("у терміни, встановлені Порядком")}.
   *
   * @param reference the phrase that refers to the act
   * @return the deadline
   * @throws IllegalArgumentException if the reference is blank
   */
  public static Statutory statutory(String reference) {
    return canonical(new Statutory("", reference));
  }

  /**
   * Returns "За окремим планом".
   *
   * @return the deadline
   */
  public static PerSchedule perSeparatePlan() {
    return canonical(new PerSchedule("", "планом"));
  }

  /**
   * Returns "За окремим графіком".
   *
   * @return the deadline
   */
  public static PerSchedule perSeparateSchedule() {
    return canonical(new PerSchedule("", "графіком"));
  }

  /**
   * Returns a deadline under a condition: {@code conditional(permanent(), "в разі надходження проекту")}
   * is "Постійно (в разі надходження проекту)".
   *
   * @param deadline the deadline that applies when the condition holds
   * @param condition the condition
   * @return the deadline
   * @throws IllegalArgumentException if the condition is blank
   */
  public static Conditional conditional(Deadline deadline, String condition) {
    return canonical(new Conditional("", deadline, condition));
  }

  /**
   * Returns parts joined by semicolons: "При призначенні на посаду; постійно".
   *
   * @param parts at least two parts
   * @return the deadline
   * @throws IllegalArgumentException if fewer than two parts are given
   */
  public static Deadline allOf(Deadline... parts) {
    return DeadlineFormatter.canonical(new Composite("", Joiner.SEMICOLON, Arrays.asList(parts)));
  }

  /**
   * Returns a deadline refined by a second one in parentheses: "За окремим планом (не рідше 1 разу на
   * квартал)". An event in parentheses is a condition, so the result is then a {@link Conditional}.
   *
   * @param deadline the main deadline
   * @param detail the refinement
   * @return the deadline
   */
  public static Deadline refined(Deadline deadline, Deadline detail) {
    return DeadlineFormatter.canonical(new Composite("", Joiner.PARENTHESES, List.of(deadline, detail)));
  }

  /**
   * Tells whether a deadline was understood completely: it is not {@link Unrecognized} and has no
   * unrecognized part.
   *
   * @param deadline the deadline
   * @return true if no part of it is unrecognized
   */
  public static boolean isRecognized(Deadline deadline) {
    Objects.requireNonNull(deadline, "deadline");
    if (deadline instanceof Unrecognized) {
      return false;
    }
    if (deadline instanceof Conditional conditional) {
      return isRecognized(conditional.deadline());
    }
    if (deadline instanceof Composite composite) {
      return composite.parts().stream().allMatch(Deadlines::isRecognized);
    }
    return true;
  }
}
