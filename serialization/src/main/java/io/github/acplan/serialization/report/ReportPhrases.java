package io.github.acplan.serialization.report;

import io.github.acplan.core.Measure;
import io.github.acplan.core.Plan;
import io.github.acplan.core.PlanPeriod;
import io.github.acplan.core.Worded;
import io.github.acplan.core.deadline.Deadline;
import io.github.acplan.core.monitoring.Completion;
import io.github.acplan.core.monitoring.ExecutionReport;
import io.github.acplan.core.monitoring.ExecutionStatus;
import io.github.acplan.core.monitoring.MeasureAssessment;
import io.github.acplan.core.monitoring.MeasureExecution;
import io.github.acplan.core.monitoring.MonitoringResult;
import io.github.acplan.core.monitoring.Standing;
import io.github.acplan.core.risk.CorruptionRisk;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The words and phrases of the monitoring report in one language: the labels, the title, the deadline
 * with its due date and standing, the status, the completion counts. {@link ExecutionReportTextWriter}
 * writes the plain text with them; the DOCX and HTML reports of {@code acplan-documents} use the same
 * phrases, so that the three forms of one report say the same thing in the same words.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ReportPhrases {

  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.uuuu");

  /** The labels of the report, each in Ukrainian and English. */
  public enum Label {
    /** "Строк виконання". */
    DEADLINE("Строк виконання", "Deadline"),
    /** "Відповідальні". */
    RESPONSIBLE("Відповідальні", "Responsible"),
    /** "Стан виконання". */
    STATUS("Стан виконання", "Status"),
    /** "Оцінка": the verdict. */
    VERDICT("Оцінка", "Verdict"),
    /** "Інформація про виконання": the officer's comment. */
    COMMENT("Інформація про виконання", "Comment"),
    /** "Підтвердження": links to evidence. */
    EVIDENCE("Підтвердження", "Evidence"),
    /** "не звітовано": a measure the status file says nothing of. */
    NOT_REPORTED("не звітовано", "not reported"),
    /** "Підсумки". */
    SUMMARY("Підсумки", "Summary"),
    /** "Загалом". */
    OVERALL("Загалом", "Overall"),
    /** "За розділами". */
    BY_SECTION("За розділами", "By section"),
    /** "За відповідальними". */
    BY_ACTOR("За відповідальними", "By responsible"),
    /** "Прострочено". */
    OVERDUE("Прострочено", "Overdue"),
    /** "Не звітовано". */
    UNREPORTED("Не звітовано", "Not reported"),
    /** "Записи про заходи, яких немає в плані". */
    UNKNOWN("Записи про заходи, яких немає в плані", "Entries for measures not in the plan"),
    /** "Не передбачено у звітному періоді". */
    NOT_SCHEDULED("Не передбачено у звітному періоді", "Not scheduled in the period"),
    /** "немає". */
    NONE("немає", "none"),
    /** "усього". */
    TOTAL("усього", "total"),
    /** "Корупційний ризик". */
    RISK("Корупційний ризик", "Corruption risk"),
    /** "Захід": the measure column of a report table. */
    MEASURE("Захід", "Measure"),
    /** "Виконано, %": the share done in full. */
    PERCENT_DONE("Виконано, %", "Done, %"),
    /** "Строки за місяцями": due dates per month. */
    DUE_BY_MONTH("Строки виконання за місяцями", "Due dates by month"),
    /** "Стан виконання заходів": measures by status. */
    BY_STATUS("Заходи за станом виконання", "Measures by status"),
    /** "Розділ": a section of the plan. */
    SECTION("Розділ", "Section"),
    /**
     * "виконано (повністю та частково)": the NAZK's headline count, measures done in full or in part
     * ({@link Completion#percentDoneFullyOrPartly()}).
     */
    DONE_FULLY_OR_PARTLY("виконано (повністю та частково)", "done fully or partly");

    private final String ukrainian;
    private final String english;

    Label(String ukrainian, String english) {
      this.ukrainian = ukrainian;
      this.english = english;
    }
  }

  /**
   * A block of the report's summary: a heading and its lines. An inline block is written on one line in
   * text ("Загалом: усього 40; …", "Прострочено: немає"); the others as the heading and one indented line
   * per item.
   *
   * @param heading e.g. "Прострочено (1)"
   * @param lines the lines, possibly empty
   * @param inline whether the block is one line with its heading
   */
  public record Block(String heading, List<String> lines, boolean inline) {

    /**
     * Creates a block.
     *
     * @param heading the heading
     * @param lines the lines
     * @param inline whether the block is one line with its heading
     */
    public Block {
      Objects.requireNonNull(heading, "heading");
      lines = List.copyOf(lines);
    }
  }

  private static final ReportPhrases UK = new ReportPhrases(true);
  private static final ReportPhrases EN = new ReportPhrases(false);

  private final boolean ukrainian;

  private ReportPhrases(boolean ukrainian) {
    this.ukrainian = ukrainian;
  }

  /**
   * Returns the phrases of a locale's language.
   *
   * @param locale Ukrainian ("uk") for Ukrainian, anything else for English
   * @return the phrases
   */
  public static ReportPhrases of(Locale locale) {
    return "uk".equals(Objects.requireNonNull(locale, "locale").getLanguage()) ? UK : EN;
  }

  /**
   * Tells whether these are the Ukrainian phrases.
   *
   * @return true for Ukrainian, false for English
   */
  public boolean ukrainian() {
    return ukrainian;
  }

  /**
   * Returns the language tag of these phrases, for {@code lang} attributes.
   *
   * @return "uk" or "en"
   */
  public String languageTag() {
    return ukrainian ? "uk" : "en";
  }

  /**
   * Returns a label.
   *
   * @param label the label
   * @return its words in this language
   */
  public String label(Label label) {
    return ukrainian ? label.ukrainian : label.english;
  }

  /**
   * Returns a worded value (a status, a standing, a verdict, a risk level) in this language.
   *
   * @param value the value
   * @return its words
   */
  public String word(Worded value) {
    return ukrainian ? value.ukrainian() : value.english();
  }

  /**
   * Returns the two title lines: "Інформація про стан виконання Плану заходів … на 2020 рік" and "за I
   * півріччя 2020 року (станом на 30.06.2020)". The plan's title is put in the genitive when it begins
   * with "План" or "Антикорупційна програма" (a heading in capitals is written in sentence case first).
   *
   * @param result the monitoring result
   * @return the two lines
   */
  public List<String> title(MonitoringResult result) {
    Plan plan = result.plan();
    ExecutionReport report = result.report();
    String planName = sentenceCase(oneLine(plan.title()));
    String body = oneLine(plan.body());
    String asOf = "(" + (ukrainian ? "станом на" : "as of") + " " + DATE.format(report.asOf()) + ")";
    if (ukrainian) {
      return List.of("Інформація про стан виконання " + genitive(planName) + (body.isEmpty() ? "" : " " + body)
          + " " + ukrainianPeriod(plan.period()), report.period().ukrainianPhrase() + " " + asOf);
    }
    return List.of("Implementation of \"" + planName + (body.isEmpty() ? "" : " " + body) + "\", "
        + englishPeriod(plan.period()), report.period().englishPhrase() + " " + asOf);
  }

  /**
   * Returns the deadline of an assessed measure as the report gives it: the deadline text of the report's
   * year, then the due date and where it stands after a dash ("Січень-березень 2020 р. — до 31.03.2020,
   * прострочено"; "Постійно — підлягає звітуванню").
   *
   * @param assessment the assessment
   * @param year the report's year, which picks a programme's deadline of that year
   * @return the deadline phrase
   */
  public String deadline(MeasureAssessment assessment, int year) {
    Measure m = assessment.measure();
    Deadline d = m.yearlyDeadlines().getOrDefault(year, m.deadline());
    return oneLine(d.text()) + term(assessment);
  }

  /** The due date and standing after the deadline text, e.g. " — до 31.03.2020, прострочено". */
  private String term(MeasureAssessment a) {
    List<String> parts = new ArrayList<>();
    a.dueDate().ifPresent(d -> parts.add(due() + " " + DATE.format(d)));
    Standing s = a.standing();
    if (s == Standing.REPORTABLE) {
      parts.add(reportable());
    } else if (s == Standing.DUE && !ukrainian) {
      parts.add("term running"); // "due 31.12.2020, due" would say it twice
    } else if (s != Standing.DONE) {
      parts.add(word(s));
    }
    return parts.isEmpty() ? "" : " — " + String.join(", ", parts);
  }

  /**
   * Returns "до" or "due", the word before a due date.
   *
   * @return the word
   */
  public String due() {
    return ukrainian ? "до" : "due";
  }

  /**
   * Returns a date as the report writes it.
   *
   * @param date the date
   * @return e.g. "30.06.2020"
   */
  public String date(java.time.LocalDate date) {
    return DATE.format(date);
  }

  /**
   * Returns the reported status with its actual date: "виконано 26.06.2020".
   *
   * @param entry the status file's entry
   * @return the status phrase
   */
  public String status(MeasureExecution entry) {
    return word(entry.status()) + entry.actualDate().map(d -> " " + DATE.format(d)).orElse("");
  }

  /**
   * Returns a risk the measure addresses as the report names it: "1 (високий) — Поділ предмета
   * закупівлі …".
   *
   * @param plan the plan, whose scale gives the level
   * @param risk the risk
   * @return the risk phrase
   */
  public String risk(Plan plan, CorruptionRisk risk) {
    String level = plan.riskLevel(risk).map(this::word).orElse(ukrainian ? "поза шкалою" : "off the scale");
    return risk.id() + " (" + level + ") — " + oneLine(risk.risk());
  }

  /**
   * Returns the completion counts: "усього 40; виконано 4 (10,0 %); виконано частково 1; виконується 26;
   * не звітовано 1": the total and the done always, the other counts when not zero.
   *
   * @param c the completion
   * @return the counts phrase
   */
  public String counts(Completion c) {
    StringBuilder sb = new StringBuilder();
    sb.append(label(Label.TOTAL)).append(' ').append(c.total());
    for (ExecutionStatus s : ExecutionStatus.values()) {
      if (s == ExecutionStatus.DONE || c.count(s) > 0) {
        sb.append("; ").append(word(s)).append(' ').append(c.count(s));
      }
      if (s == ExecutionStatus.DONE) {
        sb.append(" (").append(percent(c.percentDone())).append(')');
      }
    }
    if (c.notReported() > 0) {
      sb.append("; ").append(label(Label.NOT_REPORTED)).append(' ').append(c.notReported());
    }
    return sb.toString();
  }

  /**
   * Returns the NAZK's headline figure, which counts measures done in full and in part together:
   * "виконано (повністю та частково) 5 (12,5 %)". The report's overall line gives it after the counts,
   * beside the share done in full.
   *
   * @param c the completion
   * @return the phrase
   */
  public String doneFullyOrPartly(Completion c) {
    return label(Label.DONE_FULLY_OR_PARTLY) + " " + c.doneFullyOrPartly() + " ("
        + percent(c.percentDoneFullyOrPartly()) + ")";
  }

  /**
   * Returns a share in percent with one decimal, rounded half up: "10,0 %" in Ukrainian (decimal comma,
   * a space before the sign), "10.0%" in English.
   *
   * @param percent the share, 0 to 100
   * @return the phrase
   */
  public String percent(double percent) {
    String p = BigDecimal.valueOf(percent).setScale(1, RoundingMode.HALF_UP).toPlainString();
    return ukrainian ? p.replace('.', ',') + " %" : p + "%";
  }

  /**
   * Returns the report's summary: completion overall, by section and by responsible actor (those with
   * measures to report on), the overdue measures with their due dates and statuses, the unreported ones,
   * the status file's entries for measures the plan does not have (never dropped), and the measures not
   * scheduled in the period, named by number.
   *
   * @param result the monitoring result
   * @return the blocks in order
   */
  public List<Block> summary(MonitoringResult result) {
    List<Block> blocks = new ArrayList<>();
    blocks.add(new Block(label(Label.OVERALL), List.of(counts(result.completion()) + "; "
        + doneFullyOrPartly(result.completion())), true));
    List<String> bySection = new ArrayList<>();
    for (java.util.Map.Entry<Integer, Completion> e : result.completionBySection().entrySet()) {
      String title = result.plan().section(e.getKey()).map(s -> oneLine(s.title())).orElse("");
      bySection.add(e.getKey() + ". " + title + ": " + counts(e.getValue()));
    }
    blocks.add(new Block(label(Label.BY_SECTION), bySection, false));
    List<String> byActor = new ArrayList<>();
    for (java.util.Map.Entry<String, Completion> e : result.completionByActor().entrySet()) {
      if (e.getValue().total() > 0) {
        byActor.add(oneLine(e.getKey()) + ": " + counts(e.getValue()));
      }
    }
    blocks.add(new Block(label(Label.BY_ACTOR), byActor, false));
    List<String> overdue = new ArrayList<>();
    for (MeasureAssessment a : result.overdue()) {
      // An overdue measure always has the due date that passed.
      overdue.add(a.number() + " " + oneLine(a.measure().name()) + " — " + due() + " "
          + a.dueDate().map(this::date).orElse("") + ", "
          + a.entry().map(this::status).orElse(label(Label.NOT_REPORTED)));
    }
    blocks.add(listed(Label.OVERDUE, overdue));
    List<String> unreported = new ArrayList<>();
    for (MeasureAssessment a : result.unreported()) {
      unreported.add(a.number() + " " + oneLine(a.measure().name()) + " — "
          + a.dueDate().map(d -> due() + " " + date(d)).orElse(reportable()));
    }
    blocks.add(listed(Label.UNREPORTED, unreported));
    List<String> unknown = new ArrayList<>();
    for (MeasureExecution e : result.unknownEntries()) {
      unknown.add(e.number() + ": " + status(e) + (e.comment().isBlank() ? "" : " — " + oneLine(e.comment())));
    }
    blocks.add(listed(Label.UNKNOWN, unknown));
    List<String> notScheduled = new ArrayList<>();
    for (MeasureAssessment a : result.assessments()) {
      if (!a.counted()) {
        notScheduled.add(a.number().toString());
      }
    }
    blocks.add(new Block(label(Label.NOT_SCHEDULED),
        List.of(notScheduled.isEmpty() ? label(Label.NONE) : String.join(", ", notScheduled)), true));
    return blocks;
  }

  /** "Прострочено (2)" and the lines, or "Прострочено: немає". */
  private Block listed(Label label, List<String> lines) {
    return lines.isEmpty() ? new Block(label(label), List.of(label(Label.NONE)), true)
        : new Block(label(label) + " (" + lines.size() + ")", lines, false);
  }

  private String reportable() {
    return ukrainian ? "підлягає звітуванню" : "to be reported";
  }

  /**
   * Returns a text on one line: line breaks and runs of white space become one space, ends stripped.
   *
   * @param text the text
   * @return the text on one line
   */
  public static String oneLine(String text) {
    return text.strip().replaceAll("\\s+", " ");
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
}
