package io.github.acplan.core.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.acplan.core.PlanPeriod;
import java.time.Month;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DeadlineParserTest {

  private final DeadlineParser parser = DeadlineParser.forPeriod(PlanPeriod.ofYear(2020));

  /**
   * All 41 deadline cells of the seed plan (Довгинцівська районна в місті рада, 2020), exactly as
   * written, cells continued across a page break joined with a space.
   */
  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = '|', textBlock = """
      1.1  | Щопівроку                                                     | periodic
      1.2  | 1 декада січня 2021 року                                      | decade
      1.3  | Постійно (в разі надходження проекту)                         | conditional
      2.1  | Щопівроку (червень, грудень 2020 року)                        | periodic
      2.2  | Постійно                                                      | permanent
      2.3  | Постійно                                                      | permanent
      2.4  | Постійно                                                      | permanent
      2.5  | Постійно (відповідно до строків, визначених у Регламентах)    | composite
      2.6  | Постійно                                                      | permanent
      2.7  | Постійно                                                      | permanent
      2.8  | Протягом року (за окремим планом)                             | composite
      2.9  | Протягом року (у разі необхідності та наявності фінансування) | conditional
      3.1  | Постійно                                                      | permanent
      3.2  | У разі оголошення конкурсу                                    | on-event
      3.3  | При призначенні на посаду; постійно                           | composite
      3.4  | У порядку та строки, визначені Законом України                | statutory
      3.5  | У порядку та строки, визначені Законом України                | statutory
      3.6  | за окремим планом (не рідше 1 разу на квартал); постійно      | composite
      3.7  | Протягом року                                                 | during-period
      3.8  | Постійно                                                      | permanent
      3.9  | Постійно                                                      | permanent
      3.10 | Постійно                                                      | permanent
      3.11 | Постійно                                                      | permanent
      4.1  | Січень-березень 2020 р. (за окремим графіком); у разі потреби (при призначенні на посаду, при звільненні тощо); протягом року | composite
      4.2  | Січень-березень 2020 р.                                       | date-range
      4.3  | При звільненні/припиненні діяльності особи                    | on-event
      4.4  | У терміни, встановлені Порядком                               | statutory
      5.1  | Протягом 2020 р.                                              | during-period
      5.2  | Протягом 1 робочого дня з моменту коли дізналась чи повинна була дізнатись про наявність конфлікту інтересів | within-working-days
      5.3  | Протягом 2-х робочих днів з моменту отримання повідомлення про конфлікт інтересів | within-working-days
      5.4  | Постійно                                                      | permanent
      6.1  | При необхідності здійснення закупівлі                         | on-event
      6.2  | Протягом року у визначені законодавством строки               | composite
      6.3  | Постійно                                                      | permanent
      6.4  | Протягом року (у разі проведення, за окремим графіком)        | composite
      6.5  | Постійно                                                      | permanent
      6.6  | Постійно                                                      | permanent
      6.7  | Постійно                                                      | permanent
      6.8  | Постійно                                                      | permanent
      6.9  | Постійно                                                      | permanent
      6.10 | Протягом року (за окремим графіком)                           | composite
      """)
  void everySeedDeadlineIsUnderstood(String number, String text, String kind) {
    Deadline d = parser.parse(text);

    assertThat(d.text()).isEqualTo(text);
    assertThat(d.kind().id()).as("%s: %s", number, d).isEqualTo(kind);
    assertThat(Deadlines.isRecognized(d)).as("%s: %s", number, d).isTrue();
  }

  @Test
  void halfYearly() {
    assertThat(parser.parse("Щопівроку")).isEqualTo(new Periodic("Щопівроку", PeriodUnit.HALF_YEAR, 1, false,
        List.of(), OptionalInt.empty(), List.of()));
  }

  @Test
  void decadeOfTheNextYear() {
    assertThat(parser.parse("1 декада січня 2021 року"))
        .isEqualTo(new Decade("1 декада січня 2021 року", 1, Month.JANUARY, OptionalInt.of(2021)));
  }

  @Test
  void halfYearlyInNamedMonths() {
    String text = "Щопівроку (червень, грудень 2020 року)";
    assertThat(parser.parse(text)).isEqualTo(new Periodic(text, PeriodUnit.HALF_YEAR, 1, false,
        List.of(Month.JUNE, Month.DECEMBER), OptionalInt.of(2020), List.of()));
  }

  @Test
  void permanentUnderACondition() {
    String text = "Постійно (в разі надходження проекту)";
    assertThat(parser.parse(text))
        .isEqualTo(new Conditional(text, new Permanent("Постійно"), "в разі надходження проекту"));
  }

  @Test
  void permanentWithStatutoryTerms() {
    String text = "Постійно (відповідно до строків, визначених у Регламентах)";
    assertThat(parser.parse(text)).isEqualTo(new Composite(text, Joiner.PARENTHESES, List.of(
        new Permanent("Постійно"),
        new Statutory("відповідно до строків, визначених у Регламентах",
            "відповідно до строків, визначених у Регламентах"))));
  }

  @Test
  void appointmentThenPermanent() {
    String text = "При призначенні на посаду; постійно";
    assertThat(parser.parse(text)).isEqualTo(new Composite(text, Joiner.SEMICOLON, List.of(
        new OnEvent("При призначенні на посаду", "при призначенні на посаду"),
        new Permanent("постійно"))));
  }

  @Test
  void separatePlanAtLeastQuarterlyThenPermanent() {
    String text = "за окремим планом (не рідше 1 разу на квартал); постійно";
    assertThat(parser.parse(text)).isEqualTo(new Composite(text, Joiner.SEMICOLON, List.of(
        new Composite("за окремим планом (не рідше 1 разу на квартал)", Joiner.PARENTHESES, List.of(
            new PerSchedule("за окремим планом", "планом"),
            new Periodic("не рідше 1 разу на квартал", PeriodUnit.QUARTER, 1, true, List.of(), OptionalInt.empty(),
                List.of()))),
        new Permanent("постійно"))));
  }

  @Test
  void declarationCampaignAcrossAPageBreak() {
    String text = "Січень-березень 2020 р. (за окремим графіком); у разі потреби (при призначенні на посаду,"
        + " при звільненні тощо); протягом року";
    Composite d = (Composite) parser.parse(text);

    assertThat(d.joiner()).isEqualTo(Joiner.SEMICOLON);
    assertThat(d.parts()).hasSize(3);
    Composite first = (Composite) d.parts().get(0);
    assertThat(first.parts().get(0)).isEqualTo(new DateRange("Січень-березень 2020 р.", RangeForm.MONTHS,
        OptionalInt.of(2020), Month.JANUARY, 0, OptionalInt.of(2020), Month.MARCH, 0));
    assertThat(first.parts().get(1)).isEqualTo(new PerSchedule("за окремим графіком", "графіком"));
    Composite second = (Composite) d.parts().get(1);
    assertThat(second.text()).isEqualTo("у разі потреби (при призначенні на посаду, при звільненні тощо)");
    assertThat(second.parts().get(0)).isEqualTo(new OnEvent("у разі потреби", "у разі потреби"));
    assertThat(second.parts().get(1)).isEqualTo(new Composite("при призначенні на посаду, при звільненні тощо",
        Joiner.COMMA, List.of(new OnEvent("при призначенні на посаду", "при призначенні на посаду"),
            new OnEvent("при звільненні тощо", "при звільненні тощо"))));
    assertThat(d.parts().get(2)).isEqualTo(new DuringPeriod("протягом року", PeriodUnit.YEAR, 1, List.of()));
  }

  @Test
  void conflictOfInterestNoticeWithinOneWorkingDay() {
    String text = "Протягом 1 робочого дня з моменту коли дізналась чи повинна була дізнатись про наявність"
        + " конфлікту інтересів";
    assertThat(parser.parse(text)).isEqualTo(new WithinWorkingDays(text, 1,
        "з моменту коли дізналась чи повинна була дізнатись про наявність конфлікту інтересів"));
  }

  @Test
  void settlementWithinTwoWorkingDays() {
    String text = "Протягом 2-х робочих днів з моменту отримання повідомлення про конфлікт інтересів";
    assertThat(parser.parse(text)).isEqualTo(new WithinWorkingDays(text, 2,
        "з моменту отримання повідомлення про конфлікт інтересів"));
  }

  @Test
  void yearAndStatutoryTerms() {
    String text = "Протягом року у визначені законодавством строки";
    assertThat(parser.parse(text)).isEqualTo(new Composite(text, Joiner.SPACE, List.of(
        new DuringPeriod("Протягом року", PeriodUnit.YEAR, 1, List.of()),
        new Statutory("у визначені законодавством строки", "у визначені законодавством строки"))));
  }

  @Test
  void duringTheYearOfThePlan() {
    assertThat(parser.parse("Протягом 2020 р."))
        .isEqualTo(new DuringPeriod("Протягом 2020 р.", PeriodUnit.YEAR, 1, List.of(2020)));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', textBlock = """
      до 15 грудня                                  | by-date
      до 31 січня 2022 р.                           | by-date
      не пізніше 1 червня 2020 року                 | by-date
      щороку до 1 квітня                            | periodic
      у десятиденний строк                          | within-calendar-days
      не пізніше наступного робочого дня            | within-working-days
      01.03.2023 - 30.06.2023                       | date-range
      з 16 липня по 15 серпня                       | date-range
      у 2023 та 2025 роках                          | during-period
      щорічно (у другому півріччі)                  | composite
      щокварталу                                    | periodic
      щоквартально                                  | periodic
      не рідше 1 разу на квартал                    | periodic
      не рідше одного разу на півроку               | periodic
      не пізніше двадцяти робочих днів              | within-working-days
      протягом п'яти робочих днів                   | within-working-days
      протягом 10 днів з дня призначення            | within-calendar-days
      протягом місяця з дня призначення на посаду   | within-months
      у тримісячний строк                           | within-months
      першої декади січня 2021 року                 | decade
      І декада січня                                | decade
      у другій декаді лютого                        | decade
      протягом І кварталу 2021 року                 | during-period
      у другому півріччі                            | during-period
      протягом березня                              | during-period
      щомісяця                                      | periodic
      двічі на рік                                  | periodic
      за окремим графіком                           | per-schedule
      (за окремим графіком)                         | per-schedule
      у визначені законодавством строки             | statutory
      постійно.                                     | permanent
      ПОСТІЙНО                                      | permanent
      1 декада січня наступного року                | decade
      Грудень 2020 року                             | during-period
      ІV квартал                                    | during-period
      II півріччя 2021 р.                           | during-period
      Упродовж року                                 | during-period
      Протягом строку дії Програми                  | during-period
      2022-2024 роки                                | during-period
      До 01.04.2021                                 | by-date
      Один раз на півріччя                          | periodic
      Щорічно до 31 грудня                          | periodic
      Постійно, за потреби                          | composite
      За потреби                                    | on-event
      У міру надходження звернень                   | on-event
      Протягом 10 робочих днів після затвердження   | within-working-days
      у тижневий строк                              | within-calendar-days
      протягом двох тижнів з дня отримання          | within-calendar-days
      Грудень 2020 року - січень 2021 року          | date-range
      Протягом 2021 року                            | during-period
      """)
  void otherPlansPhrases(String text, String kind) {
    Deadline d = parser.parse(text);
    assertThat(d.kind().id()).as("%s", d).isEqualTo(kind);
    assertThat(Deadlines.isRecognized(d)).as("%s", d).isTrue();
  }

  @Test
  void weeksAreSevenDays() {
    assertThat(((WithinCalendarDays) parser.parse("у тижневий строк")).days()).isEqualTo(7);
    assertThat(((WithinCalendarDays) parser.parse("протягом двох тижнів з дня отримання")).days())
        .isEqualTo(14);
    assertThat(((DuringPeriod) parser.parse("Грудень 2020 року")).years()).containsExactly(2020);
    assertThat(((DuringPeriod) parser.parse("ІV квартал")).index()).isEqualTo(4);
  }

  @Test
  void untilDateWithoutYear() {
    assertThat(parser.parse("до 15 грудня"))
        .isEqualTo(new ByDate("до 15 грудня", DateBound.UNTIL, 15, Month.DECEMBER, OptionalInt.empty()));
    assertThat(parser.parse("до 31 січня 2022 р."))
        .isEqualTo(new ByDate("до 31 січня 2022 р.", DateBound.UNTIL, 31, Month.JANUARY, OptionalInt.of(2022)));
  }

  @Test
  void yearlyByTheFirstOfApril() {
    assertThat(parser.parse("щороку до 1 квітня")).isEqualTo(new Periodic("щороку до 1 квітня",
        PeriodUnit.YEAR, 1, false, List.of(), OptionalInt.empty(),
        List.of(new ByDate("до 1 квітня", DateBound.UNTIL, 1, Month.APRIL, OptionalInt.empty()))));
  }

  @Test
  void ranges() {
    assertThat(parser.parse("з 16 липня по 15 серпня")).isEqualTo(new DateRange("з 16 липня по 15 серпня",
        RangeForm.DAYS, OptionalInt.empty(), Month.JULY, 16, OptionalInt.empty(), Month.AUGUST, 15));
    assertThat(parser.parse("01.03.2023 - 30.06.2023")).isEqualTo(new DateRange("01.03.2023 - 30.06.2023",
        RangeForm.NUMERIC, OptionalInt.of(2023), Month.MARCH, 1, OptionalInt.of(2023), Month.JUNE, 30));
  }

  @Test
  void numeralsInWordsAndDigits() {
    assertThat(((WithinWorkingDays) parser.parse("не пізніше двадцяти робочих днів")).workingDays())
        .isEqualTo(20);
    assertThat(((WithinWorkingDays) parser.parse("протягом п’яти робочих днів")).workingDays()).isEqualTo(5);
    assertThat(((WithinWorkingDays) parser.parse("протягом 3-х  робочих днів")).workingDays()).isEqualTo(3);
    assertThat(((WithinCalendarDays) parser.parse("у десятиденний строк")).days()).isEqualTo(10);
    assertThat(((WithinWorkingDays) parser.parse("не пізніше наступного робочого дня")).workingDays())
        .isEqualTo(1);
  }

  @Test
  void yearsAndDecades() {
    assertThat(parser.parse("у 2023 та 2025 роках"))
        .isEqualTo(new DuringPeriod("у 2023 та 2025 роках", PeriodUnit.YEAR, 1, List.of(2023, 2025)));
    assertThat(((Decade) parser.parse("І декада січня")).decade()).isEqualTo(1);
    assertThat(((Decade) parser.parse("третьої декади грудня")).decade()).isEqualTo(3);
    assertThat(((Decade) parser.parse("1 декада січня наступного року")).year()).hasValue(2021);
  }

  @Test
  void unknownTextIsKeptNotThrown() {
    assertThat(parser.parse("")).isEqualTo(new Unrecognized(""));
    assertThat(parser.parse("як вийде")).isEqualTo(new Unrecognized("як вийде"));
    assertThat(parser.parse("((((")).isEqualTo(new Unrecognized("(((("));
    assertThat(parser.parse("31 лютого 2020 року").kind()).isEqualTo(DeadlineKind.UNRECOGNIZED);
  }

  /** Reporting duties of anti-corruption programmes: due on a day of the month after each period. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      щокварталу до 10 числа місяця, наступного за звітним                  | QUARTER   | 10
      Щоквартально до 15 числа місяця, що настає за звітним кварталом       | QUARTER   | 15
      щомісяця до 5 числа місяця, наступного за звітним                     | MONTH     | 5
      щопівроку до 20 числа місяця, наступного за звітним періодом          | HALF_YEAR | 20
      Щорічно не пізніше 25-го числа місяця, наступного за звітним роком.   | YEAR      | 25
      """)
  void dueOnADayOfTheNextMonth(String text, PeriodUnit unit, int day) {
    assertThat(parser.parse(text)).isEqualTo(new Periodic(text, unit, 1, false, List.of(), OptionalInt.empty(), List.of(),
        Optional.of(day)));
    assertThat(DeadlineFormatter.canonical(parser.parse(text))).isEqualTo(Deadlines.afterEach(unit, day));
  }

  @Test
  void dayOfTheNextMonthHasACanonicalText() {
    assertThat(DeadlineFormatter.format(Deadlines.afterEach(PeriodUnit.QUARTER, 10)))
        .isEqualTo("Щокварталу до 10 числа місяця, наступного за звітним");
    assertThat(DeadlineFormatter.format(Deadlines.afterEach(PeriodUnit.HALF_YEAR, 20)))
        .isEqualTo("Щопівроку до 20 числа місяця, наступного за звітним");
    // A minimum frequency or named months with a day of the next month mean nothing sure: left unread.
    assertThat(parser.parse("не рідше 1 разу на квартал до 10 числа місяця, наступного за звітним").kind())
        .isEqualTo(DeadlineKind.UNRECOGNIZED);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      II-III квартали 2025 року  | 2 | 3 | 2025
      I–II квартал 2025 р.       | 1 | 2 | 2025
      протягом II–IV кварталів   | 2 | 4 | 0
      у І-ІІІ кварталах          | 1 | 3 | 0
      """)
  void rangesOfQuarters(String text, int first, int last, int year) {
    List<Integer> years = year == 0 ? List.of() : List.of(year);
    assertThat(parser.parse(text)).isEqualTo(new DuringPeriod(text, PeriodUnit.QUARTER, first, years,
        Optional.of(last)));
    assertThat(DeadlineFormatter.canonical(parser.parse(text)))
        .isEqualTo(year == 0 ? Deadlines.quarters(first, last) : Deadlines.quarters(first, last, year));
  }

  @Test
  void rangesOfQuartersHaveACanonicalText() {
    assertThat(DeadlineFormatter.format(Deadlines.quarters(2, 4))).isEqualTo("Протягом II-IV кварталів");
    assertThat(DeadlineFormatter.format(Deadlines.quarters(1, 2, 2025)))
        .isEqualTo("Протягом I-II кварталів 2025 року");
    // Backwards or one-quarter "ranges" are no ranges.
    assertThat(parser.parse("III-II квартали").kind()).isEqualTo(DeadlineKind.UNRECOGNIZED);
  }
}
