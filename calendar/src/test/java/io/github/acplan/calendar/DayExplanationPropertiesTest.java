package io.github.acplan.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Properties of {@link UkrainianCalendar#explain}: the reasons agree with the calendar on every day. */
class DayExplanationPropertiesTest {

  private static final List<UkrainianCalendar> CALENDARS = List.of(
      UkrainianCalendar.standard(),
      UkrainianCalendar.builder().martialLawEnd(LocalDate.of(2024, 8, 12)).build(),
      UkrainianCalendar.builder().sixDayWeek().build());

  @Test
  void everyDayOfTheRangeIsExplainedByItsOwnReasons() {
    // Exhaustive rather than sampled: 40 177 days, three calendars. DayExplanation.of checks that the
    // last reason with an effect gives the verdict; here it must also be the calendar's verdict, and
    // every holiday of the day must be named.
    for (UkrainianCalendar calendar : CALENDARS) {
      for (LocalDate d = UkrainianCalendar.MIN_DATE; !d.isAfter(UkrainianCalendar.MAX_DATE); d = d.plusDays(1)) {
        DayExplanation e = calendar.explain(d);
        assertThat(e.isDayOff()).as("%s %s", calendar, d).isEqualTo(calendar.isDayOff(d));
        long holidays = e.reasons().stream().filter(r -> r instanceof DayReason.HolidayDayOff
            || r instanceof DayReason.HolidayWorkedUnderMartialLaw).count();
        assertThat(holidays).as("%s %s", calendar, d).isEqualTo(calendar.holidaysOn(d).size());
      }
    }
  }

  @Test
  void textHasOneLinePerReasonInBothLanguages() {
    qt().forAll(integers().between(0, (int) (UkrainianCalendar.MAX_DATE.toEpochDay()
        - UkrainianCalendar.MIN_DATE.toEpochDay())))
        .checkAssert(offset -> {
          LocalDate d = UkrainianCalendar.MIN_DATE.plusDays(offset);
          DayExplanation e = UkrainianCalendar.standard().explain(d);
          for (Locale locale : List.of(Locale.forLanguageTag("uk"), Locale.ENGLISH)) {
            String text = e.text(locale);
            assertThat(text).startsWith(d.toString()).endsWith("\n");
            assertThat(text.lines().count()).isEqualTo(1 + Math.max(1, e.reasons().size()));
          }
          assertThat(e).isEqualTo(UkrainianCalendar.standard().explain(d));
        });
  }
}
