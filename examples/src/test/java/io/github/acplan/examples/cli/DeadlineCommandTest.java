package io.github.acplan.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** Runs {@code acplan deadline …} in-process and checks the output and exit codes. */
class DeadlineCommandTest {

  private record Run(int exitCode, String out, String err) {
    List<String> lines() {
      return out.lines().toList();
    }
  }

  private static Run run(String... args) {
    CommandLine cmd = AcplanCommand.commandLine();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cmd.setOut(new PrintWriter(out, true));
    cmd.setErr(new PrintWriter(err, true));
    int code = cmd.execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void printsTheParsedDeadlineAsJson() {
    Run r = run("deadline", "--year", "2020", "Протягом 2-х робочих днів з моменту отримання повідомлення");
    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).isEqualTo("{\"kind\":\"within-working-days\","
        + "\"text\":\"Протягом 2-х робочих днів з моменту отримання повідомлення\",\"workingDays\":2,"
        + "\"event\":\"з моменту отримання повідомлення\"}\n");
  }

  @Test
  void nestedDeadlinesAreNestedObjects() {
    Run r = run("deadline", "--year", "2020", "Щопівроку (червень, грудень 2020 року)");
    assertThat(r.out()).isEqualTo("{\"kind\":\"periodic\",\"text\":\"Щопівроку (червень, грудень 2020 року)\","
        + "\"every\":\"HALF_YEAR\",\"times\":1,\"minimum\":false,\"months\":[\"JUNE\",\"DECEMBER\"],"
        + "\"year\":2020,\"dates\":[]}\n");
    Run c = run("deadline", "--year", "2020", "Постійно (в разі надходження проекту)");
    assertThat(c.out()).startsWith("{\"kind\":\"conditional\",\"text\":\"Постійно (в разі надходження проекту)\","
        + "\"deadline\":{\"kind\":\"permanent\",\"text\":\"Постійно\"},");
  }

  @Test
  void eventGivesTheDueDate() {
    Run r = run("deadline", "--year", "2020", "--event", "2020-04-16",
        "Протягом 2-х робочих днів з моменту отримання повідомлення");
    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).endsWith(",\"eventDate\":\"2020-04-16\",\"due\":\"2020-04-21\"}\n");
  }

  @Test
  void scheduleListsOccurrences() {
    Run r = run("deadline", "--year", "2020", "--schedule", "Щопівроку");
    assertThat(r.exitCode()).isZero();
    assertThat(r.lines()).containsExactly(
        "2020-01-01..2020-06-30 due 2020-06-30",
        "2020-07-01..2020-12-31 due 2020-12-31");
    Run decade = run("deadline", "--year", "2020", "--schedule", "1 декада січня 2021 року");
    assertThat(decade.lines()).containsExactly("2021-01-01..2021-01-10 due 2021-01-11");
    Run json = run("deadline", "--year", "2020", "--schedule", "--json", "--reporting", "quarter", "Постійно");
    assertThat(json.lines()).hasSize(4).first().isEqualTo("{\"start\":\"2020-01-01\",\"end\":\"2020-03-31\","
        + "\"due\":\"2020-03-31\",\"reportOnly\":true,\"source\":\"Постійно\"}");
  }

  @Test
  void badInputIsOneLineAndExitCodeTwo() {
    for (String[] args : List.of(
        new String[] {"deadline", "Щопівроку"},
        new String[] {"deadline", "--year", "двадцятий", "Щопівроку"},
        new String[] {"deadline", "--year", "2020"},
        new String[] {"deadline", "--year", "2020", "--event", "16.04.2020", "Протягом 2 робочих днів"},
        new String[] {"deadline", "--year", "2020", "--event", "2020-04-16", "Постійно"},
        new String[] {"deadline", "--year", "2020", "--schedule", "як вийде"},
        new String[] {"deadline", "--year", "2020", "--shift", "sideways", "--schedule", "Щопівроку"})) {
      Run r = run(args);
      assertThat(r.exitCode()).as(String.join(" ", args)).isEqualTo(2);
      assertThat(r.out()).isEmpty();
      assertThat(r.err().lines().toList()).as(String.join(" ", args)).hasSize(1)
          .first().asString().startsWith("acplan deadline: ");
    }
  }
}
