package io.github.acplan.serialization.text;

import io.github.acplan.core.ActKind;
import io.github.acplan.core.Approval;
import io.github.acplan.core.Plan;
import io.github.acplan.core.PlanPeriod;
import io.github.acplan.core.PlanStructureException;
import io.github.acplan.core.Signatory;
import io.github.acplan.core.deadline.ByDate;
import io.github.acplan.core.deadline.Deadline;
import io.github.acplan.core.deadline.DeadlineParser;
import io.github.acplan.core.text.TextNormalization;
import io.github.acplan.serialization.PlanFormatException;
import io.github.acplan.serialization.table.GridLocation;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The text around a table, shared by the readers of plans and of risk registers: the approval block and
 * the title (with the body and the period) before the table, and the signatory after it.
 *
 * <p>One instance serves one reading and adds its warnings to the list it was given.
 */
final class FrontMatter {

  private static final Pattern PERIOD = Pattern.compile(
      "(?iu)(.*?)\\s*(?<!\\p{L})на\\s+(\\d{4})(?:\\s*[-–—]\\s*(\\d{4}))?\\s*(?:рік|роки|років|рр\\.?|р\\.?)?\\s*$",
      Pattern.DOTALL);
  /**
   * The period inside a title's line, with words after it: "ПЛАН заходів … на 2025 рік у Зеленівській
   * сільській раді". The year's word is required here, so that "на 2025" in other words is not taken.
   */
  private static final Pattern PERIOD_INSIDE = Pattern.compile(
      "(?iu)(.*?)\\s*(?<!\\p{L})на\\s+(\\d{4})(?:\\s*[-–—]\\s*(\\d{4}))?\\s*(?:рік|роки|років|рр\\.?|р\\.)"
          + "(?!\\p{L})\\s*(\\S.*)",
      Pattern.DOTALL);
  private static final Pattern APPROVAL = Pattern.compile(
      "(?iu)(?:додаток(?:\\s+№?\\s*\\d+)?\\s*)?(?:затверджено\\s*)?(?:до\\s+)?"
          + "(розпорядж\\p{L}*|наказ\\p{L}*|рішенн\\p{L}*)\\s*(.*?)\\s*(?:від\\s+)?"
          + "(\\d{1,2})[./](\\d{1,2})[./](\\d{4})(?:\\s*(?:р\\.|року))?\\s*№\\s*(\\S.*?)\\s*",
      Pattern.DOTALL);
  /** The number before the date: "розпорядження голови № 2-р від 09.01.2020". */
  private static final Pattern APPROVAL_NUMBER_FIRST = Pattern.compile(
      "(?iu)(?:додаток(?:\\s+№?\\s*\\d+)?\\s*)?(?:затверджено\\s*)?(?:до\\s+)?"
          + "(розпорядж\\p{L}*|наказ\\p{L}*|рішенн\\p{L}*)\\s*(.*?)\\s*№\\s*(\\S+?)\\s*від\\s+"
          + "(\\d{1,2})[./](\\d{1,2})[./](\\d{4})(?:\\s*(?:р\\.|року))?\\s*",
      Pattern.DOTALL);
  private static final Pattern DATE_AND_NUMBER =
      Pattern.compile("\\d{1,2}[./]\\d{1,2}[./]\\d{4}.*№|№.*\\d{1,2}[./]\\d{1,2}[./]\\d{4}");
  /** "ПРОЄКТ" (or the older spelling "ПРОЕКТ") alone on the first line: the mark of a draft. */
  private static final Pattern DRAFT_MARK = Pattern.compile("(?iu)\\s*про[єе]кт\\s*");
  /** The empty places of a draft's annex block, to be filled in by hand: "від ____________ № ________". */
  private static final Pattern BLANK_PLACES = Pattern.compile("від\\s*_{3,}\\s*№\\s*_{3,}");
  /** A date in words, "15 січня 2025 року", "«15» січня 2025 р.": the month's word is read by the parser. */
  private static final Pattern WORDED_DATE = Pattern.compile(
      "(?iu)[«\"]?(\\d{1,2})[»\"]?\\s+(\\p{L}+)\\s+(\\d{4})(?:\\s*(?:р\\.|року))?");
  private static final Pattern APPROVAL_START = Pattern.compile("(?iu)\\s*(додаток|затверджено|затверджую).*");
  /** "ЗАТВЕРДЖУЮ" over the head's position, signature and date: an approval by signature, with no act. */
  private static final Pattern APPROVED_BY_SIGNATURE = Pattern.compile("(?iu)\\s*затверджую\\b.*", Pattern.DOTALL);
  /**
   * An approval by signature read whole: "ЗАТВЕРДЖУЮ", the head's position, the signature's line and the
   * name (in either order), and the date in figures ({@link #numericDates} has turned "«15» січня 2025 р."
   * into figures): groups the position and name, then day, month, year.
   */
  private static final Pattern SIGNATURE_APPROVAL = Pattern.compile(
      "(?iu)\\s*затверджую[:.]?\\s+(\\S.*?)\\s+(\\d{1,2})[./](\\d{1,2})[./](\\d{4})(?:\\s*(?:р\\.|року))?\\s*",
      Pattern.DOTALL);
  /** The line the head signs on in an approval, and what a form prints under it: "__________", "(підпис)". */
  private static final Pattern SIGNED_ON = Pattern.compile("(?iu)_{2,}|\\(\\s*підпис\\s*\\)");
  /** A date in figures, the end of an approval by signature's block. */
  private static final Pattern DATE_IN_FIGURES = Pattern.compile("\\d{1,2}[./]\\d{1,2}[./]\\d{4}");
  /** A page number ("2", "- 2 -") or "Продовження додатка" between two pages of a table. */
  static final Pattern PAGE_FURNITURE = Pattern.compile(
      "(?iu)[-–—]?\\s*\\d{1,3}\\s*[-–—]?|продовження(?:\\s+(?:додатк[уа]|таблиці))?(?:\\s.*)?");
  /** The note of who prepared a document, under its signature: "Виконавець: Іваненко 2-22-22", "Вик. …". */
  private static final Pattern EXECUTOR_NOTE = Pattern.compile(
      "(?iu)\\s*(?:виконавець|вик\\.|виконав(?:ла)?\\s*:|тел\\.)(?:\\s|:).*", Pattern.DOTALL);
  /** The line left for a signature: three or more underscores, with the spaces around them. */
  private static final Pattern SIGNATURE_LINE = Pattern.compile("\\s*_{3,}\\s*");
  private static final Pattern SIGNATORY_SPLIT = Pattern.compile("\t|\\s{2,}");
  /** A person's name as a signature gives it: "О. В. Гижко", "Олександр Гижко", "Олена ПЕТРЕНКО". */
  private static final String PERSON = "(?:\\p{Lu}\\.\\s?){1,2}\\p{Lu}[\\p{L}'’-]+|\\p{Lu}[\\p{Ll}'’-]+\\s+\\p{Lu}[\\p{L}'’-]+";
  private static final Pattern NAME_AT_END = Pattern.compile("(.*\\S)\\s+(" + PERSON + ")");
  private static final Pattern PERSON_NAME = Pattern.compile(PERSON);


  private final List<ReadWarning> warnings;
  /** Where a line is, by its 1-based position: a text's line, or a document's paragraph. */
  private final IntFunction<GridLocation> where;

  /**
   * Creates the reader of one text's front and back matter.
   *
   * @param warnings where warnings are added
   */
  FrontMatter(List<ReadWarning> warnings) {
    this(warnings, GridLocation::ofLine);
  }

  /**
   * Creates the reader of one source's front and back matter.
   *
   * @param warnings where warnings are added
   * @param where the location of a line, by its 1-based position
   */
  FrontMatter(List<ReadWarning> warnings, IntFunction<GridLocation> where) {
    this.warnings = warnings;
    this.where = where;
  }

  private void warn(int line, String message) {
    warnings.add(new ReadWarning(line, message, where.apply(line)));
  }

  private GridLocation at(int line) {
    return where.apply(line);
  }

  /**
   * Tells whether a line outside the table is a page number or "Продовження додатка".
   *
   * @param line the line
   * @return true if it is page furniture
   */
  static boolean isPageFurniture(TableLine line) {
    return line.cells().size() == 1 && PAGE_FURNITURE.matcher(CellMarkup.text(line.cells().get(0))).matches();
  }

  /**
   * Reads the approval block and the title before the table into {@code plan}, with its period.
   *
   * @param front the lines before the table
   * @param plan the plan being built
   * @param tableLine the line of the table's first row, for a missing title
   * @param given the period the caller gives, or null to take it from the title
   * @return the period set on the plan
   * @throws PlanFormatException if the title has no period and none is given, the period or the
   *     approval's date is malformed
   */
  PlanPeriod readFront(List<TableLine> front, Plan.Builder plan, int tableLine, @Nullable PlanPeriod given)
      throws PlanFormatException {
    List<List<TableLine>> blocks = new ArrayList<>();
    List<TableLine> block = new ArrayList<>();
    boolean first = true;
    for (TableLine r : front) {
      String text = CellMarkup.text(r.raw());
      if (first && !text.isEmpty()) {
        first = false;
        if (DRAFT_MARK.matcher(text).matches()) {
          // "ПРОЄКТ" above a draft's annex block marks the document as a draft: it is not the title, and
          // a draft has no approval yet.
          continue;
        }
      }
      if (text.isEmpty()) {
        if (!block.isEmpty()) {
          blocks.add(block);
          block = new ArrayList<>();
        }
      } else {
        block.add(r);
      }
    }
    if (!block.isEmpty()) {
      blocks.add(block);
    }
    List<TableLine> titleLines = new ArrayList<>();
    boolean approvalSeen = false;
    for (List<TableLine> whole : blocks) {
      List<TableLine> b = whole;
      if (!approvalSeen) {
        // The approval block may follow other text in the same block, with no blank line between them:
        // a heading or the council's name above "Додаток до рішення … від … № …" (pandoc writes a web
        // page's title so). Only an approval read whole, with its date and number, is split off: a line
        // "Додаток 1 до Програми" inside a title is no approval.
        int start = approvalStart(b);
        if (start > 0) {
          titleLines.addAll(b.subList(0, start));
          b = b.subList(start, b.size());
        }
        int end = approvalEnd(b);
        List<TableLine> approvalLines = b.subList(0, end);
        String joined = numericDates(joinLines(approvalLines));
        boolean readWhole = APPROVAL.matcher(joined).matches() || APPROVAL_NUMBER_FIRST.matcher(joined).matches();
        if (readWhole || APPROVAL_START.matcher(CellMarkup.text(b.get(0).raw())).matches()) {
          approvalSeen = true;
          if (readWhole) {
            leaveOutAboveApproval(titleLines);
          }
          readApproval(approvalLines, joined, plan);
          titleLines.addAll(b.subList(end, b.size()));
          continue;
        }
      }
      titleLines.addAll(b);
    }
    return readTitle(titleLines, plan, tableLine, given);
  }

  /**
   * The end of the approval block that opens {@code block}: the line after the one with the act's date
   * and number; lines after it in the same block (no blank line before the title) belong to the title.
   */
  private static int approvalEnd(List<TableLine> block) {
    // an approval by signature has no number: its block ends with its date
    boolean bySignature = !block.isEmpty()
        && APPROVED_BY_SIGNATURE.matcher(CellMarkup.text(block.get(0).raw())).matches();
    for (int i = 0; i < block.size(); i++) {
      String line = numericDates(CellMarkup.text(block.get(i).raw()));
      if (DATE_AND_NUMBER.matcher(line).find() || (bySignature && DATE_IN_FIGURES.matcher(line).find())) {
        return i + 1;
      }
    }
    return block.size();
  }

  /**
   * The index of the first line of a block, after its first, that opens an approval read whole (its act,
   * date and number); else -1.
   */
  private static int approvalStart(List<TableLine> block) {
    for (int i = 1; i < block.size(); i++) {
      if (APPROVAL_START.matcher(CellMarkup.text(block.get(i).raw())).matches()) {
        List<TableLine> rest = block.subList(i, block.size());
        String joined = numericDates(joinLines(rest.subList(0, approvalEnd(rest))));
        if (APPROVAL.matcher(joined).matches() || APPROVAL_NUMBER_FIRST.matcher(joined).matches()) {
          return i;
        }
      }
    }
    return -1;
  }

  /**
   * Leaves out, with a warning each, the lines above the approval block: the title is under it, and what
   * is above it (a heading, the council's name, a document's own title) is no part of the plan's title.
   */
  private void leaveOutAboveApproval(List<TableLine> lines) {
    for (TableLine r : lines) {
      warn(r.line(), "text above the approval block is not part of the title and was not kept: \""
          + abbreviate(CellMarkup.text(r.raw())) + "\"");
    }
    lines.clear();
  }

  /**
   * Writes a date in words as the approval patterns read it: "від 15 січня 2025 року", "«15» січня 2025 р."
   * become "від 15.01.2025" (an act's date is as often written so as in figures).
   */
  static String numericDates(String text) {
    if (text.indexOf(' ') < 0) {
      return text;
    }
    Matcher m = WORDED_DATE.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String written = m.group();
      int year = Integer.parseInt(m.group(3));
      if (year >= PlanPeriod.MIN_YEAR && year <= PlanPeriod.MAX_YEAR) {
        // The deadline parser knows the months' words: a date it reads is a date here.
        Deadline d = DeadlineParser.forPeriod(PlanPeriod.ofYear(year))
            .parse(m.group(1) + " " + m.group(2) + " " + m.group(3));
        if (d instanceof ByDate date && date.year().isPresent()) {
          int month = date.month().getValue();
          written = date.day() + "." + (month < 10 ? "0" : "") + month + "." + year;
        }
      }
      m.appendReplacement(out, Matcher.quoteReplacement(written));
    }
    m.appendTail(out);
    return out.toString();
  }

  private static String joinLines(List<TableLine> lines) {
    StringBuilder sb = new StringBuilder();
    for (TableLine r : lines) {
      if (sb.length() > 0) {
        sb.append(' ');
      }
      sb.append(CellMarkup.text(r.raw().replace('\t', ' ')));
    }
    return sb.toString();
  }

  private void readApproval(List<TableLine> block, String joined, Plan.Builder plan) throws PlanFormatException {
    Matcher m = APPROVAL.matcher(joined);
    int line = block.get(0).line();
    String authority;
    String day;
    String month;
    String year;
    String number;
    if (m.matches()) {
      authority = m.group(2);
      day = m.group(3);
      month = m.group(4);
      year = m.group(5);
      number = m.group(6);
    } else {
      m = APPROVAL_NUMBER_FIRST.matcher(joined);
      boolean numberFirst = m.matches();
      authority = numberFirst ? m.group(2) : "";
      number = numberFirst ? m.group(3) : "";
      day = numberFirst ? m.group(4) : "";
      month = numberFirst ? m.group(5) : "";
      year = numberFirst ? m.group(6) : "";
    }
    if (!m.matches()) {
      if (BLANK_PLACES.matcher(joined).find()) {
        // A draft's annex with empty places for the act, its date and number ("від ______ № ____"): no
        // approval yet, which is what a draft is, and nothing to warn of.
        return;
      }
      if (APPROVED_BY_SIGNATURE.matcher(joined).matches()) {
        readApprovalBySignature(joined, line, plan);
        return;
      }
      warn(line, "the approval block was not understood and is not kept "
          + "(expected e.g. \"Додаток до розпорядження голови … від 09.01.2020 № 2-р\"): \""
          + abbreviate(joined) + "\"");
      return;
    }
    String word = m.group(1).toLowerCase(Locale.ROOT);
    ActKind kind = word.startsWith("розпорядж") ? ActKind.ROZPORIADZHENNIA
        : word.startsWith("наказ") ? ActKind.NAKAZ : ActKind.RISHENNIA;
    LocalDate date;
    try {
      date = LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
    } catch (DateTimeException e) {
      throw new PlanFormatException(at(line), "the approval's date " + day + "." + month + "." + year
          + " is not a valid date (expected DD.MM.YYYY)", e);
    }
    try {
      plan.approval(Approval.builder().kind(kind).authority(authority).date(date).number(number).build());
    } catch (PlanStructureException e) {
      throw new PlanFormatException(at(line), e.getMessage(), e);
    }
  }

  /**
   * Reads "ЗАТВЕРДЖУЮ", the head's position, the signature and name, and the date: the position is what
   * stands before the signature's line and the name what follows it, or, with no such line, the name is
   * the last words that read as a person's name. Without a date (a form's "«___» ________ 2025 р.") or a
   * name, nothing is kept, with a warning.
   */
  private void readApprovalBySignature(String joined, int line, Plan.Builder plan) throws PlanFormatException {
    Matcher m = SIGNATURE_APPROVAL.matcher(joined);
    String position = "";
    String name = "";
    if (m.matches()) {
      String[] parts = SIGNED_ON.split(m.group(1), -1);
      List<String> words = new ArrayList<>();
      for (String part : parts) {
        if (!part.isBlank()) {
          words.add(part.strip());
        }
      }
      if (words.size() == 2) {
        position = words.get(0);
        name = words.get(1);
      } else if (words.size() == 1) {
        Matcher split = NAME_AT_END.matcher(words.get(0));
        if (split.matches()) {
          position = split.group(1);
          name = split.group(2);
        }
      }
    }
    if (position.isEmpty() || name.isEmpty() || PlanTextReader.readsAsTableRow(position)
        || PlanTextReader.readsAsTableRow(name)) {
      warn(line, "the plan is approved by signature (\"ЗАТВЕРДЖУЮ …\"), but its position, name or date was "
          + "not understood, so no approval is kept (expected e.g. \"ЗАТВЕРДЖУЮ Сільський голова ________ "
          + "Іван ПЕТРЕНКО 15.01.2025\"): \"" + abbreviate(joined) + "\"");
      return;
    }
    LocalDate date;
    try {
      date = LocalDate.of(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)));
    } catch (DateTimeException e) {
      throw new PlanFormatException(at(line), "the approval's date " + m.group(2) + "." + m.group(3) + "."
          + m.group(4) + " is not a valid date (expected DD.MM.YYYY)", e);
    }
    try {
      plan.approval(Approval.builder().kind(ActKind.SIGNATURE).authority(position).signedBy(name).date(date)
          .build());
    } catch (PlanStructureException e) {
      throw new PlanFormatException(at(line), e.getMessage(), e);
    }
  }

  private PlanPeriod readTitle(List<TableLine> lines, Plan.Builder plan, int tableLine,
      @Nullable PlanPeriod given) throws PlanFormatException {
    int periodIndex = -1;
    Matcher period = null;
    String periodLine = "";
    String afterPeriod = "";
    // The last line that ends with the period; else the last with the period inside it and words after
    // it ("ПЛАН заходів … на 2025 рік у Зеленівській сільській раді"), which stay in the body.
    for (Pattern form : List.of(PERIOD, PERIOD_INSIDE)) {
      for (int i = lines.size() - 1; i >= 0 && period == null; i--) {
        String shown = CellMarkup.text(lines.get(i).raw().replace('\t', ' '));
        // Matched on the folded text ("2022‒2024" with any dash), one character for one, so that the
        // title before the period is cut from the line as written.
        Matcher m = form.matcher(TextNormalization.fold(shown));
        if (m.matches()) {
          periodIndex = i;
          period = m;
          periodLine = shown;
          afterPeriod = form == PERIOD_INSIDE ? shown.substring(m.start(4), m.end(4)).strip() : "";
        }
      }
    }
    PlanPeriod read = null;
    if (period == null) {
      if (given == null) {
        throw new PlanFormatException(at(lines.isEmpty() ? tableLine : lines.get(0).line()),
            "expected the plan's title before the table, ending with its period, like \"ПЛАН ЗАХОДІВ … на "
                + "2020 рік\"; found " + (lines.isEmpty() ? "no title" : "\"" + abbreviate(joinLines(lines))
                + "\""));
      }
      // The caller gives the period: every line of the title block is the title and the body.
      periodIndex = lines.size();
    } else {
      int line = lines.get(periodIndex).line();
      try {
        int first = Integer.parseInt(period.group(2));
        read = period.group(3) == null ? PlanPeriod.ofYear(first)
            : PlanPeriod.of(first, Integer.parseInt(period.group(3)));
      } catch (IllegalArgumentException e) {
        throw new PlanFormatException(at(line), e.getMessage(), e);
      }
      if (given != null && !given.equals(read)) {
        warn(line, "the title's period " + read + " differs from the period given, "
            + given + ", which is used");
      }
    }
    PlanPeriod result = given != null ? given : Objects.requireNonNull(read);
    plan.period(result);
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < periodIndex; i++) {
      texts.add(CellMarkup.text(lines.get(i).raw().replace('\t', ' ')));
    }
    String rest = period == null ? "" : periodLine.substring(period.start(1), period.end(1)).strip();
    if (!rest.isEmpty()) {
      texts.add(rest);
    }
    // What follows the period, on its line or on the lines after it ("у виконавчому комітеті …" under
    // "… на 2025 рік"), is the rest of the body: kept, not dropped.
    if (!afterPeriod.isEmpty()) {
      texts.add(afterPeriod);
    }
    for (int i = periodIndex + 1; i < lines.size(); i++) {
      String text = CellMarkup.text(lines.get(i).raw().replace('\t', ' '));
      int cellsWithText = 0;
      for (String cell : lines.get(i).cells()) {
        cellsWithText += CellMarkup.text(cell).isEmpty() ? 0 : 1;
      }
      if (cellsWithText > 1) {
        // a row of cells (the first row of a header written on two rows, say) is no title
        warn(lines.get(i).line(), "text after the plan's period was not kept: \"" + abbreviate(text) + "\"");
      } else if (!text.isEmpty()) {
        texts.add(text);
      }
    }
    int bodyStart = -1;
    for (int i = 1; i < texts.size() && bodyStart < 0; i++) {
      if (texts.get(i).startsWith("у ") || texts.get(i).startsWith("в ")) {
        bodyStart = i;
      }
    }
    if (bodyStart < 0) {
      bodyStart = texts.size() <= 1 ? texts.size() : texts.size() - 1;
    }
    plan.title(String.join(" ", texts.subList(0, bodyStart)));
    plan.body(String.join(" ", texts.subList(bodyStart, texts.size())));
    return result;
  }

  /**
   * Reads the signatory after the table into {@code plan}: the position and the name.
   *
   * @param back the lines after the table
   * @param plan the plan being built
   * @return whether there was any text after the table but page numbers (read as the signatory, or
   *     reported with a warning)
   */
  boolean readSignatory(List<TableLine> back, Plan.Builder plan) {
    List<String> parts = new ArrayList<>();
    List<Integer> partLines = new ArrayList<>();
    int line = 0;
    for (TableLine r : back) {
      if (isPageFurniture(r)) {
        warn(r.line(), "skipped as a page number after the table: \""
            + abbreviate(CellMarkup.text(r.raw())) + "\"");
        continue;
      }
      if (EXECUTOR_NOTE.matcher(CellMarkup.text(r.raw())).matches()) {
        // "Виконавець: Іваненко 2-22-22" under a document's signature names who prepared it, not who signed.
        warn(r.line(), "skipped as the note of who prepared the document, after the table: \""
            + abbreviate(CellMarkup.text(r.raw())) + "\"");
        continue;
      }
      for (String piece : SIGNATORY_SPLIT.split(r.raw().strip())) {
        // "Секретар ради ______________ Олена ПЕТРЕНКО": the line left for the signature is no text.
        String p = SIGNATURE_LINE.matcher(CellMarkup.text(piece)).replaceAll(" ").strip();
        if (!p.isEmpty()) {
          parts.add(p);
          partLines.add(r.line());
          if (line == 0) {
            line = r.line();
          }
        }
      }
    }
    if (parts.isEmpty()) {
      return false;
    }
    if (parts.size() == 1) {
      Matcher m = NAME_AT_END.matcher(parts.get(0));
      if (m.matches()) {
        signatory(m.group(1), m.group(2), line, plan);
      } else {
        warn(line, "the text after the table was not recognised as a signatory "
            + "(position and name) and is not kept: \"" + abbreviate(parts.get(0)) + "\"");
      }
      return true;
    }
    // A note under the signature ("Примітка: …") is no part of it: the name is the last part that reads
    // as a person's name, and what follows it is reported. Without such a part, the last part is the name.
    int name = parts.size() - 1;
    for (int i = parts.size() - 1; i >= 1; i--) {
      if (PERSON_NAME.matcher(parts.get(i)).matches()) {
        name = i;
        break;
      }
    }
    if (name < parts.size() - 1) {
      warn(partLines.get(name + 1), "text after the signatory is not kept: \""
          + abbreviate(String.join(" ", parts.subList(name + 1, parts.size()))) + "\"");
    }
    signatory(String.join(" ", parts.subList(0, name)), parts.get(name), line, plan);
    return true;
  }

  /**
   * Keeps the signatory, unless its position or name would itself read as a row of the table (a
   * section heading "1. …" or a measure number): no real signatory looks like that, the text after the
   * table is then rather the rest of a broken table, and a plan keeping it would not read back from
   * what {@link PlanTextWriter} writes (found by fuzzing, PlanTextReaderFuzzTest).
   */
  private void signatory(String position, String name, int line, Plan.Builder plan) {
    if (PlanTextReader.readsAsTableRow(position) || PlanTextReader.readsAsTableRow(name)) {
      warn(line, "the text after the table was not recognised as a signatory (its position or name "
          + "reads as a section heading or measure number) and is not kept: \""
          + abbreviate(position + " " + name) + "\"");
      return;
    }
    plan.signatory(Signatory.of(position, name));
  }

  private static String abbreviate(String s) {
    return PlanTextReader.abbreviate(s);
  }
}
