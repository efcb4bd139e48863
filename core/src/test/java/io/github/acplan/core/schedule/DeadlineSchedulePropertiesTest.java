package io.github.acplan.core.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.acplan.calendar.UkrainianCalendar;
import io.github.acplan.calendar.WorkingCalendar;
import io.github.acplan.core.PlanPeriod;
import io.github.acplan.core.deadline.Deadline;
import io.github.acplan.core.deadline.DeadlineSamples;
import io.github.acplan.core.deadline.Deadlines;
import io.github.acplan.core.deadline.Periodic;
import io.github.acplan.core.deadline.TestCalendars;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

class DeadlineSchedulePropertiesTest {

  private static final WorkingCalendar UKRAINE = UkrainianCalendar.standard();

  private static Gen<PlanPeriod> periods() {
    return SourceDSL.integers().between(2018, 2030).zip(SourceDSL.integers().between(0, 2),
        (first, extra) -> PlanPeriod.of(first, first + extra));
  }

  /**
   * The last day as written: the end of the window, or for a duty reported after its period ("до 10
   * числа місяця, наступного за звітним") that day of the next month (the last day of a shorter month).
   */
  private static LocalDate writtenLastDay(Occurrence o) {
    if (o.source() instanceof Periodic p && p.daysAfterPeriod().isPresent()) {
      // "не пізніше ніж на 40 день після закінчення звітного кварталу": the period's end plus those days
      return o.endInclusive().plusDays(p.daysAfterPeriod().get());
    }
    if (o.source() instanceof Periodic && ((Periodic) o.source()).dayOfNextMonth().isPresent()) {
      LocalDate next = o.endInclusive().plusDays(1);
      return next.withDayOfMonth(Math.min(((Periodic) o.source()).dayOfNextMonth().get(),
          next.lengthOfMonth()));
    }
    return o.endInclusive();
  }

  @Test
  void occurrencesAreSortedAndDueOnWorkingDays() {
    qt().forAll(DeadlineSamples.deadlines(true), periods()).checkAssert((d, period) -> {
      for (WorkingCalendar calendar : List.of(UKRAINE, TestCalendars.weekendsOnly())) {
        List<Occurrence> list = DeadlineSchedule.of(period, calendar).occurrences(d);
        assertThat(list).isSortedAccordingTo(Comparator.comparing(Occurrence::due));
        assertThat(list).allSatisfy(o -> {
          assertThat(calendar.isWorkingDay(o.due())).as("%s of %s", o, d.text()).isTrue();
          assertThat(o.due()).isAfterOrEqualTo(writtenLastDay(o));
          assertThat(calendar.workingDaysBetween(writtenLastDay(o), o.due())).isZero();
        });
      }
    });
  }

  @Test
  void deadlinesWithoutYearsStayInThePlanPeriod() {
    qt().forAll(DeadlineSamples.deadlines(false), periods()).checkAssert((d, period) -> {
      List<Occurrence> list = DeadlineSchedule.of(period, UKRAINE).occurrences(d);
      assertThat(list).isNotEmpty();
      assertThat(list).allSatisfy(o -> {
        assertThat(o.startInclusive()).isAfterOrEqualTo(period.firstDay());
        assertThat(o.endInclusive()).isBeforeOrEqualTo(period.lastDay());
        // Next to the period: at most the days off after 31 December, or after the day of January a duty
        // reported after its period names, or the days after the period it counts.
        int after = o.source() instanceof Periodic p && p.daysAfterPeriod().isPresent()
            ? p.daysAfterPeriod().get() : 31;
        assertThat(writtenLastDay(o)).isBeforeOrEqualTo(period.lastDay().plusDays(after));
        assertThat(o.due()).isBeforeOrEqualTo(writtenLastDay(o).plusDays(10));
        if (writtenLastDay(o).equals(o.endInclusive())) {
          assertThat(o.due()).isBeforeOrEqualTo(period.lastDay().plusDays(10));
        }
      });
    });
  }

  @Test
  void withNoShiftDueIsTheLastDayOfTheWindow() {
    qt().forAll(DeadlineSamples.deadlines(true), periods()).checkAssert((d, period) -> {
      DeadlineSchedule s = DeadlineSchedule.of(period, UKRAINE)
          .withDueDateShift(io.github.acplan.calendar.term.DueDateShift.NONE);
      assertThat(s.occurrences(d)).allSatisfy(o -> assertThat(o.due()).isEqualTo(writtenLastDay(o)));
    });
  }

  @Test
  void workingDaysAfterAnEventAreExactlyThatManyWorkingDays() {
    Gen<LocalDate> days = SourceDSL.integers().between(0, 365 * 12)
        .map(n -> LocalDate.of(2018, 1, 1).plusDays(n));
    qt().forAll(days, SourceDSL.integers().between(1, 40)).checkAssert((event, n) -> {
      Deadline d = Deadlines.withinWorkingDays(n, "з моменту отримання повідомлення");
      for (WorkingCalendar calendar : List.of(UKRAINE, TestCalendars.weekendsOnly())) {
        LocalDate due = DeadlineSchedule.of(PlanPeriod.ofYear(event.getYear()), calendar)
            .dueAfter(d, event).orElseThrow();
        assertThat(calendar.isWorkingDay(due)).isTrue();
        // The term starts the day after the event (Civil Code art. 253).
        assertThat(calendar.workingDaysBetween(event.plusDays(1), due.plusDays(1))).isEqualTo(n);
      }
    });
  }

  @Test
  void calendarDayTermsEndOnAWorkingDayNotBeforeNDays() {
    Gen<LocalDate> days = SourceDSL.integers().between(0, 365 * 12)
        .map(n -> LocalDate.of(2018, 1, 1).plusDays(n));
    qt().forAll(days, SourceDSL.integers().between(1, 40)).checkAssert((event, n) -> {
      LocalDate due = DeadlineSchedule.of(PlanPeriod.ofYear(event.getYear()), UKRAINE)
          .dueAfter(Deadlines.withinCalendarDays(n, ""), event).orElseThrow();
      assertThat(due).isAfterOrEqualTo(event.plusDays(n));
      assertThat(UKRAINE.isWorkingDay(due)).isTrue();
      assertThat(UKRAINE.workingDaysBetween(event.plusDays(n), due)).isZero();
    });
  }
}
