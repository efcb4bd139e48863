package io.github.acplan.documents;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.acplan.calendar.UkrainianCalendar;
import io.github.acplan.core.Plan;
import io.github.acplan.core.PlanPeriod;
import io.github.acplan.core.deadline.DeadlineFormatter;
import io.github.acplan.core.deadline.DeadlineParser;
import io.github.acplan.core.monitoring.ExecutionMonitor;
import io.github.acplan.core.monitoring.ExecutionReport;
import io.github.acplan.core.schedule.PlanSchedule;
import io.github.acplan.core.validation.PlanValidator;
import io.github.acplan.documents.publish.PlanDocxWriter;
import io.github.acplan.documents.publish.PlanHtmlWriter;
import io.github.acplan.documents.publish.ReportHtmlWriter;
import io.github.acplan.serialization.csv.PlanCsv;
import io.github.acplan.serialization.json.ExecutionReportJson;
import io.github.acplan.serialization.json.MonitoringResultJson;
import io.github.acplan.serialization.json.PlanJson;
import io.github.acplan.serialization.json.ValidationReportJson;
import io.github.acplan.serialization.text.PlanTextReader;
import io.github.acplan.serialization.text.PlanTextWriter;
import io.github.acplan.serialization.text.RiskRegisterTextReader;
import io.github.acplan.test.fixtures.SeedFixtures;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The shared objects are safe to use from several threads: the standard calendar (whose year tables
 * are built lazily), the deadline parser, the text, JSON and document readers, the validator, the
 * schedule and monitor, and the JSON, text, CSV, DOCX and HTML writers. Eight threads start together
 * and run every task in a different order, several rounds each; every answer must equal the answer the
 * same task gave on one thread. An answer is a text that says everything the task produced (the plan's
 * JSON, a list of dates, the written bytes read back), so a race that corrupts a cache or a shared
 * formatter shows as a difference, and an exception fails the test with its cause.
 */
class ConcurrentUseTest {

  private static final int THREADS = 8;
  private static final int ROUNDS = 2;

  private static String seedText;
  private static String registerText;
  private static byte[] docx;
  private static byte[] html;
  private static byte[] pdf;
  private static String statusJson;
  private static Plan seed;

  @BeforeAll
  static void load() throws Exception {
    seedText = SeedFixtures.text();
    registerText = resource("sonyachnyi-2024-2026-register.txt");
    docx = SeedFixtures.docx();
    html = SeedFixtures.html();
    pdf = SeedFixtures.pdf();
    statusJson = SeedFixtures.statusFileText();
    seed = PlanTextReader.standard().read(seedText).plan();
  }

  /** The tasks by name; each returns the whole of what it computed, as text. */
  private static Map<String, Callable<String>> tasks() {
    Map<String, Callable<String>> tasks = new LinkedHashMap<>();
    tasks.put("calendar", ConcurrentUseTest::calendarAnswers);
    tasks.put("deadline parser", () -> {
      // A fresh period per call too: parsers of different periods share the recognisers.
      DeadlineParser parser = DeadlineParser.forPeriod(PlanPeriod.ofYear(2020));
      return seed.measures().stream()
          .map(m -> DeadlineFormatter.format(parser.parse(m.deadline().text())))
          .collect(Collectors.joining("\n"));
    });
    tasks.put("text reader", () -> PlanJson.standard().write(PlanTextReader.standard().read(seedText).plan()));
    tasks.put("register reader",
        () -> PlanJson.standard().write(RiskRegisterTextReader.standard().read(registerText).plan()));
    tasks.put("JSON reader", () -> {
      String json = PlanJson.standard().write(seed);
      return String.valueOf(PlanJson.standard().read(json).equals(seed));
    });
    tasks.put("status reader and monitor", () -> {
      ExecutionReport report = ExecutionReportJson.standard().read(statusJson);
      return ExecutionReportJson.standard().write(report) + MonitoringResultJson.standard().write(
          ExecutionMonitor.of(seed, UkrainianCalendar.standard()).assess(report));
    });
    tasks.put("DOCX reader", () -> PlanJson.standard().write(read(docx)));
    tasks.put("HTML reader", () -> PlanJson.standard().write(read(html)));
    tasks.put("PDF reader", () -> PlanJson.standard().write(read(pdf)));
    tasks.put("validator", () -> ValidationReportJson.standard().write(PlanValidator.standard().validate(seed)));
    tasks.put("schedule", () -> PlanSchedule.of(seed, UkrainianCalendar.standard()).items().toString());
    tasks.put("text and CSV writers", () -> PlanTextWriter.standard().write(seed)
        + new String(PlanCsv.standard().toBytes(seed), StandardCharsets.UTF_8));
    tasks.put("DOCX writer", () -> {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      PlanDocxWriter.standard().write(seed, out);
      return PlanJson.standard().write(read(out.toByteArray()));
    });
    tasks.put("HTML writers", () -> {
      ExecutionReport report = ExecutionReportJson.standard().read(statusJson);
      return PlanHtmlWriter.standard().write(seed, Locale.forLanguageTag("uk")) + ReportHtmlWriter.standard().write(
          ExecutionMonitor.of(seed, UkrainianCalendar.standard()).assess(report), Locale.ENGLISH);
    });
    return tasks;
  }

  @Test
  void everySharedObjectGivesTheSingleThreadedAnswersUnderEightThreads() throws Exception {
    Map<String, Callable<String>> tasks = tasks();
    Map<String, String> expected = new LinkedHashMap<>();
    for (Map.Entry<String, Callable<String>> t : tasks.entrySet()) {
      expected.put(t.getKey(), t.getValue().call());
    }
    List<String> names = new ArrayList<>(tasks.keySet());
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<List<String>>> results = new ArrayList<>();
      for (int thread = 0; thread < THREADS; thread++) {
        int offset = thread * names.size() / THREADS;
        results.add(pool.submit(() -> {
          start.await();
          List<String> differences = new ArrayList<>();
          for (int round = 0; round < ROUNDS; round++) {
            for (int i = 0; i < names.size(); i++) {
              // Each thread starts at a different task, so different tasks overlap in time.
              String name = names.get((offset + i + round) % names.size());
              if (!tasks.get(name).call().equals(expected.get(name))) {
                differences.add(name);
              }
            }
          }
          return differences;
        }));
      }
      start.countDown();
      List<String> differences = new ArrayList<>();
      for (Future<List<String>> f : results) {
        differences.addAll(f.get(10, TimeUnit.MINUTES));
      }
      assertThat(differences).as("tasks whose answer differed from the single-threaded one").isEmpty();
    } finally {
      pool.shutdownNow();
    }
    assertThat(expected.get("JSON reader")).isEqualTo("true");
    assertThat(expected.get("DOCX writer")).isEqualTo(PlanJson.standard().write(seed));
  }

  /** Working days, holidays and day arithmetic over the years the calendar's tables are built for. */
  private static String calendarAnswers() {
    UkrainianCalendar calendar = UkrainianCalendar.standard();
    StringBuilder sb = new StringBuilder();
    for (int year = 2014; year <= 2030; year++) {
      LocalDate first = LocalDate.of(year, 1, 1);
      sb.append(year).append(' ').append(calendar.workingDays(year)).append(' ')
          .append(calendar.holidays(year)).append(' ')
          .append(calendar.plusWorkingDays(first, 45)).append(' ')
          .append(calendar.workingDaysBetween(first, first.plusMonths(7))).append(' ')
          .append(calendar.nextWorkingDay(LocalDate.of(year, 5, 1))).append('\n');
    }
    return sb.toString();
  }

  private static Plan read(byte[] document) {
    try (InputStream in = new ByteArrayInputStream(document)) {
      return PlanDocuments.standard().read(in).plan();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (io.github.acplan.serialization.PlanFormatException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String resource(String name) throws IOException {
    return new String(bytes(name), StandardCharsets.UTF_8);
  }

  private static byte[] bytes(String name) throws IOException {
    try (InputStream in = ConcurrentUseTest.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IOException("no test resource " + name);
      }
      return in.readAllBytes();
    }
  }
}
