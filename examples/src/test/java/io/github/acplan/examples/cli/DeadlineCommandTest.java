package io.github.acplan.examples.cli;

import static io.github.acplan.examples.cli.CliRun.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.acplan.core.PlanPeriod;
import io.github.acplan.core.deadline.Deadline;
import io.github.acplan.core.deadline.DeadlineParser;
import io.github.acplan.serialization.json.PlanJson;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Runs {@code acplan deadline …} in-process and checks the output and exit codes. */
class DeadlineCommandTest {

  private static final ObjectMapper TREE = new ObjectMapper();

  /** Phrases of real plans (DOMAIN.md §3), so that most kinds of deadline are printed. */
  private static final List<String> PHRASES = List.of("Постійно", "Щопівроку",
      "Щопівроку (червень, грудень 2020 року)", "Щокварталу", "не рідше 1 разу на квартал", "Протягом року",
      "Протягом 2020 р.", "1 декада січня 2021 року", "Січень-березень 2020 р.",
      "Протягом 2-х робочих днів з моменту отримання повідомлення про конфлікт інтересів",
      "У разі оголошення конкурсу", "При призначенні на посаду; постійно",
      "У порядку та строки, визначені Законом України", "Постійно (в разі надходження проекту)",
      "до 15 грудня", "до 31 січня 2022 р.", "щороку до 1 квітня", "у десятиденний строк",
      "01.03.2023 - 30.06.2023", "з 16 липня по 15 серпня", "протягом місяця з дня призначення",
      "щось незрозуміле");

  @Test
  void printsTheParsedDeadlineAsJson() {
    CliRun r = run("deadline", "--year", "2020", "Протягом 2-х робочих днів з моменту отримання повідомлення");
    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).isEqualTo("{\"kind\":\"within-working-days\","
        + "\"text\":\"Протягом 2-х робочих днів з моменту отримання повідомлення\",\"workingDays\":2,"
        + "\"event\":\"з моменту отримання повідомлення\"}\n");
  }

  @Test
  void nestedDeadlinesAreNestedObjects() {
    CliRun r = run("deadline", "--year", "2020", "Щопівроку (червень, грудень 2020 року)");
    assertThat(r.out()).isEqualTo("{\"kind\":\"periodic\",\"text\":\"Щопівроку (червень, грудень 2020 року)\","
        + "\"every\":\"half-year\",\"times\":1,\"minimum\":false,\"months\":[\"june\",\"december\"],"
        + "\"year\":2020}\n");
    CliRun c = run("deadline", "--year", "2020", "Постійно (в разі надходження проекту)");
    assertThat(c.out()).startsWith("{\"kind\":\"conditional\",\"text\":\"Постійно (в разі надходження проекту)\","
        + "\"deadline\":{\"kind\":\"permanent\",\"text\":\"Постійно\"},");
  }

  @Test
  void eventGivesTheDueDate() {
    CliRun r = run("deadline", "--year", "2020", "--event", "2020-04-16",
        "Протягом 2-х робочих днів з моменту отримання повідомлення");
    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).endsWith(",\"eventDate\":\"2020-04-16\",\"due\":\"2020-04-21\"}\n");
  }

  @Test
  void scheduleListsOccurrences() {
    CliRun r = run("deadline", "--year", "2020", "--schedule", "Щопівроку");
    assertThat(r.exitCode()).isZero();
    assertThat(r.lines()).containsExactly(
        "2020-01-01..2020-06-30 due 2020-06-30",
        "2020-07-01..2020-12-31 due 2020-12-31");
    CliRun decade = run("deadline", "--year", "2020", "--schedule", "1 декада січня 2021 року");
    assertThat(decade.lines()).containsExactly("2021-01-01..2021-01-10 due 2021-01-11");
    CliRun json = run("deadline", "--year", "2020", "--schedule", "--json", "--reporting", "quarter", "Постійно");
    assertThat(json.lines()).hasSize(4).first().isEqualTo("{\"start\":\"2020-01-01\",\"end\":\"2020-03-31\","
        + "\"due\":\"2020-03-31\",\"reportOnly\":true,\"source\":{\"kind\":\"permanent\",\"text\":\"Постійно\"}}");
  }

  /** The printed deadline is the library's: it reads back with PlanJson into what the parser made. */
  @Test
  void everyPrintedDeadlineReadsBackWithPlanJson() throws Exception {
    DeadlineParser parser = DeadlineParser.forPeriod(PlanPeriod.of(2020, 2020));
    for (String text : PHRASES) {
      CliRun r = run("deadline", "--year", "2020", text);
      assertThat(r.exitCode()).as(text).isZero();
      assertThat(r.lines()).as(text).hasSize(1);
      Deadline expected = parser.parse(text);
      assertThat(r.out()).as(text).isEqualTo(PlanJson.standard().writeDeadline(expected) + "\n");
      assertThat(PlanJson.standard().readDeadline(r.out())).as(text).isEqualTo(expected);
    }
  }

  @Test
  void eventMembersComeAfterTheLibrarysDeadlineObject() throws Exception {
    String text = "Протягом 2-х робочих днів з моменту отримання повідомлення";
    CliRun r = run("deadline", "--year", "2020", "--event", "2020-04-16", text);
    ObjectNode object = (ObjectNode) TREE.readTree(r.out());
    assertThat(object.fieldNames()).toIterable().endsWith("eventDate", "due");
    object.remove(List.of("eventDate", "due"));
    assertThat(PlanJson.standard().readDeadline(object.toString()))
        .isEqualTo(DeadlineParser.forPeriod(PlanPeriod.of(2020, 2020)).parse(text));
  }

  @Test
  void scheduleJsonSourcesAreLibraryDeadlines() throws Exception {
    CliRun r = run("deadline", "--year", "2020", "--schedule", "--json", "При призначенні на посаду; постійно");
    assertThat(r.exitCode()).isZero();
    assertThat(r.lines()).isNotEmpty();
    for (String line : r.lines()) {
      JsonNode object = TREE.readTree(line);
      assertThat(object.fieldNames()).toIterable()
          .containsExactly("start", "end", "due", "reportOnly", "source");
      assertThat(object.get("reportOnly").isBoolean()).isTrue();
      Deadline source = PlanJson.standard().readDeadline(object.get("source").toString());
      assertThat(object.get("source").toString()).isEqualTo(PlanJson.standard().writeDeadline(source));
    }
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
      CliRun r = run(args);
      assertThat(r.exitCode()).as(String.join(" ", args)).isEqualTo(2);
      assertThat(r.out()).isEmpty();
      r.assertOneErrorLine("acplan deadline: ");
    }
  }

  /** The option words are the enums' ids, in any case; a wrong word is a usage error naming them all. */
  @Test
  void wordedOptionsReadTheEnumsIds() {
    CliRun month = run("deadline", "--year", "2020", "--schedule", "--reporting", " MONTH ", "Постійно");
    assertThat(month.exitCode()).isZero();
    assertThat(month.lines()).hasSize(12);
    CliRun halfYear = run("deadline", "--year", "2020", "--schedule", "--reporting", "Half-Year", "Постійно");
    assertThat(halfYear.lines()).containsExactly(
        "2020-01-01..2020-06-30 due 2020-06-30 (report)", "2020-07-01..2020-12-31 due 2020-12-31 (report)");
    CliRun previous = run("deadline", "--year", "2020", "--schedule", "--shift", "previous", "до 15 березня");
    assertThat(previous.exitCode()).isZero();
    assertThat(previous.out()).contains("due 2020-03-13");

    CliRun bad = run("deadline", "--year", "2020", "--schedule", "--reporting", "HALF_YEAR", "Постійно");
    assertThat(bad.exitCode()).isEqualTo(2);
    bad.assertOneErrorLine("acplan deadline: ");
    assertThat(bad.err()).contains("'HALF_YEAR' is not one of month|quarter|half-year|year");
  }
}
