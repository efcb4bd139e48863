package io.github.acplan.examples.cli;

import static io.github.acplan.examples.cli.CliRun.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.acplan.core.Measure;
import io.github.acplan.core.MeasureNumber;
import io.github.acplan.core.Plan;
import io.github.acplan.core.PlanPeriod;
import io.github.acplan.core.Responsible;
import io.github.acplan.core.Section;
import io.github.acplan.core.deadline.DeadlineParser;
import io.github.acplan.serialization.json.PlanJson;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The behaviour every {@code acplan} command shares, checked on the picocli command line itself: exit
 * codes and their lists in {@code --help}, the one-line usage error, required options, {@code -o/--out},
 * and the formats of {@code schedule} and {@code calendar why}.
 */
class CliContractTest {

  @TempDir
  Path dir;

  private Path seed() throws IOException {
    Path file = dir.resolve("dovhyntsivskyi-2020-plan.txt");
    BundledFiles.copy("dovhyntsivskyi-2020-plan.txt", file);
    return file;
  }

  /** Every command of the tree, the root first. */
  private static List<CommandLine> allCommands() {
    List<CommandLine> all = new ArrayList<>();
    List<CommandLine> todo = new ArrayList<>(List.of(AcplanCommand.commandLine()));
    while (!todo.isEmpty()) {
      CommandLine c = todo.remove(0);
      all.add(c);
      todo.addAll(c.getSubcommands().values().stream().distinct().toList());
    }
    return all;
  }

  private static String[] words(CommandLine c) {
    String name = c.getCommandSpec().qualifiedName();
    List<String> w = new ArrayList<>(List.of(name.split(" ")));
    w.remove(0);
    return w.toArray(String[]::new);
  }

  @Test
  void acplanAloneAndCalendarAlonePrintTheirUsageOnStandardErrorWithExitCode2() {
    CliRun root = run();
    assertThat(root.exitCode()).isEqualTo(2);
    assertThat(root.out()).isEmpty();
    assertThat(root.err()).startsWith("Usage: acplan ").contains("calendar", "schedule", "Exit codes:");
    CliRun calendar = run("calendar");
    assertThat(calendar.exitCode()).isEqualTo(2);
    assertThat(calendar.out()).isEmpty();
    assertThat(calendar.err()).startsWith("Usage: acplan calendar ").contains("why");
  }

  @Test
  void versionAndHelpExitWithZeroOnStandardOutput() {
    CliRun version = run("--version");
    assertThat(version.exitCode()).isZero();
    assertThat(version.out()).startsWith("acplan ");
    assertThat(version.err()).isEmpty();
    CliRun help = run("--help");
    assertThat(help.exitCode()).isZero();
    assertThat(help.out()).startsWith("Usage: acplan ");
  }

  @Test
  void aUsageErrorIsOneLineAndAPointerToHelpNotTheWholeUsage() {
    CliRun r = run("schedule", "plan.txt", "--frum");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err().lines()).containsExactly(
        "acplan schedule: Unknown option: '--frum'",
        "Try 'acplan schedule --help' for more information.");
    CliRun unknown = run("frobnicate");
    assertThat(unknown.exitCode()).isEqualTo(2);
    assertThat(unknown.err().lines()).hasSize(2).last()
        .isEqualTo("Try 'acplan --help' for more information.");
    CliRun missing = run("deadline", "Щопівроку");
    assertThat(missing.err().lines()).containsExactly(
        "acplan deadline: Missing required option: '--year=PERIOD'",
        "Try 'acplan deadline --help' for more information.");
  }

  @Test
  void everyHelpListsItsExitCodesAndExitsWithZero() {
    for (CommandLine c : allCommands()) {
      List<String> args = new ArrayList<>(List.of(words(c)));
      args.add("--help");
      CliRun help = run(args.toArray(String[]::new));
      String name = c.getCommandSpec().qualifiedName();
      assertThat(help.exitCode()).as(name).isZero();
      assertThat(help.err()).as(name).isEmpty();
      assertThat(help.out()).as(name).contains("Exit codes:");
      Map<String, String> codes = c.getCommandSpec().usageMessage().exitCodeList();
      assertThat(codes.keySet()).as(name).contains("0", "2", "70");
      for (String code : codes.keySet()) {
        assertThat(help.out()).as(name).containsPattern("(?m)^\\s+" + code + "\\s+\\S");
      }
    }
  }

  /** Each exit code a command gives in these runs is listed in that command's --help. */
  @Test
  void theExitCodesCommandsGiveAreTheOnesTheirHelpLists() throws IOException {
    Path seed = seed();
    Path other = dir.resolve("other.json");
    Files.writeString(other, run("rollover", seed.toString(), "--year", "2021").out(), StandardCharsets.UTF_8);
    List<String[]> runs = List.of(
        new String[] {"validate", seed.toString()},
        new String[] {"validate", dir.resolve("none.txt").toString()},
        new String[] {"diff", seed.toString(), other.toString()},
        new String[] {"diff", seed.toString(), seed.toString()},
        new String[] {"schedule", seed.toString(), "--from", "x"},
        new String[] {"calendar", "why", "2101-01-01"},
        new String[] {"calendar", "days"},
        new String[] {"rollover", seed.toString()},
        new String[] {"parse", seed.toString(), "--format", "xml"},
        new String[] {"report", seed.toString()},
        new String[] {"publish", seed.toString(), "--format", "ics"});
    for (String[] args : runs) {
      CliRun r = run(args);
      CommandLine cmd = AcplanCommand.commandLine();
      for (int i = 0; i < args.length && cmd.getSubcommands().containsKey(args[i]); i++) {
        cmd = cmd.getSubcommands().get(args[i]);
      }
      assertThat(cmd.getCommandSpec().usageMessage().exitCodeList())
          .as(String.join(" ", args) + " gave " + r.exitCode())
          .containsKey(String.valueOf(r.exitCode()));
    }
  }

  @Test
  void requiredOptionsShowWithoutBracketsInTheUsageLine() {
    Map<String, List<String>> required = Map.of(
        "calendar days", List.of("--from=DATE", "--to=DATE"),
        "calendar plus", List.of("--date=DATE", "--working-days=N"),
        "calendar between", List.of("--from=DATE", "--to=DATE"),
        "deadline", List.of("--year=PERIOD"),
        "rollover", List.of("--year=YEAR"),
        "publish", List.of("--format=docx|html|ics", "-o=FILE"));
    required.forEach((command, options) -> {
      List<String> args = new ArrayList<>(List.of(command.split(" ")));
      args.add("--help");
      String synopsis = run(args.toArray(String[]::new)).out().split("\\R\\R")[0];
      for (String option : options) {
        assertThat(synopsis).as(command).contains(" " + option).doesNotContain("[" + option);
      }
    });
  }

  @Test
  void everyCommandThatWritesTakesOutAndWritesTheSameBytesAsStandardOutput() throws IOException {
    Path seed = seed();
    Path draft = dir.resolve("draft.json");
    Files.writeString(draft, run("rollover", seed.toString(), "--year", "2021").out(), StandardCharsets.UTF_8);
    List<String[]> commands = List.of(
        new String[] {"calendar", "days", "--from", "2020-01-01", "--to", "2020-01-31"},
        new String[] {"calendar", "plus", "--date", "2020-04-16", "--working-days", "2"},
        new String[] {"calendar", "between", "--from", "2020-01-01", "--to", "2021-01-01"},
        new String[] {"calendar", "why", "2020-04-20"},
        new String[] {"deadline", "--year", "2020", "Щопівроку"},
        new String[] {"parse", seed.toString(), "--format", "csv"},
        new String[] {"validate", seed.toString()},
        new String[] {"diff", seed.toString(), draft.toString()},
        new String[] {"schedule", seed.toString(), "--format", "csv"},
        new String[] {"rollover", seed.toString(), "--year", "2021"});
    int n = 0;
    for (String[] args : commands) {
      CliRun toStdout = run(args);
      Path file = dir.resolve("out-" + n++);
      List<String> withOut = new ArrayList<>(List.of(args));
      withOut.add("--out");
      withOut.add(file.toString());
      CliRun toFile = run(withOut.toArray(String[]::new));
      assertThat(toFile.exitCode()).as(String.join(" ", args)).isEqualTo(toStdout.exitCode());
      assertThat(toFile.out()).as(String.join(" ", args)).isEmpty();
      assertThat(Files.readString(file, StandardCharsets.UTF_8)).as(String.join(" ", args))
          .isNotEmpty().isEqualTo(toStdout.out());
    }
    // Every command that writes has the option (tour: a directory; publish: required).
    for (CommandLine c : allCommands()) {
      boolean group = !c.getSubcommands().isEmpty();
      if (!group) {
        assertThat(c.getCommandSpec().findOption("--out")).as(c.getCommandSpec().qualifiedName()).isNotNull();
        assertThat(c.getCommandSpec().findOption("-o")).as(c.getCommandSpec().qualifiedName()).isNotNull();
      }
    }
    CliRun unwritable = run("calendar", "plus", "--date", "2020-04-16", "--working-days", "2", "--out",
        dir.resolve("no/such/dir/x").toString());
    assertThat(unwritable.exitCode()).isEqualTo(2);
    unwritable.assertOneErrorLine("acplan calendar plus: ");
    assertThat(unwritable.err()).contains("no/such/dir/x", "cannot write");
  }

  @Test
  void scheduleAsCsvHasAHeaderAndTheSameRowsAsText() throws IOException {
    Path seed = seed();
    CliRun text = run("schedule", seed.toString());
    CliRun csv = run("schedule", seed.toString(), "--format", "csv");
    assertThat(csv.exitCode()).isZero();
    assertThat(csv.lines().get(0)).isEqualTo("due,measure,kind,deadline,responsible");
    List<CSVRecord> records = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
        .parse(new StringReader(csv.out())).getRecords();
    assertThat(records).hasSize(text.lines().size()).hasSize(79);
    for (int i = 0; i < records.size(); i++) {
      assertThat(String.join("\t", records.get(i).values())).isEqualTo(text.lines().get(i));
    }
    assertThat(records.get(records.size() - 1).get("deadline")).isEqualTo("1 декада січня 2021 року");
  }

  @Test
  void scheduleAsJsonIsAnArrayOfOneObjectPerLine() throws IOException {
    Path seed = seed();
    CliRun json = run("schedule", seed.toString(), "--from", "2021-01-01", "--format", "json");
    assertThat(json.exitCode()).isZero();
    JsonNode array = new ObjectMapper().readTree(json.out());
    assertThat(array.isArray()).isTrue();
    assertThat(array).hasSize(1);
    JsonNode item = array.get(0);
    assertThat(item.fieldNames()).toIterable()
        .containsExactly("due", "measure", "kind", "deadline", "responsible", "start", "end");
    assertThat(item.get("due").asText()).isEqualTo("2021-01-11");
    assertThat(item.get("start").asText()).isEqualTo("2021-01-01");
    assertThat(item.get("end").asText()).isEqualTo("2021-01-10");
    assertThat(json.lines()).containsExactly("[", json.lines().get(1), "]");
    assertThat(new ObjectMapper().readTree(run("schedule", seed.toString(), "--from", "2030-01-01",
        "--format", "json").out())).isEmpty();
  }

  @Test
  void scheduleAndReportNameTheMeasureWhoseDueDateIsOutsideTheCalendar() throws IOException {
    PlanPeriod y2100 = PlanPeriod.ofYear(2100);
    Plan plan = Plan.builder()
        .title("План заходів щодо запобігання та виявлення корупції")
        .body("у виконкомі")
        .period(y2100)
        .addSections(Section.builder().number(1).title("Системний підхід")
            .addMeasures(Measure.builder()
                .number(MeasureNumber.parse("1.2"))
                .name("Підготувати план на наступний рік")
                .deadline(DeadlineParser.forPeriod(y2100).parse("1 декада січня 2101 року"))
                .responsible(Responsible.builder().text("Головний спеціаліст").build())
                .build())
            .build())
        .build();
    Path file = dir.resolve("plan-2100.json");
    Files.writeString(file, PlanJson.standard().write(plan), StandardCharsets.UTF_8);
    CliRun schedule = run("schedule", file.toString());
    assertThat(schedule.exitCode()).isEqualTo(2);
    schedule.assertOneErrorLine("acplan schedule: ");
    assertThat(schedule.err()).contains(file.toString(), "Measure 1.2", "1 декада січня 2101 року",
        "2100-12-31");
    Path status = dir.resolve("status.json");
    Files.writeString(status, "{\"format\": \"acplan-execution-report\", \"version\": 1, \"period\": \"2100-H2\","
        + " \"entries\": []}", StandardCharsets.UTF_8);
    CliRun report = run("report", file.toString(), status.toString());
    assertThat(report.exitCode()).as(report.err()).isEqualTo(2);
    report.assertOneErrorLine("acplan report: ");
    assertThat(report.err()).contains("Measure 1.2", "1 декада січня 2101 року");
  }

  @Test
  void calendarWhyGivesTheReasonsInUkrainianByDefaultAndInEnglish() {
    CliRun uk = run("calendar", "why", "2024-08-24");
    assertThat(uk.exitCode()).isZero();
    assertThat(uk.lines()).hasSize(3);
    assertThat(uk.lines().get(0)).isEqualTo("2024-08-24 субота: вихідний день");
    assertThat(uk.lines().get(1)).startsWith("- Субота — вихідний день");
    assertThat(uk.lines().get(2)).contains("«День незалежності України»", "не є неробочим", "2136-IX");
    CliRun en = run("calendar", "why", "2024-08-24", "--lang", "en");
    assertThat(en.lines().get(0)).isEqualTo("2024-08-24 Saturday: day off");
    assertThat(en.lines().get(2)).contains("\"Independence Day\"", "is not a day off", "Law No. 2136-IX");

    assertThat(run("calendar", "why", "2020-04-20", "--lang", "en").out()).isEqualTo(
        "2020-04-20 Monday: day off\n- a day off moved from the public holiday \"Easter Sunday\", which "
            + "fell on a day off (Sunday 19.04.2020) (Labour Code, art. 67 part 3)\n");
    assertThat(run("calendar", "why", "2021-01-16").out())
        .startsWith("2021-01-16 субота: робочий день\n").contains("1191-р");
    assertThat(run("calendar", "why", "2022-03-08", "--lang", "en").out())
        .startsWith("2022-03-08 Tuesday: day off\n").contains("International Women's Day", "24.03.2022");
    assertThat(run("calendar", "why", "2023-12-25").out())
        .startsWith("2023-12-25 понеділок: робочий день\n").contains("«Різдво Христове»", "2136-IX");
    // The calendar's options apply: after martial law, Christmas 2023 is a day off again.
    assertThat(run("calendar", "why", "2023-12-25", "--martial-law-end", "2023-06-30").out())
        .startsWith("2023-12-25 понеділок: вихідний день\n");

    CliRun bad = run("calendar", "why", "2020-02-30");
    assertThat(bad.exitCode()).isEqualTo(2);
    bad.assertOneErrorLine("acplan calendar why: ");
    assertThat(run("calendar", "why", "2020-04-20", "--lang", "de").exitCode()).isEqualTo(2);
  }

  /** A command that fails with a bug, to see what the handler makes of it. */
  @Command(name = "broken")
  static final class Broken implements Callable<Integer> {
    @Override
    public Integer call() {
      throw new IllegalStateException("a bug\nover two lines");
    }
  }

  @Test
  void aFaultOfAcplanIsOneLineWithExitCode70() {
    CommandLine cmd = AcplanCommand.commandLine();
    cmd.addSubcommand(new CommandLine(new Broken()));
    CliErrors errors = new CliErrors();
    cmd.setExecutionExceptionHandler(errors);
    StringWriter err = new StringWriter();
    cmd.setErr(new PrintWriter(err, true));
    cmd.setOut(new PrintWriter(new StringWriter(), true));
    assertThat(cmd.execute("broken")).isEqualTo(70);
    assertThat(err.toString()).isEqualTo("acplan broken: internal error, please report it: "
        + "java.lang.IllegalStateException: a bug over two lines\n");
  }
}
