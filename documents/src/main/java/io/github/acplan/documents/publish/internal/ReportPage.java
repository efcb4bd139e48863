package io.github.acplan.documents.publish.internal;

import io.github.acplan.core.Measure;
import io.github.acplan.core.Plan;
import io.github.acplan.core.Section;
import io.github.acplan.core.monitoring.Completion;
import io.github.acplan.core.monitoring.ExecutionStatus;
import io.github.acplan.core.monitoring.MeasureAssessment;
import io.github.acplan.core.monitoring.MeasureExecution;
import io.github.acplan.core.monitoring.MonitoringResult;
import io.github.acplan.core.risk.CorruptionRisk;
import io.github.acplan.core.schedule.DueItem;
import io.github.acplan.core.schedule.Occurrence;
import io.github.acplan.serialization.report.ReportPhrases.Label;
import io.github.acplan.serialization.report.ReportPhrases;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The monitoring report as its HTML page and its Word document show it: the title, the key figures, the
 * charts, the table measure by measure and the summary, every phrase from {@link ReportPhrases} so that
 * the text, DOCX and HTML reports say the same.
 *
 * @param lang the language, "uk" or "en"
 * @param title the two title lines
 * @param figures the key figures at the top
 * @param charts the charts: completion per section, due dates per month, measures by status
 * @param headers the table's column headers
 * @param rows the table's rows: section headings and measures
 * @param summary the summary's blocks, as {@link ReportPhrases#summary} gives them
 */
public record ReportPage(String lang, List<String> title, List<Figure> figures, List<BarChart> charts,
    List<String> headers, List<Row> rows, List<ReportPhrases.Block> summary) {

  /**
   * A key figure: "Виконано: 4 (10,0 %)".
   *
   * @param key machine-readable name, e.g. "done"
   * @param label the label
   * @param value the value as written
   */
  public record Figure(String key, String label, String value) {}

  /**
   * A row of the report's table.
   *
   * @param section whether this row is a section's heading (its text in {@code name})
   * @param number the measure's number
   * @param name the measure's name, or the section's "N. Title"
   * @param deadline the deadline with its due date and standing
   * @param responsible the responsible cell's text
   * @param risks the register's risks the measure addresses, as phrases
   * @param status the reported status, or "не звітовано"
   * @param verdict the verdict, empty if not reported
   * @param comment the officer's comment
   * @param evidence links or references given as evidence
   * @param standing the standing's identifier, for styling ("overdue", "done", …)
   */
  public record Row(boolean section, String number, String name, String deadline, String responsible,
      List<String> risks, String status, String verdict, String comment, List<Evidence> evidence,
      String standing) {}

  /**
   * One piece of evidence: a web link (http or https only) or plain text.
   *
   * @param text the text as given
   * @param link whether the text is an http(s) address, written as a link
   */
  public record Evidence(String text, boolean link) {}

  /**
   * Builds the page of a monitoring result.
   *
   * @param result the result
   * @param locale the language: Ukrainian, or English for anything else
   * @return the page
   */
  public static ReportPage of(MonitoringResult result, Locale locale) {
    ReportPhrases w = ReportPhrases.of(locale);
    Plan plan = result.plan();
    Completion all = result.completion();
    List<Figure> figures = List.of(
        new Figure("total", w.ukrainian() ? "Заходів до звітування" : "Measures to report on",
            Integer.toString(all.total())),
        new Figure("done", capitalised(w.word(ExecutionStatus.DONE)), all.done() + " (" + w.percent(all.percentDone()) + ")"),
        new Figure("overdue", w.label(Label.OVERDUE), Integer.toString(result.overdue().size())),
        new Figure("unreported", w.label(Label.UNREPORTED), Integer.toString(result.unreported().size())));

    List<Row> rows = new ArrayList<>();
    int year = result.report().period().year();
    for (Section s : plan.sections()) {
      List<MeasureAssessment> shown = new ArrayList<>();
      for (MeasureAssessment a : result.assessments()) {
        if (a.number().section() == s.number() && a.counted()) {
          shown.add(a);
        }
      }
      if (shown.isEmpty()) {
        continue;
      }
      rows.add(new Row(true, "", s.number() + ". " + ReportPhrases.oneLine(s.title()), "", "", List.of(), "", "",
          "", List.of(), ""));
      for (MeasureAssessment a : shown) {
        Measure m = a.measure();
        List<String> risks = new ArrayList<>();
        for (CorruptionRisk r : plan.risksAddressedBy(m.number())) {
          risks.add(w.label(Label.RISK) + ": " + w.risk(plan, r));
        }
        Optional<MeasureExecution> e = a.entry();
        List<Evidence> evidence = new ArrayList<>();
        e.ifPresent(x -> x.evidence().forEach(t -> evidence.add(new Evidence(t, isWebLink(t)))));
        rows.add(new Row(false, m.number().toString(), ReportPhrases.oneLine(m.name()), w.deadline(a, year),
            ReportPhrases.oneLine(m.responsible().text()), risks,
            e.map(w::status).orElse(w.label(Label.NOT_REPORTED)),
            a.verdict().map(w::word).orElse(""), e.map(x -> x.comment().strip()).orElse(""), evidence,
            a.standing().wording().id()));
      }
    }
    List<String> headers = List.of("№", w.label(Label.MEASURE), w.label(Label.DEADLINE),
        w.label(Label.RESPONSIBLE), w.label(Label.STATUS), w.label(Label.VERDICT), w.label(Label.COMMENT));
    return new ReportPage(w.languageTag(), w.title(result), figures, charts(result, w), headers, rows,
        w.summary(result));
  }

  /** Only http and https addresses become links: anything else (javascript:, data:) stays text. */
  private static boolean isWebLink(String text) {
    String t = text.strip().toLowerCase(Locale.ROOT);
    return (t.startsWith("https://") || t.startsWith("http://")) && !t.contains(" ");
  }

  private static List<BarChart> charts(MonitoringResult result, ReportPhrases w) {
    List<BarChart.Datum> sections = new ArrayList<>();
    for (Map.Entry<Integer, Completion> e : result.completionBySection().entrySet()) {
      Completion c = e.getValue();
      String title = result.plan().section(e.getKey()).map(s -> ReportPhrases.oneLine(s.title())).orElse("");
      sections.add(new BarChart.Datum(Integer.toString(e.getKey()), e.getKey() + ". " + shorten(title, 30),
          c.percentDone(), w.percent(c.percentDone()) + " (" + c.done() + "/" + c.total() + ")"));
    }
    BarChart bySection = BarChart.horizontal("completion-by-section", w.label(Label.PERCENT_DONE) + " — "
        + w.label(Label.BY_SECTION).toLowerCase(Locale.ROOT), sections, 100);

    List<BarChart.Datum> months = new ArrayList<>();
    LocalDate start = result.report().period().startInclusive();
    LocalDate end = result.report().period().endInclusive();
    Locale locale = Locale.forLanguageTag(w.languageTag());
    int max = 0;
    for (YearMonth m = YearMonth.from(start); !m.isAfter(YearMonth.from(end)); m = m.plusMonths(1)) {
      int n = 0;
      for (MeasureAssessment a : result.assessments()) {
        for (DueItem item : a.occurrences()) {
          Occurrence o = item.occurrence();
          if (!o.reportOnly() && YearMonth.from(o.due()).equals(m)) {
            n++;
          }
        }
      }
      max = Math.max(max, n);
      months.add(new BarChart.Datum(m.toString(), m.getMonth().getDisplayName(TextStyle.SHORT_STANDALONE, locale),
          n, Integer.toString(n)));
    }
    BarChart byMonth = BarChart.vertical("due-by-month", w.label(Label.DUE_BY_MONTH), months, Math.max(1, max));

    Completion all = result.completion();
    List<BarChart.Datum> statuses = new ArrayList<>();
    for (ExecutionStatus s : ExecutionStatus.values()) {
      statuses.add(new BarChart.Datum(s.wording().id(), w.word(s), all.count(s), Integer.toString(all.count(s))));
    }
    statuses.add(new BarChart.Datum("not-reported", w.label(Label.NOT_REPORTED), all.notReported(),
        Integer.toString(all.notReported())));
    BarChart byStatus = BarChart.horizontal("by-status", w.label(Label.BY_STATUS), statuses,
        Math.max(1, all.total()));
    return List.of(bySection, byMonth, byStatus);
  }

  private static String capitalised(String text) {
    return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
  }

  private static String shorten(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max - 1).strip() + "…";
  }
}
