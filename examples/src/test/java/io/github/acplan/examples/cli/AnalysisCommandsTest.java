package io.github.acplan.examples.cli;

import static io.github.acplan.examples.cli.CliRun.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.acplan.core.Plan;
import io.github.acplan.serialization.json.PlanJson;
import io.github.acplan.serialization.text.PlanTextReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs {@code acplan validate|diff|rollover|schedule} in-process on the seed plan. */
class AnalysisCommandsTest {

  @TempDir
  Path dir;

  private Path seed() throws IOException {
    Path file = dir.resolve("dovhyntsivskyi-2020-plan.txt");
    BundledFiles.copy("dovhyntsivskyi-2020-plan.txt", file);
    return file;
  }

  @Test
  void validateListsTheSeedsFindingsAndExitsZeroWithoutErrors() throws IOException {
    CliRun r = run("validate", seed().toString(), "--lang", "en");
    assertThat(r.err()).isEmpty();
    assertThat(r.exitCode()).isZero();
    assertThat(r.lines()).extracting(l -> l.substring(0, l.indexOf(':')))
        .containsExactly(
            "INFO DEADLINE_IN_NEXT_YEAR 1.2/deadline",
            "WARNING SPLIT_TEXT 2.5/expected-results",
            "WARNING MISSING_EXPECTED_RESULT 3.5/expected-results",
            "WARNING MISSING_EXPECTED_RESULT 5.3/expected-results",
            "WARNING MISSING_INDICATOR 6.3/indicators",
            "Errors");
    assertThat(r.lines().get(5)).isEqualTo("Errors: 0, warnings: 4, notes: 1");
  }

  @Test
  void validateJsonAndExitCodeOneOnErrors() throws Exception {
    Path plan = seed();
    Path broken = dir.resolve("broken.json");
    Plan seed = PlanTextReader.standard().read(Files.readString(plan, StandardCharsets.UTF_8)).plan();
    Plan noName = seed.withSections(seed.sections().stream().map(s -> s.number() != 1 ? s
        : s.withMeasures(s.measures().stream().map(m -> m.number().toString().equals("1.3")
            ? m.withName("") : m).toList())).toList());
    Files.writeString(broken, PlanJson.standard().write(noName), StandardCharsets.UTF_8);

    CliRun r = run("validate", broken.toString(), "--format", "json");
    assertThat(r.exitCode()).isEqualTo(1);
    JsonNode json = new ObjectMapper().readTree(r.out());
    assertThat(json.get("errors").asInt()).isEqualTo(1);
    assertThat(json.get("findings")).anySatisfy(f -> {
      assertThat(f.get("code").asText()).isEqualTo("MISSING_NAME");
      assertThat(f.get("measure").asText()).isEqualTo("1.3");
      assertThat(f.get("messageUk").asText()).isEqualTo("Пункт 1.3: не вказано найменування заходу");
    });
  }

  @Test
  void rolloverWritesTheDraftAndDiffShowsOnlyTheYears() throws Exception {
    Path plan = seed();
    Path draft = dir.resolve("plan-2021.json");
    CliRun r = run("rollover", plan.toString(), "--year", "2021", "-o", draft.toString());
    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).isEmpty();
    assertThat(r.err().lines()).hasSize(11).first().isEqualTo("plan/period: «2020» → «2021»");
    // The same bytes with and without --out, and the same edits on standard error.
    CliRun toStdout = run("rollover", plan.toString(), "--year", "2021");
    assertThat(toStdout.out()).isEqualTo(Files.readString(draft, StandardCharsets.UTF_8));
    assertThat(toStdout.err()).isEqualTo(r.err());
    assertThat(run("rollover", plan.toString(), "--year", "2021", "--output", draft.toString()).exitCode())
        .isZero();
    Plan rolled = PlanJson.standard().read(Files.readString(draft, StandardCharsets.UTF_8));
    assertThat(rolled.period().firstYear()).isEqualTo(2021);
    assertThat(rolled.approval()).isEmpty();

    CliRun diff = run("diff", plan.toString(), draft.toString());
    assertThat(diff.exitCode()).isEqualTo(1);
    assertThat(diff.lines()).contains(
        "Період: змінено з «2020» на «2021»",
        "Пункт 1.2: змінено строк виконання з «1 декада січня 2021 року» на «1 декада січня 2022 року»",
        "Пункт 5.1: змінено строк виконання з «Протягом 2020 р.» на «Протягом 2021 р.»");
    assertThat(diff.lines()).allMatch(l -> l.startsWith("Період") || l.startsWith("Затвердження")
        || l.startsWith("Пункт "));

    CliRun json = run("diff", plan.toString(), draft.toString(), "--format", "json");
    JsonNode tree = new ObjectMapper().readTree(json.out());
    assertThat(tree.get("counts").get("plan-changed").asInt()).isEqualTo(2);
    assertThat(tree.get("changes").get(0).get("kind").asText()).isEqualTo("plan-changed");

    CliRun same = run("diff", plan.toString(), plan.toString());
    assertThat(same.exitCode()).isZero();
    assertThat(same.out()).isEmpty();
  }

  @Test
  void scheduleListsTheDueDatesOfJune2020() throws IOException {
    CliRun r = run("schedule", seed().toString(), "--from", "2020-06-01", "--to", "2020-06-30");
    assertThat(r.err()).isEmpty();
    assertThat(r.exitCode()).isZero();
    assertThat(r.lines()).isNotEmpty().allMatch(l -> l.startsWith("2020-06-"));
    assertThat(r.lines()).anyMatch(l -> l.startsWith("2020-06-30\t2.1\tdue\t"));
    assertThat(r.lines()).anyMatch(l -> l.startsWith("2020-06-30\t1.1\t"));
  }

  /** Without --to the window has no end, so the next plan's measure due in January 2021 shows. */
  @Test
  void scheduleShowsTheNextPlansMeasureDueOnTheNextWorkingDayAfterTheDecade() throws IOException {
    CliRun r = run("schedule", seed().toString(), "--from", "2021-01-01");
    assertThat(r.lines()).containsExactly("2021-01-11\t1.2\tdue\t1 декада січня 2021 року\t"
        + "Головний спеціаліст з питань запобігання і виявлення корупції");
  }

  @Test
  void badInputIsOneLineOnStandardErrorAndExitCodeTwo() {
    CliRun r = run("validate", dir.resolve("missing.txt").toString());
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).startsWith("acplan validate: ").endsWith("\n");
    assertThat(r.err().lines()).hasSize(1);
  }
}
