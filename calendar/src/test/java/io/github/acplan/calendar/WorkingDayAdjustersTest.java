package io.github.acplan.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

class WorkingDayAdjustersTest {

  private final UkrainianCalendar calendar = UkrainianCalendar.standard();

  @Test
  void adjustLocalDates() {
    LocalDate easterMonday = LocalDate.of(2020, 4, 20);
    assertThat(easterMonday.with(WorkingDayAdjusters.nextWorkingDay(calendar)))
        .isEqualTo(LocalDate.of(2020, 4, 21));
    assertThat(easterMonday.with(WorkingDayAdjusters.nextOrSameWorkingDay(calendar)))
        .isEqualTo(LocalDate.of(2020, 4, 21));
    assertThat(easterMonday.with(WorkingDayAdjusters.previousOrSameWorkingDay(calendar)))
        .isEqualTo(LocalDate.of(2020, 4, 17));
    assertThat(LocalDate.of(2020, 4, 21).with(WorkingDayAdjusters.previousWorkingDay(calendar)))
        .isEqualTo(LocalDate.of(2020, 4, 17));
    assertThat(LocalDate.of(2020, 4, 21).with(WorkingDayAdjusters.nextOrSameWorkingDay(calendar)))
        .isEqualTo(LocalDate.of(2020, 4, 21));
    assertThat(LocalDate.of(2020, 4, 16).with(WorkingDayAdjusters.plusWorkingDays(calendar, 2)))
        .isEqualTo(LocalDate.of(2020, 4, 21));
  }

  @Test
  void keepTheTimeOfDay() {
    LocalDateTime thursdayNoon = LocalDateTime.of(LocalDate.of(2020, 4, 16), LocalTime.NOON);
    assertThat(thursdayNoon.with(WorkingDayAdjusters.plusWorkingDays(calendar, 2)))
        .isEqualTo(LocalDateTime.of(LocalDate.of(2020, 4, 21), LocalTime.NOON));
  }

  @Test
  void rejectTemporalsWithoutADate() {
    assertThatThrownBy(() -> LocalTime.NOON.with(WorkingDayAdjusters.nextWorkingDay(calendar)))
        .isInstanceOf(DateTimeException.class);
  }
}
