package io.github.acplan.core.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.acplan.calendar.UkrainianCalendar;
import io.github.acplan.calendar.term.DueDateShift;
import io.github.acplan.core.PlanPeriod;
import io.github.acplan.core.schedule.DeadlineSchedule;
import java.time.Month;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The phrase forms that issue 18 lists as misread before the grammar grew (examples of other plans'
 * wording), and the abbreviations plans use: each with its kind and, where the phrase fixes dates, its due
 * dates in a plan for 2023 with no move off days off.
 */
class DeadlineGrammarTest {

  private static final PlanPeriod Y2023 = PlanPeriod.ofYear(2023);
  private final DeadlineParser parser = DeadlineParser.forPeriod(Y2023);
  private final DeadlineSchedule schedule = DeadlineSchedule.of(Y2023, UkrainianCalendar.standard())
      .withDueDateShift(DueDateShift.NONE);

  private String due(Deadline d) {
    return schedule.occurrences(d).stream().filter(o -> !o.reportOnly()).map(o -> o.due().toString())
        .sorted().distinct().collect(Collectors.joining(" "));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      щороку до 15 лютого, 15 квітня, 15 липня і 15 жовтня   | periodic             | 2023-02-15 2023-04-15 2023-07-15 2023-10-15
      31 березня, 30 червня, 30 вересня, 31 грудня            | periodic             | 2023-03-31 2023-06-30 2023-09-30 2023-12-31
      щороку, до 1 квітня                                     | periodic             | 2023-04-01
      один раз на рік (до 31 грудня)                          | periodic             | 2023-12-31
      у період з 00 годин 00 хвилин 01 січня до 00 годин 00 хвилин 01 квітня року, наступного за звітним | date-range | 2023-03-31
      на строк до трьох місяців після припинення чи скасування воєнного стану | within-months |
      не пізніше дня такого припинення                        | on-event             |
      до дня набрання чинності змінами до програми            | on-event             |
      щокварталу до десятого числа місяця, наступного за звітним | periodic          | 2023-04-10 2023-07-10 2023-10-10 2024-01-10
      щомісяця до п'ятого числа наступного місяця             | periodic             | 2023-02-05 2023-03-05 2023-04-05 2023-05-05 2023-06-05 2023-07-05 2023-08-05 2023-09-05 2023-10-05 2023-11-05 2023-12-05 2024-01-05
      щокварталу не пізніше 15 днів після закінчення звітного кварталу | periodic    | 2023-04-15 2023-07-15 2023-10-15 2024-01-15
      IV кв. 2023 р.                                          | during-period        | 2023-12-31
      І квартал 2023 року                                     | during-period        | 2023-03-31
      4 квартал                                               | during-period        | 2023-12-31
      до 01.04                                                | by-date              | 2023-04-01
      щокв.                                                   | periodic             | 2023-03-31 2023-06-30 2023-09-30 2023-12-31
      п/р                                                     | during-period        | 2023-12-31
      до 1 квітня року, наступного за звітним                 | by-date              | 2023-04-01
      протягом року з дня припинення відповідної діяльності   | within-months        |
      у другому півріччі кожного року                         | during-period        | 2023-12-31
      до 31 березня 2023 року включно                         | by-date              | 2023-03-31
      у період з 1 січня по 31 березня наступного року після звільнення | date-range | 2023-03-31
      з 1 січня до 31 березня включно року, що настає після припинення роботи на посаді | date-range | 2023-03-31
      з 01.01.2023 до 11.10.2023 (включно)                    | date-range           | 2023-10-11
      до 31.12.2023 включно                                   | by-date              | 2023-12-31
      не пізніше ніж на сороковий день після закінчення карантину | within-calendar-days |
      не пізніше ніж на 40-й день після закінчення заходів (COVID-19) | within-calendar-days |
      з 00:00 1 січня до 23:59 31 січня 2023 року             | date-range           | 2023-01-31
      з 00:00 01 січня до 00:00 01 квітня                     | date-range           | 2023-03-31
      Кожні шість місяців                                     | periodic             | 2023-06-30 2023-12-31
      кожного кварталу                                        | periodic             | 2023-03-31 2023-06-30 2023-09-30 2023-12-31
      до 09 лютого наступного за звітним року включно         | by-date              | 2023-02-09
      за п’ять днів до дня голосування                        | on-event             |
      протягом одного календарного року з дня першого перерахування коштів | within-months |
      невідкладно, але не пізніше п’ятнадцяти днів від дня їх отримання | within-calendar-days |
      Негайно, але не пізніше наступного робочого дня         | within-working-days  |
      щороку, але не пізніше 1 квітня                         | periodic             | 2023-04-01
      двічі на рік (за кожне півріччя)                        | periodic             | 2023-06-30 2023-12-31
      чотири рази на рік (щокварталу)                         | periodic             | 2023-03-31 2023-06-30 2023-09-30 2023-12-31
      за графіком                                             | per-schedule         |
      згідно з планом роботи комісії                          | per-schedule         |
      відповідно до плану навчань                             | per-schedule         |
      протягом року за затвердженим графіком                  | composite            | 2023-12-31
      кожного кварталу до 15 числа наступного кварталу        | periodic             | 2023-04-15 2023-07-15 2023-10-15 2024-01-15
      щопівроку до 5 числа наступного періоду                 | periodic             | 2023-07-05 2024-01-05
      щороку до 20 січня поточного року                       | periodic             | 2023-01-20
      щорічно до 1 березня та 1 вересня поточного року        | periodic             | 2023-03-01 2023-09-01
      до 1 березня та до 1 вересня 2023 року                  | composite            | 2023-03-01 2023-09-01
      30 квітня, 30 липня і 31 жовтня 2023 р.                 | composite            | 2023-04-30 2023-07-30 2023-10-31
      з дня затвердження програми – протягом трьох місяців з дня затвердження програми | within-months |
      від дня набрання чинності наказом - не пізніше 10 робочих днів з дня набрання чинності наказом | within-working-days |
      щокварталу, але не пізніше ніж на 40 день після закінчення звітного кварталу | periodic | 2023-05-10 2023-08-09 2023-11-09 2024-02-09
      щопівроку не пізніше 45 днів після закінчення звітного півріччя | periodic     | 2023-08-14 2024-02-14
      щороку, але не пізніше ніж на шістдесятий день після закінчення звітного року | periodic | 2024-02-29
      щокварталу, але не пізніше ніж на 10 день після закінчення звітного кварталу | periodic | 2023-04-10 2023-07-10 2023-10-10 2024-01-10
      ІІ-ІІІ кв. 2023 р.                                      | during-period        | 2023-09-30
      протягом 2-4 кварталів                                  | during-period        | 2023-12-31
      протягом 5 (п'яти) робочих днів з дня отримання запиту  | within-working-days  |
      у строк до 30 (тридцяти) календарних днів               | within-calendar-days |
      до 1 числа місяця, наступного за звітним кварталом      | periodic             | 2023-04-01 2023-07-01 2023-10-01 2024-01-01
      не пізніше двадцятого числа місяця, що настає за звітним півріччям | periodic  | 2023-07-20 2024-01-20
      щопівроку до 10 липня та 10 січня                       | periodic             | 2023-01-10 2023-07-10
      щоквартально до 5 січня, 5 квітня, 5 липня, 5 жовтня    | periodic             | 2023-01-05 2023-04-05 2023-07-05 2023-10-05
      щоквартально, до 10 числа наступного за звітним кварталом місяця | periodic    | 2023-04-10 2023-07-10 2023-10-10 2024-01-10
      щопівроку до 15 числа наступного за звітним місяця      | periodic             | 2023-07-15 2024-01-15
      за потребою                                             | on-event             |
      кожного півріччя до 5 липня і до 5 січня                | periodic             | 2023-01-05 2023-07-05
      кожного кварталу до 20 квітня, 20 липня, 20 жовтня та 20 січня | periodic      | 2023-01-20 2023-04-20 2023-07-20 2023-10-20
      """)
  void issue18Forms(String text, String kind, String due) {
    Deadline d = parser.parse(text);

    assertThat(Deadlines.isRecognized(d)).as("%s", d).isTrue();
    assertThat(d.kind().id()).as("%s", d).isEqualTo(kind);
    if (due != null) {
      assertThat(due(d)).as("%s", d).isEqualTo(due);
    }
    // The reading is written back as text that reads the same.
    Deadline canonical = DeadlineFormatter.canonical(d);
    assertThat(DeadlineFormatter.canonical(parser.parse(DeadlineFormatter.format(d)))).isEqualTo(canonical);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      о 24:00 10 червня 2023 року                             | by-date              | 2023-06-10
      до 18:00 31 грудня                                      | by-date              | 2023-12-31
      о 18 годині 12 листопада 2023 року                      | by-date              | 2023-11-12
      19.07.2023 – 01.08.2023 (18:00)                         | date-range           | 2023-08-01
      11-13 січня 2023 року                                   | date-range           | 2023-01-13
      з 9 по 23 вересня                                       | date-range           | 2023-09-23
      З 7 до 31 жовтня                                        | date-range           | 2023-10-31
      по 8 вересня 2023 року                                  | by-date              | 2023-09-08
      не довше, ніж до 15 червня 2023 року                    | by-date              | 2023-06-15
      до 31 березня 2023-го                                   | by-date              | 2023-03-31
      не пізніше ніж за 60 календарних днів до закінчення її повноважень | on-event  |
      не пізніше, ніж за 2 тижні до дати їх проведення        | on-event             |
      за 30 хвилин до початку засідання                       | on-event             |
      Упродовж наступних десяти днів                          | within-calendar-days |
      не рідше одного разу на три місяці                      | periodic             | 2023-03-31 2023-06-30 2023-09-30 2023-12-31
      протягом І кварталу року, в якому здійснюється підготовка звіту | during-period | 2023-03-31
      01.03.2023 - до підписання закону Президентом України   | on-event             |
      01.03.2023 - останній день дії програми                 | on-event             |
      початок виборчого процесу - завершення виборчого процесу | on-event            |
      день розроблення проекту наказу - один місяць з дня розроблення проекту наказу | within-months |
      протягом 10 календарних днів, що настають за останнім днем строку подання декларації | within-calendar-days |
      не пізніш як за 10 робочих днів до дати їхнього розгляду | on-event            |
      з 16.03.2023 року по 14.04.2023 року                    | date-range           | 2023-04-14
      21-22.01.2023                                           | date-range           | 2023-01-22
      З 01 квітня та до 01 червня                             | date-range           | 2023-06-01
      до 17:00 08.09.2023                                     | by-date              | 2023-09-08
      «22» березня 2023 р.                                    | by-date              | 2023-03-22
      один раз у півріччя                                     | periodic             | 2023-06-30 2023-12-31
      за період з 01.01.2023 по 30.06.2023                    | date-range           | 2023-06-30
      """)
  void corpusForms(String text, String kind, String due) {
    issue18Forms(text, kind, due);
  }

  @Test
  void aDateAtBothEndsStaysARangeAndADayRangeNeedsItsDaysInOrder() {
    assertThat(parser.parse("01.03.2023 - 31.12.2025")).isInstanceOf(DateRange.class);
    assertThat(parser.parse("13-11 січня 2023 року")).isInstanceOf(Unrecognized.class);
    // midnight at the start of a day is not a time in it
    assertThat(parser.parse("до 00:00 1 квітня")).isInstanceOf(Unrecognized.class);
    // a comma before a relative clause joins it to the term; before another deadline it still separates
    assertThat(((WithinCalendarDays) parser.parse("протягом 10 днів, що настають за днем звільнення")).event())
        .isEqualTo("що настають за днем звільнення");
    assertThat(parser.parse("протягом 10 днів, щокварталу")).isInstanceOf(Composite.class);
  }

  @Test
  void aSecondWordingAfterADashIsReadAsInParentheses() {
    Deadline dashed = parser.parse("двічі на рік — за кожне півріччя");
    assertThat(dashed.text()).isEqualTo("двічі на рік — за кожне півріччя");
    assertThat(dashed.withText("x")).isEqualTo(parser.parse("двічі на рік (за кожне півріччя)").withText("x"));
    assertThat(parser.parse("Постійно – протягом року")).isInstanceOf(Composite.class);
    // a range keeps its reading, and a dash whose second part is not understood stays not understood
    assertThat(parser.parse("січень – березень")).isNotInstanceOf(Unrecognized.class)
        .isEqualTo(parser.parse("січень – березень"));
    assertThat(parser.parse("щокварталу – до п'ятого числа бозна-чого")).isInstanceOf(Unrecognized.class);
  }

  @Test
  void aBoundWrittenOnceGovernsTheDatesAfterIt() {
    Periodic p = (Periodic) parser.parse("щороку до 15 лютого, 15 квітня");
    assertThat(p.dates()).extracting(ByDate::bound).containsExactly(DateBound.UNTIL, DateBound.UNTIL);
    assertThat(p.dates()).extracting(ByDate::month).containsExactly(Month.FEBRUARY, Month.APRIL);
  }

  @Test
  void aYearlyDeadlineAndTheDatesAfterItInAListAreOneSchedule() {
    Deadline d = parser.parse("Постійно, щороку до 1 квітня, 1 жовтня");
    assertThat(d).isInstanceOf(Composite.class);
    List<Deadline> parts = ((Composite) d).parts();
    assertThat(parts).hasSize(2);
    assertThat(parts.get(1).text()).isEqualTo("щороку до 1 квітня, 1 жовтня");
    assertThat(((Periodic) parts.get(1)).dates()).hasSize(2);
  }

  @Test
  void theDayOfAnEventIsNotANumberOfDays() {
    assertThat(parser.parse("не пізніше дня такого припинення"))
        .isEqualTo(new OnEvent("не пізніше дня такого припинення", "не пізніше дня такого припинення"));
    // A day with a number still counts days.
    assertThat(parser.parse("не пізніше 1 дня з дня отримання")).isInstanceOf(WithinCalendarDays.class);
  }

  @Test
  void aTermFromAnEventKeepsTheEvent() {
    assertThat(parser.parse("на строк до трьох місяців після припинення чи скасування воєнного стану"))
        .isEqualTo(new WithinMonths("на строк до трьох місяців після припинення чи скасування воєнного стану", 3,
            "після припинення чи скасування воєнного стану"));
  }

  @Test
  void yearsCountedFromADayAreMonths() {
    assertThat(parser.parse("протягом двох років з дня призначення"))
        .isEqualTo(new WithinMonths("протягом двох років з дня призначення", 24, "з дня призначення"));
    assertThat(parser.parse("протягом трьох років після припинення такої діяльності"))
        .isEqualTo(new WithinMonths("протягом трьох років після припинення такої діяльності", 36,
            "після припинення такої діяльності"));
    assertThat(parser.parse("протягом одного календарного року з дня першого перерахування коштів"))
        .isEqualTo(new WithinMonths("протягом одного календарного року з дня першого перерахування коштів", 12,
            "з дня першого перерахування коштів"));
    // Without a day to count from, "протягом року" is the plan's year beside another phrase.
    assertThat(parser.parse("Протягом року після затвердження бюджету")).isInstanceOf(Composite.class);
    assertThat(parser.parse("Протягом року у визначені законодавством строки")).isInstanceOf(Composite.class);
    assertThat(parser.parse("протягом календарного року")).isInstanceOf(DuringPeriod.class);
  }

  @Test
  void aFrequencyRestatedInParenthesesIsOnePeriodicDeadline() {
    assertThat(parser.parse("двічі на рік (за кожне півріччя)")).isEqualTo(new Periodic(
        "двічі на рік (за кожне півріччя)", PeriodUnit.HALF_YEAR, 1, false, List.of(), OptionalInt.empty(),
        List.of()));
    // Frequencies that disagree stay two deadlines.
    assertThat(parser.parse("двічі на рік (щокварталу)")).isInstanceOf(Composite.class);
  }

  @Test
  void aBoundAfterHasteIsTheDeadline() {
    assertThat(parser.parse("невідкладно, але не пізніше п’ятнадцяти днів від дня їх отримання"))
        .isEqualTo(new WithinCalendarDays("невідкладно, але не пізніше п’ятнадцяти днів від дня їх отримання", 15,
            "від дня їх отримання"));
    // Only haste gives way to the bound: a permanent or quarterly task with a bound is not read so.
    assertThat(parser.parse("постійно, але не пізніше 1 квітня")).isNotInstanceOf(ByDate.class);
  }

  @Test
  void wordsInParenthesesBelongToTheEventOfATerm() {
    WithinCalendarDays d = (WithinCalendarDays) parser.parse(
        "не пізніше ніж на 40-й день після закінчення заходів (COVID-19)");
    assertThat(d.days()).isEqualTo(40);
    assertThat(d.event()).isEqualTo("після закінчення заходів (COVID-19)");
    // A deadline in parentheses is still a refinement, not part of an event.
    assertThat(parser.parse("Постійно (в разі надходження проекту)")).isInstanceOf(Conditional.class);
  }

  @Test
  void theYearAfterAnEventIsEachYearOfThePlan() {
    DateRange d = (DateRange) parser.parse("у період з 1 січня по 31 березня наступного року після звільнення");
    assertThat(d.startYear()).isEmpty();
    assertThat(d.endYear()).isEmpty();
    // "наступного року" alone is still the year after the plan.
    assertThat(((ByDate) parser.parse("до 1 квітня наступного року")).year()).hasValue(2024);
  }

  @Test
  void daysAfterAQuarterAreTheDayOfTheNextMonth() {
    assertThat(((Periodic) parser.parse("щокварталу не пізніше 15 днів після закінчення звітного кварталу"))
        .dayOfNextMonth()).isEqualTo(Optional.of(15));
    // More than 28 days after a period is not a fixed day of the next month, nor is a period other than
    // the one repeated.
    for (String text : List.of("щокварталу не пізніше 30 днів після закінчення звітного кварталу",
        "щомісяця не пізніше 15 днів після закінчення звітного кварталу")) {
      Deadline d = parser.parse(text);
      assertThat(d instanceof Periodic && ((Periodic) d).dayOfNextMonth().isPresent()).as("%s", d).isFalse();
    }
  }

  @Test
  void aDayWithNoMonthAfterEachPeriodIsTheDayOfTheMonthAfterIt() {
    // A report on a period cannot be due before the period ends: "до 5 числа" with no month named is
    // read as "до 5 числа місяця, наступного за звітним", the form the library writes.
    for (String[] c : new String[][] {{"щомісяця до 5 числа", "5", "MONTH"},
        {"Щокварталу до 10 числа", "10", "QUARTER"}, {"щопівроку не пізніше 20 числа", "20", "HALF_YEAR"},
        {"щокварталу, до десятого числа", "10", "QUARTER"}}) {
      Periodic p = (Periodic) parser.parse(c[0]);
      assertThat(p.dayOfNextMonth()).as(c[0]).isEqualTo(Optional.of(Integer.parseInt(c[1])));
      assertThat(p.every()).as(c[0]).isEqualTo(PeriodUnit.valueOf(c[2]));
      assertThat(parser.parse(DeadlineFormatter.format(p))).as(c[0]).isEqualTo(p.withText(DeadlineFormatter.format(p)));
    }
    // A year names no month to take the day of; a month written after the day is not the next one.
    assertThat(parser.parse("щороку до 10 числа")).isNotInstanceOf(Periodic.class);
    Deadline sameMonth = parser.parse("щокварталу до 10 числа місяця");
    assertThat(sameMonth instanceof Periodic && ((Periodic) sameMonth).dayOfNextMonth().isPresent())
        .as("%s", sameMonth).isFalse();
  }

  @Test
  void aRangeWithoutYearsWhoseEndComesFirstRunsOverTheYearsEnd() {
    DateRange holidays = (DateRange) parser.parse("з 25 грудня до 7 січня");
    assertThat(holidays.overYearEnd()).isTrue();
    assertThat(holidays.startIn(2023)).hasToString("2023-12-25");
    assertThat(holidays.endIn(2023)).hasToString("2024-01-07");
    assertThat(due(holidays)).isEqualTo("2024-01-07");
    DateRange winter = (DateRange) parser.parse("листопад - лютий");
    assertThat(winter.endIn(2023)).hasToString("2024-02-29");
    // In order, or with years, a range stays within what it says; with years, an end first is refused.
    assertThat(((DateRange) parser.parse("з 7 січня до 25 грудня")).overYearEnd()).isFalse();
    assertThatIllegalArgumentException().isThrownBy(() -> new DateRange(
        "з 25.12.2024 до 07.01.2024", RangeForm.NUMERIC, OptionalInt.of(2024), Month.DECEMBER, 25,
        OptionalInt.of(2024), Month.JANUARY, 7)).withMessageContaining("ends before it starts");
  }

  @Test
  void datesOfOneWrittenYearAreAListNotASchedule() {
    Deadline d = parser.parse("до 15 червня та до 15 грудня 2024 р.");
    assertThat(d).isInstanceOf(Composite.class);
    assertThat(((Composite) d).parts()).extracting(p -> ((ByDate) p).year())
        .containsExactly(OptionalInt.of(2024), OptionalInt.of(2024));
    // Without the year the same dates recur each year, and a yearly word with a year says two things.
    assertThat(parser.parse("до 15 червня та до 15 грудня")).isInstanceOf(Periodic.class);
    assertThat(parser.parse("щороку до 15 червня та до 15 грудня 2024 р.")).isNotInstanceOf(Periodic.class);
    // Commas alone join a year-less date and a dated one, as the formatter writes such a list.
    Composite list = (Composite) parser.parse("до 3 листопада, до 18 листопада 2025 року");
    assertThat(((ByDate) list.parts().get(0)).year()).isEmpty();
  }

  @Test
  void aTermAfterTheDayItStartsIsTheDeadline() {
    WithinMonths d = (WithinMonths) parser.parse(
        "з дня набрання чинності законом - протягом шести місяців з дня набрання чинності законом");
    assertThat(d.months()).isEqualTo(6);
    assertThat(d.event()).isEqualTo("з дня набрання чинності законом");
    // Dates on both sides stay a range, and a start that is a date is not read so.
    assertThat(parser.parse("01.03.2023 - 31.12.2025")).isInstanceOf(DateRange.class);
    assertThat(parser.parse("з 1 березня - постійно")).isNotInstanceOf(Permanent.class);
  }

  @Test
  void aPlanNamedWithoutQualifierIsASchedule() {
    assertThat(parser.parse("згідно з планом роботи постійної комісії"))
        .isEqualTo(new PerSchedule("згідно з планом роботи постійної комісії", "планом роботи постійної комісії"));
    // A plan's words inside another phrase do not make it one.
    assertThat(parser.parse("після затвердження плану")).isInstanceOf(OnEvent.class);
  }

  @Test
  void daysAfterAPeriodBeyondTheNextMonthAreCountedFromItsEnd() {
    Periodic forty = (Periodic) parser.parse(
        "щокварталу, але не пізніше ніж на 40 день після закінчення звітного кварталу");
    assertThat(forty.daysAfterPeriod()).isEqualTo(Optional.of(40));
    assertThat(forty.dayOfNextMonth()).isEmpty();
    // Up to 28 days it is the day of the next month, as the seed's plans write it.
    assertThat(((Periodic) parser.parse("щокварталу, але не пізніше ніж на 15 день після закінчення звітного"
        + " кварталу")).dayOfNextMonth()).isEqualTo(Optional.of(15));
    // A period other than the one repeated, or a head that already fixes a day, is not read so.
    assertThat(parser.parse("щомісяця, але не пізніше ніж на 40 день після закінчення звітного кварталу"))
        .isNotInstanceOf(Periodic.class);
    assertThat(parser.parse("двічі на рік, але не пізніше ніж на 40 день після закінчення звітного року"))
        .isNotInstanceOf(Periodic.class);
    // The value checks what it can hold.
    assertThatIllegalArgumentException().isThrownBy(() -> new Periodic("x",
        PeriodUnit.QUARTER, 1, false, List.of(), OptionalInt.empty(), List.of(), Optional.of(10), Optional.of(40)));
    assertThatIllegalArgumentException().isThrownBy(() -> new Periodic("x",
        PeriodUnit.QUARTER, 1, false, List.of(), OptionalInt.empty(), List.of(), Optional.empty(), Optional.of(0)));
  }

  @Test
  void aNumberRepeatedInWordsIsTheNumber() {
    assertThat(parser.parse("протягом 5 (п'яти) робочих днів"))
        .isEqualTo(new WithinWorkingDays("протягом 5 (п'яти) робочих днів", 5, ""));
    // Words that say another number, or no number, are not dropped.
    assertThat(parser.parse("протягом 5 (шести) днів")).isInstanceOf(Unrecognized.class);
    assertThat(parser.parse("протягом 10 (десяти) днів (за потреби)")).isNotInstanceOf(WithinCalendarDays.class);
  }

  @Test
  void datesForEachPeriodAreAYearlySchedule() {
    Periodic p = (Periodic) parser.parse("щопівроку до 10 липня та 10 січня");
    assertThat(p.every()).isEqualTo(PeriodUnit.YEAR);
    assertThat(p.dates()).extracting(ByDate::month).containsExactly(Month.JULY, Month.JANUARY);
    // One date for a quarterly duty is not a date for each quarter.
    assertThat(parser.parse("щокварталу до 15 січня")).isNotInstanceOf(Periodic.class);
    // The same in two words: "кожного півріччя" is "щопівроку", and it too needs a date for each period.
    assertThat(((Periodic) parser.parse("кожного півріччя до 20 січня та до 20 липня")).dates()).hasSize(2);
    assertThat(parser.parse("кожного кварталу до 20 січня та 20 липня")).isNotInstanceOf(Periodic.class);
  }

  @Test
  void labelledDeadlinesAreAList() {
    String text = "за загальними показниками - один раз на рік (до 31 грудня) за показниками окремих заходів -"
        + " після завершення реалізації відповідних ініціатив";
    Deadline d = parser.parse(text);
    assertThat(d).isInstanceOf(Composite.class);
    assertThat(((Composite) d).joiner()).isEqualTo(Joiner.COMMA);
    assertThat(((Composite) d).parts()).extracting(Deadline::kind)
        .containsExactly(DeadlineKind.PERIODIC, DeadlineKind.ON_EVENT);
    // One dash is no list of labelled deadlines.
    assertThat(parser.parse("за окремим планом - постійно")).isNotInstanceOf(Composite.class);
  }

  @Test
  void theYearThePlanEndsIsThePeriodsLastYear() {
    DeadlineParser threeYears = DeadlineParser.forPeriod(PlanPeriod.of(2024, 2026));
    for (String phrase : new String[] {
        "не пізніше 1 грудня року, в якому завершується виконання плану заходів",
        "до 15 листопада року, у якому закінчується реалізація Програми",
        "до 1 жовтня року, в якому завершується строк дії Стратегії"}) {
      Deadline d = threeYears.parse(phrase);
      assertThat(d).as(phrase).isInstanceOf(ByDate.class);
      assertThat(((ByDate) d).year()).as(phrase).hasValue(2026);
    }
    // a one-year plan ends in its own year
    assertThat(due(parser.parse("до 1 грудня року, в якому завершується виконання плану"))).isEqualTo("2023-12-01");
    // the year of another act's end is not the plan's: no such reading
    assertThat(threeYears.parse("до 1 грудня року, в якому завершується дія воєнного стану"))
        .isNotInstanceOf(ByDate.class);
  }

  @Test
  void quartersOverAYearsEndAreARangeOfMonths() {
    for (String phrase : new String[] {
        "IV квартал 2024 – I квартал 2025 року", "з IV кв. 2024 р. по I кв. 2025 р.",
        "протягом 4 кварталу 2024 року - 1 кварталу 2025 року", "IV квартал - I квартал 2025 року"}) {
      Deadline d = parser.parse(phrase);
      assertThat(d).as(phrase).isInstanceOf(DateRange.class);
      DateRange r = (DateRange) d;
      assertThat(r.startYear()).as(phrase).hasValue(2024);
      assertThat(r.startMonth()).as(phrase).isEqualTo(java.time.Month.OCTOBER);
      assertThat(r.endYear()).as(phrase).hasValue(2025);
      assertThat(r.endMonth()).as(phrase).isEqualTo(java.time.Month.MARCH);
    }
    // quarters of one year stay a during-period; years that do not follow each other are no such range
    assertThat(parser.parse("ІІ-ІІІ кв. 2025 р.")).isInstanceOf(DuringPeriod.class);
    assertThat(parser.parse("IV квартал 2023 – I квартал 2025 року")).isNotInstanceOf(DateRange.class);
  }

  @Test
  void aYearMayFollowItsMonthWithNoSpace() {
    for (String phrase : new String[] {"травень2024 р.", "протягом березня2024 року", "III кв.2024"}) {
      Deadline d = parser.parse(phrase);
      assertThat(d).as(phrase).isInstanceOf(DuringPeriod.class);
      assertThat(((DuringPeriod) d).years()).as(phrase).containsExactly(2024);
    }
    // a year in words still needs its space
    assertThat(parser.parse("травеньнаступного року")).isInstanceOf(Unrecognized.class);
  }

  @Test
  void aRangeFromAMonthsFirstDayToAMonthIsWholeMonths() {
    DateRange r = (DateRange) parser.parse("01.04.2024 - жовтень 2025 р.");
    assertThat(r.form()).isEqualTo(RangeForm.MONTHS);
    assertThat(r.startYear()).hasValue(2024);
    assertThat(r.startMonth()).isEqualTo(Month.APRIL);
    assertThat(r.endYear()).hasValue(2025);
    assertThat(r.endMonth()).isEqualTo(Month.OCTOBER);
    assertThat(DeadlineFormatter.canonical(parser.parse(DeadlineFormatter.format(r))))
        .isEqualTo(DeadlineFormatter.canonical(r));
    assertThat(parser.parse("1.09.2023 - травень2024 р.")).isInstanceOf(DateRange.class);
    // another first day, or an end before the start, has no such reading
    assertThat(parser.parse("15.04.2024 - жовтень 2025 р.")).isNotInstanceOf(DateRange.class);
    assertThat(parser.parse("01.04.2024 - жовтень 2023 р.")).isNotInstanceOf(DateRange.class);
  }

  @Test
  void noSoonerThanAnEventConditionsTheDeadline() {
    Deadline d = parser.parse("до 1 липня 2024 р., але не раніше дня набрання чинності відповідним законом");
    assertThat(d).isInstanceOf(Conditional.class);
    Conditional c = (Conditional) d;
    assertThat(c.deadline()).isInstanceOf(ByDate.class);
    assertThat(c.condition()).isEqualTo("не раніше дня набрання чинності відповідним законом");
    assertThat(due(d)).isEqualTo("2024-07-01");
    // it prints as a condition in parentheses and reads back the same
    assertThat(DeadlineFormatter.canonical(parser.parse(DeadlineFormatter.format(d))))
        .isEqualTo(DeadlineFormatter.canonical(d));
    // "не раніше" a date is no event, and an unread head is no deadline
    assertThat(parser.parse("постійно, але не раніше 1 березня")).isNotInstanceOf(Conditional.class);
    assertThat(parser.parse("колись, але не раніше дня припинення воєнного стану"))
        .isNotInstanceOf(Conditional.class);
  }

  /**
   * Forms that other plans' tables write and that no corpus row had (written for this test, in the words
   * plans use): haste alone, the day of an event, the law named as the term, the programme's whole period,
   * quarters listed one by one, a year written once after a list of months, a need with a frequency,
   * what applies "надалі", a colon before the dates, a period's day in parentheses, a day's or a week's
   * repetition (an ongoing duty: see {@link Permanent}), hours that make whole days, one day in several
   * years, half-years over a year's end, yearly dates in figures ("до 01.02"), "по факту".
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Невідкладно                                             | on-event             |
      негайно після отримання інформації                      | on-event             |
      Невідкладно, у разі виявлення                           | composite            |
      у день звільнення                                       | on-event             |
      перед укладенням договору                               | on-event             |
      за зверненнями                                          | on-event             |
      відповідно до законодавства                             | statutory            |
      згідно з вимогами Закону України «Про запобігання корупції» | statutory            |
      відповідно до вимог чинного законодавства               | statutory            |
      протягом дії Програми                                   | during-period        | 2023-12-31
      на період дії антикорупційної програми                  | during-period        | 2023-12-31
      систематично                                            | permanent            |
      щопівріччя до 10 числа місяця, що настає за звітним періодом | periodic             | 2023-07-10 2024-01-10
      відповідно до затвердженого графіка                     | per-schedule         |
      ІІ та IV квартали                                       | composite            | 2023-06-30 2023-12-31
      І, ІІІ квартали 2023 року                               | composite            | 2023-03-31 2023-09-30
      червень, грудень 2023 року                              | composite            | 2023-06-30 2023-12-31
      у міру потреби, але не рідше одного разу на квартал     | composite            | 2023-03-31 2023-06-30 2023-09-30 2023-12-31
      за потреби, але не рідше двох разів на рік              | composite            | 2023-12-31
      До 31.12.2023, надалі – постійно                        | composite            | 2023-12-31
      до 31 грудня 2023 р. (далі – щороку)                    | composite            | 2023-12-31
      Двічі на рік: до 15 липня, до 15 січня                  | periodic             | 2023-01-15 2023-07-15
      двічі на рік (до 15 липня, до 15 січня)                 | periodic             | 2023-01-15 2023-07-15
      Щоквартально (до 10 числа місяця, наступного за звітним кварталом) | periodic             | 2023-04-10 2023-07-10 2023-10-10 2024-01-10
      на етапі розроблення проєкту рішення                    | on-event             |
      кінець 2023 року                                        | during-period        | 2023-12-31
      відповідно до Методології управління корупційними ризиками | statutory            |
      щотижня                                                 | permanent            |
      щоденно                                                 | permanent            |
      Щоп’ятниці                                              | permanent            |
      щопонеділка                                             | permanent            |
      Щопонеділка та щоп'ятниці                               | permanent            |
      кожної п'ятниці                                         | permanent            |
      щотижня по четвергах                                    | permanent            |
      Щотижнево, у п’ятницю                                   | permanent            |
      Термін – до 01.04.2023                                  | by-date              | 2023-04-01
      Строк виконання: щокварталу                             | periodic             | 2023-03-31 2023-06-30 2023-09-30 2023-12-31
      за необхідністю                                         | on-event             |
      протягом 24 годин з моменту виявлення                   | within-calendar-days |
      до 1 лютого 2023, 2024, 2025 років                      | composite            | 2023-02-01 2024-02-01 2025-02-01
      протягом дії антикорупційної програми на 2023-2025 роки | during-period        | 2023-12-31
      ІІ півріччя 2022 р. – І півріччя 2023 р.                | date-range           | 2023-06-30
      Щороку до 01.02                                         | periodic             | 2023-02-01
      Щоквартально до 10.04, 10.07, 10.10, 10.01              | periodic             | 2023-01-10 2023-04-10 2023-07-10 2023-10-10
      По факту                                                | on-event             |
      за фактом виявлення                                     | on-event             |
      """)
  void formsOfOtherPlansTables(String text, String kind, String due) {
    issue18Forms(text, kind, due);
  }

  @Test
  void aNeedWithAFrequencyIsBothAndTheFrequencyIsCounted() {
    Deadline d = parser.parse("У міру потреби, але не рідше одного разу на квартал");
    assertThat(d).isInstanceOf(Composite.class);
    List<Deadline> parts = ((Composite) d).parts();
    assertThat(parts.get(0)).isEqualTo(new OnEvent("У міру потреби", "у міру потреби"));
    assertThat(parts.get(1)).isInstanceOfSatisfying(Periodic.class, p -> {
      assertThat(p.every()).isEqualTo(PeriodUnit.QUARTER);
      assertThat(p.minimum()).isTrue();
    });
    assertThat(DeadlineFormatter.format(d)).isEqualTo("У міру потреби, не рідше 1 разу на квартал");
    // a bound that is no frequency leaves the phrase to the other rules
    assertThat(parser.parse("за потреби, але не рідше ніж раз")).isNotInstanceOf(Composite.class);
  }

  @Test
  void aYearWrittenOnceAfterBareMonthsIsEachMonths() {
    PlanPeriod years = PlanPeriod.of(2023, 2025);
    DeadlineParser threeYears = DeadlineParser.forPeriod(years);
    Composite d = (Composite) threeYears.parse("червень, грудень 2024 року");
    assertThat(d.parts()).allSatisfy(p -> assertThat(((DuringPeriod) p).years()).containsExactly(2024));
    // a month written with its preposition is read as written: June of every year, December of 2024
    Composite formatted = (Composite) threeYears.parse("Протягом червня, протягом грудня 2024 року");
    assertThat(((DuringPeriod) formatted.parts().get(0)).years()).isEmpty();
  }

  @Test
  void aScheduleKeepsThePrepositionItsCaseNeeds() {
    assertThat(DeadlineFormatter.format(parser.parse("відповідно до плану-графіка")))
        .isEqualTo("Відповідно до плану-графіка");
    assertThat(DeadlineFormatter.format(parser.parse("згідно з планом навчань")))
        .isEqualTo("За окремим планом навчань");
  }
}
