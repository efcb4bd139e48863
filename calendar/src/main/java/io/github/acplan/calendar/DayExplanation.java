package io.github.acplan.calendar;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Why a date is a working day or a day off under a {@link UkrainianCalendar}: the verdict and every legal
 * reason, in the order the calendar applies them (weekly rest day, holidays, a day off moved by art. 67
 * part 3, decreed days off, transfers of working days). The last reason with an {@linkplain
 * DayReason#effect() effect} decides; a date with no reason is an ordinary working day.
 *
 * <p>Made by {@link UkrainianCalendar#explain(LocalDate)}. This class is immutable and thread-safe.
 */
public final class DayExplanation {

  private final LocalDate date;
  private final boolean dayOff;
  private final List<DayReason> reasons;

  private DayExplanation(LocalDate date, boolean dayOff, List<DayReason> reasons) {
    this.date = date;
    this.dayOff = dayOff;
    this.reasons = reasons;
  }

  /**
   * Returns an explanation.
   *
   * @param date the date explained
   * @param dayOff whether the date is a day off
   * @param reasons every reason, in the order they were applied; empty for an ordinary working day
   * @return the explanation
   * @throws NullPointerException if an argument or a reason is null
   * @throws IllegalArgumentException if the reasons decide otherwise than {@code dayOff}
   */
  public static DayExplanation of(LocalDate date, boolean dayOff, List<DayReason> reasons) {
    Objects.requireNonNull(date, "date");
    List<DayReason> copy = List.copyOf(reasons);
    boolean decided = false;
    for (DayReason r : copy) {
      if (r.effect() != DayReason.Effect.NONE) {
        decided = r.effect() == DayReason.Effect.DAY_OFF;
      }
    }
    if (decided != dayOff) {
      throw new IllegalArgumentException("The reasons for " + date + " make it "
          + (decided ? "a day off" : "a working day") + ", not " + (dayOff ? "a day off" : "a working day")
          + ": " + copy);
    }
    return new DayExplanation(date, dayOff, copy);
  }

  /**
   * Returns the date explained.
   *
   * @return the date
   */
  public LocalDate date() {
    return date;
  }

  /**
   * Tells whether the date is a working day.
   *
   * @return true if people work that day
   */
  public boolean isWorkingDay() {
    return !dayOff;
  }

  /**
   * Tells whether the date is a day off.
   *
   * @return {@code !isWorkingDay()}
   */
  public boolean isDayOff() {
    return dayOff;
  }

  /**
   * Returns every reason, in the order the calendar applies them.
   *
   * @return the reasons, unmodifiable; empty for an ordinary working day
   */
  public List<DayReason> reasons() {
    return reasons;
  }

  /**
   * Words the explanation: a first line with the date, the day of the week and the verdict, then one line
   * per reason starting with "- ". Lines end with {@code \n}.
   *
   * @param locale Ukrainian for a locale of language {@code uk}, English for any other
   * @return the text, ending with a line break
   */
  public String text(Locale locale) {
    boolean uk = "uk".equals(Objects.requireNonNull(locale, "locale").getLanguage());
    StringBuilder sb = new StringBuilder();
    sb.append(date).append(' ')
        .append(uk ? DayWords.dayUk(date.getDayOfWeek()).toLowerCase(Locale.ROOT)
            : DayWords.dayEn(date.getDayOfWeek()))
        .append(": ")
        .append(uk ? (dayOff ? "вихідний день" : "робочий день") : (dayOff ? "day off" : "working day"))
        .append('\n');
    if (reasons.isEmpty()) {
      sb.append("- ").append(uk ? "звичайний робочий день (КЗпП, ст. 67)"
          : "an ordinary working day (Labour Code, art. 67)").append('\n');
    }
    for (DayReason r : reasons) {
      sb.append("- ").append(r.text(locale)).append('\n');
    }
    return sb.toString();
  }

  /**
   * Compares the date, the verdict and the reasons.
   *
   * @param o another object
   * @return true if {@code o} is an explanation with equal components
   */
  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof DayExplanation e && date.equals(e.date) && dayOff == e.dayOff
        && reasons.equals(e.reasons);
  }

  /**
   * Returns a hash of the date, the verdict and the reasons.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return Objects.hash(date, dayOff, reasons);
  }

  /**
   * Returns the English wording, {@link #text(Locale)} with {@link Locale#ENGLISH}.
   *
   * @return the explanation in English
   */
  @Override
  public String toString() {
    return text(Locale.ENGLISH);
  }
}
