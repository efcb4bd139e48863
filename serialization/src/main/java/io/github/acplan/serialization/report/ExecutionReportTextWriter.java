package io.github.acplan.serialization.report;

import io.github.acplan.core.Measure;
import io.github.acplan.core.Plan;
import io.github.acplan.core.Section;
import io.github.acplan.core.monitoring.Completion;
import io.github.acplan.core.monitoring.ExecutionReport;
import io.github.acplan.core.monitoring.ExecutionStatus;
import io.github.acplan.core.monitoring.MeasureAssessment;
import io.github.acplan.core.monitoring.MeasureExecution;
import io.github.acplan.core.monitoring.MonitoringResult;
import io.github.acplan.core.monitoring.Standing;
import io.github.acplan.core.monitoring.Verdict;
import io.github.acplan.core.risk.CorruptionRisk;
import io.github.acplan.serialization.report.ReportPhrases.Label;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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

  private static final String INDENT = "  ";

  private static final ExecutionReportTextWriter STANDARD = new ExecutionReportTextWriter();

  private ExecutionReportTextWriter() {}

  /**
   * The writer.
   *
   * @return the shared instance
   */
  public static ExecutionReportTextWriter standard() {
    return STANDARD;
  }

  /**
   * Writes the report in Ukrainian, lines ending with LF.
   *
   * @param result the monitoring result
   * @return the text
   */
  public String write(MonitoringResult result) {
    return write(result, Locale.forLanguageTag("uk"));
  }

  /**
   * Writes the report in the language of a locale, lines ending with LF.
   *
   * @param result the monitoring result
   * @param locale Ukrainian ("uk") for the Ukrainian report, anything else for English
   * @return the text
   */
  public String write(MonitoringResult result, Locale locale) {
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
  public void write(MonitoringResult result, Locale locale, Appendable out) throws IOException {
    Objects.requireNonNull(result, "result");
    Objects.requireNonNull(out, "out");
    ReportPhrases w = ReportPhrases.of(locale);
    Plan plan = result.plan();
    ExecutionReport report = result.report();

    for (String titleLine : w.title(result)) {
      line(out, titleLine);
    }
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

  private static void measure(Appendable out, ReportPhrases w, Plan plan, MeasureAssessment a, int year)
      throws IOException {
    Measure m = a.measure();
    line(out, m.number() + " " + oneLine(m.name()));
    field(out, w.label(Label.DEADLINE), w.deadline(a, year));
    String responsible = oneLine(m.responsible().text());
    if (!responsible.isEmpty()) {
      field(out, w.label(Label.RESPONSIBLE), responsible);
    }
    // A programme's measure names the risks of the register it addresses, with their levels, so that the
    // report reads risk by risk as the Methodology's monitoring does.
    for (CorruptionRisk r : plan.risksAddressedBy(m.number())) {
      field(out, w.label(Label.RISK), w.risk(plan, r));
    }
    Optional<MeasureExecution> entry = a.entry();
    if (entry.isEmpty()) {
      field(out, w.label(Label.STATUS), w.label(Label.NOT_REPORTED));
      return;
    }
    MeasureExecution e = entry.get();
    field(out, w.label(Label.STATUS), w.status(e));
    if (a.verdict().isPresent()) {
      field(out, w.label(Label.VERDICT), w.word(a.verdict().get()));
    }
    if (!e.comment().isBlank()) {
      field(out, w.label(Label.COMMENT), e.comment().strip());
    }
    if (!e.evidence().isEmpty()) {
      line(out, INDENT + w.label(Label.EVIDENCE) + ":");
      for (String link : e.evidence()) {
        line(out, INDENT + INDENT + oneLine(link));
      }
    }
  }

  private static void summary(Appendable out, ReportPhrases w, MonitoringResult result) throws IOException {
    line(out, "");
    line(out, w.label(Label.SUMMARY));
    for (ReportPhrases.Block b : w.summary(result)) {
      if (b.inline()) {
        line(out, b.heading() + ": " + String.join("; ", b.lines()));
      } else {
        line(out, b.heading() + ":");
        for (String l : b.lines()) {
          line(out, INDENT + l);
        }
      }
    }
  }

  private static String oneLine(String text) {
    return ReportPhrases.oneLine(text);
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
