package io.github.acplan.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.StringJoiner;

/**
 * One legal reason why a date is a working day or a day off under a {@link UkrainianCalendar}: a weekly
 * rest day, a holiday, a day off moved from a weekend holiday, a transfer of working days, a decreed day
 * off, or martial law suspending one of them. {@link UkrainianCalendar#explain(LocalDate)} gives every
 * reason of a date in the order the calendar applies them, so that the last reason with an effect decides.
 *
 * <p>The hierarchy is closed. Java 17 has no pattern {@code switch}: branch with {@link #accept(Visitor)}.
 * Every reason is an immutable, null-hostile record, thread-safe, and words itself in Ukrainian or English
 * ({@link #text(Locale)}).
 */
public sealed interface DayReason {

  /** Law No. 2136-IX of 15.03.2022, art. 6 part 6, as cited in Ukrainian. */
  String MARTIAL_LAW_UK = "Закон № 2136-IX від 15.03.2022, ст. 6 ч. 6, чинний з 24.03.2022";

  /** Law No. 2136-IX of 15.03.2022, art. 6 part 6, as cited in English. */
  String MARTIAL_LAW_EN = "Law No. 2136-IX of 15.03.2022, art. 6 part 6, in force since 24.03.2022";

  /** What a reason does to the day, on its own. */
  enum Effect {
    /** The reason makes the day a day off. */
    DAY_OFF,
    /** The reason makes the day a working day. */
    WORKING_DAY,
    /**
     * The reason explains why something did not happen (a holiday worked, a transfer suspended under
     * martial law) and changes nothing.
     */
    NONE
  }

  /**
   * Returns what this reason does to the day on its own; the last reason of an explanation with an
   * effect decides the day.
   *
   * @return the effect
   */
  Effect effect();

  /**
   * Words the reason for a reader.
   *
   * @param locale Ukrainian for a locale of language {@code uk}, English for any other
   * @return one sentence without a final full stop, citing the act
   */
  String text(Locale locale);

  /**
   * Calls the visitor's method for this kind of reason.
   *
   * @param visitor what to do with each kind
   * @param <R> the visitor's result type
   * @return the visitor's result
   */
  <R> R accept(Visitor<R> visitor);

  /**
   * What to do with each kind of reason.
   *
   * @param <R> the result type
   */
  interface Visitor<R> {
    /**
     * Visits a weekly rest day.
     *
     * @param reason the reason
     * @return the result
     */
    R weekend(Weekend reason);

    /**
     * Visits a holiday that is a day off.
     *
     * @param reason the reason
     * @return the result
     */
    R holidayDayOff(HolidayDayOff reason);

    /**
     * Visits a holiday worked under martial law.
     *
     * @param reason the reason
     * @return the result
     */
    R holidayWorkedUnderMartialLaw(HolidayWorkedUnderMartialLaw reason);

    /**
     * Visits a day off moved from a weekend holiday.
     *
     * @param reason the reason
     * @return the result
     */
    R movedDayOff(MovedDayOff reason);

    /**
     * Visits a decreed day off.
     *
     * @param reason the reason
     * @return the result
     */
    R decreedDayOff(DecreedDayOff reason);

    /**
     * Visits a working day transferred away, leaving a day off.
     *
     * @param reason the reason
     * @return the result
     */
    R transferredDayOff(TransferredDayOff reason);

    /**
     * Visits a day off made a working day by a transfer.
     *
     * @param reason the reason
     * @return the result
     */
    R transferredWorkingDay(TransferredWorkingDay reason);

    /**
     * Visits a Cabinet transfer that martial law suspends.
     *
     * @param reason the reason
     * @return the result
     */
    R transferSuspended(TransferSuspended reason);
  }

  /**
   * A weekly rest day (Labour Code, art. 67): Saturday and Sunday in the five-day week, Sunday in the
   * six-day week.
   *
   * @param day the day of the week
   * @param workWeek the working week that makes it a rest day
   */
  record Weekend(DayOfWeek day, WorkWeek workWeek) implements DayReason {
    /**
     * Checks the components.
     *
     * @param day the day of the week
     * @param workWeek the working week that makes it a rest day
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if the day is not a rest day of the week
     */
    public Weekend {
      Objects.requireNonNull(day, "day");
      Objects.requireNonNull(workWeek, "workWeek");
      if (!workWeek.isWeekend(day)) {
        throw new IllegalArgumentException(day + " is not a weekly rest day in the " + workWeek + " week");
      }
    }

    @Override
    public Effect effect() {
      return Effect.DAY_OFF;
    }

    @Override
    public String text(Locale locale) {
      return uk(locale)
          ? DayWords.dayUk(day) + " — вихідний день (КЗпП, ст. 67; "
              + (workWeek == WorkWeek.FIVE_DAYS ? "п\u02bcятиденний" : "шестиденний") + " робочий тиждень)"
          : DayWords.dayEn(day) + ", a weekly day off (Labour Code, art. 67; "
              + (workWeek == WorkWeek.FIVE_DAYS ? "five" : "six") + "-day week)";
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.weekend(this);
    }
  }

  /**
   * A statutory holiday that is a day off (Labour Code, art. 73), with the act that gave it its date.
   *
   * @param holiday the holiday
   * @param ukrainianBasis the legal basis, cited in Ukrainian, e.g. "КЗпП, ст. 73"
   * @param englishBasis the legal basis, cited in English, e.g. "Labour Code, art. 73"
   */
  record HolidayDayOff(Holiday holiday, String ukrainianBasis, String englishBasis) implements DayReason {
    /**
     * Checks the components.
     *
     * @param holiday the holiday
     * @param ukrainianBasis the legal basis, cited in Ukrainian, e.g. "КЗпП, ст. 73"
     * @param englishBasis the legal basis, cited in English, e.g. "Labour Code, art. 73"
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if a basis is blank
     */
    public HolidayDayOff {
      DayWords.check(holiday, ukrainianBasis, englishBasis);
    }

    @Override
    public Effect effect() {
      return Effect.DAY_OFF;
    }

    @Override
    public String text(Locale locale) {
      // Between the decree of martial law (24.02.2022) and Law No. 2136-IX (24.03.2022) art. 73 still
      // applied: 7 and 8 March 2022 were days off. Say so, because readers expect the opposite.
      boolean beforeLaw = holiday.date().isAfter(LocalDate.of(2022, 2, 23))
          && holiday.date().isBefore(UkrainianLaw.MARTIAL_LAW_START);
      return uk(locale)
          ? "святковий день «" + holiday.ukrainianName() + "» — неробочий (" + ukrainianBasis + ")"
              + (beforeLaw ? "; воєнний стан уже введено (Указ Президента № 64/2022), але Закон № 2136-IX, "
                  + "що скасовує неробочі святкові дні, набрав чинності лише 24.03.2022" : "")
          : "the public holiday \"" + holiday.englishName() + "\" is a day off (" + englishBasis + ")"
              + (beforeLaw ? "; martial law had been declared (Decree No. 64/2022), but Law No. 2136-IX, "
                  + "which makes holidays working days, took effect only on 24.03.2022" : "");
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.holidayDayOff(this);
    }
  }

  /**
   * A statutory holiday that is not a day off because martial law suspends art. 73 and art. 67 part 3 of
   * the Labour Code (Law No. 2136-IX, art. 6 part 6): people work, and a holiday on a rest day moves
   * nothing.
   *
   * @param holiday the holiday
   * @param ukrainianBasis the holiday's legal basis, cited in Ukrainian
   * @param englishBasis the holiday's legal basis, cited in English
   */
  record HolidayWorkedUnderMartialLaw(Holiday holiday, String ukrainianBasis, String englishBasis)
      implements DayReason {
    /**
     * Checks the components.
     *
     * @param holiday the holiday
     * @param ukrainianBasis the holiday's legal basis, cited in Ukrainian
     * @param englishBasis the holiday's legal basis, cited in English
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if a basis is blank
     */
    public HolidayWorkedUnderMartialLaw {
      DayWords.check(holiday, ukrainianBasis, englishBasis);
    }

    @Override
    public Effect effect() {
      return Effect.NONE;
    }

    @Override
    public String text(Locale locale) {
      return uk(locale)
          ? "святковий день «" + holiday.ukrainianName() + "» (" + ukrainianBasis + ") не є неробочим і не "
              + "переносить вихідний: під час воєнного стану ст. 73 і ч. 3 ст. 67 КЗпП не застосовуються ("
              + MARTIAL_LAW_UK + ")"
          : "the public holiday \"" + holiday.englishName() + "\" (" + englishBasis + ") is not a day off "
              + "and moves no day off: under martial law arts. 73 and 67 part 3 of the Labour Code do not "
              + "apply (" + MARTIAL_LAW_EN + ")";
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.holidayWorkedUnderMartialLaw(this);
    }
  }

  /**
   * A day off moved from a holiday that fell on a weekly rest day (Labour Code, art. 67 part 3), possibly
   * past other holidays and earlier moved days.
   *
   * @param holidays the holidays whose rest day moved here, all on one date (two when they coincide)
   */
  record MovedDayOff(List<Holiday> holidays) implements DayReason {
    /**
     * Checks the components and keeps an unmodifiable copy.
     *
     * @param holidays the holidays whose rest day moved here, all on one date (two when they coincide)
     * @throws NullPointerException if the list or an element is null
     * @throws IllegalArgumentException if the list is empty or its holidays are on different dates
     */
    public MovedDayOff {
      holidays = List.copyOf(holidays);
      if (holidays.isEmpty()) {
        throw new IllegalArgumentException("A moved day off needs the holiday it comes from");
      }
      for (Holiday h : holidays) {
        if (!h.date().equals(holidays.get(0).date())) {
          throw new IllegalArgumentException("A day off moves from one date, got " + holidays);
        }
      }
    }

    /**
     * Returns the date of the holidays the day off moved from.
     *
     * @return the weekend date of the holiday
     */
    public LocalDate holidayDate() {
      return holidays.get(0).date();
    }

    @Override
    public Effect effect() {
      return Effect.DAY_OFF;
    }

    @Override
    public String text(Locale locale) {
      StringJoiner names = new StringJoiner(", ");
      for (Holiday h : holidays) {
        names.add(uk(locale) ? "«" + h.ukrainianName() + "»" : "\"" + h.englishName() + "\"");
      }
      LocalDate from = holidayDate();
      return uk(locale)
          ? "вихідний день, перенесений зі святкового дня " + names + ", що припав на вихідний ("
              + DayWords.dayAndDate(from, true)
              + ") (КЗпП, ст. 67 ч. 3)"
          : "a day off moved from the public holiday " + names + ", which fell on a day off ("
              + DayWords.dayAndDate(from, false) + ") (Labour Code, art. 67 part 3)";
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.movedDayOff(this);
    }
  }

  /**
   * A day off decreed once, outside art. 73 and the transfer orders (a decree, a local decision).
   *
   * @param source the act that decrees it, in Ukrainian
   */
  record DecreedDayOff(String source) implements DayReason {
    /**
     * Checks the component.
     *
     * @param source the act that decrees it, in Ukrainian
     * @throws NullPointerException if the source is null
     * @throws IllegalArgumentException if the source is blank
     */
    public DecreedDayOff {
      Objects.requireNonNull(source, "source");
      if (source.isBlank()) {
        throw new IllegalArgumentException("A decreed day off needs its source act");
      }
    }

    @Override
    public Effect effect() {
      return Effect.DAY_OFF;
    }

    @Override
    public String text(Locale locale) {
      return uk(locale) ? "вихідний день за окремим актом (" + source + ")"
          : "a day off decreed by a separate act (" + source + ")";
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.decreedDayOff(this);
    }
  }

  /**
   * A working day that a transfer made a day off; its working day is {@link WorkdayTransfer#workedDay()}.
   *
   * @param transfer the transfer, with the order that made it
   */
  record TransferredDayOff(WorkdayTransfer transfer) implements DayReason {
    /**
     * Checks the component.
     *
     * @param transfer the transfer, with the order that made it
     * @throws NullPointerException if the transfer is null
     */
    public TransferredDayOff {
      Objects.requireNonNull(transfer, "transfer");
    }

    @Override
    public Effect effect() {
      return Effect.DAY_OFF;
    }

    @Override
    public String text(Locale locale) {
      LocalDate w = transfer.workedDay();
      return uk(locale)
          ? "робочий день перенесено на " + DayWords.dayAndDate(w, true) + " (" + transfer.source() + ")"
          : "the working day is transferred to " + DayWords.dayAndDate(w, false)
              + " (" + transfer.source() + ")";
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.transferredDayOff(this);
    }
  }

  /**
   * A day off that a transfer made a working day, in exchange for {@link WorkdayTransfer#dayOff()}.
   *
   * @param transfer the transfer, with the order that made it
   */
  record TransferredWorkingDay(WorkdayTransfer transfer) implements DayReason {
    /**
     * Checks the component.
     *
     * @param transfer the transfer, with the order that made it
     * @throws NullPointerException if the transfer is null
     */
    public TransferredWorkingDay {
      Objects.requireNonNull(transfer, "transfer");
    }

    @Override
    public Effect effect() {
      return Effect.WORKING_DAY;
    }

    @Override
    public String text(Locale locale) {
      LocalDate off = transfer.dayOff();
      return uk(locale)
          ? "робочий день замість " + DayWords.dayAndDate(off, true) + ", перенесеного на цей день (" + transfer.source() + ")"
          : "a working day in place of " + DayWords.dayAndDate(off, false)
              + ", transferred to this day (" + transfer.source() + ")";
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.transferredWorkingDay(this);
    }
  }

  /**
   * A Cabinet transfer that would have moved this day but does not apply, because martial law suspends
   * the holidays it was made for (Law No. 2136-IX, art. 6 part 6): the order of 2021 moved Mon 27 June 2022
   * to Sat 2 July 2022, and both stayed what the week makes them.
   *
   * @param transfer the suspended transfer
   */
  record TransferSuspended(WorkdayTransfer transfer) implements DayReason {
    /**
     * Checks the component.
     *
     * @param transfer the suspended transfer
     * @throws NullPointerException if the transfer is null
     */
    public TransferSuspended {
      Objects.requireNonNull(transfer, "transfer");
    }

    @Override
    public Effect effect() {
      return Effect.NONE;
    }

    @Override
    public String text(Locale locale) {
      return uk(locale)
          ? "перенесення робочого дня " + DayWords.date(transfer.dayOff()) + " на " + DayWords.date(transfer.workedDay())
              + " (" + transfer.source() + ") не застосовується під час воєнного стану (" + MARTIAL_LAW_UK + ")"
          : "the transfer of the working day " + DayWords.date(transfer.dayOff()) + " to "
              + DayWords.date(transfer.workedDay()) + " (" + transfer.source() + ") does not apply under martial "
              + "law (" + MARTIAL_LAW_EN + ")";
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.transferSuspended(this);
    }
  }

  private static boolean uk(Locale locale) {
    return "uk".equals(Objects.requireNonNull(locale, "locale").getLanguage());
  }
}
