package io.github.acplan.calendar;

import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.SUNDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Examples from the law and from published working-time norms. */
class UkrainianCalendarTest {

  private final UkrainianCalendar calendar = UkrainianCalendar.standard();

  private static LocalDate d(String iso) {
    return LocalDate.parse(iso);
  }

  @Test
  void workingDaysPerYearMatchPublishedNorms() {
    // Ministry of Social Policy / Economy norms of working time, five-day week.
    assertThat(calendar.workingDays(2018)).isEqualTo(250);
    assertThat(calendar.workingDays(2019)).isEqualTo(250);
    assertThat(calendar.workingDays(2020)).isEqualTo(251);
    assertThat(calendar.workingDays(2021)).isEqualTo(250);
  }

  @Test
  void year2017CountsChristmasOn25DecemberAddedInNovember2017() {
    // Letter of the Ministry of Social Policy of 05.08.2016 No. 11535/0/14-16/13: 1986 hours at 40 h/week,
    // i.e. 249 working days (8 x 249 - 6 shortened pre-holiday days). Law No. 2211-VIII of 16.11.2017 then
    // made Mon 25.12.2017 a holiday, one working day less.
    assertThat(calendar.workingDays(2017)).isEqualTo(248);
    assertThat(calendar.isDayOff(d("2017-12-25"))).isTrue();
  }

  @Test
  void year2024WithMartialLawEndingOn12August2024MatchesThePublishedNorm() {
    // profpressa.com, "Розрахунок норми тривалості робочого часу на 2024 рік", five-day week, martial law
    // extended to 12.08.2024: months of 23, 21, 21, 22, 23, 20, 23, 21, 21, 22, 21, 21 working days.
    UkrainianCalendar peaceFrom13August = UkrainianCalendar.builder()
        .martialLawEnd(d("2024-08-12")).build();
    int[] expected = {23, 21, 21, 22, 23, 20, 23, 21, 21, 22, 21, 21};
    for (int month = 1; month <= 12; month++) {
      YearMonth ym = YearMonth.of(2024, month);
      assertThat(peaceFrom13August.workingDaysBetween(ym.atDay(1), ym.plusMonths(1).atDay(1)))
          .as("working days in %s", ym)
          .isEqualTo(expected[month - 1]);
    }
    assertThat(peaceFrom13August.workingDays(2024)).isEqualTo(259);
    // Sat 24 August moves the day off to Mon 26 August once martial law has ended.
    assertThat(peaceFrom13August.isDayOff(d("2024-08-26"))).isTrue();
    assertThat(calendar.isWorkingDay(d("2024-08-26"))).isTrue();
  }

  @Test
  void weekdayDaysOffIn2020AreExactlyTheLawsOnes() {
    List<LocalDate> weekdaysOff = new ArrayList<>();
    for (LocalDate day = d("2020-01-01"); day.getYear() == 2020; day = day.plusDays(1)) {
      if (day.getDayOfWeek() != SATURDAY && day.getDayOfWeek() != SUNDAY && calendar.isDayOff(day)) {
        weekdaysOff.add(day);
      }
    }
    assertThat(weekdaysOff).containsExactly(d("2020-01-01"), d("2020-01-06"), d("2020-01-07"),
        d("2020-03-09"), d("2020-04-20"), d("2020-05-01"), d("2020-05-11"), d("2020-06-08"),
        d("2020-06-29"), d("2020-08-24"), d("2020-10-14"), d("2020-12-25"));
    // Order 995-р of 23.10.2019: Mon 6 January off, Sat 11 January worked.
    assertThat(calendar.isWorkingDay(d("2020-01-11"))).isTrue();
  }

  @Test
  void weekendHolidaysMoveTheDayOffCascading() {
    // Sat 1 May 2021 (Labour Day) and Sun 2 May 2021 (Easter): Mon 3 and Tue 4 May off.
    assertThat(calendar.isDayOff(d("2021-05-03"))).isTrue();
    assertThat(calendar.isDayOff(d("2021-05-04"))).isTrue();
    assertThat(calendar.isWorkingDay(d("2021-05-05"))).isTrue();
    // Easter on Sun 30 April 2000, 1 and 2 May holidays: the moved day off is Wed 3 May.
    assertThat(calendar.isDayOff(d("2000-05-03"))).isTrue();
    // Easter and 1 May on the same Sunday 2005 (2 May a holiday): one rest day, moved to Tue 3 May.
    assertThat(calendar.holidaysOn(d("2005-05-01"))).hasSize(2);
    assertThat(calendar.isDayOff(d("2005-05-03"))).isTrue();
    assertThat(calendar.isWorkingDay(d("2005-05-04"))).isTrue();
    // Sat 8 November 1997 moved to Mon 10 November (art. 67 part 3 in force since 27.01.1995).
    assertThat(calendar.isDayOff(d("1997-11-10"))).isTrue();
  }

  @Test
  void noMoveBefore27January1995NorFrom10January1998To22April1999() {
    // Sun 1 May 1994 (Easter and 1 May): no move, Tue 3 May 1994 a working day.
    assertThat(calendar.isWorkingDay(d("1994-05-03"))).isTrue();
    // Sun 19 April 1998 (Easter): suspended by Law 785/97-ВР, Mon 20 April a working day.
    assertThat(calendar.isWorkingDay(d("1998-04-20"))).isTrue();
    // Sun 30 May 1999 (Trinity), after the rule came back on 23.04.1999: Mon 31 May off.
    assertThat(calendar.isDayOff(d("1999-05-31"))).isTrue();
    // Sat 7 January 1995: no move, but Presidential decree 13/95 gave Mon 9 January off.
    assertThat(calendar.isDayOff(d("1995-01-09"))).isTrue();
  }

  @Test
  void year2022IsSplitByMartialLaw() {
    assertThat(calendar.isDayOff(d("2022-01-03"))).as("Sat 1 Jan moved").isTrue();
    assertThat(calendar.isDayOff(d("2022-01-07"))).isTrue();
    assertThat(calendar.isDayOff(d("2022-03-07"))).as("order 1004-р").isTrue();
    assertThat(calendar.isDayOff(d("2022-03-08"))).isTrue();
    assertThat(calendar.isWorkingDay(d("2022-03-12"))).as("Saturday worked for 7 March").isTrue();
    // Law 2136-IX in force on 24.03.2022: Easter 24 April does not move, 28 June is worked, and the
    // transfer of Mon 27 June to Sat 2 July is not applied.
    assertThat(calendar.isHoliday(d("2022-04-24"))).isTrue();
    assertThat(calendar.isWorkingDay(d("2022-04-25"))).isTrue();
    assertThat(calendar.isWorkingDay(d("2022-06-27"))).isTrue();
    assertThat(calendar.isWorkingDay(d("2022-06-28"))).isTrue();
    assertThat(calendar.isDayOff(d("2022-07-02"))).isTrue();
    assertThat(calendar.transfers()).extracting(WorkdayTransfer::dayOff)
        .contains(d("2022-03-07")).doesNotContain(d("2022-06-27"));
    // A calendar where martial law never applied keeps the whole 2022 order.
    UkrainianCalendar peacetime = UkrainianCalendar.builder().martialLawEnd(d("2022-03-23")).build();
    assertThat(peacetime.isDayOff(d("2022-06-27"))).isTrue();
    assertThat(peacetime.isWorkingDay(d("2022-07-02"))).isTrue();
    assertThat(peacetime.isDayOff(d("2022-04-25"))).isTrue();
  }

  @Test
  void aHolidayIsNotAlwaysADayOff() {
    // Wed 8 March 2023: a holiday, worked under martial law.
    assertThat(calendar.isHoliday(d("2023-03-08"))).isTrue();
    assertThat(calendar.isWorkingDay(d("2023-03-08"))).isTrue();
    // Sat 7 January 2023: the last 7 January holiday; a rest day in the five-day week but no move to
    // Monday; in a six-day week people work on it.
    assertThat(calendar.holidaysOn(d("2023-01-07"))).extracting(Holiday::ukrainianName)
        .containsExactly("Різдво Христове");
    assertThat(calendar.isDayOff(d("2023-01-07"))).isTrue();
    assertThat(calendar.isWorkingDay(d("2023-01-09"))).isTrue();
    UkrainianCalendar sixDays = UkrainianCalendar.builder().sixDayWeek().build();
    assertThat(sixDays.isHoliday(d("2023-01-07"))).isTrue();
    assertThat(sixDays.isWorkingDay(d("2023-01-07"))).isTrue();
  }

  @Test
  void holidayListChangesIn2023And2024() {
    assertThat(names(2024)).containsExactly(
        "2024-01-01 Новий рік",
        "2024-03-08 Міжнародний жіночий день",
        "2024-05-01 День праці",
        "2024-05-05 Великдень (Пасха)",
        "2024-05-08 День пам\u02bcяті та перемоги над нацизмом у Другій світовій війні 1939\u20131945 років",
        "2024-06-23 Трійця",
        "2024-06-28 День Конституції України",
        "2024-07-15 День Української Державності",
        "2024-08-24 День незалежності України",
        "2024-10-01 День захисників і захисниць України",
        "2024-12-25 Різдво Христове");
    for (String notFrom2024 : List.of("2024-01-07", "2024-05-09", "2024-07-28", "2024-10-14")) {
      assertThat(calendar.isHoliday(d(notFrom2024))).as(notFrom2024).isFalse();
    }
    // 2023: 1 October already (Law 3258-IX), 28 July still, 9 May still (Law 3107-IX from 2024).
    assertThat(calendar.isHoliday(d("2023-10-01"))).isTrue();
    assertThat(calendar.isHoliday(d("2023-10-14"))).isFalse();
    assertThat(calendar.isHoliday(d("2023-07-28"))).isTrue();
    assertThat(calendar.isHoliday(d("2023-05-09"))).isTrue();
    assertThat(calendar.isHoliday(d("2023-05-08"))).isFalse();
  }

  @Test
  void holidayListOf1991And2017() {
    assertThat(names(1991)).contains("1991-07-16 День незалежності України",
        "1991-11-07 Річниця Великої Жовтневої соціалістичної революції")
        .noneMatch(s -> s.startsWith("1991-08-24")).noneMatch(s -> s.startsWith("1991-06-28"));
    assertThat(calendar.isHoliday(d("1999-11-08"))).isTrue();
    assertThat(calendar.isHoliday(d("2000-11-07"))).isFalse();
    assertThat(calendar.isHoliday(d("2017-05-02"))).isTrue();
    assertThat(calendar.isHoliday(d("2018-05-02"))).isFalse();
    assertThat(calendar.holidays(2018)).extracting(Holiday::englishName).contains("Labour Day");
  }

  private List<String> names(int year) {
    List<String> result = new ArrayList<>();
    for (Holiday h : calendar.holidays(year)) {
      result.add(h.date() + " " + h.ukrainianName());
    }
    return result;
  }

  @Test
  void cabinetTransfersMoveAWeekdayToARestDay() {
    // Checked on the calendar without martial law so that every transfer applies.
    UkrainianCalendar peacetime = UkrainianCalendar.builder().martialLawEnd(d("2022-03-23")).build();
    for (WorkdayTransfer t : UkrainianLaw.CABINET_TRANSFERS) {
      assertThat(t.dayOff().getDayOfWeek()).as("%s", t).isNotIn(SATURDAY, SUNDAY);
      assertThat(t.workedDay().getDayOfWeek()).as("%s", t).isIn(SATURDAY, SUNDAY);
      assertThat(peacetime.isHoliday(t.dayOff())).as("%s", t).isFalse();
      assertThat(peacetime.isHoliday(t.workedDay())).as("%s", t).isFalse();
      assertThat(peacetime.isDayOff(t.dayOff())).as("%s", t).isTrue();
      assertThat(peacetime.isWorkingDay(t.workedDay())).as("%s", t).isTrue();
      assertThat(t.source()).isNotBlank();
    }
    assertThat(peacetime.transfers()).contains(new WorkdayTransfer(d("2020-01-06"), d("2020-01-11"),
        "розпорядження КМУ від 23.10.2019 № 995-р"));
    // A transfer across years: Thu 2 January 1997 off, Sat 28 December 1996 worked.
    assertThat(calendar.isWorkingDay(d("1996-12-28"))).isTrue();
    assertThat(calendar.isDayOff(d("1997-01-02"))).isTrue();
  }

  @Test
  void sixDayWeekRestsOnlyOnSundayAndIgnoresCabinetTransfers() {
    UkrainianCalendar sixDays = UkrainianCalendar.builder().sixDayWeek().build();
    assertThat(sixDays.workWeek()).isEqualTo(WorkWeek.SIX_DAYS);
    assertThat(sixDays.transfers()).isEmpty();
    assertThat(sixDays.isWorkingDay(d("2020-01-06"))).as("no order 995-р").isTrue();
    assertThat(sixDays.isWorkingDay(d("2020-01-04"))).as("a Saturday").isTrue();
    // Sat 1 May 2021 is a day off as a holiday but does not move; Sun 2 May (Easter) moves to Mon 3.
    assertThat(sixDays.isDayOff(d("2021-05-01"))).isTrue();
    assertThat(sixDays.isDayOff(d("2021-05-03"))).isTrue();
    assertThat(sixDays.isWorkingDay(d("2021-05-04"))).isTrue();
  }

  @Test
  void builderAddsLocalTransfersAndDaysOff() {
    UkrainianCalendar local = UkrainianCalendar.builder()
        .addDayOff(d("2020-09-14"), "розпорядження міського голови № 1")
        .addTransfer(new WorkdayTransfer(d("2020-09-18"), d("2020-09-26"), "наказ № 2"))
        .build();
    assertThat(local.isDayOff(d("2020-09-14"))).isTrue();
    assertThat(local.isDayOff(d("2020-09-18"))).isTrue();
    assertThat(local.isWorkingDay(d("2020-09-26"))).isTrue();
    assertThat(local.workingDays(2020)).isEqualTo(250);
    assertThat(local.transfers()).last().extracting(WorkdayTransfer::source).isEqualTo("наказ № 2");
    UkrainianCalendar copy = local.toBuilder().build();
    assertThat(copy.isDayOff(d("2020-09-14"))).isTrue();
    assertThat(copy.toString()).contains("1 added transfers", "1 added days off");
  }

  @Test
  void martialLawEndIsConfigurable() {
    assertThat(calendar.martialLawEnd()).isEmpty();
    assertThat(calendar.isUnderMartialLaw(d("2022-03-23"))).isFalse();
    assertThat(calendar.isUnderMartialLaw(d("2022-03-24"))).isTrue();
    assertThat(calendar.isUnderMartialLaw(d("2100-12-31"))).isTrue();
    UkrainianCalendar ended = UkrainianCalendar.builder().martialLawEnd(d("2030-05-10")).build();
    assertThat(ended.martialLawEnd()).contains(d("2030-05-10"));
    assertThat(ended.isUnderMartialLaw(d("2030-05-11"))).isFalse();
    // Peacetime again: Wed 1 October 2031 is a day off.
    assertThat(ended.isDayOff(d("2031-10-01"))).isTrue();
    assertThat(calendar.isWorkingDay(d("2031-10-01"))).isTrue();
    assertThat(ended.toBuilder().martialLawInForce().build().isWorkingDay(d("2031-10-01"))).isTrue();
  }

  @Test
  void countsAndMovesAcrossTheWholeRange() {
    int total = 0;
    for (int year = 1991; year <= 2100; year++) {
      total += calendar.workingDays(year);
    }
    assertThat(calendar.workingDaysBetween(d("1991-01-01"), d("2101-01-01"))).isEqualTo(total);
    assertThat(calendar.workingDaysBetween(d("2101-01-01"), d("1991-01-01"))).isEqualTo(-total);
    assertThat(calendar.plusWorkingDays(d("1990-12-31").plusDays(1), 0)).isEqualTo(d("1991-01-01"));
    assertThat(calendar.nextWorkingDay(d("1991-01-01"))).isEqualTo(d("1991-01-02"));
    assertThat(calendar.previousWorkingDay(d("2020-01-13"))).isEqualTo(d("2020-01-11"));
  }

  @Test
  void datesOutsideTheRangeAreRejectedWithTheRangeInTheMessage() {
    assertThatThrownBy(() -> calendar.isWorkingDay(d("1990-12-31")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("1991-01-01..2100-12-31");
    assertThatThrownBy(() -> calendar.isDayOff(d("2101-01-01")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> calendar.nextWorkingDay(d("2100-12-31")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("1991-01-01..2100-12-31");
    assertThatThrownBy(() -> calendar.plusWorkingDays(d("1991-01-02"), -2))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> calendar.plusWorkingDays(d("2020-01-01"), Integer.MAX_VALUE))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> calendar.workingDays(1990))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1991..2100");
    assertThatThrownBy(() -> calendar.holidays(2101)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> calendar.holidaysOn(d("1990-01-01")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> calendar.workingDaysBetween(d("1991-01-01"), d("2101-01-02")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> UkrainianCalendar.builder().martialLawEnd(d("2101-01-01")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void valuesRejectNullAndBlank() {
    assertThatThrownBy(() -> calendar.isWorkingDay(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> new WorkdayTransfer(d("2020-01-06"), d("2020-01-06"), "x"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2020-01-06");
    assertThatThrownBy(() -> new WorkdayTransfer(d("2020-01-06"), d("2020-01-11"), " "))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Holiday(d("2020-01-01"), "", "New Year's Day"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> UkrainianCalendar.builder().addDayOff(d("2020-01-02"), ""))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void standardIsASharedInstance() {
    assertThat(UkrainianCalendar.standard()).isSameAs(calendar);
    assertThat(calendar.toString()).isEqualTo("UkrainianCalendar[FIVE_DAYS, martial law 2022-03-24..in force]");
  }
}
