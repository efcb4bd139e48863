package io.github.acplan.examples.cli;

import static io.github.acplan.examples.cli.CliRun.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.acplan.core.Actor;
import io.github.acplan.core.ActorKind;
import io.github.acplan.core.Measure;
import io.github.acplan.core.MeasureNumber;
import io.github.acplan.core.Plan;
import io.github.acplan.core.PlanKind;
import io.github.acplan.core.PlanPeriod;
import io.github.acplan.core.Responsible;
import io.github.acplan.core.Section;
import io.github.acplan.core.deadline.DeadlineParser;
import io.github.acplan.core.diff.PlanDiff;
import io.github.acplan.core.risk.CorruptionRisk;
import io.github.acplan.serialization.json.DiffJson;
import io.github.acplan.serialization.json.PlanJson;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code acplan diff} and {@code acplan rollover} on programmes in JSON, end to end. */
class ProgrammeDiffCommandTest {

  private static final PlanPeriod PERIOD = PlanPeriod.of(2025, 2027);

  @TempDir
  Path dir;

  private static Measure measure(String number, String name) {
    return Measure.builder().number(MeasureNumber.parse(number)).name(name)
        .deadline(DeadlineParser.forPeriod(PERIOD).parse("Постійно"))
        .responsible(Responsible.builder().text("Юридичний відділ")
            .addActors(Actor.of(ActorKind.UNIT, "Юридичний відділ")).build())
        .build();
  }

  /** A programme of one section, two measures and two risks. */
  private static Plan programme() {
    return Plan.builder().title("Антикорупційна програма").body("Управління освіти").period(PERIOD)
        .kind(PlanKind.PROGRAMME)
        .addSections(Section.builder().number(1).title("Закупівлі")
            .addMeasures(measure("1.1", "Перевірка тендерної документації")
                .withYearlyDeadlines(Map.of(2025, DeadlineParser.forPeriod(PlanPeriod.ofYear(2025))
                    .parse("до 1 квітня 2025 р."))))
            .addMeasures(measure("1.2", "Навчання членів тендерного комітету"))
            .build())
        .addRisks(CorruptionRisk.builder().id("1").function("Закупівлі").risk("Змова учасників")
            .probability(2).consequence(3).addMeasures(MeasureNumber.parse("1.1")).build())
        .addRisks(CorruptionRisk.builder().id("2").function("Закупівлі").risk("Необізнаність комітету")
            .probability(1).consequence(1).addMeasures(MeasureNumber.parse("1.2")).build())
        .build();
  }

  private Path write(String name, Plan plan) throws Exception {
    return Files.writeString(dir.resolve(name), PlanJson.standard().write(plan), StandardCharsets.UTF_8);
  }

  @Test
  void diffListsRegisterChangesAsTextAndJson() throws Exception {
    Plan a = programme();
    Plan b = a.withRisks(List.of(a.risk("1").orElseThrow().withConsequence(1),
        a.risk("2").orElseThrow().withId("2а")));
    Path older = write("a.json", a);
    Path newer = write("b.json", b);

    CliRun text = run("diff", older.toString(), newer.toString());
    assertThat(text.exitCode()).isEqualTo(1);
    assertThat(text.lines()).containsExactly(
        "Ризик 1: змінено наслідки з «3» на «1»",
        "Ризик 1: рівень: високий → низький",
        "Ризик 2 вважати ризиком 2а");
    CliRun english = run("diff", older.toString(), newer.toString(), "--lang", "en");
    assertThat(english.lines()).containsExactly(
        "Risk 1: consequence changed from \"3\" to \"1\"",
        "Risk 1: level: high → low",
        "Risk 2 renumbered as 2а");

    CliRun json = run("diff", older.toString(), newer.toString(), "--format", "json");
    JsonNode tree = new ObjectMapper().readTree(json.out());
    assertThat(tree.get("counts").toString()).isEqualTo("{\"risk-modified\":2}");
    assertThat(tree.get("changes").get(1).get("oldId").asText()).isEqualTo("2");
    assertThat(tree.get("changes").get(1).get("newId").asText()).isEqualTo("2а");

    assertThat(run("diff", older.toString(), write("copy.json", a).toString()).exitCode()).isZero();
  }

  /**
   * The JSON is the library's (DiffJson, tested in acplan-serialization) of the plans as the CLI read them
   * from their files, the same on standard output and in {@code --out}; the exit code says they differ.
   */
  @Test
  void diffJsonIsDiffJsonOfTheFilesOnStdoutOrInAFile() throws Exception {
    Plan a = programme();
    Plan b = a.withMeasuresMustAddressRisks(true).withRisks(List.of(a.risk("1").orElseThrow().withProbability(3)));
    Path older = write("a.json", a);
    Path newer = write("b.json", b);
    String expected = DiffJson.standard().write(PlanDiff.between(
        PlanJson.standard().read(Files.readString(older, StandardCharsets.UTF_8)),
        PlanJson.standard().read(Files.readString(newer, StandardCharsets.UTF_8))));

    CliRun stdout = run("diff", older.toString(), newer.toString(), "--format", "json");
    assertThat(stdout.exitCode()).isEqualTo(1);
    assertThat(stdout.out()).isEqualTo(expected);
    assertThat(stdout.err()).isEmpty();

    Path file = dir.resolve("changes.json");
    CliRun toFile = run("diff", older.toString(), newer.toString(), "--format", "json", "-o", file.toString());
    assertThat(toFile.exitCode()).isEqualTo(1);
    assertThat(toFile.out()).isEmpty();
    assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(expected);

    CliRun same = run("diff", older.toString(), older.toString(), "--format", "json");
    assertThat(same.exitCode()).isZero();
    assertThat(same.out()).isEqualTo(DiffJson.standard().write(List.of()));
  }

  @Test
  void rolloverMovesAProgrammeAndDiffShowsOnlyItsYears() throws Exception {
    Plan a = programme();
    Path programme = write("programme.json", a);
    Path draft = dir.resolve("next.json");
    CliRun r = run("rollover", programme.toString(), "--year", "2028", "-o", draft.toString());
    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).isEmpty();
    assertThat(r.err().lines()).containsExactly("plan/period: «2025-2027» → «2028-2030»",
        "1.1/yearly-deadline: «2025: до 1 квітня 2025 р.» → «2028: до 1 квітня 2028 р.»");
    Plan next = PlanJson.standard().read(Files.readString(draft, StandardCharsets.UTF_8));
    assertThat(next.period()).isEqualTo(PlanPeriod.of(2028, 2030));
    assertThat(next.risks()).extracting(CorruptionRisk::id).containsExactly("1", "2");

    CliRun diff = run("diff", programme.toString(), draft.toString());
    assertThat(diff.lines()).containsExactly(
        "Період: змінено з «2025-2027» на «2028-2030»",
        "Пункт 1.1: вилучено строк виконання на 2025 рік «до 1 квітня 2025 р.»",
        "Пункт 1.1: додано строк виконання на 2028 рік «до 1 квітня 2028 р.»");
  }
}
