package io.github.acplan.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * The Ukrainian working-day calendar from 1991-01-01 to 2100-12-31: statutory holidays, days off moved
 * from weekend holidays, Cabinet of Ministers transfers of working days and martial law.
 *
 * <p>{@link #standard()} is the law as it is: the five-day week; the holidays of the Labour Code, art. 73,
 * as they changed over the years; art. 67 part 3 (a day off that coincides with a holiday moves to the next
 * working day, cascading past other holidays and earlier moved days; not applied to holidays before
 * 27.01.1995 nor from 10.01.1998 to 22.04.1999); every Cabinet transfer 1991–2022; decreed days off; and
 * martial law from 24.03.2022 (Law No. 2136-IX, art. 6 part 6) with no known end: holidays stay holidays
 * but are not days off, no day off moves and no transfer applies. {@link #builder()} sets the end of
 * martial law, a six-day week, and local transfers or days off. The sources are listed beside the data in
 * the package-private class {@code UkrainianLaw}.
 *
 * <p>Every day of the range is computed when the calendar is built (a table of days off and a running count
 * of working days), so {@link #isWorkingDay}, {@link #plusWorkingDays} and {@link #workingDaysBetween}
 * are table lookups and binary searches, with the same answers as the day-by-day defaults of
 * {@link WorkingCalendar}. Dates outside the range are rejected with {@link IllegalArgumentException}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class UkrainianCalendar implements WorkingCalendar {

  /** The first supported date, 1991-01-01. */
  public static final LocalDate MIN_DATE = UkrainianLaw.MIN_DATE;

  /** The last supported date, 2100-12-31. */
  public static final LocalDate MAX_DATE = UkrainianLaw.MAX_DATE;

  /** The day martial-law rules start to apply: Law No. 2136-IX came into force on 24.03.2022. */
  public static final LocalDate MARTIAL_LAW_START = UkrainianLaw.MARTIAL_LAW_START;

  private static final long MIN_EPOCH_DAY = MIN_DATE.toEpochDay();
  private static final int DAYS = (int) (MAX_DATE.toEpochDay() - MIN_EPOCH_DAY + 1);

  private final WorkWeek workWeek;
  private final @Nullable LocalDate martialLawLastDay;
  private final List<WorkdayTransfer> transfers;
  private final List<WorkdayTransfer> extraTransfers;
  private final List<UkrainianLaw.DecreedDayOff> extraDaysOff;
  /** Cabinet transfers that martial law suspends (five-day week only), for {@link #explain}. */
  private final List<WorkdayTransfer> suspendedTransfers;
  /** A day off moved by art. 67 part 3 → the date of the weekend holiday it came from. */
  private final Map<LocalDate, LocalDate> movedFrom;
  /** dayOff[i]: whether MIN_DATE + i is a day off. */
  private final boolean[] dayOff;
  /** workingBefore[i]: the number of working days in [MIN_DATE, MIN_DATE + i); DAYS + 1 entries. */
  private final int[] workingBefore;
  /**
   * workingDayIndex[k]: the index of the working day with k working days before it, so that
   * {@link #plusWorkingDays} is two lookups rather than a binary search (benchmarks/README.md).
   */
  private final int[] workingDayIndex;

  private UkrainianCalendar(Builder builder) {
    this.workWeek = builder.workWeek;
    this.martialLawLastDay = builder.martialLawLastDay;
    this.extraTransfers = List.copyOf(builder.transfers);
    this.extraDaysOff = List.copyOf(builder.daysOff);
    this.dayOff = new boolean[DAYS];
    List<WorkdayTransfer> applied = new ArrayList<>();
    List<WorkdayTransfer> suspended = new ArrayList<>();
    Map<LocalDate, LocalDate> moves = new HashMap<>();
    computeDaysOff(applied, suspended, moves);
    this.transfers = List.copyOf(applied);
    this.suspendedTransfers = List.copyOf(suspended);
    this.movedFrom = Map.copyOf(moves);
    this.workingBefore = new int[DAYS + 1];
    for (int i = 0; i < DAYS; i++) {
      workingBefore[i + 1] = workingBefore[i] + (dayOff[i] ? 0 : 1);
    }
    this.workingDayIndex = new int[workingBefore[DAYS]];
    for (int i = 0; i < DAYS; i++) {
      if (!dayOff[i]) {
        workingDayIndex[workingBefore[i]] = i;
      }
    }
  }

  // explain() retraces these steps in the same order; change both together.
  private void computeDaysOff(List<WorkdayTransfer> applied, List<WorkdayTransfer> suspended,
      Map<LocalDate, LocalDate> moves) {
    for (int i = 0; i < DAYS; i++) {
      dayOff[i] = isWeekend(dateAt(i));
    }
    Map<LocalDate, List<Holiday>> holidays = UkrainianLaw.holidaysByDate();
    TreeSet<LocalDate> holidayDates = new TreeSet<>(holidays.keySet());
    // Art. 73: a holiday is a day off, unless martial law suspends art. 73.
    for (LocalDate h : holidayDates) {
      if (!isUnderMartialLaw(h)) {
        dayOff[index(h)] = true;
      }
    }
    // Art. 67 part 3: a weekly rest day that is a holiday moves to the next day that is neither a rest
    // day, nor a holiday that is a day off, nor already taken by an earlier move. Two holidays on one
    // Sunday (Easter on 1 May) coincide with one rest day and so move one day.
    boolean[] moved = new boolean[DAYS];
    for (LocalDate h : holidayDates) {
      if (!isWeekend(h) || isUnderMartialLaw(h) || !UkrainianLaw.moveRuleApplies(h)) {
        continue;
      }
      LocalDate m = h.plusDays(1);
      while (!m.isAfter(MAX_DATE) && (isWeekend(m) || moved[index(m)]
          || (holidays.containsKey(m) && !isUnderMartialLaw(m)))) {
        m = m.plusDays(1);
      }
      if (!m.isAfter(MAX_DATE) && !isUnderMartialLaw(m)) {
        moved[index(m)] = true;
        dayOff[index(m)] = true;
        moves.put(m, h);
      }
    }
    for (UkrainianLaw.DecreedDayOff d : UkrainianLaw.DECREED_DAYS_OFF) {
      dayOff[index(d.date())] = true;
    }
    for (UkrainianLaw.DecreedDayOff d : extraDaysOff) {
      dayOff[index(d.date())] = true;
    }
    // Cabinet transfers are made for the five-day week only, and martial law suspends them (the 2022 order
    // moved Mon 27 June to Sat 2 July; 28 June 2022 was a working day).
    if (workWeek == WorkWeek.FIVE_DAYS) {
      for (WorkdayTransfer t : UkrainianLaw.CABINET_TRANSFERS) {
        if (!isUnderMartialLaw(t.dayOff()) && !isUnderMartialLaw(t.workedDay())) {
          applied.add(t);
        } else {
          suspended.add(t);
        }
      }
    }
    // Transfers added by the caller apply as given.
    applied.addAll(extraTransfers);
    for (WorkdayTransfer t : applied) {
      dayOff[index(t.dayOff())] = true;
      dayOff[index(t.workedDay())] = false;
    }
  }

  /**
   * Returns the calendar of the law as it is: five-day week, martial law in force since 24.03.2022 with
   * no end. The instance is built once and shared.
   *
   * @return the standard calendar
   */
  public static UkrainianCalendar standard() {
    return Standard.INSTANCE;
  }

  private static final class Standard {
    static final UkrainianCalendar INSTANCE = new Builder().build();
  }

  /**
   * Returns a builder that starts from the standard calendar's settings.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  // ---- WorkingCalendar

  /**
   * Tells whether {@code date} is a working day.
   *
   * @param date a date from {@link #MIN_DATE} to {@link #MAX_DATE}
   * @return true if people work that day under this calendar
   * @throws IllegalArgumentException if the date is outside the supported range
   */
  @Override
  public boolean isWorkingDay(LocalDate date) {
    return !dayOff[index(date)];
  }

  /**
   * Tells whether {@code date} is a day off: a weekly rest day, a holiday that is a day off, a day off
   * moved from a weekend holiday, transferred or decreed.
   *
   * @param date a date from {@link #MIN_DATE} to {@link #MAX_DATE}
   * @return {@code !isWorkingDay(date)}
   * @throws IllegalArgumentException if the date is outside the supported range
   */
  @Override
  public boolean isDayOff(LocalDate date) {
    return dayOff[index(date)];
  }

  /**
   * Returns the first working day strictly after {@code date}.
   *
   * @param date a date of the supported range
   * @return the next working day
   * @throws IllegalArgumentException if {@code date} or the answer is outside the supported range
   */
  @Override
  public LocalDate nextWorkingDay(LocalDate date) {
    return plusWorkingDays(date, 1);
  }

  /**
   * Returns the last working day strictly before {@code date}.
   *
   * @param date a date of the supported range
   * @return the previous working day
   * @throws IllegalArgumentException if {@code date} or the answer is outside the supported range
   */
  @Override
  public LocalDate previousWorkingDay(LocalDate date) {
    return plusWorkingDays(date, -1);
  }

  /**
   * Returns the date {@code workingDays} working days after {@code date} (before it if negative), with the
   * meaning of {@link WorkingCalendar#plusWorkingDays}: the n-th working day strictly after (before) the
   * date, or the date itself for zero.
   *
   * @param date a date of the supported range (not counted itself)
   * @param workingDays how many working days to move, negative to move back
   * @return the resulting date, a working day unless {@code workingDays == 0}
   * @throws IllegalArgumentException if {@code date} or the answer is outside the supported range
   */
  @Override
  public LocalDate plusWorkingDays(LocalDate date, int workingDays) {
    int i = index(date);
    if (workingDays == 0) {
      return date;
    }
    // rank: the number of working days before the wanted day, counted from MIN_DATE.
    long rank = workingDays > 0
        ? (long) workingBefore[i + 1] + workingDays - 1
        : (long) workingBefore[i] + workingDays;
    if (rank < 0 || rank >= workingBefore[DAYS]) {
      throw new IllegalArgumentException(workingDays + " working days from " + date
          + " fall outside the supported range " + MIN_DATE + ".." + MAX_DATE);
    }
    return dateAt(selectWorkingDay((int) rank));
  }

  /** The index of the working day with {@code rank} working days before it. */
  private int selectWorkingDay(int rank) {
    return workingDayIndex[rank];
  }

  /**
   * Counts the working days in {@code [startInclusive, endExclusive)}.
   *
   * @param startInclusive the first day counted, from {@link #MIN_DATE} to {@link #MAX_DATE} plus one day
   * @param endExclusive the day after the last day counted, in the same bounds
   * @return the number of working days; negative (the count of {@code [endExclusive, startInclusive)}
   *     negated) if {@code endExclusive} is before {@code startInclusive}
   * @throws IllegalArgumentException if a date is outside the supported range
   */
  @Override
  public int workingDaysBetween(LocalDate startInclusive, LocalDate endExclusive) {
    return workingBefore[boundaryIndex(endExclusive)] - workingBefore[boundaryIndex(startInclusive)];
  }

  /**
   * Counts the working days of a calendar year.
   *
   * @param year the year, 1991 to 2100
   * @return the number of working days from 1 January to 31 December
   * @throws IllegalArgumentException if the year is outside 1991..2100
   */
  @Override
  public int workingDays(int year) {
    if (year < MIN_DATE.getYear() || year > MAX_DATE.getYear()) {
      throw new IllegalArgumentException("The Ukrainian calendar covers the years " + MIN_DATE.getYear()
          + ".." + MAX_DATE.getYear() + ", got " + year);
    }
    return workingDaysBetween(LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1));
  }

  // ---- Holidays

  /**
   * Returns the statutory holidays of a year (Labour Code, art. 73 as in force that year), whether or not
   * they are days off under this calendar.
   *
   * @param year the year, 1991 to 2100
   * @return the holidays ordered by date; two on the same date when they coincide
   * @throws IllegalArgumentException if the year is outside 1991..2100
   */
  public List<Holiday> holidays(int year) {
    if (year < MIN_DATE.getYear() || year > MAX_DATE.getYear()) {
      throw new IllegalArgumentException("The Ukrainian calendar covers the years " + MIN_DATE.getYear()
          + ".." + MAX_DATE.getYear() + ", got " + year);
    }
    return UkrainianLaw.holidaysOf(year);
  }

  /**
   * Returns the statutory holidays on a date. A list, because two holidays can fall on one day (Easter on
   * 1 May in 2005 and 2016).
   *
   * @param date a date of the supported range
   * @return the holidays on that date, empty if none
   * @throws IllegalArgumentException if the date is outside the supported range
   */
  public List<Holiday> holidaysOn(LocalDate date) {
    index(date);
    return UkrainianLaw.holidaysByDate().getOrDefault(date, List.of());
  }

  /**
   * Tells whether a date is a statutory holiday, whether or not it is a day off.
   *
   * @param date a date of the supported range
   * @return true if a holiday of art. 73 falls on that date
   * @throws IllegalArgumentException if the date is outside the supported range
   */
  public boolean isHoliday(LocalDate date) {
    return !holidaysOn(date).isEmpty();
  }

  // ---- Explanation

  /**
   * Explains why a date is a working day or a day off under this calendar: every legal reason, with the
   * holiday's name and legal basis, the Cabinet order of a transfer, the weekend holiday a day off moved
   * from (Labour Code, art. 67 part 3) and martial law (Law No. 2136-IX, art. 6 part 6) where it keeps a
   * holiday a working day or suspends a transfer. For example, Sat 24.08.2024 is a day off because it is a
   * Saturday; Independence Day gives no day off under martial law.
   *
   * @param date a date of the supported range
   * @return the verdict, equal to {@link #isDayOff(LocalDate)}, and its reasons in the order applied
   * @throws IllegalArgumentException if the date is outside the supported range
   */
  public DayExplanation explain(LocalDate date) {
    int i = index(date);
    List<DayReason> reasons = new ArrayList<>();
    if (isWeekend(date)) {
      reasons.add(new DayReason.Weekend(date.getDayOfWeek(), workWeek));
    }
    for (Holiday h : holidaysOn(date)) {
      UkrainianLaw.Basis basis = UkrainianLaw.basisOf(h);
      reasons.add(isUnderMartialLaw(date)
          ? new DayReason.HolidayWorkedUnderMartialLaw(h, basis.ukrainian(), basis.english())
          : new DayReason.HolidayDayOff(h, basis.ukrainian(), basis.english()));
    }
    LocalDate from = movedFrom.get(date);
    if (from != null) {
      reasons.add(new DayReason.MovedDayOff(holidaysOn(from)));
    }
    for (UkrainianLaw.DecreedDayOff d : UkrainianLaw.DECREED_DAYS_OFF) {
      if (d.date().equals(date)) {
        reasons.add(new DayReason.DecreedDayOff(d.source()));
      }
    }
    for (UkrainianLaw.DecreedDayOff d : extraDaysOff) {
      if (d.date().equals(date)) {
        reasons.add(new DayReason.DecreedDayOff(d.source()));
      }
    }
    for (WorkdayTransfer t : transfers) {
      if (t.dayOff().equals(date)) {
        reasons.add(new DayReason.TransferredDayOff(t));
      }
      if (t.workedDay().equals(date)) {
        reasons.add(new DayReason.TransferredWorkingDay(t));
      }
    }
    for (WorkdayTransfer t : suspendedTransfers) {
      if (t.dayOff().equals(date) || t.workedDay().equals(date)) {
        reasons.add(new DayReason.TransferSuspended(t));
      }
    }
    return DayExplanation.of(date, dayOff[i], reasons);
  }

  // ---- Configuration

  /**
   * Returns the working week this calendar assumes.
   *
   * @return the working week
   */
  public WorkWeek workWeek() {
    return workWeek;
  }

  /**
   * Returns the last day of martial law, if an end was set.
   *
   * @return the last day martial-law rules apply, or empty if martial law is still in force
   */
  public Optional<LocalDate> martialLawEnd() {
    return Optional.ofNullable(martialLawLastDay);
  }

  /**
   * Tells whether martial-law rules (Law No. 2136-IX, art. 6 part 6) apply on a date: holidays are not
   * days off and no day off moves or is transferred.
   *
   * @param date any date
   * @return true from {@link #MARTIAL_LAW_START} to the end of martial law, if any
   */
  public boolean isUnderMartialLaw(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return !date.isBefore(MARTIAL_LAW_START)
        && (martialLawLastDay == null || !date.isAfter(martialLawLastDay));
  }

  /**
   * Returns the transfers of working days this calendar applies: the Cabinet transfers not suspended by
   * martial law (five-day week only), then those added with the builder.
   *
   * @return the applied transfers
   */
  public List<WorkdayTransfer> transfers() {
    return transfers;
  }

  /**
   * Returns a builder with this calendar's settings.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    Builder b = new Builder().workWeek(workWeek);
    b.martialLawLastDay = martialLawLastDay;
    b.transfers.addAll(extraTransfers);
    b.daysOff.addAll(extraDaysOff);
    return b;
  }

  /**
   * Describes the settings, e.g. "UkrainianCalendar[FIVE_DAYS, martial law 2022-03-24..in force]".
   *
   * @return a description of the settings
   */
  @Override
  public String toString() {
    return "UkrainianCalendar[" + workWeek + ", martial law " + MARTIAL_LAW_START + ".."
        + (martialLawLastDay == null ? "in force" : martialLawLastDay.toString())
        + (extraTransfers.isEmpty() ? "" : ", " + extraTransfers.size() + " added transfers")
        + (extraDaysOff.isEmpty() ? "" : ", " + extraDaysOff.size() + " added days off") + "]";
  }

  // ---- internals

  private boolean isWeekend(LocalDate date) {
    return workWeek.isWeekend(date.getDayOfWeek());
  }

  private static LocalDate dateAt(int index) {
    return LocalDate.ofEpochDay(MIN_EPOCH_DAY + index);
  }

  private static int index(LocalDate date) {
    Objects.requireNonNull(date, "date");
    long i = date.toEpochDay() - MIN_EPOCH_DAY;
    if (i < 0 || i >= DAYS) {
      throw outOfRange(date);
    }
    return (int) i;
  }

  /** The index of a range boundary: one day past {@link #MAX_DATE} is allowed. */
  private static int boundaryIndex(LocalDate date) {
    Objects.requireNonNull(date, "date");
    long i = date.toEpochDay() - MIN_EPOCH_DAY;
    if (i < 0 || i > DAYS) {
      throw outOfRange(date);
    }
    return (int) i;
  }

  private static IllegalArgumentException outOfRange(LocalDate date) {
    return new IllegalArgumentException("Date " + date + " is outside the supported range " + MIN_DATE
        + ".." + MAX_DATE + " of the Ukrainian calendar");
  }

  /**
   * Builds a {@link UkrainianCalendar} with other settings than {@link #standard()}. Starts from the
   * standard settings: five-day week, martial law in force, no added transfers or days off.
   *
   * <p>A builder is not thread-safe; the calendars it builds are.
   */
  public static final class Builder {
    private WorkWeek workWeek = WorkWeek.FIVE_DAYS;
    private @Nullable LocalDate martialLawLastDay;
    private final List<WorkdayTransfer> transfers = new ArrayList<>();
    private final List<UkrainianLaw.DecreedDayOff> daysOff = new ArrayList<>();

    private Builder() {}

    /**
     * Sets the last day of martial law. From the next day peacetime rules apply again: holidays are days
     * off, weekend holidays move the day off. A day before {@link #MARTIAL_LAW_START} means martial-law
     * rules never apply (a calendar of the peacetime law).
     *
     * @param lastDay the last day on which martial-law rules apply
     * @return this builder
     * @throws IllegalArgumentException if the day is outside the supported range
     */
    public Builder martialLawEnd(LocalDate lastDay) {
      index(lastDay);
      this.martialLawLastDay = lastDay;
      return this;
    }

    /**
     * Clears an end set with {@link #martialLawEnd}: martial law is in force with no end (the default).
     *
     * @return this builder
     */
    public Builder martialLawInForce() {
      this.martialLawLastDay = null;
      return this;
    }

    /**
     * Sets the working week.
     *
     * @param workWeek five days (the default) or six days
     * @return this builder
     */
    public Builder workWeek(WorkWeek workWeek) {
      this.workWeek = Objects.requireNonNull(workWeek, "workWeek");
      return this;
    }

    /**
     * Sets the six-day week: only Sunday off, only Sunday holidays move, no Cabinet transfers.
     *
     * @return this builder
     */
    public Builder sixDayWeek() {
      return workWeek(WorkWeek.SIX_DAYS);
    }

    /**
     * Adds a transfer of working days (a local order, an employer's order, a future Cabinet order). It is
     * applied after everything else, as given, even under martial law or in a six-day week.
     *
     * @param transfer the transfer
     * @return this builder
     * @throws IllegalArgumentException if a date of the transfer is outside the supported range
     */
    public Builder addTransfer(WorkdayTransfer transfer) {
      Objects.requireNonNull(transfer, "transfer");
      index(transfer.dayOff());
      index(transfer.workedDay());
      transfers.add(transfer);
      return this;
    }

    /**
     * Adds a one-off day off (a local decision, a decree), applied in any week and under martial law.
     *
     * @param date the day off
     * @param source the act that decrees it
     * @return this builder
     * @throws IllegalArgumentException if the date is outside the supported range or the source is blank
     */
    public Builder addDayOff(LocalDate date, String source) {
      index(date);
      Objects.requireNonNull(source, "source");
      if (source.isBlank()) {
        throw new IllegalArgumentException("A day off on " + date + " needs its source act");
      }
      daysOff.add(new UkrainianLaw.DecreedDayOff(date, source));
      return this;
    }

    /**
     * Builds the calendar, computing every day of the range (tens of milliseconds; reuse the result).
     *
     * @return the calendar
     */
    public UkrainianCalendar build() {
      return new UkrainianCalendar(this);
    }
  }
}
