package io.github.acplan.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.acplan.calendar.UkrainianCalendar;
import io.github.acplan.core.PlanPeriod;
import io.github.acplan.core.deadline.Deadline;
import io.github.acplan.core.deadline.DeadlineParser;
import io.github.acplan.core.deadline.WithinWorkingDays;
import io.github.acplan.core.schedule.DeadlineSchedule;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * A tutorial: how a user of acplan checks a deadline rule with property tests (QuickTheories from
 * JUnit 5), instead of a handful of hand-picked dates.
 *
 * <p>The rule under test is the one of Law No. 1700-VII art. 28 part 3 and of measures 5.2 and 5.3 of the
 * seed plan: "Протягом N робочих днів з моменту отримання повідомлення" is due on the N-th working day
 * after the day the notice was received (the term starts the day after the event, Civil Code art. 253).
 */
class WorkingDayTermPropertiesTest {

  // One calendar for all tries: building it computes every day from 1991 to 2100, and the standard
  // instance is immutable and thread-safe, so sharing it is free.
  private static final UkrainianCalendar CALENDAR = UkrainianCalendar.standard();

  /**
   * Step 1: a generator of inputs. QuickTheories has generators of integers; a date is an integer count of
   * days since 1970-01-01, so mapping a range of epoch days gives every date from 2020 to 2030, with no
   * bias towards any part of the year. The range crosses the start of martial law (24.03.2022), where the
   * rules for days off change: a property must hold on both sides.
   */
  private static Gen<LocalDate> eventDates() {
    return integers()
        .between((int) LocalDate.of(2020, 1, 1).toEpochDay(), (int) LocalDate.of(2030, 12, 31).toEpochDay())
        .map(epochDay -> LocalDate.ofEpochDay(epochDay));
  }

  /**
   * Step 2: the text, written the way a plan writes it. Ukrainian puts "1 робочого дня" in the genitive
   * singular and "5 робочих днів" in the genitive plural; both must be read.
   */
  private static String phrase(int n) {
    return "Протягом " + n + (n == 1 ? " робочого дня" : " робочих днів")
        + " з моменту отримання повідомлення";
  }

  /**
   * Step 3: an oracle that does not use the code under test. Walking day by day and counting working days
   * is slow but obviously right; {@code plusWorkingDays} answers from a precomputed table, and the
   * property says both agree.
   */
  private static LocalDate nthWorkingDayAfter(LocalDate event, int n) {
    LocalDate day = event;
    int counted = 0;
    while (counted < n) {
      day = day.plusDays(1);
      if (CALENDAR.isWorkingDay(day)) {
        counted++;
      }
    }
    return day;
  }

  @Test
  void aTermOfNWorkingDaysIsDueOnTheNthWorkingDayAfterTheEvent() {
    // Step 4: the property. For any event date and any N from 1 to 20, parse the phrase for the plan of
    // the event's year, compute the due date with the schedule, and check it against the oracle. When a
    // try fails, QuickTheories shrinks the inputs to a small failing example and prints it.
    qt().forAll(eventDates(), integers().between(1, 20)).checkAssert((event, n) -> {
      PlanPeriod period = PlanPeriod.ofYear(event.getYear());
      Deadline deadline = DeadlineParser.forPeriod(period).parse(phrase(n));
      Optional<LocalDate> due = DeadlineSchedule.of(period, CALENDAR).dueAfter(deadline, event);

      // Each check has its own message, so that a failure says which part of the rule broke.
      assertThat(deadline)
          .as("\"%s\" is read as a term of working days", phrase(n))
          .isInstanceOfSatisfying(WithinWorkingDays.class, w -> assertThat(w.workingDays()).isEqualTo(n));
      assertThat(due)
          .as("due date of \"%s\" after %s", phrase(n), event)
          .contains(nthWorkingDayAfter(event, n));
    });
  }

  @Test
  void theDueDateIsAWorkingDayWithExactlyNWorkingDaysAfterTheEvent() {
    // The same rule said differently, with the calendar's own counting: the due date is a working day,
    // and counting the working days from the day after the event to the due date (both included) gives N.
    // Two formulations of one rule catch different mistakes (an off-by-one in the count, a due date on a
    // day off).
    qt().forAll(eventDates(), integers().between(1, 20)).check((event, n) -> {
      PlanPeriod period = PlanPeriod.ofYear(event.getYear());
      Deadline deadline = DeadlineParser.forPeriod(period).parse(phrase(n));
      LocalDate due = DeadlineSchedule.of(period, CALENDAR).dueAfter(deadline, event).orElseThrow();
      return due.isAfter(event)
          && CALENDAR.isWorkingDay(due)
          && CALENDAR.workingDaysBetween(event.plusDays(1), due.plusDays(1)) == n;
    });
  }
}
