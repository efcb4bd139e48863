package io.github.acplan.examples;

import io.github.acplan.calendar.Holiday;
import io.github.acplan.calendar.UkrainianCalendar;
import io.github.acplan.calendar.term.LegalTerms;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Locale;

/**
 * Shows the Ukrainian working-day calendar on its own: counting working days, legal terms after an event,
 * the holidays of a year and what martial law changes.
 *
 * <p>Run: {@code java -cp examples/target/acplan.jar io.github.acplan.examples.CalendarExample}
 */
public final class CalendarExample {

  /** A fixed "today", so that the output is the same on every run. */
  static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

  /**
   * A hypothetical end of martial law, for the comparison only: the real end is unknown, which is why
   * {@link UkrainianCalendar#standard()} assumes martial law is still in force.
   */
  static final LocalDate HYPOTHETICAL_MARTIAL_LAW_END = LocalDate.of(2026, 3, 31);

  private CalendarExample() {}

  /**
   * Prints working-day counts, terms and holidays under the standard calendar and under a calendar in
   * which martial law ended.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);

    // The standard calendar is the law as it is: five-day week, martial law in force since 24.03.2022
    // (Law No. 2136-IX) with no known end. It is built once and shared; it is immutable and thread-safe.
    UkrainianCalendar wartime = UkrainianCalendar.standard();

    // The end of martial law is configuration: from the day after the given last day, holidays are days
    // off again and a holiday on a weekend moves the day off to the next working day (Labour Code art. 67
    // part 3). Building a calendar computes a table of every day from 1991 to 2100: build it once.
    UkrainianCalendar peacetime = UkrainianCalendar.builder()
        .martialLawEnd(HYPOTHETICAL_MARTIAL_LAW_END)
        .build();

    // 1. How many working days are left until the end of the year? The end of the count is exclusive,
    //    so add a day to count 31 December itself.
    LocalDate yearEnd = LocalDate.of(2026, 12, 31);
    out.println("Working days from " + TODAY + " to " + yearEnd + " inclusive:");
    out.println("  martial law in force:         " + wartime.workingDaysBetween(TODAY, yearEnd.plusDays(1)));
    out.println("  martial law ended " + HYPOTHETICAL_MARTIAL_LAW_END + ": "
        + peacetime.workingDaysBetween(TODAY, yearEnd.plusDays(1)));
    out.println("Working days in the whole of 2026: " + wartime.workingDays(2026)
        + " (martial law in force), " + peacetime.workingDays(2026) + " (martial law ended " + HYPOTHETICAL_MARTIAL_LAW_END + ")");

    // 2. Terms after an event (Civil Code arts. 253-255): the term starts the day after the event.
    //    A term of working days ends on the N-th working day after the event. A term of calendar days,
    //    like "у десятиденний строк" for a significant change in property (Law No. 1700-VII art. 52
    //    part 2), ends N days later, moved to the next working day if that is a day off (art. 254 part 5):
    //    here 26 December 2026 is a Saturday, so the term ends on Monday 28 December.
    LocalDate event = LocalDate.of(2026, 12, 16);
    out.println();
    out.println("Terms after an event on " + describe(event) + ":");
    for (UkrainianCalendar calendar : new UkrainianCalendar[] {wartime, peacetime}) {
      LegalTerms terms = LegalTerms.of(calendar);
      String label = calendar == wartime ? "martial law in force" : "martial law ended   ";
      out.println("  " + label + "  10 working days: " + describe(terms.workingDaysAfter(event, 10))
          + ";  10 calendar days: " + describe(terms.daysAfter(event, 10)));
    }

    // 3. Holidays stay holidays under martial law (names, isHoliday) but are not days off: keep the two
    //    questions apart. A holiday on a Sunday is a day off because it is a Sunday.
    out.println();
    out.println("Holidays of 2026 (Labour Code art. 73) and whether they are days off:");
    out.println("  date        martial law  peacetime  name");
    for (Holiday h : wartime.holidays(2026)) {
      out.printf("  %s  %-11s  %-9s  %s (%s)%n", h.date(), yesNo(wartime.isDayOff(h.date())),
          yesNo(peacetime.isDayOff(h.date())), h.ukrainianName(), h.englishName());
    }

    // In peacetime a holiday on a weekend gives a day off on the next working day: those days are days
    // off without being holidays.
    out.println();
    out.println("Days off moved from weekend holidays in 2026 (peacetime calendar):");
    for (LocalDate d = LocalDate.of(2026, 1, 1); d.getYear() == 2026; d = d.plusDays(1)) {
      boolean weekend = d.getDayOfWeek().getValue() >= 6;
      if (!weekend && peacetime.isDayOff(d) && !peacetime.isHoliday(d)) {
        out.println("  " + describe(d));
      }
    }
  }

  private static String describe(LocalDate date) {
    return date + " (" + date.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.ENGLISH) + ")";
  }

  private static String yesNo(boolean value) {
    return value ? "day off" : "worked";
  }
}
