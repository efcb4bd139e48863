package io.github.acplan.examples.cli;

import static io.github.acplan.examples.cli.CliRun.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs {@code acplan tour} in-process, as the README's first command does. */
class TourCommandTest {

  @TempDir
  Path dir;

  @Test
  void theTourWalksThroughEveryStepAndWritesTheFourFiles() throws IOException {
    Path out = dir.resolve("tour");
    CliRun r = run("tour", "--out", out.toString());

    assertThat(r.err()).isEmpty();
    assertThat(r.exitCode()).isZero();
    assertThat(r.out())
        .contains("Approved:  розпорядження голови районної в місті ради від 09.01.2020 № 2-р")
        .contains("Signed:    Керуючий справами виконкому Олександр Гижко")
        .contains("2. Summary: 6 sections, 41 measures")
        .contains("3. Validation: 0 errors, 4 warnings, 1 info")
        .contains("MISSING_INDICATOR        6.3/indicators")
        // Working-day arithmetic: 1.2's first decade of January 2021 ends on Sunday the 10th.
        .contains("2021-01-11 Mon  1.2")
        .contains("a notice received 2020-04-16 Thu is due 2020-04-21 Tue")
        .contains("Deadlines set by law (5 measures read as their statutory terms):")
        .containsPattern("3\\.4 +У порядку та строки, визначен… +спеціальна перевірка +Закон № 1700-VII, ст\\. 57 ч\\. 1"
            + " +25 days after")
        .containsPattern("3\\.5 +.+Закон № 1682-VII, ст\\. 4 ч\\. 2 +10 days after")
        .containsPattern("4\\.3 +При звільненні/припиненні дія… +декларація при звільненні +Закон № 1700-VII, ст\\. 45 ч\\. 2")
        .containsPattern("4\\.4 +У терміни, встановлені Порядк… +перевірка факту подання щорічних декларацій +Порядок,"
            + " рішення НАЗК № 19, строки перевірки, пп\\. 1 +2020-04-14 Tue")
        .containsPattern("6\\.2 +Протягом року у визначені зак… +оприлюднення річного плану закупівель.*"
            + " +Закон № 922-VIII, ст\\. 4 ч\\. 1 +5 working days after")
        .contains("5. Draft plan for 2021")
        .contains("Measure 5.1: deadline changed from \"Протягом 2020 р.\" to \"Протягом 2021 р.\"")
        .contains("7. Monitoring 2020-H1 (dovhyntsivskyi-2020-H1-status.json): 40 measures to report on, 4 done,"
            + " 1 overdue, 1 not reported")
        .contains("reads back into the same plan: yes")
        .doesNotContain("unrecognized");
    assertThat(out.resolve("plan-2020.json")).isRegularFile();
    assertThat(out.resolve("plan-2021.json")).isRegularFile();
    assertThat(Files.readString(out.resolve("plan-2021.txt"))).contains("на 2021 рік");
    assertThat(Files.readString(out.resolve("report-2020-H1.txt")))
        .startsWith("Інформація про стан виконання Плану заходів")
        .contains("за I півріччя 2020 року (станом на 30.06.2020)");

    // What the tour wrote reads back with the parse command.
    CliRun parsed = run("parse", out.resolve("plan-2021.json").toString(), "--format", "text");
    assertThat(parsed.exitCode()).isZero();
    assertThat(parsed.out()).isEqualTo(Files.readString(out.resolve("plan-2021.txt")));
  }

  @Test
  void anOutputDirectoryThatCannotBeMadeGivesOneLineAndExitCodeTwo() throws IOException {
    Path blocker = Files.writeString(dir.resolve("a-file"), "not a directory");
    CliRun r = run("tour", "--out", blocker.resolve("sub").toString());
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).startsWith("acplan tour: ").doesNotContain("\tat ");
    assertThat(r.err().strip().lines()).hasSize(1);
  }
}
