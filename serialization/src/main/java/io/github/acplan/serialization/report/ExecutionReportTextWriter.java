package io.github.acplan.serialization.report;

import io.github.acplan.core.Measure;
import io.github.acplan.core.Plan;
import io.github.acplan.core.PlanPeriod;
import io.github.acplan.core.Section;
import io.github.acplan.core.deadline.Deadline;
import io.github.acplan.core.monitoring.Completion;
import io.github.acplan.core.monitoring.ExecutionReport;
import io.github.acplan.core.monitoring.ExecutionStatus;
import io.github.acplan.core.monitoring.MeasureAssessment;
import io.github.acplan.core.monitoring.MeasureExecution;
import io.github.acplan.core.monitoring.MonitoringResult;
import io.github.acplan.core.monitoring.Standing;
import io.github.acplan.core.monitoring.Verdict;
import io.github.acplan.core.risk.CorruptionRisk;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Writes the monitoring report an anti-corruption officer publishes, from a {@link MonitoringResult}: a
 * title, then section by section and measure by measure what was due and what was done, then a summary.
 *
 * <p>In Ukrainian ({@link #write(MonitoringResult)}) the text reads:
 * <pre>
 * Інформація про стан виконання Плану заходів щодо … у виконкомі … на 2020 рік
 * за I півріччя 2020 року (станом на 30.06.2020)
 *
 * 1. Забезпечення системного підходу …
 *
 * 1.1 Проводити моніторинг, оцінку та перегляд Плану заходів на 2020 р.
 *   Строк виконання: Щопівроку — до 30.06.2020
 *   Відповідальні: Головний спеціаліст з питань запобігання і виявлення корупції
 *   Стан виконання: виконано 26.06.2020
 *   Оцінка: виконано вчасно
 *   Інформація про виконання: …
 *   Підтвердження:
 *     https://…
 * </pre>
 * <ul>
 *   <li>The title puts the plan's title in the genitive when it begins with "План" or "Антикорупційна
 *       програма" (in any letter case: a heading in capitals is written in sentence case); any other
 *       title is written as it is.</li>
 *   <li>The deadline line gives the measure's deadline text (of the report's year, for a programme with
 *       yearly deadlines), then the due date the measure is judged by ({@link MeasureAssessment#dueDate()},
 *       dd.MM.yyyy) and where it stands, after a dash: "— до 31.03.2020, прострочено", "строк триває",
 *       "строк не настав"; a duty without a due date "— підлягає звітуванню".</li>
 *   <li>For a programme, a line per risk of the register the measure addresses: "Корупційний ризик: 1
 *       (високий) — Поділ предмета закупівлі …".</li>
 *   <li>The status line gives the reported {@link ExecutionStatus} and actual date, or "не звітовано" for a
 *       measure the report says nothing of; the verdict line ({@link Verdict}) follows for reported
 *       measures only. Comment and evidence lines are written only when there are any.</li>
 *   <li>A measure with nothing in the period and no entry ({@link Standing#NOT_SCHEDULED}, such as
 *       "1 декада січня 2021 року" in a 2020 report) is left out of the body and only named, by number, on
 *       the summary's last line; a section with no measure left is left out too. A not-scheduled measure
 *       that is reported on is written like any other.</li>
 *   <li>The summary gives the {@link Completion} figures of the plan, of each section and of each
 *       responsible actor (the total, the done and the other non-zero counts, and the share done in full in percent with one decimal, rounded half
 *       up, with a decimal comma in Ukrainian), then the overdue measures with their due dates, the
 *       unreported ones, and the report's entries for numbers the plan does not have, which are never
 *       dropped.</li>
 * </ul>
 * In English ({@link #write(MonitoringResult, Locale)} with any locale but Ukrainian) the structure is the
 * same and the labels are English; the plan's own texts (titles, names, comments) stay as written.
 *
 * <p>The output is plain text, lines ending with LF, and depends only on the result: the same result gives
 * the same text. This class is immutable and thread-safe.
 */
public final class ExecutionReportTextWriter {

  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.uuuu");
  private static final String INDENT = "  ";

  /** The words of one language. */
  private record Words(
      boolean ukrainian, String deadline, String responsible, String status, String verdict, String comment,
      String evidence, String notReported, String due, String summary, String overall, String bySection,
      String byActor, String overdue, String unreported, String unknown, String notScheduled, String none,
      String total, String reportable, String asOf, String risk, String offScale) {}

  private static final Words UK = new Words(true, "Строк виконання", "Відповідальні", "Стан виконання",
      "Оцінка", "Інформація про виконання", "Підтвердження", "не звітовано", "до", "Підсумки", "Загалом",
      "За розділами", "За відповідальними", "Прострочено", "Не звітовано",
      "Записи про заходи, яких немає в плані", "Не передбачено у звітному періоді", "немає", "усього",
      "підлягає звітуванню", "станом на", "Корупційний ризик", "поза шкалою");

  private static final Words EN = new Words(false, "Deadline", "Responsible", "Status", "Verdict", "Comment",
      "Evidence", "not reported", "due", "Summary", "Overall", "By section", "By responsible",
      "Overdue", "Not reported", "Entries for measures not in the plan", "Not scheduled in the period",
      "none", "total", "to be reported", "as of", "Corruption risk", "off the scale");

  private ExecutionReportTextWriter() {}

  /**
   * Writes the report in Ukrainian, lines ending with LF.
   *
   * @param result the monitoring result
   * @return the text
   */
  public static String write(MonitoringResult result) {
    return write(result, Locale.forLanguageTag("uk"));
  }

  /**
   * Writes the report in the language of a locale, lines ending with LF.
   *
   * @param result the monitoring result
   * @param locale Ukrainian ("uk") for the Ukrainian report, anything else for English
   * @return the text
   */
  public static String write(MonitoringResult result, Locale locale) {
    StringBuilder sb = new StringBuilder();
    try {
      write(result, locale, sb);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringBuilder does not throw
    }
    return sb.toString();
  }

  /**
   * Writes the report in the language of a locale, lines ending with LF.
   *
   * @param result the monitoring result
   * @param locale Ukrainian ("uk") for the Ukrainian report, anything else for English
   * @param out where to write
   * @throws IOException if {@code out} fails
   */
  public static void write(MonitoringResult result, Locale locale, Appendable out) throws IOException {
    Objects.requireNonNull(result, "result");
    Objects.requireNonNull(out, "out");
    Words w = "uk".equals(Objects.requireNonNull(locale, "locale").getLanguage()) ? UK : EN;
    Plan plan = result.plan();
    ExecutionReport report = result.report();

    title(out, w, plan, report);
    for (Section section : plan.sections()) {
      List<MeasureAssessment> shown = new ArrayList<>();
      for (MeasureAssessment a : result.assessments()) {
        if (a.number().section() == section.number() && a.counted()) {
          shown.add(a);
        }
      }
      if (shown.isEmpty()) {
        continue;
      }
      line(out, "");
      line(out, section.number() + ". " + oneLine(section.title()));
      for (MeasureAssessment a : shown) {
        line(out, "");
        measure(out, w, plan, a, report.period().year());
      }
    }
    summary(out, w, result);
  }

  private static void title(Appendable out, Words w, Plan plan, ExecutionReport report) throws IOException {
    String planName = sentenceCase(oneLine(plan.title()));
    String body = oneLine(plan.body());
    String asOf = "(" + w.asOf() + " " + DATE.format(report.asOf()) + ")";
    if (w.ukrainian()) {
      line(out, "Інформація про стан виконання " + genitive(planName) + (body.isEmpty() ? "" : " " + body)
          + " " + ukrainianPeriod(plan.period()));
      line(out, report.period().ukrainianPhrase() + " " + asOf);
    } else {
      line(out, "Implementation of \"" + planName + (body.isEmpty() ? "" : " " + body) + "\", "
          + englishPeriod(plan.period()));
      line(out, report.period().englishPhrase() + " " + asOf);
    }
  }

  private static void measure(Appendable out, Words w, Plan plan, MeasureAssessment a, int year)
      throws IOException {
    Measure m = a.measure();
    line(out, m.number() + " " + oneLine(m.name()));
    field(out, w.deadline(), deadlineText(m, year) + term(w, a));
    String responsible = oneLine(m.responsible().text());
    if (!responsible.isEmpty()) {
      field(out, w.responsible(), responsible);
    }
    // A programme's measure names the risks of the register it addresses, with their levels, so that the
    // report reads risk by risk as the Methodology's monitoring does.
    for (CorruptionRisk r : plan.risksAddressedBy(m.number())) {
      String level = plan.riskLevel(r).map(l -> w.ukrainian() ? l.ukrainian() : l.english())
          .orElse(w.offScale());
      field(out, w.risk(), r.id() + " (" + level + ") — " + oneLine(r.risk()));
    }
    Optional<MeasureExecution> entry = a.entry();
    if (entry.isEmpty()) {
      field(out, w.status(), w.notReported());
      return;
    }
    MeasureExecution e = entry.get();
    field(out, w.status(), status(w, e));
    if (a.verdict().isPresent()) {
      Verdict v = a.verdict().get();
      field(out, w.verdict(), w.ukrainian() ? v.ukrainian() : v.english());
    }
    if (!e.comment().isBlank()) {
      field(out, w.comment(), e.comment().strip());
    }
    if (!e.evidence().isEmpty()) {
      line(out, INDENT + w.evidence() + ":");
      for (String link : e.evidence()) {
        line(out, INDENT + INDENT + oneLine(link));
      }
    }
  }

  private static String deadlineText(Measure m, int year) {
    Deadline d = m.yearlyDeadlines().getOrDefault(year, m.deadline());
    return oneLine(d.text());
  }

  /** The due date and standing after the deadline text, e.g. " — до 31.03.2020, прострочено". */
  private static String term(Words w, MeasureAssessment a) {
    List<String> parts = new ArrayList<>();
    a.dueDate().ifPresent(d -> parts.add(w.due() + " " + DATE.format(d)));
    Standing s = a.standing();
    if (s == Standing.REPORTABLE) {
      parts.add(w.reportable());
    } else if (s == Standing.DUE && !w.ukrainian()) {
      parts.add("term running"); // "due 31.12.2020, due" would say it twice
    } else if (s != Standing.DONE) {
      parts.add(w.ukrainian() ? s.ukrainian() : s.english());
    }
    return parts.isEmpty() ? "" : " — " + String.join(", ", parts);
  }

  private static String status(Words w, MeasureExecution e) {
    return (w.ukrainian() ? e.status().ukrainian() : e.status().english())
        + e.actualDate().map(d -> " " + DATE.format(d)).orElse("");
  }

  private static void summary(Appendable out, Words w, MonitoringResult result) throws IOException {
    line(out, "");
    line(out, w.summary());
    line(out, w.overall() + ": " + counts(w, result.completion()));

    line(out, w.bySection() + ":");
    for (Map.Entry<Integer, Completion> e : result.completionBySection().entrySet()) {
      String title = result.plan().section(e.getKey()).map(s -> oneLine(s.title())).orElse("");
      line(out, INDENT + e.getKey() + ". " + title + ": " + counts(w, e.getValue()));
    }
    line(out, w.byActor() + ":");
    for (Map.Entry<String, Completion> e : result.completionByActor().entrySet()) {
      if (e.getValue().total() > 0) {
        line(out, INDENT + oneLine(e.getKey()) + ": " + counts(w, e.getValue()));
      }
    }

    List<MeasureAssessment> overdue = result.overdue();
    line(out, w.overdue() + (overdue.isEmpty() ? ": " + w.none() : " (" + overdue.size() + "):"));
    for (MeasureAssessment a : overdue) {
      // An overdue measure always has the due date that passed.
      line(out, INDENT + a.number() + " " + oneLine(a.measure().name()) + " — " + w.due() + " "
          + a.dueDate().map(DATE::format).orElse("") + ", "
          + a.entry().map(e -> status(w, e)).orElse(w.notReported()));
    }
    List<MeasureAssessment> unreported = result.unreported();
    line(out, w.unreported() + (unreported.isEmpty() ? ": " + w.none() : " (" + unreported.size() + "):"));
    for (MeasureAssessment a : unreported) {
      line(out, INDENT + a.number() + " " + oneLine(a.measure().name()) + " — "
          + a.dueDate().map(d -> w.due() + " " + DATE.format(d)).orElse(w.reportable()));
    }
    List<MeasureExecution> unknown = result.unknownEntries();
    line(out, w.unknown() + (unknown.isEmpty() ? ": " + w.none() : " (" + unknown.size() + "):"));
    for (MeasureExecution e : unknown) {
      line(out, INDENT + e.number() + ": " + status(w, e)
          + (e.comment().isBlank() ? "" : " — " + oneLine(e.comment())));
    }
    List<String> notScheduled = new ArrayList<>();
    for (MeasureAssessment a : result.assessments()) {
      if (!a.counted()) {
        notScheduled.add(a.number().toString());
      }
    }
    line(out, w.notScheduled() + ": " + (notScheduled.isEmpty() ? w.none() : String.join(", ", notScheduled)));
  }

  /**
   * E.g. "усього 40; виконано 12 (30,0 %); виконано частково 1; виконується 26; не звітовано 1": the total
   * and the done always, the other counts when not zero.
   */
  private static String counts(Words w, Completion c) {
    StringBuilder sb = new StringBuilder();
    sb.append(w.total()).append(' ').append(c.total());
    for (ExecutionStatus s : ExecutionStatus.values()) {
      if (s == ExecutionStatus.DONE || c.count(s) > 0) {
        sb.append("; ").append(w.ukrainian() ? s.ukrainian() : s.english()).append(' ').append(c.count(s));
      }
      if (s == ExecutionStatus.DONE) {
        sb.append(" (").append(percent(w, c.percentDone())).append(')');
      }
    }
    if (c.notReported() > 0) {
      sb.append("; ").append(w.notReported()).append(' ').append(c.notReported());
    }
    return sb.toString();
  }

  private static String percent(Words w, double percent) {
    String p = BigDecimal.valueOf(percent).setScale(1, RoundingMode.HALF_UP).toPlainString();
    return w.ukrainian() ? p.replace('.', ',') + " %" : p + "%";
  }

  private static String ukrainianPeriod(PlanPeriod period) {
    return period.isSingleYear() ? "на " + period.firstYear() + " рік"
        : "на " + period.firstYear() + "–" + period.lastYear() + " роки";
  }

  private static String englishPeriod(PlanPeriod period) {
    return period.isSingleYear() ? Integer.toString(period.firstYear())
        : period.firstYear() + "–" + period.lastYear();
  }

  /**
   * Puts the plan's title in the genitive after "Інформація про стан виконання": "План заходів …" gives
   * "Плану заходів …", "Антикорупційна програма …" gives "Антикорупційної програми …".
   */
  private static String genitive(String title) {
    String lower = title.toLowerCase(Locale.ROOT);
    if (lower.equals("план") || lower.startsWith("план ")) {
      return title.substring(0, 4) + "у" + title.substring(4);
    }
    String programme = "антикорупційна програма";
    if (lower.startsWith(programme)) {
      return title.charAt(0) + "нтикорупційної програми" + title.substring(programme.length());
    }
    return title;
  }

  /**
   * Writes the leading words of a title set in capitals ("ПЛАН ЗАХОДІВ щодо …") in sentence case ("План
   * заходів щодо …"), leaving a title in ordinary case as it is.
   */
  private static String sentenceCase(String title) {
    String[] words = title.split(" ", -1);
    StringBuilder sb = new StringBuilder();
    boolean first = true;
    boolean leading = true;
    for (String word : words) {
      if (!first) {
        sb.append(' ');
      }
      boolean capitals = word.codePoints().anyMatch(Character::isLetter)
          && word.equals(word.toUpperCase(Locale.ROOT)) && word.codePoints().filter(Character::isLetter).count() > 1;
      if (leading && capitals) {
        String lower = word.toLowerCase(Locale.ROOT);
        sb.append(first ? word.charAt(0) + lower.substring(1) : lower);
      } else {
        leading = false;
        sb.append(word);
      }
      first = false;
    }
    return sb.toString();
  }

  /** A cell's text on one line: line breaks and runs of white space become one space. */
  private static String oneLine(String text) {
    return text.strip().replaceAll("\\s+", " ");
  }

  /** A labelled line; a value of several lines (a comment) goes on indented lines after the first. */
  private static void field(Appendable out, String label, String value) throws IOException {
    String[] lines = value.split("\\R", -1);
    line(out, INDENT + label + ": " + lines[0].strip());
    for (int i = 1; i < lines.length; i++) {
      if (!lines[i].isBlank()) {
        line(out, INDENT + INDENT + lines[i].strip());
      }
    }
  }

  private static void line(Appendable out, String s) throws IOException {
    out.append(s).append('\n');
  }
}
