package io.github.acplan.core.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.acplan.calendar.UkrainianCalendar;
import io.github.acplan.calendar.WorkingCalendar;
import io.github.acplan.calendar.term.DueDateShift;
import io.github.acplan.calendar.term.UntilReading;
import io.github.acplan.core.PlanPeriod;
import io.github.acplan.core.deadline.Deadline;
import io.github.acplan.core.deadline.DeadlineParser;
import io.github.acplan.core.deadline.Deadlines;
import io.github.acplan.core.deadline.PeriodUnit;
import io.github.acplan.core.deadline.TestCalendars;
import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DeadlineScheduleTest {

  private static final PlanPeriod Y2020 = PlanPeriod.ofYear(2020);
  private final DeadlineParser parser = DeadlineParser.forPeriod(Y2020);
  private final WorkingCalendar ukraine = UkrainianCalendar.standard();
  private final DeadlineSchedule schedule = DeadlineSchedule.of(Y2020, ukraine);

  private List<String> lines(DeadlineSchedule s, String text) {
    return s.occurrences(parser.parse(text)).stream().map(Occurrence::toString).collect(Collectors.toList());
  }

  private static LocalDate date(int y, int m, int d) {
    return LocalDate.of(y, m, d);
  }

  @Test
  void halfYearlyIsDueAtTheEndOfEachHalf() {
    assertThat(lines(schedule, "Щопівроку")).containsExactly(
        "2020-01-01..2020-06-30 due 2020-06-30",
        "2020-07-01..2020-12-31 due 2020-12-31");
  }

  @Test
  void namedMonthsOfAHalfYearlyDeadline() {
    assertThat(lines(schedule, "Щопівроку (червень, грудень 2020 року)")).containsExactly(
        "2020-01-01..2020-06-30 due 2020-06-30",
        "2020-07-01..2020-12-31 due 2020-12-31");
  }

  @Test
  void decadeOfJanuaryNextYearMovesOffTheSunday() {
    // 10 January 2021 is a Sunday: the term ends on Monday 11 January (Civil Code art. 254 part 5).
    assertThat(lines(schedule, "1 декада січня 2021 року"))
        .containsExactly("2021-01-01..2021-01-10 due 2021-01-11");
    assertThat(lines(DeadlineSchedule.of(Y2020, TestCalendars.weekendsOnly()), "1 декада січня 2021 року"))
        .containsExactly("2021-01-01..2021-01-10 due 2021-01-11");
  }

  @Test
  void dayOffPolicies() {
    Deadline d = parser.parse("1 декада січня 2021 року");
    assertThat(schedule.withDueDateShift(DueDateShift.NONE).occurrences(d).get(0).due())
        .isEqualTo(date(2021, 1, 10));
    // Friday 8 January 2021 was a day off moved to Saturday 16 January; Thursday 7 was Christmas.
    assertThat(schedule.withDueDateShift(DueDateShift.PREVIOUS_WORKING_DAY).occurrences(d).get(0).due())
        .isEqualTo(date(2021, 1, 6));
  }

  @Test
  void quartersCountFromTheFirstOfJanuary() {
    assertThat(lines(schedule, "щокварталу")).containsExactly(
        "2020-01-01..2020-03-31 due 2020-03-31",
        "2020-04-01..2020-06-30 due 2020-06-30",
        "2020-07-01..2020-09-30 due 2020-09-30",
        "2020-10-01..2020-12-31 due 2020-12-31");
  }

  @Test
  void monthRangeAndYear() {
    assertThat(lines(schedule, "Січень-березень 2020 р.")).containsExactly("2020-01-01..2020-03-31 due 2020-03-31");
    assertThat(lines(schedule, "Протягом 2020 р.")).containsExactly("2020-01-01..2020-12-31 due 2020-12-31");
  }

  @Test
  void permanentIsReportedEveryReportingPeriod() {
    assertThat(lines(schedule, "Постійно")).containsExactly(
        "2020-01-01..2020-06-30 due 2020-06-30 (report)",
        "2020-07-01..2020-12-31 due 2020-12-31 (report)");
    assertThat(schedule.withReportingPeriod(PeriodUnit.QUARTER).occurrences(parser.parse("При призначенні на посаду")))
        .hasSize(4).allMatch(Occurrence::reportOnly);
  }

  @Test
  void untilReadings() {
    // "щороку до 1 квітня" (Law No. 1700-VII art. 45): NAZK's reading ends on 31 March.
    Deadline declaration = parser.parse("щороку до 1 квітня");
    assertThat(schedule.occurrences(declaration).get(0).due()).isEqualTo(date(2020, 4, 1));
    assertThat(schedule.withUntilReading(UntilReading.EXCLUSIVE).occurrences(declaration).get(0).due())
        .isEqualTo(date(2020, 3, 31));
    // "до 15 листопада": Sunday 15 November 2020 moves to Monday 16 November.
    assertThat(lines(schedule, "до 15 листопада")).containsExactly("2020-01-01..2020-11-15 due 2020-11-16");
  }

  @Test
  void rangeOfDaysInThePlanYear() {
    assertThat(lines(schedule, "з 16 липня по 15 серпня")).containsExactly("2020-07-16..2020-08-15 due 2020-08-17");
  }

  @Test
  void parenthesisRefinesTheDeadline() {
    assertThat(lines(schedule, "щорічно (у другому півріччі)")).containsExactly("2020-07-01..2020-12-31 due 2020-12-31");
    assertThat(schedule.occurrences(parser.parse("за окремим планом (не рідше 1 разу на квартал); постійно")))
        .filteredOn(o -> !o.reportOnly()).hasSize(4);
  }

  @Test
  void unrecognizedHasNoOccurrences() {
    assertThat(schedule.occurrences(parser.parse("як вийде"))).isEmpty();
  }

  @Test
  void twoWorkingDaysAfterNoticeOnThursdayBeforeTheEasterMonday() {
    // Received Thursday 16.04.2020; the term starts the next day (Civil Code art. 253): Friday 17 is the
    // first working day, Monday 20 April (after Easter) was a day off, Tuesday 21 is the second.
    Deadline d = parser.parse("Протягом 2-х робочих днів з моменту отримання повідомлення про конфлікт інтересів");
    assertThat(schedule.dueAfter(d, date(2020, 4, 16))).contains(date(2020, 4, 21));
    assertThat(DeadlineSchedule.of(Y2020, TestCalendars.weekendsOnly()).dueAfter(d, date(2020, 4, 16)))
        .contains(date(2020, 4, 20));
  }

  @Test
  void oneWorkingDayAfterLearningOfAConflict() {
    Deadline d = parser.parse("Протягом 1 робочого дня з моменту коли дізналась чи повинна була дізнатись про"
        + " наявність конфлікту інтересів");
    // Friday 24 April 2020 -> Monday 27 April.
    assertThat(schedule.dueAfter(d, date(2020, 4, 24))).contains(date(2020, 4, 27));
  }

  @Test
  void calendarDaysAndMonthsMoveOffDaysOff() {
    // 10 days after Wednesday 30 December 2020 is Saturday 9 January 2021 -> Monday 11 January.
    assertThat(schedule.dueAfter(parser.parse("у десятиденний строк"), date(2020, 12, 30)))
        .contains(date(2021, 1, 11));
    // A month after 31 January is 29 February 2020 (art. 254 part 3), a Saturday -> Monday 2 March.
    assertThat(schedule.dueAfter(parser.parse("протягом місяця з дня призначення"), date(2020, 1, 31)))
        .contains(date(2020, 3, 2));
  }

  @Test
  void eventTermsInsideComposites() {
    Deadline d = Deadlines.allOf(Deadlines.permanent(),
        Deadlines.withinWorkingDays(2, "з моменту отримання повідомлення"));
    assertThat(DeadlineSchedule.hasTermAfterEvent(d)).isTrue();
    assertThat(schedule.dueAfter(d, date(2020, 4, 16))).contains(date(2020, 4, 21));
    assertThat(schedule.dueAfter(Deadlines.permanent(), date(2020, 4, 16))).isEmpty();
  }

  @Test
  void everySeedDeadlineHasASchedule() {
    for (String text : List.of("Щопівроку", "Постійно", "Протягом року (за окремим графіком)",
        "У порядку та строки, визначені Законом України", "При звільненні/припиненні діяльності особи")) {
      assertThat(schedule.occurrences(parser.parse(text))).as(text).isNotEmpty();
    }
    assertThat(schedule.occurrences(Deadlines.months(Month.JANUARY, Month.MARCH, 2020)))
        .extracting(Occurrence::due).containsExactly(date(2020, 3, 31));
  }

  /**
   * The schedule of every seed deadline in 2020 under the Ukrainian calendar, half-yearly reporting:
   * windows and due dates joined by " / ", "(report)" for duties without a due date of their own.
   */
  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = '|', maxCharsPerColumn = 2000, textBlock = """
      1.1 | Щопівроку | 2020-01-01..2020-06-30 due 2020-06-30 / 2020-07-01..2020-12-31 due 2020-12-31
      1.2 | 1 декада січня 2021 року | 2021-01-01..2021-01-10 due 2021-01-11
      1.3 | Постійно (в разі надходження проекту) | 2020-01-01..2020-06-30 due 2020-06-30 (report) / 2020-07-01..2020-12-31 due 2020-12-31 (report)
      2.1 | Щопівроку (червень, грудень 2020 року) | 2020-01-01..2020-06-30 due 2020-06-30 / 2020-07-01..2020-12-31 due 2020-12-31
      2.2 | Постійно | 2020-01-01..2020-06-30 due 2020-06-30 (report) / 2020-07-01..2020-12-31 due 2020-12-31 (report)
      2.3 | Постійно | 2020-01-01..2020-06-30 due 2020-06-30 (report) / 2020-07-01..2020-12-31 due 2020-12-31 (report)
      2.4 | Постійно | 2020-01-01..2020-06-30 due 2020-06-30 (report) / 2020-07-01..2020-12-31 due 2020-12-31 (report)
      2.5 | Постійно (відповідно до строків, визначених у Регламентах) | 2020-01-01..2020-06-30 due 2020-06-30 (report) / 2020-07-01..2020-12-31 due 2020-12-31 (report)
      2.6 | Постійно | 2020-01-01..2020-06-30 due 2020-06-30 (report) / 2020-07-01..2020-12-31 due 2020-12-31 (report)
      2.7 | Постійно | 2020-01-01..2020-06-30 due 2020-06-30 (report) / 2020-07-01..2020-12-31 due 2020-12-31 (report)
      2.8 | Протягом року (за окремим планом) | 2020-01-01..2020-12-31 due 2020-12-31
      2.9 | Протягом року (у разі необхідності та наявності фінансування) | 2020-01-01..2020-12-31 due 2020-12-31
      3.1 | Постійно | 2020-01-01..2020-06-30 due 2020-06-30 (report) / 2020-07-01..2020-12-31 due 2020-12-31 (report)
      3.2 | У разі оголошення конкурсу | 2020-01-01..2020-06-30 due 2020-06-30 (report) / 2020-07-01..2020-12-31 due 2020-12-31 (report)
      3.3 | При призначенні на посаду; постійно | 2020-01-01..2020-06-30 due 2020-06-30 (report) / 2020-07-01..2020-12-31 due 2020-12-31 (report)
      3.4 | У порядку та строки, визначені Законом України | 2020-01-01..2020-06-30 due 2020-06-30 (report) / 2020-07-01..2020-12-31 due 2020-12-31 (report)
      3.5 | У порядку та строки, визначені Законом України | 2020-01-01..2020-06-30 due 2020-06-30 (report) / 2020-07-01..2020-12-31 due 2020-12-31 (report)
      3.6 | за окремим планом (не рідше 1 разу на квартал); постійно | 2020-01-01..2020-03-31 due 2020-03-31 / 2020-01-01..2020-06-30 due 2020-06-30 (report) / 2020-04-01..2020-06-30 due 2020-06-30 / 2020-07-01..2020-09-30 due 2020-09-30 / 2020-07-01..2020-12-31 due 2020-12-31 (report) / 2020-10-01..2020-12-31 due 2020-12-31
      3.7 | Протягом року | 2020-01-01..2020-12-31 due 2020-12-31
      3.8 | Постійно | 2020-01-01..2020-06-30 due 2020-06-30 (report) / 2020-07-01..2020-12-31 due 2020-12-31 (report)
      3.9 | Постійно | 2020-01-01..2020-06-30 due 2020-06-30 (report) / 2020-07-01..2020-12-31 due 2020-12-31 (report)
      3.10 | Постійно | 2020-01-01..2020-06-30 due 2020-06-30 (report) / 2020-07-01..2020-12-31 due 2020-12-31 (report)
      3.11 | Постійно | 2020-01-01..2020-06-30 due 2020-06-30 (report) / 2020-07-01..2020-12-31 due 2020-12-31 (report)
      4.1 | Січень-березень 2020 р. (за окремим графіком); у разі потреби (при призначенні на посаду, при звільненні тощо); протягом року | 2020-01-01..2020-03-31 due 2020-03-31 / 2020-01-01..2020-06-30 due 2020-06-30 (report) / 2020-01-01..2020-12-31 due 2020-12-31 / 2020-07-01..2020-12-31 due 2020-12-31 (report)
      4.2 | Січень-березень 2020 р. | 2020-01-01..2020-03-31 due 2020-03-31
      4.3 | При звільненні/припиненні діяльності особи | 2020-01-01..2020-06-30 due 2020-06-30 (report) / 2020-07-01..2020-12-31 due 2020-12-31 (report)
      4.4 | У терміни, встановлені Порядком | 2020-01-01..2020-06-30 due 2020-06-30 (report) / 2020-07-01..2020-12-31 due 2020-12-31 (report)
      5.1 | Протягом 2020 р. | 2020-01-01..2020-12-31 due 2020-12-31
      5.2 | Протягом 1 робочого дня з моменту коли дізналась чи повинна була дізнатись про наявність конфлікту інтересів | 2020-01-01..2020-06-30 due 2020-06-30 (report) / 2020-07-01..2020-12-31 due 2020-12-31 (report)
      5.3 | Протягом 2-х робочих днів з моменту отримання повідомлення про конфлікт інтересів | 2020-01-01..2020-06-30 due 2020-06-30 (report) / 2020-07-01..2020-12-31 due 2020-12-31 (report)
      5.4 | Постійно | 2020-01-01..2020-06-30 due 2020-06-30 (report) / 2020-07-01..2020-12-31 due 2020-12-31 (report)
      6.1 | При необхідності здійснення закупівлі | 2020-01-01..2020-06-30 due 2020-06-30 (report) / 2020-07-01..2020-12-31 due 2020-12-31 (report)
      6.2 | Протягом року у визначені законодавством строки | 2020-01-01..2020-12-31 due 2020-12-31
      6.3 | Постійно | 2020-01-01..2020-06-30 due 2020-06-30 (report) / 2020-07-01..2020-12-31 due 2020-12-31 (report)
      6.4 | Протягом року (у разі проведення, за окремим графіком) | 2020-01-01..2020-12-31 due 2020-12-31
      6.5 | Постійно | 2020-01-01..2020-06-30 due 2020-06-30 (report) / 2020-07-01..2020-12-31 due 2020-12-31 (report)
      6.6 | Постійно | 2020-01-01..2020-06-30 due 2020-06-30 (report) / 2020-07-01..2020-12-31 due 2020-12-31 (report)
      6.7 | Постійно | 2020-01-01..2020-06-30 due 2020-06-30 (report) / 2020-07-01..2020-12-31 due 2020-12-31 (report)
      6.8 | Постійно | 2020-01-01..2020-06-30 due 2020-06-30 (report) / 2020-07-01..2020-12-31 due 2020-12-31 (report)
      6.9 | Постійно | 2020-01-01..2020-06-30 due 2020-06-30 (report) / 2020-07-01..2020-12-31 due 2020-12-31 (report)
      6.10 | Протягом року (за окремим графіком) | 2020-01-01..2020-12-31 due 2020-12-31
      """)
  void everySeedDeadlineIsScheduled(String number, String text, String expected) {
    assertThat(String.join(" / ", lines(schedule, text))).as(number).isEqualTo(expected);
  }

  private List<String> lines2025(String text) {
    PlanPeriod y2025 = PlanPeriod.ofYear(2025);
    // 2025, under martial law: holidays are not days off, only weekends are (Law No. 2136-IX, art. 6
    // part 6) — the standard calendar knows it.
    return DeadlineSchedule.of(y2025, ukraine).occurrences(DeadlineParser.forPeriod(y2025).parse(text))
        .stream().map(Occurrence::toString).collect(Collectors.toList());
  }

  @Test
  void quarterlyReportIsDueOnTheTenthOfTheNextMonth() {
    // Thu 10.04, Thu 10.07, Fri 10.10.2025; Sat 10.01.2026 moves to Mon 12.01.2026.
    assertThat(lines2025("щокварталу до 10 числа місяця, наступного за звітним")).containsExactly(
        "2025-01-01..2025-03-31 due 2025-04-10",
        "2025-04-01..2025-06-30 due 2025-07-10",
        "2025-07-01..2025-09-30 due 2025-10-10",
        "2025-10-01..2025-12-31 due 2026-01-12");
  }

  @Test
  void monthlyAndHalfYearlyReportsMoveOffWeekends() {
    // Sat 05.04.2025 -> Mon 07.04; Sat 10.05.2025 -> Mon 12.05; Sun 20.07.2025 -> Mon 21.07.
    assertThat(lines2025("щомісяця до 5 числа місяця, наступного за звітним")).contains(
        "2025-03-01..2025-03-31 due 2025-04-07", "2025-04-01..2025-04-30 due 2025-05-05");
    assertThat(lines2025("щомісяця до 10 числа місяця, наступного за звітним"))
        .contains("2025-04-01..2025-04-30 due 2025-05-12");
    assertThat(lines2025("щопівроку до 20 числа місяця, наступного за звітним періодом")).containsExactly(
        "2025-01-01..2025-06-30 due 2025-07-21",
        "2025-07-01..2025-12-31 due 2026-01-20");
  }

  @Test
  void reportDueOnASaturdayIn2020() {
    Deadline d = parser.parse("Щоквартально до 10 числа місяця, що настає за звітним кварталом");
    // 10.10.2020 is a Saturday: due on Monday 12.10.2020 (Civil Code art. 254 part 5).
    assertThat(lines(schedule, d.text())).contains("2020-07-01..2020-09-30 due 2020-10-12");
    assertThat(schedule.withDueDateShift(DueDateShift.NONE).occurrences(d).get(2).due())
        .isEqualTo(date(2020, 10, 10));
    assertThat(schedule.withDueDateShift(DueDateShift.PREVIOUS_WORKING_DAY).occurrences(d).get(2).due())
        .isEqualTo(date(2020, 10, 9));
  }

  @Test
  void aDayTheNextMonthLacksIsItsLastDay() {
    // January's report "до 31 числа" of February 2025: 28.02.2025, a Friday.
    assertThat(lines2025("щомісяця до 31 числа місяця, наступного за звітним"))
        .contains("2025-01-01..2025-01-31 due 2025-02-28");
  }

  @Test
  void rangesOfQuartersRunFromTheFirstToTheLastQuarter() {
    assertThat(lines2025("II-III квартали 2025 року")).containsExactly("2025-04-01..2025-09-30 due 2025-09-30");
    assertThat(lines2025("I–II квартал 2025 р.")).containsExactly("2025-01-01..2025-06-30 due 2025-06-30");
    assertThat(lines(schedule, "протягом II–IV кварталів"))
        .containsExactly("2020-04-01..2020-12-31 due 2020-12-31");
  }
}
