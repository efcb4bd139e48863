package io.github.acplan.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** {@link UkrainianCalendar#explain}: the reasons for the dates the issue names, and their wording. */
class DayExplanationTest {

  private static final Locale UK = Locale.forLanguageTag("uk");
  private final UkrainianCalendar calendar = UkrainianCalendar.standard();

  private static LocalDate d(String iso) {
    return LocalDate.parse(iso);
  }

  @Test
  void independenceDay2024IsOffBecauseItIsASaturdayNotBecauseOfTheHoliday() {
    DayExplanation e = calendar.explain(d("2024-08-24"));
    assertThat(e.isDayOff()).isTrue();
    assertThat(e.reasons()).hasSize(2);
    assertThat(e.reasons().get(0)).isEqualTo(new DayReason.Weekend(DayOfWeek.SATURDAY, WorkWeek.FIVE_DAYS));
    DayReason.HolidayWorkedUnderMartialLaw holiday = (DayReason.HolidayWorkedUnderMartialLaw) e.reasons().get(1);
    assertThat(holiday.holiday().ukrainianName()).isEqualTo("День незалежності України");
    assertThat(holiday.ukrainianBasis()).isEqualTo("КЗпП, ст. 73");
    assertThat(holiday.effect()).isEqualTo(DayReason.Effect.NONE);
    assertThat(e.text(UK)).isEqualTo("2024-08-24 субота: вихідний день\n"
        + "- Субота — вихідний день (КЗпП, ст. 67; п\u02bcятиденний робочий тиждень)\n"
        + "- святковий день «День незалежності України» (КЗпП, ст. 73) не є неробочим і не переносить "
        + "вихідний: під час воєнного стану ст. 73 і ч. 3 ст. 67 КЗпП не застосовуються (Закон № 2136-IX "
        + "від 15.03.2022, ст. 6 ч. 6, чинний з 24.03.2022)\n");
    assertThat(e.text(Locale.ENGLISH)).startsWith("2024-08-24 Saturday: day off\n"
        + "- Saturday, a weekly day off (Labour Code, art. 67; five-day week)\n"
        + "- the public holiday \"Independence Day\" (Labour Code, art. 73) is not a day off and moves no "
        + "day off: under martial law").contains("Law No. 2136-IX of 15.03.2022, art. 6 part 6");
    // And the Monday after gets nothing: a plain working day.
    assertThat(calendar.explain(d("2024-08-26")).reasons()).isEmpty();
    assertThat(calendar.explain(d("2024-08-26")).isWorkingDay()).isTrue();
  }

  @Test
  void easterMonday2020IsADayOffMovedFromEasterSundayByArticle67Part3() {
    DayExplanation e = calendar.explain(d("2020-04-20"));
    assertThat(e.isDayOff()).isTrue();
    assertThat(e.reasons()).hasSize(1);
    DayReason.MovedDayOff moved = (DayReason.MovedDayOff) e.reasons().get(0);
    assertThat(moved.holidayDate()).isEqualTo(d("2020-04-19"));
    assertThat(moved.holidays()).extracting(Holiday::ukrainianName).containsExactly("Великдень (Пасха)");
    assertThat(e.text(UK)).isEqualTo("2020-04-20 понеділок: вихідний день\n"
        + "- вихідний день, перенесений зі святкового дня «Великдень (Пасха)», що припав на вихідний "
        + "(неділя 19.04.2020) (КЗпП, ст. 67 ч. 3)\n");
    assertThat(e.text(Locale.ENGLISH)).isEqualTo("2020-04-20 Monday: day off\n"
        + "- a day off moved from the public holiday \"Easter Sunday\", which fell on a day off "
        + "(Sunday 19.04.2020) (Labour Code, art. 67 part 3)\n");
    DayExplanation sunday = calendar.explain(d("2020-04-19"));
    assertThat(sunday.reasons()).extracting(DayReason::getClass)
        .containsExactly(DayReason.Weekend.class, DayReason.HolidayDayOff.class);
    assertThat(((DayReason.HolidayDayOff) sunday.reasons().get(1)).ukrainianBasis())
        .contains("585-XII");
  }

  @Test
  void saturday16January2021IsAWorkingDayByCabinetOrder1191() {
    DayExplanation e = calendar.explain(d("2021-01-16"));
    assertThat(e.isWorkingDay()).isTrue();
    assertThat(e.reasons()).extracting(DayReason::getClass)
        .containsExactly(DayReason.Weekend.class, DayReason.TransferredWorkingDay.class);
    WorkdayTransfer t = ((DayReason.TransferredWorkingDay) e.reasons().get(1)).transfer();
    assertThat(t.dayOff()).isEqualTo(d("2021-01-08"));
    assertThat(t.source()).contains("1191-р");
    assertThat(e.text(UK)).endsWith("- робочий день замість п\u02bcятниця 08.01.2021, перенесеного на цей "
        + "день (розпорядження КМУ від 30.09.2020 № 1191-р)\n").startsWith("2021-01-16 субота: робочий день\n");
    DayExplanation friday = calendar.explain(d("2021-01-08"));
    assertThat(friday.isDayOff()).isTrue();
    assertThat(friday.reasons()).containsExactly(new DayReason.TransferredDayOff(t));
    assertThat(friday.text(Locale.ENGLISH)).contains("transferred to Saturday 16.01.2021", "1191-р");
  }

  @Test
  void womensDay2022WasADayOffBecauseLaw2136HadNotYetTakenEffect() {
    DayExplanation e = calendar.explain(d("2022-03-08"));
    assertThat(e.isDayOff()).isTrue();
    assertThat(e.reasons()).hasSize(1);
    DayReason.HolidayDayOff h = (DayReason.HolidayDayOff) e.reasons().get(0);
    assertThat(h.holiday().ukrainianName()).isEqualTo("Міжнародний жіночий день");
    assertThat(h.effect()).isEqualTo(DayReason.Effect.DAY_OFF);
    assertThat(e.text(UK)).contains("неробочий (КЗпП, ст. 73)", "Закон № 2136-IX",
        "набрав чинності лише 24.03.2022");
    assertThat(e.text(Locale.ENGLISH)).contains("took effect only on 24.03.2022");
    // A holiday in peacetime says nothing about martial law.
    assertThat(calendar.explain(d("2021-03-08")).text(UK)).doesNotContain("2136");
  }

  @Test
  void christmas2023IsAWorkingDayUnderMartialLaw() {
    DayExplanation e = calendar.explain(d("2023-12-25"));
    assertThat(e.isWorkingDay()).isTrue();
    assertThat(e.reasons()).hasSize(1);
    DayReason.HolidayWorkedUnderMartialLaw h = (DayReason.HolidayWorkedUnderMartialLaw) e.reasons().get(0);
    assertThat(h.holiday().ukrainianName()).isEqualTo("Різдво Христове");
    assertThat(h.ukrainianBasis()).isEqualTo("КЗпП, ст. 73 у редакції Закону № 2211-VIII від 16.11.2017");
    assertThat(e.text(UK)).startsWith("2023-12-25 понеділок: робочий день\n").contains("Закон № 2136-IX");
    // After martial law ends, the same holiday is a day off again.
    UkrainianCalendar peace = UkrainianCalendar.builder().martialLawEnd(d("2023-12-01")).build();
    assertThat(peace.explain(d("2023-12-25")).reasons()).extracting(DayReason::getClass)
        .containsExactly(DayReason.HolidayDayOff.class);
  }

  @Test
  void aTransferSuspendedByMartialLawIsNamedAndChangesNothing() {
    DayExplanation e = calendar.explain(d("2022-07-02"));
    assertThat(e.isDayOff()).isTrue();
    assertThat(e.reasons()).extracting(DayReason::getClass)
        .containsExactly(DayReason.Weekend.class, DayReason.TransferSuspended.class);
    assertThat(e.text(UK)).contains("не застосовується під час воєнного стану", "1004-р");
  }

  @Test
  void decreedAndAddedDaysOffAndCoincidingHolidaysAreNamed() {
    assertThat(calendar.explain(d("1995-01-09")).reasons())
        .containsExactly(new DayReason.DecreedDayOff("Указ Президента України № 13/95"));
    UkrainianCalendar local = UkrainianCalendar.builder()
        .addDayOff(d("2026-12-04"), "рішення міської ради № 1").build();
    assertThat(local.explain(d("2026-12-04")).text(Locale.ENGLISH))
        .contains("decreed by a separate act (рішення міської ради № 1)");
    // Easter on 1 May 2016: two holidays on one Sunday move one day off, to Tue 3 May (2 May is a holiday).
    DayReason.MovedDayOff moved = (DayReason.MovedDayOff) calendar.explain(d("2016-05-03")).reasons().get(0);
    assertThat(moved.holidays()).hasSize(2);
    assertThat(moved.holidayDate()).isEqualTo(d("2016-05-01"));
  }

  @Test
  void sixDayWeekHasOnlySundayAsWeekendAndNoTransfers() {
    UkrainianCalendar six = UkrainianCalendar.builder().sixDayWeek().build();
    assertThat(six.explain(d("2021-01-16")).reasons()).isEmpty();
    assertThat(six.explain(d("2021-01-17")).reasons())
        .containsExactly(new DayReason.Weekend(DayOfWeek.SUNDAY, WorkWeek.SIX_DAYS));
  }

  @Test
  void valuesRejectWhatTheyCannotHold() {
    assertThatThrownBy(() -> new DayReason.Weekend(DayOfWeek.SATURDAY, WorkWeek.SIX_DAYS))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("SATURDAY");
    assertThatThrownBy(() -> new DayReason.MovedDayOff(List.of()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> DayExplanation.of(d("2020-01-01"), false,
        List.of(new DayReason.DecreedDayOff("x"))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2020-01-01");
    assertThatThrownBy(() -> calendar.explain(d("2101-01-01")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2101-01-01");
  }
}
