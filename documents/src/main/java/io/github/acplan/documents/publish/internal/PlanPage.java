package io.github.acplan.documents.publish.internal;

import io.github.acplan.core.ActKind;
import io.github.acplan.core.Approval;
import io.github.acplan.core.ExpectedResult;
import io.github.acplan.core.Indicator;
import io.github.acplan.core.Measure;
import io.github.acplan.core.MeasureNumber;
import io.github.acplan.core.Plan;
import io.github.acplan.core.PlanKind;
import io.github.acplan.core.Section;
import io.github.acplan.core.deadline.Deadline;
import io.github.acplan.core.risk.CorruptionRisk;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The plan as its HTML page shows it: the annex block, the title, the table and the signatory, and a
 * programme's risk register.
 *
 * @param lang the page's language, "uk" or "en" (the plan's own texts are Ukrainian whatever it is)
 * @param draft whether the plan has no approval yet: the DOCX marks it "ПРОЄКТ" above the annex block with
 *     empty places for the act, its date and number; the web page shows "ПРОЄКТ" alone
 * @param pageTitle the text of the page's {@code <title>}
 * @param annex the lines of the annex block, e.g. "Додаток", "до розпорядження …", "від 09.01.2020 № 2-р";
 *     for a draft, empty places for the act, its date and its number
 * @param title the lines of the title: the plan's title, its body, its period
 * @param headers the table's column headers
 * @param rows the table's rows after the header and the row of column numbers
 * @param signatoryPosition the signatory's position, empty if none
 * @param signatoryName the signatory's name, empty if none
 * @param registerTitle the heading of the risk register, empty if the plan has none
 * @param registerHeaders the risk register's column headers
 * @param register the risk register's rows
 */
public record PlanPage(String lang, boolean draft, String pageTitle, List<String> annex, List<String> title, List<String> headers,
    List<Row> rows, String signatoryPosition, String signatoryName, String registerTitle,
    List<String> registerHeaders, List<List<Cell>> register) {

  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.uuuu");

  /**
   * A row of the plan's table: a section's heading ({@code section} true, its text in {@code name}) or a
   * measure.
   *
   * @param section whether this row is a section's heading
   * @param number the measure's number, empty for a section
   * @param name the measure's name, or the section's "N. Title"
   * @param deadline the deadline text
   * @param responsible the responsible cell's text
   * @param indicators the indicators
   * @param results the expected results
   * @param resources the resources, empty if none
   */
  public record Row(boolean section, String number, String name, String deadline, String responsible,
      List<String> indicators, List<String> results, String resources) {}

  /**
   * A cell of the risk register: one text or a list.
   *
   * @param items the cell's items: one for a plain cell, several for a list
   */
  public record Cell(List<String> items) {}

  /**
   * Tells whether any measure has resources, which adds a column.
   *
   * @return true if the table has a resources column
   */
  public boolean hasResources() {
    return headers.size() > 6;
  }

  /**
   * Builds the page of a plan.
   *
   * @param plan the plan
   * @param locale the language of the page's labels: Ukrainian, or English for anything else
   * @return the page
   */
  public static PlanPage of(Plan plan, Locale locale) {
    boolean uk = "uk".equals(locale.getLanguage());
    List<String> annex = new ArrayList<>();
    if (plan.approval().isEmpty()) {
      annex.add("Додаток");
      annex.add("до ____________________");
      annex.add("від ____________ № ________");
    } else if (plan.approval().get().kind() == ActKind.SIGNATURE) {
      // the head's approval as it was signed: the word, the position, the name under the signature's line
      Approval a = plan.approval().get();
      annex.add("ЗАТВЕРДЖУЮ");
      annex.add(a.authority());
      annex.add("__________ " + a.signedBy());
      annex.add(DATE.format(a.date()));
    } else {
      Approval a = plan.approval().get();
      String act = a.kind().ukrainian();
      String dateAndNumber = "від " + DATE.format(a.date()) + " № " + a.number();
      String authority = a.authority().isEmpty() ? "" : " " + a.authority();
      if (plan.kind() == PlanKind.PROGRAMME) {
        annex.add("ЗАТВЕРДЖЕНО");
        annex.add(Character.toUpperCase(act.charAt(0)) + act.substring(1) + authority);
      } else {
        annex.add("Додаток");
        annex.add("до " + (act.equals("наказ") ? "наказу" : act) + authority);
      }
      annex.add(dateAndNumber);
    }
    List<String> title = new ArrayList<>();
    title.add(plan.title());
    if (!plan.body().isEmpty()) {
      title.add(plan.body());
    }
    String period = plan.period().isSingleYear() ? "на " + plan.period().firstYear() + " рік"
        : "на " + plan.period().firstYear() + "-" + plan.period().lastYear() + " роки";
    title.add(period);
    boolean resources = plan.measures().stream().anyMatch(m -> !m.resources().isEmpty());
    List<String> headers = new ArrayList<>(uk
        ? List.of("№ з/п", "Найменування заходу", "Строк виконання", "Відповідальні за виконання",
            "Індикатор виконання", "Очікувані результати")
        : List.of("No.", "Measure", "Deadline", "Responsible", "Indicators", "Expected results"));
    if (resources) {
      headers.add(uk ? "Ресурси" : "Resources");
    }
    List<Row> rows = new ArrayList<>();
    for (Section s : plan.sections()) {
      rows.add(new Row(true, "", s.number() + "." + (s.title().isEmpty() ? "" : " " + s.title()), "", "",
          List.of(), List.of(), ""));
      for (Measure m : s.measures()) {
        rows.add(new Row(false, m.number().toString(), m.name(), deadline(m), m.responsible().text(),
            m.indicators().stream().map(Indicator::text).toList(),
            m.expectedResults().stream().map(ExpectedResult::text).toList(), m.resources()));
      }
    }
    List<List<Cell>> register = new ArrayList<>();
    for (CorruptionRisk r : plan.risks()) {
      List<String> measures = new ArrayList<>();
      for (MeasureNumber n : r.measures()) {
        measures.add(n + " " + plan.measure(n).map(Measure::name).orElse(""));
      }
      register.add(List.of(one(r.id()), one(r.function()), one(r.risk()), one(r.description()),
          new Cell(r.sources()), one(Integer.toString(r.probability())), one(Integer.toString(r.consequence())),
          one(plan.riskLevel(r).map(l -> uk ? l.ukrainian() : l.english()).orElse("")), new Cell(measures)));
    }
    List<String> registerHeaders = plan.risks().isEmpty() ? List.of() : uk
        ? List.of("№ з/п", "Функція / процес", "Корупційний ризик", "Опис ідентифікованого корупційного ризику",
            "Чинники корупційного ризику", "Ймовірність", "Наслідки", "Рівень корупційного ризику",
            "Заходи щодо усунення / мінімізації корупційного ризику")
        : List.of("No.", "Function / process", "Corruption risk", "Description", "Sources", "Probability",
            "Consequences", "Risk level", "Measures");
    String pageTitle = plan.title() + (plan.body().isEmpty() ? "" : " " + plan.body()) + " " + period;
    return new PlanPage(uk ? "uk" : "en", plan.approval().isEmpty(), pageTitle.replaceAll("\\s+", " ").strip(), annex, title, headers, rows,
        plan.signatory().map(s -> s.position()).orElse(""), plan.signatory().map(s -> s.name()).orElse(""),
        plan.risks().isEmpty() ? "" : uk ? "Реєстр корупційних ризиків" : "Corruption risk register",
        registerHeaders, register);
  }

  /**
   * Splits a text into its lines, which a page writes with {@code <br>} between them: in HTML a line
   * break in text is only a space.
   *
   * @param text the text
   * @return the lines, one for a text without line breaks
   */
  public static List<String> lines(String text) {
    return List.of(text.split("\r\n|[\n\r]", -1));
  }

  private static Cell one(String text) {
    return new Cell(text.isEmpty() ? List.of() : List.of(text));
  }

  private static String deadline(Measure m) {
    StringBuilder sb = new StringBuilder(m.deadline().text());
    for (Map.Entry<Integer, Deadline> e : m.yearlyDeadlines().entrySet()) {
      if (sb.length() > 0) {
        sb.append('\n');
      }
      sb.append(e.getKey()).append(": ").append(e.getValue().text());
    }
    return sb.toString();
  }
}
