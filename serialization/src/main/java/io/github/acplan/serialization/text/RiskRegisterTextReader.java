package io.github.acplan.serialization.text;

import io.github.acplan.core.ExpectedResult;
import io.github.acplan.core.Indicator;
import io.github.acplan.core.Measure;
import io.github.acplan.core.MeasureNumber;
import io.github.acplan.core.Plan;
import io.github.acplan.core.PlanKind;
import io.github.acplan.core.PlanPeriod;
import io.github.acplan.core.PlanStructureException;
import io.github.acplan.core.ResponsibleParser;
import io.github.acplan.core.Section;
import io.github.acplan.core.deadline.Deadline;
import io.github.acplan.core.deadline.DeadlineParser;
import io.github.acplan.core.risk.CorruptionRisk;
import io.github.acplan.core.risk.RiskLevel;
import io.github.acplan.core.risk.RiskScale;
import io.github.acplan.serialization.PlanFormatException;
import io.github.acplan.serialization.table.CellParagraph;
import io.github.acplan.serialization.table.GridCell;
import io.github.acplan.serialization.table.GridLocation;
import io.github.acplan.serialization.table.GridRow;
import io.github.acplan.serialization.table.TableGrid;
import io.github.acplan.serialization.table.VerticalMerge;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads an anti-corruption programme from the text of its risk register: the approval block, the title
 * with the body and the period, the register table, and the signatory. The result is a {@link Plan} of
 * kind {@link PlanKind#PROGRAMME} whose {@link Plan#risks()} link to its measures.
 *
 * <p>The text is of the same kind as the one {@link PlanTextReader} reads (a PDF-to-text extraction: one
 * row per line, cells separated by TAB or by bars, inline markup, header rows repeated after page breaks,
 * page numbers, continuation rows), and the approval, title and signatory are read the same way.
 *
 * <p>The table:
 * <ul>
 *   <li>The header row is recognised by the words of its cells, in any case, spacing and apostrophe:
 *       "№ з/п"; "Функція / процес" ("Назва функції", "Процес"); "Корупційний ризик" ("Найменування
 *       корупційного ризику", "Ідентифікований корупційний ризик"); "Опис …"; "Чинники корупційного
 *       ризику" ("Джерела …"); "Ймовірність" ("Імовірність реалізації"); "Наслідки"; "Рівень
 *       (корупційного) ризику"; "Заходи щодо усунення / мінімізації …" ("Зміст заходу"); "Строк
 *       виконання"; "Відповідальні за виконання" ("Відповідальні виконавці"); "Ресурси" ("Джерела
 *       фінансування"); "Індикатор виконання (очікуваний результат)"; "Очікувані результати". A header
 *       needs a risk column and a probability, consequence or measure column, and at least two thirds of
 *       its non-empty cells must be recognised column names (data rows use the same words).</li>
 *   <li>A header cell merged over several columns is named in a second header row below it: the
 *       deadline split into years (2024 | 2025 | 2026 below "Строк виконання" and the empty cells after
 *       it; headers such as "Строк виконання 2024" also work), or a group such as "Оцінка корупційного
 *       ризику" over "Ймовірність | Наслідки | Рівень". Such a row has at least two cells, and names only
 *       columns whose header cell is empty or not a column name.</li>
 *   <li>Monitoring columns ("Фактична дата виконання", "Стан виконання", "Коментар") belong to an
 *       execution report, not to the programme: they are reported once with a warning, and each of their
 *       non-empty cells gets a warning saying its text was not kept. Unknown columns are treated the same
 *       way; so is a second column with the meaning of an earlier one.</li>
 *   <li>The repeated header, its row of years, the row of column numbers (1 … N) and page numbers are
 *       skipped; they mark a page break.</li>
 *   <li>A risk row has the risk's number in the № column ("1", "2.", "Р-3"); the number becomes the
 *       risk's identifier. Without a № column, a row with text in the risk column starts a risk, numbered
 *       "1", "2", … in order.</li>
 *   <li>A row whose № cell is empty and whose risk cells (function to level) are all empty, with text in
 *       the measure column, is a further measure of the risk above (the risk's cells are merged over its
 *       measures). Right after a page break, such a row instead continues the cells of the row before the
 *       break, as in the plan text, unless it writes in a measure column that is still empty for the
 *       measure above: then it is a new measure. A page break that falls between two measures whose
 *       every column is filled is therefore read as one measure continued; nothing is lost, and the
 *       validator's split-text rule can point at it.</li>
 *   <li>Any other row with an empty № cell continues the cells above it, column by column, joined as in
 *       the plan text (a word broken by a hyphen is joined back: "продов-" + "ження").</li>
 *   <li>A measure cell that is nothing but a list ({@code <ul><li>}), or whose text is numbered "1) …
 *       2) …", gives one measure per item (a trailing ";" of an item is the list's separator and is
 *       dropped). The other measure cells of that row go to every one of them, except a cell that is a
 *       list of as many items, which is shared out item by item.</li>
 *   <li>A row with text in its first cell only, that is not a risk number ("Публічні закупівлі",
 *       "1. Управління персоналом"), is a heading naming the function of the risks below it.</li>
 * </ul>
 *
 * <p>What becomes of it:
 * <ul>
 *   <li>One section per function or process, in order of first appearance, titled with its text; a risk
 *       whose function cell is empty belongs to the function above (a merged cell). Measures are numbered
 *       "section.k" in the order of the register.</li>
 *   <li>Probability and consequence are numbers, or words read by {@link RiskLevel#fromText(String)} and
 *       scored with {@link RiskScale#scoreOf(RiskLevel)} on the reader's scale ("висока" is 3 on
 *       {@link RiskScale#NAZK_2021}); a number with a word ("2 (середня)") keeps the number, with a
 *       warning if the word disagrees. Numbers off the scale are kept as written (the validator reports
 *       them). An empty score is kept as 0, off every scale, with a warning. Any other text is an error.
 *       </li>
 *   <li>The written level is not stored, as the model computes it from the scores; a written level that
 *       disagrees with the computed one, or that is not understood, gives a warning.</li>
 *   <li>A deadline is read by {@link DeadlineParser} for the programme's period; a deadline of a year
 *       column for that year alone, into {@link Measure#yearlyDeadlines()}. When the table has year
 *       columns and no plain deadline column, {@link Measure#deadline()} is the text common to every
 *       year column when they all say the same ("Постійно"), else empty.</li>
 *   <li>Sources ("чинники") are one per list item or numbered item, else the whole cell; indicators and
 *       expected results as in the plan text. Resources are the cell's text. Who is responsible is read
 *       by {@link ResponsibleParser}.</li>
 *   <li>The programme requires every measure to address a risk
 *       ({@link Plan#measuresMustAddressRisks()}), which every measure read from a register does.</li>
 * </ul>
 *
 * <p>Errors are {@link PlanFormatException}s located "line N" or "line N, column M". This class is
 * immutable and thread-safe.
 */
public final class RiskRegisterTextReader {

  private static final RiskRegisterTextReader STANDARD = new RiskRegisterTextReader(null, RiskScale.NAZK_2021);

  private static final int MAX_HEADER_LENGTH = 120;
  private static final Pattern RISK_ID = Pattern.compile("(?=.*\\d)[\\p{L}\\d][\\p{L}\\d.\\-/]{0,11}");
  private static final Pattern YEAR_CELL = Pattern.compile("((?:19|20|21)\\d\\d)\\s*(?:р\\.?|рік|роки?)?");
  private static final Pattern YEAR_IN_HEADER = Pattern.compile("(?<!\\d)((?:19|20|21)\\d\\d)(?!\\d)");
  private static final Pattern HEADING_NUMBER = Pattern.compile("(?:\\d{1,3}\\.\\s*)?(.*)", Pattern.DOTALL);
  private static final Pattern NUMBER = Pattern.compile("\\d{1,4}");
  private static final Pattern NUMBER_AND_WORD =
      Pattern.compile("(\\d{1,4})\\s*[(\\-–—:,]?\\s*(\\p{L}[\\p{L}'’ʼ\\s]*?)\\s*\\)?\\.?");
  private static final Pattern WORD_AND_NUMBER =
      Pattern.compile("(\\p{L}[\\p{L}'’ʼ\\s]*?)\\s*[(\\-–—:,]?\\s*(\\d{1,4})\\s*\\)?\\.?");
  private static final Pattern ITEM_MARKER = Pattern.compile("(?<![^\\s])(\\d{1,2})\\)\\s*");

  private final @Nullable PlanPeriod period;
  private final RiskScale scale;

  private RiskRegisterTextReader(@Nullable PlanPeriod period, RiskScale scale) {
    this.period = period;
    this.scale = scale;
  }

  /**
   * Returns the reader that takes the period from the title and scores on {@link RiskScale#NAZK_2021}.
   *
   * @return the standard reader
   */
  public static RiskRegisterTextReader standard() {
    return STANDARD;
  }

  /**
   * Returns a reader that uses a given period: the title then need not end with one, and a period in the
   * title that differs gives a warning.
   *
   * @param period the programme's period
   * @return a reader with that period
   */
  public RiskRegisterTextReader withPeriod(PlanPeriod period) {
    return new RiskRegisterTextReader(Objects.requireNonNull(period, "period"), scale);
  }

  /**
   * Returns a reader that scores words on another scale and sets it as the programme's
   * {@link Plan#riskScale()}.
   *
   * @param scale the scale
   * @return a reader with that scale
   */
  public RiskRegisterTextReader withRiskScale(RiskScale scale) {
    return new RiskRegisterTextReader(period, Objects.requireNonNull(scale, "scale"));
  }

  /**
   * Returns the period this reader uses instead of the title's.
   *
   * @return the period, or empty to take it from the title
   */
  public Optional<PlanPeriod> period() {
    return Optional.ofNullable(period);
  }

  /**
   * Returns the scale on which this reader scores words and which it sets on the programme.
   *
   * @return the scale
   */
  public RiskScale riskScale() {
    return scale;
  }

  /**
   * Reads a programme from the text of its risk register.
   *
   * @param text the whole text, lines separated by LF, CRLF or CR; a leading byte order mark is ignored
   * @return the programme and the warnings
   * @throws PlanFormatException if the text has no register header, a row cannot be placed, a cell lies
   *     outside the table's columns, a score is neither a number nor a level word, a risk number repeats,
   *     the title has no period (and none was given), or the programme breaks the model's structure; the
   *     location is "line N" or "line N, column M"
   */
  public ReadResult read(CharSequence text) throws PlanFormatException {
    Objects.requireNonNull(text, "text");
    return new Run(text.toString()).read();
  }

  /**
   * Reads a programme from its risk register as a {@link TableGrid} (from a DOCX, XLSX, HTML or PDF).
   *
   * <p>This version reads the grid through the register's text form: each row becomes a line of
   * TAB-separated cells (a cell spanning columns is followed by empty cells, a cell continuing a
   * vertical merge is empty, a cell's list items stay list items — one measure each in the measure
   * column — and its other paragraphs are lines of one text), the paragraphs around the
   * table lines before and after it. Warnings and errors name the grid's location (sheet, page, table
   * row) instead of the line of that text.
   *
   * @param grid the register's table and the paragraphs around it
   * @return the programme and the warnings
   * @throws PlanFormatException as {@link #read(CharSequence)}, located in the grid
   */
  public ReadResult read(TableGrid grid) throws PlanFormatException {
    Objects.requireNonNull(grid, "grid");
    StringBuilder text = new StringBuilder();
    List<GridLocation> lines = new ArrayList<>();
    int paragraph = 0;
    for (String p : grid.paragraphsBefore()) {
      paragraph++;
      for (String line : p.split("\\r\\n|\\r|\\n", -1)) {
        text.append(CellMarkup.encode(line).replace("&#9;", "\t")).append('\n');
        lines.add(GridLocation.ofParagraph(paragraph));
      }
    }
    for (GridRow row : grid.rows()) {
      if (row.repeatedHeader()) {
        continue;
      }
      StringBuilder line = new StringBuilder();
      for (GridCell cell : row.cells()) {
        if (line.length() > 0 || cell != row.cells().get(0)) {
          line.append('\t');
        }
        line.append(cell.verticalMerge() == VerticalMerge.CONTINUE ? "" : markup(cell));
        for (int k = 1; k < cell.columnSpan(); k++) {
          line.append('\t');
        }
      }
      text.append(line).append('\n');
      lines.add(row.location());
    }
    for (String p : grid.paragraphsAfter()) {
      paragraph++;
      for (String line : p.split("\\r\\n|\\r|\\n", -1)) {
        text.append(CellMarkup.encode(line).replace("&#9;", "\t")).append('\n');
        lines.add(GridLocation.ofParagraph(paragraph));
      }
    }
    try {
      ReadResult read = read(text);
      List<ReadWarning> located = new ArrayList<>(read.warnings().size());
      for (ReadWarning w : read.warnings()) {
        located.add(new ReadWarning(w.line(), w.message(), at(lines, w.line())));
      }
      return new ReadResult(read.plan(), located);
    } catch (PlanFormatException e) {
      String where = e.location();
      if (where.startsWith("line ")) {
        int end = where.indexOf(',');
        try {
          int n = Integer.parseInt(where.substring(5, end < 0 ? where.length() : end).strip());
          where = at(lines, n) + (end < 0 ? "" : where.substring(end));
        } catch (NumberFormatException ignored) {
          // keep the location as the text reader gave it
        }
      }
      throw new PlanFormatException(grid.source() + ", " + where, e.problem(), e);
    }
  }

  /** A grid cell in the text form's markup: list items as {@code <li>}, other paragraphs as lines. */
  private static String markup(GridCell cell) {
    List<CellParagraph> paragraphs = cell.paragraphs();
    if (paragraphs.size() == 1 && !paragraphs.get(0).isListItem()) {
      return CellMarkup.encode(paragraphs.get(0).text());
    }
    StringBuilder sb = new StringBuilder();
    for (CellParagraph p : paragraphs) {
      sb.append(p.isListItem() ? "<li>" : "<p>").append(CellMarkup.encode(p.text()))
          .append(p.isListItem() ? "</li>" : "</p>");
    }
    return sb.toString();
  }

  private static GridLocation at(List<GridLocation> lines, int line) {
    return line >= 1 && line <= lines.size() ? lines.get(line - 1) : GridLocation.ofLine(Math.max(line, 1));
  }

  /**
   * Reads a programme from a stream of text; the reader is read to its end and not closed.
   *
   * @param reader the text
   * @return the programme and the warnings
   * @throws IOException if reading fails
   * @throws PlanFormatException as {@link #read(CharSequence)}
   */
  public ReadResult read(Reader reader) throws IOException, PlanFormatException {
    Objects.requireNonNull(reader, "reader");
    StringWriter text = new StringWriter();
    reader.transferTo(text);
    return read(text.toString());
  }

  // ---------------------------------------------------------------- rows

  /** A column of the layout: what it holds and, for a deadline split by years, the year (else 0). */
  private record Slot(RegisterColumn column, int year) {
    static final Slot OTHER = new Slot(RegisterColumn.OTHER, 0);
  }

  /** What a line of the text is. */
  private enum Kind {
    BLANK, EMPTY_ROW, HEADER, SUB_HEADER, COLUMN_NUMBERS, PAGE_FURNITURE, HEADING, RISK, CONTINUATION, TEXT
  }

  /** One line, its cells decoded, its kind and the layout in force for it. */
  private static final class Row {
    final TableLine source;
    final int line;
    final List<String> texts = new ArrayList<>();
    Kind kind = Kind.TEXT;
    List<Slot> layout = List.of();
    List<String> headers = List.of();

    Row(TableLine source) {
      this.source = source;
      this.line = source.line();
      for (String c : source.cells()) {
        texts.add(CellMarkup.text(c));
      }
    }

    String text(int i) {
      return i >= 0 && i < texts.size() ? texts.get(i) : "";
    }

    int cellCount() {
      return texts.size();
    }
  }

  /** The pieces of one cell split over rows, and where the first piece is. */
  private static final class Cell {
    final List<CellMarkup.Decoded> pieces = new ArrayList<>();
    int line;
    int column;

    void add(CellMarkup.Decoded piece, int line, int column) {
      if (pieces.isEmpty()) {
        this.line = line;
        this.column = column;
      }
      pieces.add(piece);
    }

    String text() {
      return PlanTextReader.join(pieces);
    }

    List<String> items() {
      return PlanTextReader.items(pieces, text());
    }
  }

  /** A measure row being read: the pieces of each measure column. */
  private static final class MeasureDraft {
    final int line;
    final Map<Slot, Cell> cells = new LinkedHashMap<>();

    MeasureDraft(int line) {
      this.line = line;
    }

    Cell cell(Slot slot) {
      return cells.computeIfAbsent(slot, s -> new Cell());
    }

    boolean has(Slot slot) {
      Cell c = cells.get(slot);
      return c != null && !c.pieces.isEmpty();
    }
  }

  /** A risk being read: the pieces of each risk column and its measure rows. */
  private static final class RiskDraft {
    final int line;
    final String id;
    final Map<RegisterColumn, Cell> cells = new HashMap<>();
    final List<MeasureDraft> measures = new ArrayList<>();

    RiskDraft(int line, String id) {
      this.line = line;
      this.id = id;
    }

    Cell cell(RegisterColumn column) {
      return cells.computeIfAbsent(column, c -> new Cell());
    }

    String text(RegisterColumn column) {
      Cell c = cells.get(column);
      return c == null ? "" : c.text();
    }

    @Nullable MeasureDraft lastMeasure() {
      return measures.isEmpty() ? null : measures.get(measures.size() - 1);
    }
  }

  /** A section being filled: one function or process. */
  private static final class SectionDraft {
    final int number;
    final String title;
    final List<Measure> measures = new ArrayList<>();

    SectionDraft(int number, String title) {
      this.number = number;
      this.title = title;
    }
  }

  /** One reading: the state of a single call. */
  private final class Run {
    private final List<Row> rows = new ArrayList<>();
    private final List<ReadWarning> warnings = new ArrayList<>();
    private final Set<String> reportedColumns = new HashSet<>();
    private final Set<String> riskIds = new HashSet<>();
    private final Map<String, SectionDraft> sections = new LinkedHashMap<>();
    private final List<CorruptionRisk> risks = new ArrayList<>();
    private final Map<Integer, DeadlineParser> yearParsers = new HashMap<>();

    private DeadlineParser deadlines = DeadlineParser.forPeriod(PlanPeriod.ofYear(PlanPeriod.MIN_YEAR));
    private PlanPeriod programmePeriod = PlanPeriod.ofYear(PlanPeriod.MIN_YEAR);
    private @Nullable RiskDraft risk;
    private String function = "";
    private boolean afterBreak;
    private int nextRiskNumber = 1;

    Run(String text) {
      for (TableLine line : TableLine.lines(text)) {
        rows.add(new Row(line));
      }
    }

    ReadResult read() throws PlanFormatException {
      classifyAll();
      int start = -1;
      for (int i = 0; i < rows.size() && start < 0; i++) {
        if (rows.get(i).kind == Kind.HEADER) {
          start = i;
        }
      }
      if (start < 0) {
        int line = rows.size();
        for (int i = rows.size() - 1; i >= 0; i--) {
          if (rows.get(i).cellCount() >= 3) {
            line = rows.get(i).line;
          }
        }
        throw new PlanFormatException("line " + line, "the text has no risk-register header: expected a row "
            + "of TAB-separated column names with a risk column (\"Корупційний ризик\") and a probability, "
            + "consequence or measure column (\"Ймовірність\", \"Наслідки\", \"Заходи …\")");
      }
      int end = start;
      for (int i = start; i < rows.size(); i++) {
        Kind k = rows.get(i).kind;
        if (k != Kind.BLANK && k != Kind.TEXT && k != Kind.EMPTY_ROW && k != Kind.PAGE_FURNITURE) {
          end = i;
        }
      }
      Plan.Builder plan = Plan.builder().kind(PlanKind.PROGRAMME).riskScale(scale)
          .measuresMustAddressRisks(true);
      FrontMatter matter = new FrontMatter(warnings);
      programmePeriod = matter.readFront(sources(rows.subList(0, start)), plan, rows.get(start).line, period);
      deadlines = DeadlineParser.forPeriod(programmePeriod);
      for (int i = start; i <= end; i++) {
        readTableRow(rows.get(i));
      }
      finishRisk();
      matter.readSignatory(sources(rows.subList(end + 1, rows.size())), plan);
      try {
        for (SectionDraft s : sections.values()) {
          plan.addSections(Section.builder().number(s.number).title(s.title).addAllMeasures(s.measures).build());
        }
        return new ReadResult(plan.addAllRisks(risks).build(), warnings);
      } catch (PlanStructureException e) {
        throw new PlanFormatException("line " + rows.get(start).line, e.getMessage(), e);
      }
    }

    private List<TableLine> sources(List<Row> part) {
      List<TableLine> lines = new ArrayList<>(part.size());
      for (Row r : part) {
        lines.add(r.source);
      }
      return lines;
    }

    // ---------------------------------------------------------------- classification

    private void classifyAll() {
      List<Slot> layout = List.of();
      List<String> headers = List.of();
      Row previous = null;
      for (Row row : rows) {
        row.layout = layout;
        row.headers = headers;
        classify(row, previous);
        layout = row.layout;
        headers = row.headers;
        if (row.kind != Kind.BLANK) {
          previous = row;
        }
      }
    }

    private void classify(Row row, @Nullable Row previous) {
      boolean anyText = false;
      for (String t : row.texts) {
        anyText |= !t.isEmpty();
      }
      if (!anyText) {
        row.kind = row.cellCount() > 1 ? Kind.EMPTY_ROW : Kind.BLANK;
        return;
      }
      if (row.cellCount() >= 3 && header(row)) {
        return;
      }
      if (row.layout.isEmpty()) {
        // Before the first header: front matter.
        row.kind = row.cellCount() == 1 && FrontMatter.PAGE_FURNITURE.matcher(row.text(0)).matches()
            ? Kind.PAGE_FURNITURE : Kind.TEXT;
        return;
      }
      if (previous != null && (previous.kind == Kind.HEADER || previous.kind == Kind.SUB_HEADER)
          && subHeader(row)) {
        // The header's warnings are given with the columns as the sub-header names them.
        previous.layout = row.layout;
        return;
      }
      if (row.cellCount() >= 3 && TableLine.isColumnNumbers(row.texts)) {
        row.kind = Kind.COLUMN_NUMBERS;
        return;
      }
      int nonEmpty = 0;
      for (String t : row.texts) {
        nonEmpty += t.isEmpty() ? 0 : 1;
      }
      String first = row.text(0);
      if (row.cellCount() == 1) {
        if (FrontMatter.PAGE_FURNITURE.matcher(first).matches()) {
          row.kind = Kind.PAGE_FURNITURE;
        } else if (first.matches("(?s)\\d{1,3}\\.\\s*\\S.*")) {
          row.kind = Kind.HEADING;
        }
        return;
      }
      int numberIndex = indexOf(row.layout, RegisterColumn.NUMBER);
      if (numberIndex >= 0) {
        String number = row.text(numberIndex);
        if (!number.isEmpty()) {
          if (RISK_ID.matcher(stripDot(number)).matches()) {
            row.kind = Kind.RISK;
          } else if (nonEmpty == 1 && numberIndex == 0) {
            row.kind = Kind.HEADING;
          }
          return;
        }
        row.kind = nonEmpty == 1 && !first.isEmpty() ? Kind.HEADING : Kind.CONTINUATION;
        return;
      }
      if (nonEmpty == 1 && !first.isEmpty() && row.layout.get(0).column() != RegisterColumn.RISK) {
        row.kind = Kind.HEADING;
        return;
      }
      // No № column: a risk starts where the risk column has text (decided when reading, as it depends
      // on page breaks).
      row.kind = Kind.CONTINUATION;
    }

    /** Recognises a header row; sets the row's layout. */
    private boolean header(Row row) {
      List<RegisterColumn> columns = new ArrayList<>();
      int nonEmpty = 0;
      int recognised = 0;
      for (String t : row.texts) {
        // A header cell is a short name; a long cell is data that happens to use a header's words.
        RegisterColumn c = t.length() > MAX_HEADER_LENGTH ? RegisterColumn.OTHER : RegisterColumn.ofHeader(t);
        columns.add(c);
        nonEmpty += t.isEmpty() ? 0 : 1;
        recognised += c == RegisterColumn.OTHER ? 0 : 1;
      }
      // Data rows name risks and measures too ("Ризик …", "Захід …"): a header is mostly column names.
      boolean isHeader = columns.contains(RegisterColumn.RISK)
          && (columns.contains(RegisterColumn.PROBABILITY) || columns.contains(RegisterColumn.CONSEQUENCE)
              || columns.contains(RegisterColumn.MEASURE))
          && recognised >= 3 && recognised * 3 >= nonEmpty * 2;
      if (!isHeader) {
        return false;
      }
      List<Slot> layout = new ArrayList<>();
      Set<Slot> seen = new HashSet<>();
      for (int i = 0; i < columns.size(); i++) {
        RegisterColumn c = columns.get(i);
        int year = 0;
        if (c == RegisterColumn.DEADLINE) {
          Matcher m = YEAR_IN_HEADER.matcher(row.text(i));
          if (m.find()) {
            int y = Integer.parseInt(m.group(1));
            year = m.find() || y < PlanPeriod.MIN_YEAR || y > PlanPeriod.MAX_YEAR ? 0 : y;
          }
        }
        Slot slot = new Slot(c, year);
        boolean repeatable = c == RegisterColumn.OTHER || c == RegisterColumn.MONITORING;
        layout.add(repeatable || seen.add(slot) ? slot : Slot.OTHER);
      }
      row.kind = Kind.HEADER;
      row.layout = List.copyOf(layout);
      row.headers = List.copyOf(row.texts);
      return true;
    }

    /**
     * Recognises a second header row under a header whose cells are merged over several columns: years
     * under "Строк виконання" (2024 | 2025 | 2026), or column names under a group header or an empty
     * header cell ("Оцінка корупційного ризику" over "Ймовірність | Наслідки | Рівень"); amends the
     * layout. A name is taken only below an empty or unrecognised header cell, so that a continuation row
     * whose pieces happen to be header words is never mistaken for a sub-header.
     */
    private boolean subHeader(Row row) {
      List<Slot> layout = new ArrayList<>(row.layout);
      int count = 0;
      for (int i = 0; i < row.cellCount(); i++) {
        String t = row.text(i);
        if (t.isEmpty()) {
          continue;
        }
        if (i >= layout.size()) {
          return false;
        }
        Matcher m = YEAR_CELL.matcher(t);
        if (m.matches()) {
          int year = Integer.parseInt(m.group(1));
          if (year < PlanPeriod.MIN_YEAR || year > PlanPeriod.MAX_YEAR || !underDeadline(row, i)) {
            return false;
          }
          layout.set(i, new Slot(RegisterColumn.DEADLINE, year));
        } else {
          RegisterColumn c = t.length() > MAX_HEADER_LENGTH ? RegisterColumn.OTHER : RegisterColumn.ofHeader(t);
          if (c == RegisterColumn.OTHER || layout.get(i).column() != RegisterColumn.OTHER) {
            return false;
          }
          layout.set(i, new Slot(c, 0));
        }
        count++;
      }
      // Two cells at least: a lone year under the header may be a continued deadline cell.
      if (count < 2) {
        return false;
      }
      row.kind = Kind.SUB_HEADER;
      row.layout = List.copyOf(layout);
      return true;
    }

    /**
     * Tells whether column {@code i} of the header in force is a deadline, or an empty header cell after
     * one: the extraction writes a header merged over the year columns once, then empty cells.
     */
    private boolean underDeadline(Row row, int i) {
      for (int j = Math.min(i, row.layout.size() - 1); j >= 0; j--) {
        if (row.layout.get(j).column() == RegisterColumn.DEADLINE) {
          return true;
        }
        if (j < row.headers.size() && !row.headers.get(j).isEmpty()) {
          return false;
        }
      }
      return false;
    }

    // ---------------------------------------------------------------- table

    private void readTableRow(Row row) throws PlanFormatException {
      switch (row.kind) {
        case BLANK:
        case EMPTY_ROW:
          return;
        case HEADER:
          warnHeader(row);
          afterBreak = true;
          return;
        case SUB_HEADER:
          warnYears(row);
          afterBreak = true;
          return;
        case COLUMN_NUMBERS:
          afterBreak = true;
          return;
        case PAGE_FURNITURE:
          warnings.add(new ReadWarning(row.line, "skipped as a page number or page heading inside the "
              + "table: \"" + PlanTextReader.abbreviate(row.text(0)) + "\""));
          afterBreak = true;
          return;
        case HEADING:
          finishRisk();
          function = HEADING_NUMBER.matcher(row.text(0)).replaceFirst("$1").strip();
          afterBreak = false;
          return;
        case RISK:
          startRisk(row, stripDot(row.text(indexOf(row.layout, RegisterColumn.NUMBER))));
          afterBreak = false;
          return;
        case CONTINUATION:
          continueRisk(row);
          afterBreak = false;
          return;
        default:
          throw new PlanFormatException("line " + row.line, "cannot place this row in the risk register: "
              + "expected a risk row (its number in the № column), a row of a further measure or a "
              + "continuation (№ cell empty), a function heading or the repeated header; found \""
              + PlanTextReader.abbreviate(row.source.raw()) + "\"");
      }
    }

    private void warnHeader(Row row) {
      for (int i = 0; i < row.layout.size(); i++) {
        Slot slot = row.layout.get(i);
        String header = row.text(i);
        if (header.isEmpty() || !reportedColumns.add(i + ":" + header)) {
          continue;
        }
        if (slot.column() == RegisterColumn.MONITORING) {
          warnings.add(new ReadWarning(row.line, "column " + (i + 1) + " \"" + PlanTextReader.abbreviate(header)
              + "\" is a monitoring column, which belongs to an execution report: its cells are not kept "
              + "and are reported when not empty"));
        } else if (slot.column() == RegisterColumn.OTHER) {
          RegisterColumn meaning = RegisterColumn.ofHeader(header);
          warnings.add(new ReadWarning(row.line, "column " + (i + 1) + " \"" + PlanTextReader.abbreviate(header)
              + "\" " + (meaning == RegisterColumn.OTHER ? "has no place in the programme model"
                  : "repeats the meaning of an earlier column") + "; its cells are reported when not empty"));
        }
      }
    }

    private void warnYears(Row row) {
      for (Slot slot : row.layout) {
        if (slot.year() != 0 && !programmePeriod.containsYear(slot.year())
            && reportedColumns.add("year:" + slot.year())) {
          warnings.add(new ReadWarning(row.line, "the deadline column for " + slot.year() + " is outside the "
              + "programme's period " + programmePeriod + "; its deadlines are kept"));
        }
      }
    }

    private void startRisk(Row row, String id) throws PlanFormatException {
      finishRisk();
      if (!riskIds.add(id)) {
        throw new PlanFormatException("line " + row.line, "risk number " + id + " appears more than once in "
            + "the register");
      }
      risk = new RiskDraft(row.line, id);
      addCells(row, risk, null);
    }

    private void continueRisk(Row row) throws PlanFormatException {
      int riskIndex = indexOf(row.layout, RegisterColumn.RISK);
      boolean noNumber = indexOf(row.layout, RegisterColumn.NUMBER) < 0;
      if (noNumber && !row.text(riskIndex).isEmpty() && (!afterBreak || risk == null)) {
        startRisk(row, Integer.toString(nextRiskNumber++));
        return;
      }
      RiskDraft current = risk;
      if (current == null) {
        throw new PlanFormatException("line " + row.line, "a row with an empty № cell and no risk above it; "
            + "expected a risk row with its number first; found \""
            + PlanTextReader.abbreviate(row.source.raw()) + "\"");
      }
      boolean riskCellsEmpty = true;
      boolean measureText = false;
      boolean freshColumn = false;
      MeasureDraft last = current.lastMeasure();
      for (int i = 0; i < Math.min(row.cellCount(), row.layout.size()); i++) {
        Slot slot = row.layout.get(i);
        if (row.text(i).isEmpty()) {
          continue;
        }
        if (slot.column().riskSide) {
          riskCellsEmpty = false;
        } else if (slot.column() != RegisterColumn.OTHER && slot.column() != RegisterColumn.MONITORING) {
          measureText |= slot.column() == RegisterColumn.MEASURE;
          freshColumn |= last == null || !last.has(slot);
        }
      }
      boolean newMeasure = riskCellsEmpty && measureText && (!afterBreak || freshColumn);
      addCells(row, current, newMeasure ? null : last);
    }

    /**
     * Adds a row's cells to a risk: its risk cells to the risk, its measure cells to {@code measure}, or
     * to a new measure of the risk if null and the row has measure text.
     */
    private void addCells(Row row, RiskDraft target, @Nullable MeasureDraft measure) throws PlanFormatException {
      List<Slot> layout = row.layout;
      MeasureDraft m = measure;
      List<String> raw = row.source.cells();
      for (int i = 0; i < raw.size(); i++) {
        String text = row.text(i);
        if (text.isEmpty()) {
          continue;
        }
        if (i >= layout.size()) {
          throw new PlanFormatException("line " + row.line + ", column " + (i + 1), "cell " + (i + 1)
              + " is outside the register's " + layout.size() + " columns; found \""
              + PlanTextReader.abbreviate(text) + "\"");
        }
        Slot slot = layout.get(i);
        RegisterColumn column = slot.column();
        if (column == RegisterColumn.NUMBER) {
          continue;
        }
        if (column == RegisterColumn.OTHER || column == RegisterColumn.MONITORING) {
          String header = i < row.headers.size() ? row.headers.get(i) : "";
          warnings.add(new ReadWarning(row.line, "risk " + target.id + ": column " + (i + 1)
              + (header.isEmpty() ? "" : " \"" + PlanTextReader.abbreviate(header) + "\"")
              + (column == RegisterColumn.MONITORING ? " is a monitoring column" : " has no place in the "
                  + "programme model") + "; its text was not kept: \"" + PlanTextReader.abbreviate(text) + "\""));
          continue;
        }
        CellMarkup.Decoded decoded = CellMarkup.decode(raw.get(i));
        if (column.riskSide) {
          target.cell(column).add(decoded, row.line, i + 1);
          continue;
        }
        if (m == null) {
          m = new MeasureDraft(row.line);
          target.measures.add(m);
        }
        m.cell(slot).add(decoded, row.line, i + 1);
      }
    }

    // ---------------------------------------------------------------- building

    private void finishRisk() throws PlanFormatException {
      RiskDraft r = risk;
      if (r == null) {
        return;
      }
      risk = null;
      String functionText = r.text(RegisterColumn.FUNCTION);
      if (!functionText.isEmpty()) {
        function = functionText;
      }
      SectionDraft section = sections.computeIfAbsent(normaliseTitle(function),
          k -> new SectionDraft(sections.size() + 1, function));
      int probability = score(r, RegisterColumn.PROBABILITY, "probability");
      int consequence = score(r, RegisterColumn.CONSEQUENCE, "consequence");
      checkLevel(r, probability, consequence);
      List<MeasureNumber> numbers = new ArrayList<>();
      for (MeasureDraft d : r.measures) {
        for (Measure m : measures(d, section)) {
          section.measures.add(m);
          numbers.add(m.number());
        }
      }
      Cell sourcesCell = r.cells.get(RegisterColumn.SOURCES);
      List<String> sourceItems = sourcesCell == null ? List.of() : listItems(sourcesCell);
      try {
        risks.add(CorruptionRisk.builder()
            .id(r.id)
            .function(function)
            .risk(r.text(RegisterColumn.RISK))
            .description(r.text(RegisterColumn.DESCRIPTION))
            .addAllSources(sourceItems)
            .probability(probability)
            .consequence(consequence)
            .addAllMeasures(numbers)
            .build());
      } catch (PlanStructureException e) {
        throw new PlanFormatException("line " + r.line, e.getMessage(), e);
      }
    }

    private int score(RiskDraft r, RegisterColumn column, String what) throws PlanFormatException {
      Cell cell = r.cells.get(column);
      String text = cell == null ? "" : cell.text().replace('\n', ' ').strip();
      if (text.isEmpty()) {
        warnings.add(new ReadWarning(r.line, "risk " + r.id + ": no " + what + " score; kept as 0, which is "
            + "off the scale (the validator reports it)"));
        return 0;
      }
      String location = "line " + cell.line + ", column " + cell.column;
      if (NUMBER.matcher(text).matches()) {
        return Integer.parseInt(text);
      }
      Matcher nw = NUMBER_AND_WORD.matcher(text);
      Matcher wn = WORD_AND_NUMBER.matcher(text);
      String numberText = null;
      String word = null;
      if (nw.matches()) {
        numberText = nw.group(1);
        word = nw.group(2);
      } else if (wn.matches()) {
        word = wn.group(1);
        numberText = wn.group(2);
      }
      if (numberText != null && word != null) {
        int score = Integer.parseInt(numberText);
        Optional<RiskLevel> level = RiskLevel.fromText(word);
        if (level.isEmpty() || scale.scoreOf(level.get()) != score) {
          warnings.add(new ReadWarning(cell.line, "risk " + r.id + ": the " + what + " \"" + text + "\" "
              + (level.isEmpty() ? "has a word that names no level" : "has a word scored "
                  + scale.scoreOf(level.get()) + " on the scale " + scale) + "; the number " + score
              + " is kept"));
        }
        return score;
      }
      Optional<RiskLevel> level = RiskLevel.fromText(text);
      if (level.isPresent()) {
        return scale.scoreOf(level.get());
      }
      throw new PlanFormatException(location, "risk " + r.id + ": the " + what + " score \""
          + PlanTextReader.abbreviate(text) + "\" is neither a number nor a level (expected e.g. \"2\", "
          + "\"висока\", \"середній\", \"низька\")");
    }

    private void checkLevel(RiskDraft r, int probability, int consequence) {
      Cell cell = r.cells.get(RegisterColumn.LEVEL);
      String text = cell == null ? "" : cell.text().replace('\n', ' ').strip();
      if (text.isEmpty()) {
        return;
      }
      Optional<RiskLevel> computed = scale.level(probability, consequence);
      String computedText = computed.map(l -> l.ukrainian() + " (" + l.id() + ")")
          .orElse("none, a score being off the scale " + scale);
      // "високий", "високий (6)", "6 (високий)", or the product alone: "6"
      Matcher numberFirst = NUMBER_AND_WORD.matcher(text);
      Optional<RiskLevel> written = RiskLevel.fromText(numberFirst.matches() ? numberFirst.group(2) : text);
      if (written.isPresent()) {
        if (!computed.equals(written)) {
          warnings.add(new ReadWarning(cell.line, "risk " + r.id + ": the written level \"" + text
              + "\" differs from the level computed from the scores " + probability + " × " + consequence
              + ": " + computedText + "; the written level is not kept"));
        }
      } else if (NUMBER.matcher(text).matches()) {
        int product = Integer.parseInt(text);
        if (product != probability * consequence) {
          warnings.add(new ReadWarning(cell.line, "risk " + r.id + ": the written level " + product
              + " is not the product of the scores " + probability + " × " + consequence + " = "
              + probability * consequence + "; the written level is not kept"));
        }
      } else {
        warnings.add(new ReadWarning(cell.line, "risk " + r.id + ": the written level \""
            + PlanTextReader.abbreviate(text) + "\" names no level and is not kept; the level computed from "
            + "the scores is " + computedText));
      }
    }

    /** Turns one measure row into its measures: one per item of a listed or numbered measure cell. */
    private List<Measure> measures(MeasureDraft d, SectionDraft section) throws PlanFormatException {
      Cell nameCell = d.cells.get(new Slot(RegisterColumn.MEASURE, 0));
      List<String> names = nameCell == null ? List.of("") : splitNumbered(nameCell.items());
      if (names.isEmpty()) {
        names = List.of("");
      }
      int n = names.size();
      List<Measure> out = new ArrayList<>();
      for (int k = 0; k < n; k++) {
        MeasureNumber number = MeasureNumber.of(section.number, section.measures.size() + out.size() + 1);
        try {
          Measure.Builder b = Measure.builder()
              .number(number)
              .name(n == 1 && nameCell != null ? nameCell.text() : withoutSeparator(names.get(k)))
              .deadline(mainDeadline(d, n, k))
              .responsible(ResponsibleParser.parse(share(d, RegisterColumn.RESPONSIBLE, n, k)))
              .resources(share(d, RegisterColumn.RESOURCES, n, k))
              .addAllIndicators(shareItems(d, RegisterColumn.INDICATORS, n, k).stream().map(Indicator::of)
                  .toList())
              .addAllExpectedResults(shareItems(d, RegisterColumn.EXPECTED_RESULTS, n, k).stream()
                  .map(ExpectedResult::of).toList());
          for (Map.Entry<Integer, String> e : yearTexts(d, n, k).entrySet()) {
            b.putYearlyDeadlines(e.getKey(), parse(yearParser(e.getKey()), e.getValue()));
          }
          out.add(b.build());
        } catch (IllegalArgumentException e) {
          throw new PlanFormatException("line " + d.line, e.getMessage(), e);
        }
      }
      return out;
    }

    private Deadline mainDeadline(MeasureDraft d, int n, int k) {
      Slot plain = new Slot(RegisterColumn.DEADLINE, 0);
      if (d.cells.containsKey(plain) || !hasYearColumns(d)) {
        return parse(deadlines, share(d, RegisterColumn.DEADLINE, n, k));
      }
      // Year columns only: the programme-wide deadline is what every year column says, if they agree.
      Map<Integer, String> years = yearTexts(d, n, k);
      Set<String> distinct = new HashSet<>(years.values());
      boolean allYears = true;
      for (int y = programmePeriod.firstYear(); y <= programmePeriod.lastYear(); y++) {
        allYears &= years.containsKey(y);
      }
      return parse(deadlines, allYears && distinct.size() == 1 ? distinct.iterator().next() : "");
    }

    private boolean hasYearColumns(MeasureDraft d) {
      for (Slot s : d.cells.keySet()) {
        if (s.column() == RegisterColumn.DEADLINE && s.year() != 0) {
          return true;
        }
      }
      return false;
    }

    private Map<Integer, String> yearTexts(MeasureDraft d, int n, int k) {
      Map<Integer, String> out = new TreeMap<>();
      for (Map.Entry<Slot, Cell> e : d.cells.entrySet()) {
        Slot s = e.getKey();
        if (s.column() == RegisterColumn.DEADLINE && s.year() != 0) {
          String text = shareCell(e.getValue(), n, k);
          if (!text.isEmpty()) {
            out.put(s.year(), text);
          }
        }
      }
      return out;
    }

    private DeadlineParser yearParser(int year) {
      return yearParsers.computeIfAbsent(year, y -> DeadlineParser.forPeriod(PlanPeriod.ofYear(y)));
    }

    private Deadline parse(DeadlineParser parser, String text) {
      // The parser never throws; the guard keeps a future defect from escaping as a stray exception.
      try {
        return parser.parse(text);
      } catch (RuntimeException e) {
        return parser.parse("");
      }
    }

    /** The text of a measure column for item {@code k} of {@code n}. */
    private String share(MeasureDraft d, RegisterColumn column, int n, int k) {
      Cell cell = d.cells.get(new Slot(column, 0));
      return cell == null ? "" : shareCell(cell, n, k);
    }

    private String shareCell(Cell cell, int n, int k) {
      if (n > 1) {
        List<String> items = splitNumbered(cell.items());
        if (items.size() == n) {
          return withoutSeparator(items.get(k));
        }
      }
      return cell.text();
    }

    /** The items of an indicator or result column for measure {@code k} of {@code n}. */
    private List<String> shareItems(MeasureDraft d, RegisterColumn column, int n, int k) {
      Cell cell = d.cells.get(new Slot(column, 0));
      if (cell == null) {
        return List.of();
      }
      List<String> items = listItems(cell);
      if (n > 1) {
        List<String> split = splitNumbered(items);
        if (split.size() == n) {
          return List.of(withoutSeparator(split.get(k)));
        }
      }
      return items;
    }
  }

  // ---------------------------------------------------------------- helpers of the text

  private static int indexOf(List<Slot> layout, RegisterColumn column) {
    for (int i = 0; i < layout.size(); i++) {
      if (layout.get(i).column() == column) {
        return i;
      }
    }
    return -1;
  }

  private static String stripDot(String s) {
    String t = s.strip();
    return t.endsWith(".") && t.length() > 1 ? t.substring(0, t.length() - 1).strip() : t;
  }

  private static String normaliseTitle(String title) {
    return title.replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
  }

  /**
   * Returns the items of a cell without their separators: one per list item (or numbered item) when
   * there are several, else the whole text, or none.
   */
  private static List<String> listItems(Cell cell) {
    List<String> items = splitNumbered(cell.items());
    if (items.size() < 2) {
      return items;
    }
    List<String> out = new ArrayList<>();
    for (String item : items) {
      out.add(withoutSeparator(item));
    }
    return out;
  }

  /** Drops the trailing ";" that separates list items. */
  static String withoutSeparator(String item) {
    String t = item.strip();
    return t.endsWith(";") ? t.substring(0, t.length() - 1).strip() : t;
  }

  /**
   * Splits a single item numbered "1) … 2) …" into its items; list items and any other text are returned
   * as they are. The markers must run 1, 2, 3 … and each stand at the start or after white space.
   */
  static List<String> splitNumbered(List<String> items) {
    if (items.size() != 1) {
      return items;
    }
    String text = items.get(0);
    Matcher m = ITEM_MARKER.matcher(text);
    List<int[]> markers = new ArrayList<>();
    int expected = 1;
    while (m.find()) {
      if (Integer.parseInt(m.group(1)) == expected) {
        if (expected == 1 && !text.substring(0, m.start()).isBlank()) {
          return items;
        }
        markers.add(new int[] {m.start(), m.end()});
        expected++;
      }
    }
    if (markers.size() < 2) {
      return items;
    }
    List<String> out = new ArrayList<>();
    for (int i = 0; i < markers.size(); i++) {
      int from = markers.get(i)[1];
      int to = i + 1 < markers.size() ? markers.get(i + 1)[0] : text.length();
      out.add(text.substring(from, to).strip());
    }
    return out;
  }
}
