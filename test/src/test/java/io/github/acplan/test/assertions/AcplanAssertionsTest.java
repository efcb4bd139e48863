package io.github.acplan.test.assertions;

import static io.github.acplan.test.assertions.AcplanAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.acplan.calendar.UkrainianCalendar;
import io.github.acplan.calendar.WorkingCalendar;
import io.github.acplan.core.MeasureNumber;
import io.github.acplan.core.PlanPeriod;
import io.github.acplan.core.deadline.DeadlineParser;
import io.github.acplan.core.deadline.Deadlines;
import io.github.acplan.core.schedule.DeadlineSchedule;
import io.github.acplan.core.schedule.PlanSchedule;
import io.github.acplan.core.validation.Finding;
import io.github.acplan.core.validation.FindingPath;
import io.github.acplan.core.validation.PlanField;
import io.github.acplan.core.validation.PlanValidator;
import io.github.acplan.core.validation.Severity;
import io.github.acplan.core.validation.ValidationReport;
import io.github.acplan.test.fixtures.SeedFixtures;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The assertions pass when they should, and fail with a message saying what was expected and found. */
class AcplanAssertionsTest {

  private static final UkrainianCalendar CALENDAR = UkrainianCalendar.standard();

  @Test
  void calendarDaysFromTheLaw() {
    // A working Saturday by Cabinet order 1191-р of 2020; Easter Sunday 2020 moved to Monday 20 April
    // (Labour Code art. 67 part 3); Saturday 24 August 2024, Independence Day under martial law.
    assertThat(CALENDAR).isWorkingDay(LocalDate.of(2021, 1, 16)).isDayOff(LocalDate.of(2020, 4, 20))
        .isDayOff(LocalDate.of(2024, 8, 24)).isWorkingDay(LocalDate.of(2023, 12, 25))
        .hasWorkingDaysBetween(LocalDate.of(2020, 4, 17), LocalDate.of(2020, 4, 22), 2);
  }

  @Test
  void aWrongWorkingDaySaysWhyTheDayIsOff() {
    assertThatThrownBy(() -> assertThat(CALENDAR).isWorkingDay(LocalDate.of(2024, 8, 24)))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Expected 2024-08-24 (saturday) to be a working day, but it is a day off")
        .hasMessageContaining("a weekend day")
        .hasMessageContaining("Independence Day")
        .hasMessageContaining("under martial law");
  }

  @Test
  void aWrongDayOffSaysItIsAWorkingDay() {
    assertThatThrownBy(() -> assertThat(CALENDAR).isDayOff(LocalDate.of(2023, 12, 25)))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Expected 2023-12-25 (monday) to be a day off, but it is a working day")
        .hasMessageContaining("Christmas");
    WorkingCalendar everyDay = date -> true;
    assertThatThrownBy(() -> assertThat(everyDay).isDayOff(LocalDate.of(2020, 1, 1)))
        .isInstanceOf(AssertionError.class)
        .hasMessage("Expected 2020-01-01 (wednesday) to be a day off, but it is a working day");
    assertThatThrownBy(() -> assertThat(CALENDAR)
        .hasWorkingDaysBetween(LocalDate.of(2020, 4, 17), LocalDate.of(2020, 4, 22), 3))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Expected 3 working days from 2020-04-17 inclusive to 2020-04-22 exclusive,"
            + " but found 2");
  }

  @Test
  void aNullCalendarFails() {
    assertThatThrownBy(() -> assertThat((WorkingCalendar) null).isWorkingDay(LocalDate.of(2020, 1, 2)))
        .isInstanceOf(AssertionError.class);
  }

  private static Finding finding(String code, Severity severity, FindingPath path) {
    return new Finding(code, severity, path, "Повідомлення", "The message");
  }

  @Test
  void theSeedPlanHasNoErrorsAndAWarningOn63() {
    assertThat(PlanValidator.standard().validate(SeedFixtures.plan()))
        .hasNoErrors().hasFinding("MISSING_INDICATOR", "6.3").hasFinding("MISSING_INDICATOR", "6.3/indicators")
        .doesNotHaveFinding("MISSING_INDICATOR", "1.1");
  }

  @Test
  void reportFailuresListTheFindings() {
    ValidationReport report = ValidationReport.of(List.of(
        finding("DUPLICATE_NUMBER", Severity.ERROR, FindingPath.measure(MeasureNumber.parse("3.5"))),
        finding("MISSING_INDICATOR", Severity.WARNING,
            FindingPath.measure(MeasureNumber.parse("3.6"), PlanField.INDICATORS))));
    assertThat(report).hasFinding("DUPLICATE_NUMBER", "3.5").hasFinding("MISSING_INDICATOR");
    assertThatThrownBy(() -> assertThat(report).hasNoErrors())
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Expected no errors, but found 1:")
        .hasMessageContaining("ERROR DUPLICATE_NUMBER at 3.5: The message");
    assertThatThrownBy(() -> assertThat(report).hasFinding("MISSING_INDICATOR", "3.5"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Expected a finding MISSING_INDICATOR at 3.5, but the report has 2 findings:")
        .hasMessageContaining("WARNING MISSING_INDICATOR at 3.6/indicators");
    assertThatThrownBy(() -> assertThat(ValidationReport.of(List.of())).hasFinding("MISSING_TITLE"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Expected a finding MISSING_TITLE, but the report has no findings");
    assertThatThrownBy(() -> assertThat(report).hasNoFindings())
        .isInstanceOf(AssertionError.class).hasMessageContaining("Expected no findings, but found 2");
    assertThatThrownBy(() -> assertThat(report).doesNotHaveFinding("DUPLICATE_NUMBER", "3.5"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Expected no finding DUPLICATE_NUMBER at 3.5, but found:");
  }

  @Test
  void theSeedsScheduleHasHalfYearlyReportsDue() {
    PlanSchedule schedule = PlanSchedule.of(SeedFixtures.plan(), CALENDAR);
    assertThat(schedule).dueOn(LocalDate.of(2020, 6, 30)).dueOn(LocalDate.of(2020, 6, 30), "1.1")
        .nothingDueOn(LocalDate.of(2020, 6, 28));
    assertThatThrownBy(() -> assertThat(schedule).dueOn(LocalDate.of(2020, 6, 28)))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Expected something due on 2020-06-28, but nothing is;")
        .hasMessageContaining("1.1 due 2020-06-30");
    assertThatThrownBy(() -> assertThat(schedule).dueOn(LocalDate.of(2020, 6, 29), "1.1"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Expected measure 1.1 due on 2020-06-29, but it is due on [2020-06-30, 2020-12-31]");
    assertThatThrownBy(() -> assertThat(schedule).nothingDueOn(LocalDate.of(2020, 6, 30)))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Expected nothing due on 2020-06-30, but found 1.1 due 2020-06-30");
  }

  @Test
  void aDeadlineUnderASchedule() {
    DeadlineSchedule schedule = DeadlineSchedule.of(PlanPeriod.ofYear(2020), CALENDAR);
    var halfYearly = DeadlineParser.forPeriod(PlanPeriod.ofYear(2020)).parse("Щопівроку");
    assertThat(schedule, halfYearly).dueOn(LocalDate.of(2020, 6, 30))
        .dueExactlyOn(LocalDate.of(2020, 6, 30), LocalDate.of(2020, 12, 31));
    // A duty ("Постійно") and an event have no date of their own: they are reported on every half-year.
    assertThat(schedule, Deadlines.permanent()).isOnlyReportedOn()
        .dueExactlyOn(LocalDate.of(2020, 6, 30), LocalDate.of(2020, 12, 31));
    assertThat(schedule, Deadlines.onEvent("при призначенні на посаду")).isOnlyReportedOn();
    assertThatThrownBy(() -> assertThat(schedule, halfYearly).dueOn(LocalDate.of(2020, 7, 1)))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Expected \"Щопівроку\" (PERIODIC) due on 2020-07-01, but it is due on"
            + " [2020-06-30, 2020-12-31]");
    assertThatThrownBy(() -> assertThat(schedule, halfYearly).isOnlyReportedOn())
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("only reported on, but it is due on [2020-06-30, 2020-12-31]");
    assertThatThrownBy(() -> assertThat(schedule, Deadlines.onEvent("у разі потреби"))
        .dueExactlyOn(LocalDate.of(2020, 1, 1)))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("but it is due on [2020-06-30 (report only), 2020-12-31 (report only)]");
  }
}
