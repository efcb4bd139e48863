package io.github.acplan.core.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.acplan.calendar.UkrainianCalendar;
import io.github.acplan.calendar.term.DueDateShift;
import io.github.acplan.core.PlanPeriod;
import io.github.acplan.core.schedule.DeadlineSchedule;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The phrases of real plans in {@code deadline-corpus.tsv} (issue 18): how many the parser recognises, and
 * how many it reads as the kind and due dates checked by hand. The misses are printed; a phrase the parser
 * is known not to read carries a note starting "listed miss:" with the reason, and every other phrase must
 * be read right.
 */
class DeadlineCorpusTest {

  /** One row of the corpus. */
  record Row(int line, String phrase, int year, String source, String kind, List<String> due, String note,
      String document) {

    /** Whether the row is a phrase out of the parser's scope, listed with the reason in its note. */
    boolean listedMiss() {
      return note.startsWith("listed miss:");
    }

    /** Whether the phrase is a cell of a plan's or programme's table of measures (column {@code document}). */
    boolean fromPlan() {
      return document.equals("plan");
    }

    /** The id of the plan or programme the row is read from ("[doc:id]" in its note), empty for other rows. */
    String documentId() {
      Matcher m = DOCUMENT_ID.matcher(note);
      return m.find() ? m.group(1) : "";
    }
  }

  /** A plan row's stable document id, written at the end of its note. */
  private static final Pattern DOCUMENT_ID = Pattern.compile("\\[doc:([a-z0-9.-]+)]");

  /** Distinct phrases of plans' own tables the collection reached (README, "The corpus"). */
  private static final long PLAN_PHRASES = 88;

  /** Distinct plans and programmes those phrases come from. */
  private static final long PLAN_DOCUMENTS = 13;

  static List<Row> corpus() throws IOException {
    List<Row> rows = new ArrayList<>();
    try (InputStream in = Objects.requireNonNull(
            DeadlineCorpusTest.class.getResourceAsStream("deadline-corpus.tsv"));
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      int line = 0;
      for (String s = r.readLine(); s != null; s = r.readLine()) {
        line++;
        if (s.isEmpty() || s.startsWith("#") || s.startsWith("phrase\t")) {
          continue;
        }
        String[] c = s.split("\t", -1);
        assertThat(c).as("line %d: seven columns", line).hasSize(7);
        List<String> due = c[4].isBlank() ? List.of() : Arrays.asList(c[4].trim().split(" +"));
        rows.add(new Row(line, c[0], Integer.parseInt(c[1]), c[2], c[3], due, c[5], c[6]));
      }
    }
    return rows;
  }

  /** The due dates the schedule gives for a plan of the row's year, written dates kept as written. */
  private static List<String> dueDates(Deadline d, int year) {
    DeadlineSchedule schedule = DeadlineSchedule.of(PlanPeriod.ofYear(year), UkrainianCalendar.standard())
        .withDueDateShift(DueDateShift.NONE);
    return schedule.occurrences(d).stream().filter(o -> !o.reportOnly()).map(o -> o.due().toString())
        .sorted().distinct().collect(Collectors.toList());
  }

  @Test
  void theCorpusIsWellFormed() throws IOException {
    List<Row> rows = corpus();
    // What issue 18's collection reached (README, "The corpus"): a guard against rows lost in an edit.
    assertThat(rows).hasSizeGreaterThanOrEqualTo(354);
    assertThat(rows.stream().map(Row::source).distinct().count()).isGreaterThanOrEqualTo(262);
    Set<String> phrases = new HashSet<>();
    for (Row row : rows) {
      assertThat(phrases.add(row.phrase())).as("line %d: distinct phrase", row.line()).isTrue();
      assertThat(row.source()).as("line %d", row.line()).startsWith("http");
      assertThat(row.year()).as("line %d", row.line()).isBetween(2017, 2026);
      assertThat(DeadlineKind.fromId(row.kind())).as("line %d: a kind id", row.line()).isPresent();
      assertThat(row.document()).as("line %d: document plan or other", row.line()).isIn("plan", "other");
      assertThat(row.documentId().isEmpty()).as("line %d: a plan row names its document, no other row does",
          row.line()).isEqualTo(!row.fromPlan());
    }
  }

  @Test
  void thePlanRowsComeFromManyPlans() throws IOException {
    List<Row> plan = corpus().stream().filter(Row::fromPlan).collect(Collectors.toList());
    long phrases = plan.stream().map(Row::phrase).distinct().count();
    long documents = plan.stream().map(Row::documentId).distinct().count();
    System.out.printf("Deadline corpus: %d phrases from the tables of %d plans and programmes%n", phrases,
        documents);
    assertThat(phrases).isGreaterThanOrEqualTo(PLAN_PHRASES);
    assertThat(documents).isGreaterThanOrEqualTo(PLAN_DOCUMENTS);
  }

  @Test
  void theParserReadsTheCorpus() throws IOException {
    List<Row> rows = corpus();
    int recognised = 0;
    int right = 0;
    List<String> misses = new ArrayList<>();
    List<String> unexpected = new ArrayList<>();
    for (Row row : rows) {
      Deadline d = DeadlineParser.forPeriod(PlanPeriod.ofYear(row.year())).parse(row.phrase());
      boolean ok = Deadlines.isRecognized(d);
      if (ok) {
        recognised++;
      }
      List<String> due = dueDates(d, row.year());
      boolean kindOk = ok && d.kind().id().equals(row.kind()) && (row.due().isEmpty() || row.due().equals(due));
      if (kindOk == row.listedMiss()) {
        unexpected.add(String.format("line %d: \"%s\" %s", row.line(), row.phrase(),
            kindOk ? "is a listed miss but is read right now: drop the mark" : "is read wrong and not listed"));
      }
      if (kindOk) {
        right++;
      } else {
        misses.add(String.format("line %d: \"%s\" expected %s %s, got %s %s (%s)", row.line(), row.phrase(),
            row.kind(), row.due(), d.kind().id(), due, d));
      }
    }
    System.out.printf("Deadline corpus: %d phrases, %d recognised (%.1f%%), %d with the expected kind and"
        + " due dates (%.1f%%)%n", rows.size(), recognised, 100.0 * recognised / rows.size(), right,
        100.0 * right / rows.size());
    misses.forEach(m -> System.out.println("  miss " + m));
    assertThat(100.0 * recognised / rows.size()).as("recognised, misses: %s", misses).isGreaterThanOrEqualTo(97.0);
    assertThat(100.0 * right / rows.size()).as("right kind and dates, misses: %s", misses)
        .isGreaterThanOrEqualTo(95.0);
    assertThat(unexpected).isEmpty();
  }
}
