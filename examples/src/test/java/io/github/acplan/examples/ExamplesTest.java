package io.github.acplan.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Runs the {@code main} of every example and checks facts of its output, so that an example that stops
 * compiling, throws or prints wrong answers fails the build.
 */
class ExamplesTest {

  /** A {@code main} method that may throw. */
  @FunctionalInterface
  private interface Main {
    void run(String[] args) throws Exception;
  }

  /** Runs a main with System.out captured; the examples print UTF-8. */
  private static String run(Main main) throws Exception {
    PrintStream original = System.out;
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    try {
      main.run(new String[0]);
    } finally {
      System.setOut(original);
    }
    return bytes.toString(StandardCharsets.UTF_8).replace("\r\n", "\n");
  }

  @Test
  void section5PrintsTheFourMeasuresOfTheSeed() throws Exception {
    String out = run(Section5Example::main);
    assertThat(out)
        .startsWith("5. Запобігання, врегулювання та виявлення конфлікту інтересів")
        .contains("5.1  Продовжити ознайомлення", "5.4  Забезпечити попередження")
        .contains("Строк виконання:   Протягом 2-х робочих днів з моменту отримання повідомлення про "
            + "конфлікт інтересів");
  }

  @Test
  void calendarCountsWorkingDaysTermsAndHolidays() throws Exception {
    String out = run(CalendarExample::main);
    // 23.11–31.12.2026: 29 weekdays; 25 December (Friday) is worked under martial law, a day off after it.
    assertThat(out).contains("martial law in force:         29", "martial law ended 2026-03-31: 28");
    // 2026 has 261 weekdays; peacetime from April adds 6 weekday holidays and 3 moved days off.
    assertThat(out).contains("261 (martial law in force), 252 (martial law ended 2026-03-31)");
    // From Wed 16.12.2026: the 10th working day; 10 calendar days end on Sat 26.12, moved to Mon 28.12.
    assertThat(out).contains(
        "martial law in force  10 working days: 2026-12-30 (Wed);  10 calendar days: 2026-12-28 (Mon)",
        "martial law ended     10 working days: 2026-12-31 (Thu);  10 calendar days: 2026-12-28 (Mon)");
    assertThat(out).containsPattern("2026-12-25  worked +day off +Різдво Христове")
        .containsPattern("2026-06-28  day off +day off +День Конституції України");
    // Sunday holidays (Easter 12.04, Trinity 31.05, Constitution Day 28.06) move to the Mondays after.
    assertThat(out).contains("  2026-04-13 (Mon)\n  2026-06-01 (Mon)\n  2026-06-29 (Mon)\n");
  }

  @Test
  void councilSystemLoadsJsonAndAnswersTheWeeklyQuery() throws Exception {
    String out = run(CouncilSystemExample::main);
    assertThat(out).contains("6 sections, 41 measures", "Same plan as the published text: true");
    // The HR department's duties without a date of their own are reported at the half-year's end,
    // Tuesday 30.06.2020; 3.7 ("Протягом року") is due in December, not that week.
    assertThat(out).contains("  3.1  report on 2020-06-30 (Tue)  «Постійно»",
        "  4.3  report on 2020-06-30 (Tue)  «При звільненні/припиненні діяльності особи»");
    assertThat(out).doesNotContain("  3.7  ");
    // Half-yearly 1.1 and 2.1 and quarterly 3.6 are due on 30.06.2020.
    assertThat(out).contains("Due (not report-only) that week for anyone: 1.1, 2.1, 3.6");
    // Thu 2.1.2020: Fri 3.1 is the first working day; 4–7 January are days off (6 January by Cabinet
    // order 995-р, 7 January Christmas), so the second working day is Wed 8.1.
    assertThat(out).contains("notice on 2020-01-02 (Thu), due 2020-01-08 (Wed), 6 calendar days",
        "parallel and sequential runs agree: true");
  }

  @Test
  void nextYearPlanRollsYearsAndClearsTheApproval() throws Exception {
    String out = run(NextYearPlanExample::main);
    assertThat(out).contains("Rolled 2020 over to 2021",
        "1.2/deadline: «1 декада січня 2021 року» → «1 декада січня 2022 року»",
        "2.1/deadline: «Щопівроку (червень, грудень 2020 року)» → «Щопівроку (червень, грудень 2021 року)»",
        "Approved: no, a draft");
    // 10.01.2022 is a Monday, so the first decade of January 2022 is due that day.
    assertThat(out).contains("  1.2  «1 декада січня 2022 року»  2022-01-10",
        "  1.1  «Щопівроку»  2021-06-30, 2021-12-31");
  }

  @Test
  void programmeScoresRisksValidatesAndMonitorsTheFirstHalfOf2025() throws Exception {
    String out = run(ProgrammeExample::main);
    // NAZK 2021 scale: 3 × 3 and 2 × 3 are high, 2 × 2 is medium.
    assertThat(out).contains("Ризик 1 (3 × 3 = високий)", "Ризик 2 (2 × 3 = високий)",
        "Ризик 3 (2 × 2 = середній)");
    assertThat(out).contains("Findings as built: 0",
        "ERROR RISK_SCORE_OFF_SCALE risk 1/probability:", "ERROR MEASURE_WITHOUT_RISK 1.1:",
        "ERROR MEASURE_WITHOUT_RISK 1.2:", "Errors: 3, warnings: 0, notes: 0");
    assertThat(out).containsPattern("JSON: \\d+ characters, reads back equal: true; status file reads back "
        + "equal: true");
    assertThat(out).contains("  done:       1.1\n", "  overdue:    1.2, 2.3\n",
        "  reportable: 1.3, 2.1, 2.2\n", "  completion: 1 of 6 done (16.7 %)");
    // Quarterly 2.3: the first quarter ended Monday 31.03.2025, a working day.
    assertThat(out).contains("2.3 overdue since 2025-03-31: partly done",
        "1.2 overdue since 2025-06-02: not done");
    // "до 31 травня 2025 р.": Saturday 31.05 moves to Monday 02.06; overdue only from Tuesday.
    assertThat(out).contains("1.2 on 2025-05-31 (SAT): not overdue", "1.2 on 2025-06-01 (SUN): not overdue",
        "1.2 on 2025-06-02 (MON): not overdue", "1.2 on 2025-06-03 (TUE): overdue");
  }
}
