package io.github.acplan.examples.cli;

import static io.github.acplan.examples.cli.CliRun.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Runs {@code acplan calendar …} in-process and checks the output contract and exit codes. */
class CalendarCommandTest {

  @Test
  void daysPrintsOneCsvRowPerDateOfTheYear() {
    CliRun r = run("calendar", "days", "--from", "2020-01-01", "--to", "2020-12-31");
    assertThat(r.exitCode()).isZero();
    assertThat(r.err()).isEmpty();
    assertThat(r.lines()).hasSize(367).first().isEqualTo("date,day_off,holiday");
    assertThat(r.lines()).contains(
        "2020-01-01,true,Новий рік",
        "2020-01-02,false,",
        "2020-01-06,true,",
        "2020-01-11,false,",
        "2020-04-19,true,Великдень (Пасха)",
        "2020-04-20,true,",
        "2020-12-31,false,");
    assertThat(r.lines().stream().skip(1).filter(l -> l.contains(",false,")).count()).isEqualTo(251);
    assertThat(r.out()).endsWith("2020-12-31,false,\n").doesNotContain("\r");
  }

  @Test
  void daysJoinsCoincidingHolidaysWithABar() {
    CliRun r = run("calendar", "days", "--from", "2016-05-01", "--to", "2016-05-03");
    assertThat(r.lines()).containsExactly(
        "date,day_off,holiday",
        "2016-05-01,true,Великдень (Пасха)|День міжнародної солідарності трудящих",
        "2016-05-02,true,День міжнародної солідарності трудящих",
        "2016-05-03,true,");
  }

  @Test
  void daysHonoursMartialLawEndAndSixDayWeek() {
    CliRun wartime = run("calendar", "days", "--from", "2024-08-24", "--to", "2024-08-26");
    assertThat(wartime.lines()).containsExactly("date,day_off,holiday",
        "2024-08-24,true,День незалежності України", "2024-08-25,true,", "2024-08-26,false,");
    CliRun peace = run("calendar", "days", "--from", "2024-08-24", "--to", "2024-08-26",
        "--martial-law-end", "2024-08-12");
    assertThat(peace.lines()).containsExactly("date,day_off,holiday",
        "2024-08-24,true,День незалежності України", "2024-08-25,true,", "2024-08-26,true,");
    CliRun sixDays = run("calendar", "days", "--from", "2020-01-04", "--to", "2020-01-06", "--six-day-week");
    assertThat(sixDays.lines()).containsExactly("date,day_off,holiday",
        "2020-01-04,false,", "2020-01-05,true,", "2020-01-06,false,");
  }

  @Test
  void plusAddsWorkingDays() {
    CliRun r = run("calendar", "plus", "--date", "2020-04-16", "--working-days", "2");
    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).isEqualTo("2020-04-21\n");
    assertThat(run("calendar", "plus", "--date", "2020-04-21", "--working-days", "-2").out())
        .isEqualTo("2020-04-16\n");
  }

  @Test
  void betweenCountsTheHalfOpenInterval() {
    CliRun r = run("calendar", "between", "--from", "2020-01-01", "--to", "2021-01-01");
    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).isEqualTo("251\n");
    assertThat(run("calendar", "between", "--from", "2021-01-01", "--to", "2020-01-01").out())
        .isEqualTo("-251\n");
  }

  @Test
  void badInputGivesOneLineOnStandardErrorAndExitCode2() {
    List<CliRun> bad = List.of(
        run("calendar", "days", "--from", "2020-13-01", "--to", "2020-12-31"),
        run("calendar", "days", "--from", "1990-12-31", "--to", "1991-01-02"),
        run("calendar", "days", "--from", "2020-02-01", "--to", "2020-01-01"),
        run("calendar", "days", "--to", "2020-01-01"),
        run("calendar", "plus", "--date", "2100-12-31", "--working-days", "1"),
        run("calendar", "plus", "--date", "2020-04-16", "--working-days", "two"),
        run("calendar", "between", "--from", "2020-01-01", "--to", "2101-01-02"),
        run("calendar", "days", "--from", "2020-01-01", "--to", "2020-01-02", "--martial-law-end", "x"));
    for (CliRun r : bad) {
      assertThat(r.exitCode()).as(r.err()).isEqualTo(2);
      assertThat(r.out()).isEmpty();
      r.assertOneErrorLine("acplan calendar ");
    }
    // Usage errors (picocli's) add the pointer to --help; errors found while running do not.
    assertThat(bad.get(0).err().lines()).hasSize(2).last()
        .isEqualTo("Try 'acplan calendar days --help' for more information.");
    assertThat(bad.get(1).err().lines()).hasSize(1);
    assertThat(bad.get(3).err()).contains("Missing required option: '--from=DATE'");
    assertThat(bad.get(0).err()).contains("--from", "2020-13-01", "YYYY-MM-DD");
    assertThat(bad.get(1).err()).contains("1991-01-01..2100-12-31");
  }
}
