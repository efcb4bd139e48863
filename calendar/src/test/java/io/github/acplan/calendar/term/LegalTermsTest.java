package io.github.acplan.calendar.term;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.acplan.calendar.UkrainianCalendar;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Examples of Civil Code arts. 253–255 on the Ukrainian calendar. */
class LegalTermsTest {

  private final LegalTerms terms = LegalTerms.of(UkrainianCalendar.standard());

  private static LocalDate d(String iso) {
    return LocalDate.parse(iso);
  }

  @Test
  void workingDayTermsStartTheNextDay() {
    // Law 1700-VII art. 28 part 3: "within two working days of receipt"; received Thu 16.04.2020, Mon
    // 20.04.2020 was the day off for Easter: the term ends Tue 21.04.2020.
    assertThat(terms.workingDaysAfter(d("2020-04-16"), 2)).isEqualTo(d("2020-04-21"));
    // "Не пізніше наступного робочого дня" (art. 28 part 1): one working day.
    assertThat(terms.workingDaysAfter(d("2020-04-17"), 1)).isEqualTo(d("2020-04-21"));
    // An event on a day off: counting starts the next day all the same.
    assertThat(terms.workingDaysAfter(d("2020-04-19"), 1)).isEqualTo(d("2020-04-21"));
    // Art. 45 part 2: twenty working days. Fri 8.01.2021 was off and Sat 16.01.2021 worked (order
    // 1191-р), so the twentieth working day is that Saturday.
    assertThat(terms.workingDaysAfter(d("2020-12-15"), 20)).isEqualTo(d("2021-01-16"));
  }

  @Test
  void aLastDayOnADayOffMovesByThePolicy() {
    // "У десятиденний строк" (art. 52) from 15.12.2020 ends Fri 25.12.2020, a holiday.
    assertThat(terms.shift()).isEqualTo(DueDateShift.NEXT_WORKING_DAY);
    assertThat(terms.daysAfter(d("2020-12-15"), 10)).isEqualTo(d("2020-12-28"));
    assertThat(terms.withShift(DueDateShift.PREVIOUS_WORKING_DAY).daysAfter(d("2020-12-15"), 10))
        .isEqualTo(d("2020-12-24"));
    assertThat(terms.withShift(DueDateShift.NONE).daysAfter(d("2020-12-15"), 10))
        .isEqualTo(d("2020-12-25"));
    // A working last day does not move under any policy.
    for (DueDateShift shift : DueDateShift.values()) {
      assertThat(terms.withShift(shift).daysAfter(d("2020-12-15"), 9)).isEqualTo(d("2020-12-24"));
    }
  }

  @Test
  void monthsQuartersHalfYearsAndYearsEndOnTheSameDayNumber() {
    assertThat(terms.monthsAfter(d("2020-03-16"), 1)).isEqualTo(d("2020-04-16"));
    // 31 January + 1 month: 28 February 2021 (a Sunday), so Monday 1 March.
    assertThat(terms.withShift(DueDateShift.NONE).monthsAfter(d("2021-01-31"), 1))
        .isEqualTo(d("2021-02-28"));
    assertThat(terms.monthsAfter(d("2021-01-31"), 1)).isEqualTo(d("2021-03-01"));
    assertThat(terms.quartersAfter(d("2020-11-30"), 1)).isEqualTo(d("2021-03-01"));
    assertThat(terms.halfYearsAfter(d("2020-12-31"), 1)).isEqualTo(d("2021-06-30"));
    assertThat(terms.yearsAfter(d("2020-02-29"), 1)).isEqualTo(d("2021-03-01"));
    assertThat(terms.withShift(DueDateShift.NONE).yearsAfter(d("2020-02-29"), 1))
        .isEqualTo(d("2021-02-28"));
  }

  @Test
  void weeksAndHalfMonths() {
    // Tue 27.04.2021 + 1 week = Tue 4 May 2021, the day off moved from Easter: Wed 5 May.
    assertThat(terms.weeksAfter(d("2021-04-27"), 1)).isEqualTo(d("2021-05-05"));
    assertThat(terms.halfMonthAfter(d("2021-06-01"))).isEqualTo(d("2021-06-16"));
  }

  @Test
  void untilReadingsAndShifts() {
    // NAZK: "до 1 червня" = last day 31 May.
    assertThat(terms.until(d("2021-06-01"), UntilReading.EXCLUSIVE)).isEqualTo(d("2021-05-31"));
    // Plan tables: "до 31 грудня 2022" includes Sat 31.12.2022; next working day Mon 2.01.2023 (martial
    // law: Sun 1 January does not move the day off).
    assertThat(terms.until(d("2022-12-31"), UntilReading.INCLUSIVE)).isEqualTo(d("2023-01-02"));
    assertThat(terms.withShift(DueDateShift.PREVIOUS_WORKING_DAY)
        .until(d("2022-12-31"), UntilReading.INCLUSIVE)).isEqualTo(d("2022-12-30"));
    assertThat(UntilReading.INCLUSIVE.lastDay(d("2022-12-31"))).isEqualTo(d("2022-12-31"));
    assertThat(UntilReading.EXCLUSIVE.lastDay(d("2023-01-01"))).isEqualTo(d("2022-12-31"));
  }

  @Test
  void quartersAndHalfYearsOfTheCalendarYear() {
    assertThat(LegalTerms.endOfQuarter(d("2020-01-01"))).isEqualTo(d("2020-03-31"));
    assertThat(LegalTerms.endOfQuarter(d("2020-05-15"))).isEqualTo(d("2020-06-30"));
    assertThat(LegalTerms.endOfQuarter(d("2020-09-30"))).isEqualTo(d("2020-09-30"));
    assertThat(LegalTerms.endOfQuarter(d("2020-10-01"))).isEqualTo(d("2020-12-31"));
    assertThat(LegalTerms.endOfHalfYear(d("2020-06-30"))).isEqualTo(d("2020-06-30"));
    assertThat(LegalTerms.endOfHalfYear(d("2020-07-01"))).isEqualTo(d("2020-12-31"));
    // "Щопівроку (червень, грудень 2020 року)": Tue 30.06.2020 is a working day.
    assertThat(terms.shift(LegalTerms.endOfHalfYear(d("2020-01-09")))).isEqualTo(d("2020-06-30"));
    // 31.12.2023 is a Sunday.
    assertThat(terms.shift(LegalTerms.endOfQuarter(d("2023-11-01")))).isEqualTo(d("2024-01-01"));
  }

  @Test
  void termsLastAtLeastOneUnit() {
    assertThatThrownBy(() -> terms.workingDaysAfter(d("2020-01-01"), 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("0 working days");
    assertThatThrownBy(() -> terms.daysAfter(d("2020-01-01"), -1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> terms.monthsAfter(d("2020-01-01"), 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> terms.quartersAfter(d("2020-01-01"), 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> terms.daysAfter(d("2100-12-30"), 5))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2100-12-31");
  }

  @Test
  void describesItself() {
    assertThat(terms.withShift(DueDateShift.NONE).toString()).startsWith("LegalTerms[NONE, Ukrainian");
    assertThat(terms.calendar()).isSameAs(UkrainianCalendar.standard());
  }
}
