package io.github.acplan.test.assertions;

import io.github.acplan.calendar.WorkingCalendar;
import io.github.acplan.core.deadline.Deadline;
import io.github.acplan.core.schedule.DeadlineSchedule;
import io.github.acplan.core.schedule.PlanSchedule;
import io.github.acplan.core.validation.ValidationReport;
import org.jspecify.annotations.Nullable;

/**
 * The entry point of acplan's AssertJ assertions.
 *
 * <pre>{@code
 * import static io.github.acplan.test.assertions.AcplanAssertions.assertThat;
 *
 * assertThat(UkrainianCalendar.standard()).isWorkingDay(LocalDate.of(2021, 1, 16)).isDayOff(LocalDate.of(2020, 4, 20));
 * assertThat(PlanValidator.standard().validate(plan)).hasNoErrors().hasFinding("MISSING_INDICATOR", "6.3");
 * assertThat(PlanSchedule.of(plan, calendar)).dueOn(LocalDate.of(2020, 12, 31), "1.1");
 * assertThat(DeadlineSchedule.of(period, calendar), deadline).dueOn(LocalDate.of(2020, 6, 30));
 * }</pre>
 *
 * <p>The methods are named {@code assertThat} like AssertJ's own, and their argument types (acplan's)
 * do not overlap AssertJ's, so both static imports can be used in one test class.
 */
public final class AcplanAssertions {

  private AcplanAssertions() {}

  /**
   * Starts assertions on a working calendar.
   *
   * @param calendar the calendar, such as {@code UkrainianCalendar.standard()}
   * @return the assertion
   */
  public static CalendarAssert assertThat(@Nullable WorkingCalendar calendar) {
    return new CalendarAssert(calendar);
  }

  /**
   * Starts assertions on a validation report.
   *
   * @param report the report of a plan validator
   * @return the assertion
   */
  public static ValidationReportAssert assertThat(@Nullable ValidationReport report) {
    return new ValidationReportAssert(report);
  }

  /**
   * Starts assertions on a plan's schedule.
   *
   * @param schedule the schedule
   * @return the assertion
   */
  public static PlanScheduleAssert assertThat(@Nullable PlanSchedule schedule) {
    return new PlanScheduleAssert(schedule);
  }

  /**
   * Starts assertions on one deadline under a deadline schedule (a plan period and a calendar).
   *
   * @param schedule the schedule that gives the deadline's occurrences
   * @param deadline the deadline
   * @return the assertion
   * @throws NullPointerException if {@code schedule} is null
   */
  public static DeadlineAssert assertThat(DeadlineSchedule schedule, @Nullable Deadline deadline) {
    return new DeadlineAssert(schedule, deadline);
  }
}
