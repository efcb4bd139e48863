package io.github.acplan.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class OrthodoxEasterTest {

  /**
   * Orthodox Easter Sundays 1991–2030 (Gregorian dates), as published in the tables of Orthodox Easter
   * dates (e.g. Wikipedia "List of dates for Easter") and as given by python-dateutil's EASTER_ORTHODOX.
   */
  private static final String[] EASTER_1991_2030 = {
      "1991-04-07", "1992-04-26", "1993-04-18", "1994-05-01", "1995-04-23", "1996-04-14", "1997-04-27",
      "1998-04-19", "1999-04-11", "2000-04-30", "2001-04-15", "2002-05-05", "2003-04-27", "2004-04-11",
      "2005-05-01", "2006-04-23", "2007-04-08", "2008-04-27", "2009-04-19", "2010-04-04", "2011-04-24",
      "2012-04-15", "2013-05-05", "2014-04-20", "2015-04-12", "2016-05-01", "2017-04-16", "2018-04-08",
      "2019-04-28", "2020-04-19", "2021-05-02", "2022-04-24", "2023-04-16", "2024-05-05", "2025-04-20",
      "2026-04-12", "2027-05-02", "2028-04-16", "2029-04-08", "2030-04-28"};

  @Test
  void easterSundays1991To2030() {
    for (int i = 0; i < EASTER_1991_2030.length; i++) {
      assertThat(OrthodoxEaster.sunday(1991 + i)).isEqualTo(LocalDate.parse(EASTER_1991_2030[i]));
    }
  }

  @Test
  void year2100UsesTheFourteenDayOffset() {
    // The Julian calendar has 29 February 2100, the Gregorian does not: the offset grows to 14 days.
    assertThat(OrthodoxEaster.sunday(2100)).isEqualTo(LocalDate.of(2100, 5, 2));
    assertThat(OrthodoxEaster.sunday(2099)).isEqualTo(LocalDate.of(2099, 4, 12));
  }

  @Test
  void trinityIsFortyNineDaysLaterOnASunday() {
    assertThat(OrthodoxEaster.trinity(2020)).isEqualTo(LocalDate.of(2020, 6, 7));
    assertThat(OrthodoxEaster.trinity(2021)).isEqualTo(LocalDate.of(2021, 6, 20));
    for (int year = 1991; year <= 2100; year++) {
      assertThat(OrthodoxEaster.sunday(year).getDayOfWeek()).isEqualTo(DayOfWeek.SUNDAY);
      assertThat(OrthodoxEaster.trinity(year).getDayOfWeek()).isEqualTo(DayOfWeek.SUNDAY);
    }
  }

  @Test
  void yearsBeforeTheGregorianCalendarAreRejected() {
    assertThatThrownBy(() -> OrthodoxEaster.sunday(1582))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1583");
  }
}
