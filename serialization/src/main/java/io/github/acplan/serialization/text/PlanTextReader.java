package io.github.acplan.serialization.text;

import io.github.acplan.core.ExpectedResult;
import io.github.acplan.core.Indicator;
import io.github.acplan.core.Measure;
import io.github.acplan.core.MeasureNumber;
import io.github.acplan.core.Plan;
import io.github.acplan.core.PlanPeriod;
import io.github.acplan.core.PlanStructureException;
import io.github.acplan.core.Responsible;
import io.github.acplan.core.ResponsibleParser;
import io.github.acplan.core.Section;
import io.github.acplan.core.deadline.Deadline;
import io.github.acplan.core.deadline.DeadlineParser;
import io.github.acplan.serialization.PlanFormatException;
import io.github.acplan.serialization.table.GridLocation;
import io.github.acplan.serialization.table.TableGrid;
import io.github.acplan.serialization.table.WrappedText;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads a plan from the text of its published table: the approval block, the title with the body and
 * the period, the table of sections and measures, and the signatory.
 *
 * <p>The format is that of a PDF-to-text extraction (see DOMAIN.md §2 of the project):
 * <ul>
 *   <li>one table row per line, cells separated by TAB; also accepted: rows of cells separated by
 *       {@code " | "} (with or without outer bars), and a table written one cell per line (the header's
 *       cells on consecutive lines, then each measure as its number followed by one line per other
 *       column; continuation rows are not supported in that rendering);</li>
 *   <li>a header row ("№ з/п", "Найменування заходу", "Строк виконання", "Відповідальні за виконання",
 *       "Індикатор виконання", "Очікувані результати"; also "Зміст заходу", "Термін виконання",
 *       "Відповідальні виконавці", and the merged "Індикатор виконання (очікуваний результат)", read into
 *       the indicators) and the row of column numbers, both repeated after every page break and
 *       skipped; a header written on two rows ("Виконання" above "Строк" and "Відповідальні") names each
 *       column by the row that names it; columns the model has no place for are reported with a
 *       warning;</li>
 *   <li>a section heading: a row whose first cell is "N. Title" (markup allowed) and whose other cells
 *       are empty; after the header also "I. Title" in Roman numerals (Latin or Cyrillic letters, "Розділ
 *       ІІ. Title"), and a title with no number, numbered after the highest section so far, when a
 *       measure follows it (else it is text after the table, as a closing note is); and a heading
 *       written in the name column with the number column empty, when it has the next section's number
 *       and a capitalised title;</li>
 *   <li>page numbers ("2", "- 2 -") and "Продовження додатка" lines between the pages of the table are
 *       skipped with a warning;</li>
 *   <li>a measure row: the first cell is its number ("1.1"); a number printed without its section's
 *       ("4.", "4": plans that number their measures through the plan, or anew in each section) is read
 *       as the section's number before the printed one (2.4), with a warning; measures above any heading
 *       are then section 1, with no title;</li>
 *   <li>a continuation row (first cell empty) continues the previous measure, column by column: pieces
 *       are joined with a space, except a word broken by a hyphen ("можли-" + "вість" gives
 *       "можливість"). The hyphen stays when the piece before it is a known first part of a compound
 *       ("веб-" + "сайт" gives "веб-сайт") or looks like the first part of a compound adjective, a word
 *       of at least seven letters ending in "но" or "во" ("організаційно-" + "розпорядчих"). Anything
 *       else, including the source's own typos, is kept as written;</li>
 *   <li>a ditto mark ({@code -"-}, {@code "}, {@code -//-}, "те саме") in a measure's cell repeats the same cell of
 *       the measure above, with a warning;</li>
 *   <li>inline markup is removed as described for the cells: inline tags vanish, block tags start a new
 *       line, list items ({@code <li>}) start a line with "- " (the seed's measure 6.3,
 *       {@code "<p>Забезпечити:</p> <ul …> - проведення …; - контроль …"}, reads as "Забезпечити:" and, on a second line, "- проведення
 *       …; - контроль …", its items kept as the source writes them). A cell of the indicator or
 *       expected-result column that is nothing but a list gives one indicator (result) per item; any other
 *       cell gives exactly one, with its whole text (never split on ";"); an empty cell gives none;</li>
 *   <li>before the table: an approval block ("Додаток до розпорядження голови районної в місті ради від
 *       09.01.2020 № 2-р", or "ЗАТВЕРДЖЕНО …"; the date also in words, "від 15 січня 2025 року"; an
 *       approval by signature, "ЗАТВЕРДЖУЮ …", names no act and is reported, not kept) and the title
 *       block, whose last line with the period ("на 2020 рік", "на 2022–2024 роки") ends with it or has
 *       words after it (with the year's word: "… на 2025 рік у Зеленівській сільській раді"); words and
 *       lines after the period are the rest of the body; the body starts at the first line after the
 *       first that begins with "у " or "в ", else at the line before the period;</li>
 *   <li>the task layout of ministries' and the Cabinet of Ministers' plans ("Найменування завдання" |
 *       "Найменування (Зміст) заходу" | "Строк виконання" | "Відповідальні (виконавці)" | …): a task
 *       cell with new text (merged down over its measures) starts a section, numbered as printed ("1.")
 *       or next; each measure is numbered task.k, k as printed before it ("1)", "2.", "1.4") or next,
 *       and its name keeps the printed label;</li>
 *   <li>after the table: the signatory, the position and the name (on two lines, or on one line separated
 *       by a TAB or by two or more spaces).</li>
 * </ul>
 *
 * <p>Before anything else the raw text is cleaned once
 * ({@link io.github.acplan.core.text.TextNormalization#cleanToPlainSpaces(String)}): NFC, soft hyphens
 * and zero-width characters removed, no-break and other Unicode spaces read as spaces (layout, collapsed
 * and trimmed like spaces). Character references keep any character ({@code &#160;}).
 *
 * <p>A row after the table's last measure that still has three or more cells with text is a row of the
 * table no rule places, and is refused at its line (or row and cell) rather than read as the signatory.
 *
 * <p>Input that looks cut short is read as far as it goes, with a warning at the table's last row: a last
 * row with fewer cells than the header, a text that ends inside its last row, a table that ends with a
 * section heading, and nothing after the table (no signatory).
 *
 * <p>The measure's deadline is read by {@link DeadlineParser} for the plan's period and keeps its cell's
 * text ({@link Deadline#text()}). In a multi-year plan, the last lines of a deadline cell that read
 * "2025: до 31 травня 2025 р." (years of the period, in increasing order) are the measure's
 * {@linkplain Measure#yearlyDeadlines() deadlines per year}, each read for its year, as a programme's
 * document writes them. Who is responsible is read by {@link ResponsibleParser}. A "Ресурси" column
 * gives the measure's {@linkplain Measure#resources() resources}; the English headers of a page
 * published in English ("No.", "Measure", "Deadline", "Responsible", "Indicators", "Expected results",
 * "Resources") are recognised as the Ukrainian ones.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class PlanTextReader {

  /** A line of a programme's deadline cell that gives the deadline of one year: "2025: до 31 травня". */
  /** A date in figures, "15.01.2025": a day and month of two digits, a year of four from 1991. */
  private static final Pattern LONE_DATE =
      Pattern.compile("(?:0[1-9]|[12]\\d|3[01])\\.(?:0[1-9]|1[0-2])\\.(?:199[1-9]|2\\d\\d\\d)");
  private static final Pattern YEAR_LINE = Pattern.compile("((?:19|20|21)\\d\\d): (\\S.*)");

  private static final Pattern HEADING =
      Pattern.compile("(?:(?:Розділ|РОЗДІЛ|розділ)\\s+)?(\\d{1,6})\\.(?:(?=\\D)\\s?(.*))?", Pattern.DOTALL);

  /**
   * A section heading numbered in Roman numerals, Latin or Cyrillic letters ("I. Організаційні заходи",
   * "Розділ ІІ. Прозорість"), as many plans number their sections.
   */
  private static final Pattern ROMAN_HEADING = Pattern.compile(
      "(?:(?:Розділ|РОЗДІЛ|розділ)\\s+)?([IVXІХ]{1,7})\\.\\s*(\\S.*)", Pattern.DOTALL);

  /**
   * The cells with text from which a row after the table's last read row is a row of the table left
   * over, not text after it: a signatory spread over a sheet's row has two (position and name).
   */
  private static final int MIN_CELLS_OF_A_ROW_LEFT_OVER = 3;
  /** The cells of a row of the plan's table: its number, its name and one more (responsible, deadline…). */
  private static final int MIN_CELLS_OF_A_MEASURE_ROW = 3;

  /** A measure's number printed alone, "4." or "4", as plans that number measures through write it. */
  private static final Pattern BARE_NUMBER = Pattern.compile("(\\d{1,4})\\.?");

  /** Column layout of the seed and of the writer. */
  /** The most characters a header cell has, with room to spare: see {@code Run.fitsAHeader}. */
  private static final int MAX_HEADER_LENGTH = 200;

  /** The columns, in their order: an index for the arrays of a measure's cells. */
  private static final Column[] COLUMNS = Column.values();

  static final List<Column> STANDARD_LAYOUT = List.of(Column.NUMBER, Column.NAME,
      Column.DEADLINE, Column.RESPONSIBLE, Column.INDICATORS, Column.EXPECTED_RESULTS);

  private static final PlanTextReader STANDARD = new PlanTextReader(TextLimits.standard());

  private final TextLimits limits;

  private PlanTextReader(TextLimits limits) {
    this.limits = limits;
  }

  /**
   * The reader with the {@linkplain TextLimits#standard() standard limits}.
   *
   * @return the reader
   */
  public static PlanTextReader standard() {
    return STANDARD;
  }

  /**
   * A reader with other limits.
   *
   * @param newLimits the limits
   * @return a reader that checks them
   */
  public PlanTextReader withLimits(TextLimits newLimits) {
    return new PlanTextReader(Objects.requireNonNull(newLimits, "newLimits"));
  }

  /**
   * The limits this reader checks.
   *
   * @return the limits
   */
  public TextLimits limits() {
    return limits;
  }

  /**
   * Reads a plan from its text.
   *
   * @param text the whole text, lines separated by LF, CRLF or CR; a leading byte order mark is ignored
   * @return the plan and the warnings
   * @throws PlanFormatException if a part of the text cannot be placed, a number or date is malformed,
   *     the title has no period, the plan breaks the model's structure, or the text is over one of the
   *     {@linkplain #limits() limits}; the location is "line N"
   */
  public ReadResult read(CharSequence text) throws PlanFormatException {
    Objects.requireNonNull(text, "text");
    LineRows rows = new LineRows(new Run(GridLocation::ofLine, limits));
    return rows.finish(TextLines.forEach(text, limits, rows::accept));
  }

  /**
   * Reads a plan from a stream of text, line by line, checking the {@linkplain #limits() limits} as it
   * goes; the reader is read to its end (or to the limit) and not closed.
   *
   * @param reader the text
   * @return the plan and the warnings
   * @throws IOException if reading fails
   * @throws PlanFormatException as {@link #read(CharSequence)}
   */
  public ReadResult read(Reader reader) throws IOException, PlanFormatException {
    Objects.requireNonNull(reader, "reader");
    LineRows rows = new LineRows(new Run(GridLocation::ofLine, limits));
    return rows.finish(TextLines.forEach(reader, limits, rows::accept));
  }

  /**
   * Reads a plan from a stream of UTF-8 text (or UTF-16, if it begins with UTF-16's byte order mark, as
   * Windows' Notepad saves "Unicode"), decoding it as it reads; the stream is read to its end (or
   * to a limit) and not closed.
   *
   * @param in the text in UTF-8
   * @return the plan and the warnings
   * @throws IOException if reading fails
   * @throws PlanFormatException as {@link #read(CharSequence)}, and for bytes that are not UTF-8 (or
   *     UTF-16 after its mark), at "line N, byte B" (B counted from 0); the message says when the bytes
   *     look like Windows-1251, which is not guessed at but refused with how to convert it
   */
  public ReadResult read(InputStream in) throws IOException, PlanFormatException {
    Objects.requireNonNull(in, "in");
    LineRows rows = new LineRows(new Run(GridLocation::ofLine, limits));
    return rows.finish(streamLines(in, limits, rows::accept));
  }

  /**
   * Reads the lines of a stream of strict UTF-8 (or UTF-16 after its byte order mark) under limits.
   *
   * @throws PlanFormatException for malformed text, naming the line and the byte
   */
  static TextLines streamLines(InputStream in, TextLimits limits) throws IOException, PlanFormatException {
    List<TableLine> lines = new ArrayList<>();
    boolean endsMidLine = streamLines(in, limits, lines::add);
    return new TextLines(lines, endsMidLine);
  }

  /**
   * Gives the lines of a stream of strict UTF-8 (or UTF-16 after its byte order mark) to a sink as they
   * are read, under limits; returns whether the last line has no line end.
   *
   * @throws PlanFormatException for malformed text, naming the line and the byte
   */
  static boolean streamLines(InputStream in, TextLimits limits, TextLines.LineSink sink)
      throws IOException, PlanFormatException {
    try {
      return TextLines.forEach(new StrictTextReader(in), limits, sink);
    } catch (StrictTextReader.MalformedTextException e) {
      throw new PlanFormatException("line " + e.line + ", byte " + e.byteOffset, notText(e), e);
    }
  }

  /** What is wrong with text that does not decode, and what to do. */
  private static String notText(StrictTextReader.MalformedTextException e) {
    if (!e.encoding.equals("UTF-8")) {
      return "the text is not valid " + e.encoding + " (it begins with the byte order mark of " + e.encoding
          + "); save it again, as UTF-8";
    }
    if (e.looksLikeWindows1251) {
      return "the text is not UTF-8: its bytes look like Windows-1251, the Cyrillic encoding of older "
          + "Windows programs; save it as UTF-8, e.g. with "
          + "iconv -f WINDOWS-1251 -t UTF-8 FILE, or in Notepad: Save as, Encoding: UTF-8";
    }
    return "the text is not UTF-8 (and not a DOCX, HTML, XLSX or PDF document); save it as UTF-8";
  }

  /**
   * Turns a text's lines into rows for a run as they come. A table written one cell per line is regrouped
   * into rows first, which needs all of its lines; so lines wait until one with more than one cell shows
   * that the text is not such a table (in a table with TAB-separated cells that is the header, near the
   * top), and from then on each line goes to the run as soon as it is read.
   */
  private static final class LineRows {
    private final Run run;
    private final List<TableLine> waiting = new ArrayList<>();
    /** Whether a line of several cells was seen: each line is a row of the table, none is regrouped. */
    private boolean rowPerLine;

    LineRows(Run run) {
      this.run = run;
    }

    void accept(TableLine line) throws PlanFormatException {
      if (rowPerLine) {
        run.accept(new Row(line, GridLocation.ofLine(line.line())));
      } else if (line.cells().size() > 1) {
        rowPerLine = true;
        for (TableLine w : waiting) {
          run.accept(new Row(w, GridLocation.ofLine(w.line())));
        }
        waiting.clear();
        run.accept(new Row(line, GridLocation.ofLine(line.line())));
      } else {
        waiting.add(line);
      }
    }

    ReadResult finish(boolean endsMidLine) throws PlanFormatException {
      if (!rowPerLine) {
        for (TableLine line : Run.regroupOneCellPerLine(waiting)) {
          run.accept(new Row(line, GridLocation.ofLine(line.line())));
        }
      }
      return run.finish(endsMidLine);
    }
  }

  /**
   * Reads a plan from a table grid and the paragraphs around it: the one interpretation that every
   * format's extractor ends in ({@link PlanTableReader}).
   */
  static ReadResult readGrid(TableGrid grid) throws PlanFormatException {
    List<SourceRow> source = SourceRow.ofGrid(grid);
    List<Row> rows = new ArrayList<>(source.size());
    List<GridLocation> locations = new ArrayList<>(source.size());
    for (SourceRow r : source) {
      rows.add(new Row(r));
      locations.add(r.location());
    }
    Run run = new Run(line -> locations.get(line - 1), TextLimits.standard());
    for (Row row : rows) {
      run.accept(row);
    }
    ReadResult read = run.finish(false);
    if (grid.warnings().isEmpty()) {
      return read;
    }
    // What the extractor guessed comes first, at the row or paragraph it is about: each row's position is
    // looked up by its location, the cell left out.
    Map<GridLocation, Integer> positions = new HashMap<>();
    for (int i = locations.size() - 1; i >= 0; i--) {
      positions.put(locations.get(i).withCell(1), i + 1);
    }
    List<ReadWarning> warnings = new ArrayList<>();
    for (io.github.acplan.serialization.table.GridWarning w : grid.warnings()) {
      warnings.add(new ReadWarning(positions.getOrDefault(w.where().withCell(1), 1), w.message(), w.where()));
    }
    warnings.addAll(read.warnings());
    return new ReadResult(read.plan(), warnings);
  }

  /** What a line of the text is. */
  private enum Kind {
    BLANK, EMPTY_ROW, HEADER, COLUMN_NUMBERS, HEADING, MEASURE, CONTINUATION,
    /** A row of the task layout: a measure, and a new task when its task cell says so. */
    TASK_ROW,
    /** A page number ("2", "- 2 -") or "Продовження додатка" between two pages of the table. */
    PAGE_FURNITURE,
    /**
     * A row of the table with text in its first cell only and no number: a section heading when a measure
     * follows it ("Організаційні заходи"), else text after the table.
     */
    UNNUMBERED_HEADING,
    TEXT
  }

  /** One row of the table or one line of text around it, its cells decoded once. */
  private static final class Row {
    /** The 1-based position: the line of a text; for a grid, the place among paragraphs and rows. */
    final int line;
    /** The row as written, for messages, when it is not its source's line: a document's row. */
    private final @Nullable String joined;
    final List<CellMarkup.Decoded> cells;
    /**
     * Whether each cell is a ditto mark: judged on the markup for text (where the writer escapes a
     * literal mark), on the text for a document.
     */
    final boolean[] ditto;
    final GridLocation location;
    /** Whether the source says the row continues the one before it across a page break. */
    final boolean continues;
    /** The row as a line of text, for the front matter and the signatory. */
    final TableLine source;
    Kind kind = Kind.TEXT;
    List<Column> layout;
    int sectionNumber;
    String sectionTitle;
    /** A measure's number printed without its section's ("4.", "4"), or 0. */
    int bareNumber;

    Row(TableLine source, GridLocation location) {
      this.source = source;
      this.line = source.line();
      this.joined = null;
      List<CellMarkup.Decoded> decoded = new ArrayList<>(source.cells().size());
      this.ditto = new boolean[source.cells().size()];
      for (int i = 0; i < ditto.length; i++) {
        decoded.add(source.decoded(i));
        ditto[i] = CellMarkup.isDitto(source.cells().get(i));
      }
      this.cells = decoded;
      this.location = location;
      this.continues = false;
    }

    /** A row of a document, or a line of a paragraph around its table. */
    Row(SourceRow row) {
      this.cells = row.cells();
      this.ditto = new boolean[cells.size()];
      for (int i = 0; i < ditto.length; i++) {
        ditto[i] = CellMarkup.isDitto(cells.get(i).text);
      }
      this.line = row.line();
      this.joined = String.join(" | ", row.source().cells());
      this.location = row.location();
      this.continues = row.continues();
      this.source = row.source();
    }

    String text(int i) {
      return i < cells.size() ? cells.get(i).text : "";
    }

    /** The row as written, for messages. */
    String raw() {
      return joined != null ? joined : source.raw();
    }
  }

  /** A measure being read, with the pieces of each cell. */
  private static final class MeasureDraft {
    final GridLocation location;
    final MeasureNumber number;
    /** The pieces of each column's cell, by the column's ordinal; null for a column not met. */
    final List<CellMarkup.Decoded>[] pieces = newPieces();

    MeasureDraft(GridLocation location, MeasureNumber number) {
      this.location = location;
      this.number = number;
    }

    @SuppressWarnings("unchecked")
    private static List<CellMarkup.Decoded>[] newPieces() {
      return (List<CellMarkup.Decoded>[]) new List<?>[COLUMNS.length];
    }

    void add(Column column, CellMarkup.Decoded piece) {
      // Most cells are one piece, kept as a list of one; a few continue on the next page.
      List<CellMarkup.Decoded> list = pieces[column.ordinal()];
      if (list == null) {
        pieces[column.ordinal()] = List.of(piece);
      } else {
        if (list.size() == 1) {
          list = new ArrayList<>(list);
          pieces[column.ordinal()] = list;
        }
        list.add(piece);
      }
    }

    /** The pieces of a column's cell, or null when none. */
    List<CellMarkup.Decoded> pieces(Column column) {
      return pieces[column.ordinal()];
    }

    /** The text of a column's cell, its pieces joined; "" when none. */
    String text(Column column) {
      List<CellMarkup.Decoded> list = pieces[column.ordinal()];
      return list == null ? "" : join(list);
    }
  }

  /** One reading: the state of a single call. */
  private static final class Run {
    private final List<ReadWarning> warnings = new ArrayList<>();

    /** The layout in force: the standard one until a header row sets another. */
    private List<Column> layout = STANDARD_LAYOUT;
    /** How many rows were given. */
    private int rowCount;
    /**
     * The rows before the table: until a header row starts it, every row given (a text with no header
     * starts its table at its first measure or heading, known only at its end).
     */
    private final List<Row> front = new ArrayList<>();
    /** The row that starts the table, once known; its front matter is then read. */
    private @Nullable Row start;
    private Plan.@Nullable Builder plan;
    private @Nullable FrontMatter matter;
    /** The last row of the table so far, and the rows after it that may yet turn out to be inside it. */
    private @Nullable Row last;
    private final List<Row> after = new ArrayList<>();

    private DeadlineParser deadlines;
    private PlanPeriod period;
    private final List<Section> sections = new ArrayList<>();
    private final Set<Integer> sectionNumbers = new HashSet<>();
    private Section.Builder section;
    private GridLocation sectionLocation;
    /** The text of the task cell that started the section being read, in the task layout. */
    private String taskText;
    /** The last measure number read in the current task. */
    private int taskMeasures;
    /** The title of the section being read, while no measure of it has been read. */
    private String sectionTitle;
    private int sectionNumber;
    private final Set<MeasureNumber> measureNumbers = new HashSet<>();
    private MeasureDraft measure;
    /** The cells of the measure read before, by column ordinal: what a ditto mark repeats. */
    private String[] previousCells;
    private final Set<String> reportedColumns = new HashSet<>();
    /** A row that names some of the table's columns, which the next row may complete into a header. */
    private @Nullable Row headerFirstRow;
    private @Nullable List<Column> headerFirstColumns;
    /** Whether the warning about measures numbered without their section's number was given. */
    private boolean warnedBareNumbers;
    /**
     * The cells already parsed, by their text: plans repeat deadline phrases ("Постійно") and who is
     * responsible from measure to measure, and both parsers give immutable values that depend on the
     * text (and the plan's period) only, so each distinct text is parsed once per reading.
     */
    private final Map<String, Deadline> parsedDeadlines = new HashMap<>();
    private final Map<String, Responsible> responsible = new HashMap<>();

    /** Where a row or paragraph is, by its 1-based position: for the front matter's messages. */
    private final IntFunction<GridLocation> where;

    /** Whether the source is a text whose last line has no line end; known at its end. */
    private boolean endsMidLine;

    /** The limits; a grid's rows are already bounded by its document's limits, measures are not. */
    private final TextLimits limits;

    Run(IntFunction<GridLocation> where, TextLimits limits) {
      this.where = where;
      this.limits = limits;
    }

    private void warn(Row row, String message) {
      warnings.add(new ReadWarning(row.line, message, row.location));
    }

    /** Refuses the measure that would be one more than the limit allows, at its row. */
    private void checkMeasureLimit(Row row) throws PlanFormatException {
      if (measureNumbers.size() > limits.maxMeasures()) {
        throw new PlanFormatException(row.location, "the plan has more than " + limits.maxMeasures()
            + " measures, the limit of TextLimits.maxMeasures");
      }
    }

    /**
     * Turns a table written one cell per line (the header's cells on consecutive lines, then each
     * measure as its number followed by one line per other column, empty lines for empty cells) into
     * rows of cells. Text with TAB or bar-separated rows is returned as it is. Continuation rows cannot be
     * told apart in this rendering and are not supported in it.
     */
    static List<TableLine> regroupOneCellPerLine(List<TableLine> rows) {
      for (TableLine r : rows) {
        if (r.cells().size() > 1) {
          return rows;
        }
      }
      int start = -1;
      int width = 0;
      for (int i = 0; i < rows.size() && start < 0; i++) {
        width = verticalHeaderWidth(rows, i);
        if (width > 0) {
          start = i;
        }
      }
      if (start < 0) {
        return rows;
      }
      List<TableLine> out = new ArrayList<>(rows.subList(0, start));
      int j = start;
      while (j < rows.size()) {
        TableLine r = rows.get(j);
        String text = CellMarkup.text(r.raw());
        if (text.isEmpty()) {
          out.add(r);
          j++;
        } else if (verticalHeaderWidth(rows, j) == width || isVerticalColumnNumbers(rows, j, width)) {
          out.add(group(rows, j, width));
          j += width;
        } else if (looksLikeMeasureNumber(text)) {
          out.add(group(rows, j, width));
          j += width;
        } else if (HEADING.matcher(text).matches()) {
          out.add(r);
          j++;
        } else {
          break;
        }
      }
      out.addAll(rows.subList(Math.min(j, rows.size()), rows.size()));
      return out;
    }

    /** Returns how many consecutive lines from {@code i} make a header, or 0. */
    private static int verticalHeaderWidth(List<TableLine> rows, int i) {
      if (Column.ofHeader(CellMarkup.text(rows.get(i).raw())) != Column.NUMBER
          || CellMarkup.text(rows.get(i).raw()).isEmpty()) {
        return 0;
      }
      List<Column> columns = new ArrayList<>();
      columns.add(Column.NUMBER);
      for (int k = i + 1; k < rows.size() && columns.size() < 10; k++) {
        String text = CellMarkup.text(rows.get(k).raw());
        Column c = text.isEmpty() ? Column.OTHER : Column.ofHeader(text);
        if (c == Column.OTHER || c == Column.NUMBER || columns.contains(c)) {
          break;
        }
        columns.add(c);
      }
      boolean header = columns.size() >= 3 && columns.contains(Column.NAME)
          && (columns.contains(Column.DEADLINE) || columns.contains(Column.RESPONSIBLE));
      return header ? columns.size() : 0;
    }

    private static boolean isVerticalColumnNumbers(List<TableLine> rows, int i, int width) {
      if (i + width > rows.size()) {
        return false;
      }
      for (int k = 0; k < width; k++) {
        if (!CellMarkup.text(rows.get(i + k).raw()).equals(Integer.toString(k + 1))) {
          return false;
        }
      }
      return true;
    }

    private static TableLine group(List<TableLine> rows, int i, int width) {
      List<String> cells = new ArrayList<>();
      for (int k = i; k < i + width; k++) {
        cells.add(k < rows.size() ? rows.get(k).raw() : "");
      }
      return new TableLine(rows.get(i).line(), String.join(" | ", cells), cells);
    }

    private static List<TableLine> sources(List<Row> rows) {
      List<TableLine> lines = new ArrayList<>(rows.size());
      for (Row r : rows) {
        lines.add(r.source);
      }
      return lines;
    }

    /**
     * Takes the next row: classifies it and, once the table has started, reads it into the plan, so that a
     * row is done with while it is fresh; rows that may turn out to follow the table wait in {@link #after}.
     */
    void accept(Row row) throws PlanFormatException {
      rowCount++;
      layout = classify(row, layout);
      if (start == null) {
        if (row.kind != Kind.HEADER) {
          front.add(row);
          return;
        }
        begin(front, row);
      }
      table(row);
    }

    /** Starts the table at a row: reads the front matter before it, and so the plan's period. */
    private void begin(List<Row> before, Row first) throws PlanFormatException {
      start = first;
      plan = Plan.builder();
      matter = new FrontMatter(warnings, where);
      period = matter.readFront(sources(before), plan, first.line, null);
      deadlines = DeadlineParser.forPeriod(period);
    }

    /** A row after the table's start: read when it belongs to the table, else kept until that is known. */
    private void table(Row row) throws PlanFormatException {
      Kind k = row.kind;
      if (k == Kind.BLANK || k == Kind.TEXT || k == Kind.EMPTY_ROW || k == Kind.PAGE_FURNITURE
          || k == Kind.UNNUMBERED_HEADING) {
        after.add(row);
        return;
      }
      // A row of the table: the rows kept before it were inside the table after all.
      for (Row kept : after) {
        readTableRow(kept);
      }
      after.clear();
      readTableRow(row);
      last = row;
    }

    /** Ends the reading: the rows after the table's last row are its signatory, or nothing. */
    ReadResult finish(boolean endsMidLine) throws PlanFormatException {
      this.endsMidLine = endsMidLine;
      if (start == null) {
        startWithoutHeader();
      }
      boolean nothingAfter = true;
      for (Row r : after) {
        nothingAfter &= r.kind == Kind.BLANK || r.kind == Kind.EMPTY_ROW;
      }
      refuseTableRowsAfterTheTable();
      boolean cutShort = warnIfCutShort(last, nothingAfter);
      finishSection();
      boolean signed = matter.readSignatory(sources(after), plan);
      if (!signed && !cutShort) {
        warn(last, "nothing follows the table: the plan has no signatory (position and name) "
            + "after its last row; the text may be cut short, and the plan read holds only what comes "
            + "before");
      }
      try {
        return new ReadResult(plan.addAllSections(sections).build(), warnings);
      } catch (PlanStructureException e) {
        throw new PlanFormatException(start.location, e.getMessage(), e);
      }
    }

    /**
     * Refuses a row after the table's last read row that still has the table's shape, three cells with
     * text at least: it is a row of the table that no rule could place (a number written in a way not
     * read, say), and reading it as the signatory would lose it without a word. A signatory spread over a
     * sheet's row (the position in the first cell, the name in the last) has two.
     */
    private void refuseTableRowsAfterTheTable() throws PlanFormatException {
      for (Row r : after) {
        if (r.kind != Kind.TEXT || r.cells.size() < MIN_CELLS_OF_A_ROW_LEFT_OVER) {
          continue;
        }
        int withText = 0;
        for (CellMarkup.Decoded c : r.cells) {
          withText += c.text.isEmpty() ? 0 : 1;
        }
        if (withText >= MIN_CELLS_OF_A_ROW_LEFT_OVER) {
          throw new PlanFormatException(r.location, "cannot place this row in the table: expected a "
              + "measure row (first cell a number like \"1.1\" or \"1.\"), a section heading (\"1. Title\", "
              + "\"I. Title\"), a continuation row (first cell empty) or the repeated header; found \""
              + abbreviate(r.raw()) + "\"");
        }
      }
    }

    /**
     * With no header row anywhere, the table starts at the first measure, heading or task row of more
     * than one cell; the rows held until now are read from there.
     */
    private void startWithoutHeader() throws PlanFormatException {
      int first = -1;
      for (int i = 0; i < front.size() && first < 0; i++) {
        Row r = front.get(i);
        if ((r.kind == Kind.MEASURE || r.kind == Kind.HEADING || r.kind == Kind.TASK_ROW)
            && r.cells.size() > 1) {
          first = i;
        }
      }
      if (first < 0) {
        throw new PlanFormatException(rowCount == 0 ? GridLocation.ofLine(1) : where.apply(rowCount),
            "the text has no table: expected a header row "
            + "(\"№ з/п\", \"Найменування заходу\", …) or rows of TAB-separated cells starting with a "
            + "section heading (\"1. Title\") or a measure number (\"1.1\")");
      }
      List<Row> rows = new ArrayList<>(front);
      front.clear();
      begin(rows.subList(0, first), rows.get(first));
      // The columns cannot be told without a header: say which order was taken, as it may be wrong.
      warn(rows.get(first), "the table has no header row: its columns are read in the order № з/п, "
          + "Найменування заходу, Строк виконання, Відповідальні за виконання, Індикатор виконання, "
          + "Очікувані результати");
      for (Row r : rows.subList(first, rows.size())) {
        table(r);
      }
    }

    /**
     * Warns when the table's last row stops before its last column, or the table ends with a section
     * heading and no measure under it: the text was most likely cut short (a truncated download or
     * copy), and the plan read is only its beginning. Returns whether it warned.
     */
    private boolean warnIfCutShort(Row last, boolean nothingAfter) {
      if (last.kind == Kind.HEADING) {
        warn(last, "the table ends with the heading of section " + last.sectionNumber + " and no measure "
            + "under it: the text may be cut short, and the plan read holds only what comes before");
        return true;
      }
      if (last.kind != Kind.MEASURE && last.kind != Kind.CONTINUATION && last.kind != Kind.TASK_ROW) {
        return false;
      }
      if (last.cells.size() > 1 && last.cells.size() < last.layout.size()) {
        warn(last, "the table ends inside a row: its last row has " + last.cells.size() + " of "
            + last.layout.size() + " cells; the text may be cut short, and the plan read holds only "
            + "what comes before");
        return true;
      } else if (nothingAfter && endsMidLine) {
        warn(last, "the text ends inside the table's last row, with no line end and no signatory "
            + "after it: it may be cut short, and the plan read holds only what comes before");
        return true;
      }
      return false;
    }

    /** Sets the row's kind; returns the layout in force after it. */
    private List<Column> classify(Row row, List<Column> layout) {
      row.layout = layout;
      // The first row of a header written on two rows holds only for the row right after it.
      Row headerAbove = headerFirstRow;
      List<Column> columnsAbove = headerFirstColumns;
      headerFirstRow = null;
      headerFirstColumns = null;
      List<String> decoded = new ArrayList<>(row.cells.size());
      boolean anyText = false;
      for (CellMarkup.Decoded c : row.cells) {
        decoded.add(c.text);
        anyText |= !c.text.isEmpty();
      }
      if (!anyText) {
        row.kind = row.cells.size() > 1 ? Kind.EMPTY_ROW : Kind.BLANK;
        return layout;
      }
      if (row.continues) {
        // The source knows the row carries the cells of the row before it over a page break.
        row.kind = Kind.CONTINUATION;
        return layout;
      }
      String first = decoded.get(0);
      boolean restEmpty = true;
      for (int i = 1; i < decoded.size(); i++) {
        restEmpty &= decoded.get(i).isEmpty();
      }
      // A date alone on its line ("15.01.2025" under a signature) is not measure 15.1.2025.
      if (looksLikeMeasureNumber(first) && !(restEmpty && LONE_DATE.matcher(first).matches())) {
        row.kind = Kind.MEASURE;
        return layout;
      }
      Matcher heading = HEADING.matcher(first);
      if (heading.matches() && restEmpty) {
        row.kind = Kind.HEADING;
        row.sectionNumber = Integer.parseInt(heading.group(1));
        row.sectionTitle = heading.group(2) == null ? "" : heading.group(2);
        return layout;
      }
      if (row.cells.size() >= 3 && first.matches("\\d{1,6}\\.?") && decoded.size() >= 2
          && !decoded.get(1).isEmpty() && decoded.stream().skip(2).allMatch(String::isEmpty)) {
        // "1." in the number column and the title in the next one
        row.kind = Kind.HEADING;
        row.sectionNumber = Integer.parseInt(first.replace(".", ""));
        row.sectionTitle = decoded.get(1);
        return layout;
      }
      if (row.cells.size() >= 3 && TableLine.isColumnNumbers(decoded)) {
        row.kind = Kind.COLUMN_NUMBERS;
        return layout;
      }
      if (row.cells.size() >= 3 && fitsAHeader(decoded)) {
        List<Column> header = new ArrayList<>();
        for (String d : decoded) {
          header.add(d.isEmpty() ? Column.OTHER : Column.ofHeader(d));
        }
        if (header.contains(Column.NAME)
            && (header.contains(Column.DEADLINE) || header.contains(Column.RESPONSIBLE))) {
          row.kind = Kind.HEADER;
          row.layout = List.copyOf(header);
          return row.layout;
        }
        if (headerAbove != null && columnsAbove.size() == header.size()) {
          // "№ з/п | Найменування заходу | Виконання | | Очікуваний результат" ("Виконання" spanning two
          // columns) above "| | Строк | Відповідальні |": a header on two rows, each column named by the
          // row that names it.
          List<Column> combined = new ArrayList<>(header.size());
          for (int i = 0; i < header.size(); i++) {
            combined.add(header.get(i) == Column.OTHER ? columnsAbove.get(i) : header.get(i));
          }
          if (combined.contains(Column.NAME)
              && (combined.contains(Column.DEADLINE) || combined.contains(Column.RESPONSIBLE))) {
            headerAbove.kind = Kind.COLUMN_NUMBERS; // read as part of the header: skipped in the table
            if (!front.isEmpty() && front.get(front.size() - 1) == headerAbove) {
              front.remove(front.size() - 1);
            }
            row.kind = Kind.HEADER;
            row.layout = List.copyOf(combined);
            return row.layout;
          }
        }
        if (header.contains(Column.NAME) || header.contains(Column.NUMBER)) {
          headerFirstRow = row;
          headerFirstColumns = header;
        }
      }
      int taskColumn = layout.indexOf(Column.TASK);
      int nameColumn = layout.indexOf(Column.NAME);
      if (taskColumn >= 0 && nameColumn >= 0 && row.cells.size() > nameColumn
          && (!row.text(nameColumn).isEmpty() || !row.text(taskColumn).isEmpty())) {
        row.kind = Kind.TASK_ROW;
        return layout;
      }
      if (start != null && row.cells.size() >= 2 && restEmpty) {
        Matcher roman = ROMAN_HEADING.matcher(first);
        int number = roman.matches() ? romanNumber(roman.group(1)) : 0;
        if (number > 0) {
          row.kind = Kind.HEADING;
          row.sectionNumber = number;
          row.sectionTitle = roman.group(2);
          return layout;
        }
        if (first.codePoints().anyMatch(Character::isLetter)
            && !FrontMatter.PAGE_FURNITURE.matcher(first).matches()) {
          row.kind = Kind.UNNUMBERED_HEADING;
          row.sectionTitle = first;
          return layout;
        }
      }
      Matcher bare = BARE_NUMBER.matcher(first);
      if (start != null && row.cells.size() >= MIN_CELLS_OF_A_MEASURE_ROW && !restEmpty && bare.matches()) {
        // "4." in the number column and the measure's cells after it: the plan numbers its measures
        // without their section's number (through the plan, or anew in each section).
        row.kind = Kind.MEASURE;
        row.bareNumber = Integer.parseInt(bare.group(1));
        return layout;
      }
      if (start != null && first.isEmpty() && decoded.size() >= MIN_CELLS_OF_A_MEASURE_ROW
          && !decoded.get(1).isEmpty()
          && decoded.stream().skip(2).allMatch(String::isEmpty) && headingInNameColumn(row, decoded.get(1))) {
        return layout;
      }
      if (row.cells.size() >= 2 && first.isEmpty()) {
        row.kind = Kind.CONTINUATION;
      } else if (row.cells.size() == 1 && FrontMatter.PAGE_FURNITURE.matcher(first).matches()) {
        row.kind = Kind.PAGE_FURNITURE;
      }
      return layout;
    }

    /**
     * "| 1. Організаційні заходи | | |": a section heading written in the name column with the number
     * column empty. Taken as a heading only when it is the next section's number (Arabic or Roman) and its
     * title starts with a capital letter, so that a measure's text carried on to a new row ("2. провести
     * …") stays a continuation.
     */
    private boolean headingInNameColumn(Row row, String text) {
      Matcher arabic = HEADING.matcher(text);
      Matcher roman = ROMAN_HEADING.matcher(text);
      int number = arabic.matches() ? Integer.parseInt(arabic.group(1))
          : roman.matches() ? romanNumber(roman.group(1)) : 0;
      String title = arabic.matches() ? arabic.group(2) : roman.matches() ? roman.group(2) : null;
      if (number != nextSectionNumber() || title == null || title.isEmpty()
          || !Character.isUpperCase(title.codePointAt(0))) {
        return false;
      }
      row.kind = Kind.HEADING;
      row.sectionNumber = number;
      row.sectionTitle = title;
      return true;
    }

    /**
     * Whether every cell is short enough to be a column's header: a continuation row's long texts are not
     * looked up word by word as headers (the longest header of the plans read is "Індикатор виконання
     * (очікуваний результат)", 42 characters; the bound leaves five times that).
     */
    private static boolean fitsAHeader(List<String> cells) {
      for (String cell : cells) {
        if (cell.length() > MAX_HEADER_LENGTH) {
          return false;
        }
      }
      return true;
    }

    // ---------------------------------------------------------------- table

    private void readTableRow(Row row) throws PlanFormatException {
      switch (row.kind) {
        case BLANK:
        case EMPTY_ROW:
        case COLUMN_NUMBERS:
          return;
        case HEADER:
          warnUnknownColumns(row);
          return;
        case PAGE_FURNITURE:
          warn(row, "skipped as a page number or page heading inside the "
              + "table: \"" + abbreviate(row.text(0)) + "\"");
          return;
        case HEADING:
          startSection(row);
          return;
        case UNNUMBERED_HEADING:
          row.sectionNumber = nextSectionNumber();
          startSection(row);
          return;
        case MEASURE:
          startMeasure(row);
          return;
        case CONTINUATION:
          continueMeasure(row);
          return;
        case TASK_ROW:
          readTaskRow(row);
          return;
        default:
          throw new PlanFormatException(row.location, "cannot place this row in the table: expected "
              + "a measure row (first cell a number like \"1.1\"), a section heading (\"1. Title\"), a "
              + "continuation row (first cell empty) or the repeated header; found \"" + abbreviate(row.raw())
              + "\"");
      }
    }

    private void warnUnknownColumns(Row row) {
      for (int i = 0; i < row.layout.size(); i++) {
        String header = row.text(i);
        // The header repeats after every page break: report each unknown column once.
        if (row.layout.get(i) == Column.OTHER && !header.isEmpty() && reportedColumns.add(i + ":" + header)) {
          warn(row, "column " + (i + 1) + " \"" + abbreviate(header)
              + "\" has no place in the plan model; its cells are reported when not empty");
        }
      }
    }

    /**
     * A row of the task layout: a task cell with new text starts a section (numbered as printed, "1.",
     * or next); the measure's number is task.k, k as printed before the measure ("1)", "2.", "1.1") or
     * next. The measure's name keeps its printed label. An empty task cell, the same task text again
     * (a merged cell repeated by an extractor) or a ditto mark stays in the task.
     */
    private void readTaskRow(Row row) throws PlanFormatException {
      int taskColumn = row.layout.indexOf(Column.TASK);
      int nameColumn = row.layout.indexOf(Column.NAME);
      String task = row.text(taskColumn).replace('\n', ' ').strip();
      if (!task.isEmpty() && !row.ditto[taskColumn] && !task.equals(taskText)) {
        finishSection();
        int number = leadingNumber(task);
        String title = number > 0 ? task.substring(task.indexOf('.') + 1).strip() : task;
        if (number <= 0 || sectionNumbers.contains(number)) {
          number = nextSectionNumber();
        }
        sectionNumbers.add(number);
        section = Section.builder().number(number).title(title);
        sectionNumber = number;
        sectionLocation = row.location;
        sectionTitle = title;
        taskText = task;
        taskMeasures = 0;
      }
      String name = row.text(nameColumn);
      if (name.isEmpty()) {
        if (measure != null) {
          addCells(row, false);
        }
        return;
      }
      finishMeasure();
      if (section == null) {
        throw new PlanFormatException(row.location, "a measure comes before any task: "
            + "expected the task's name in column " + (taskColumn + 1));
      }
      int k = labelNumber(name);
      if (k <= taskMeasures) {
        k = taskMeasures + 1;
      }
      taskMeasures = k;
      MeasureNumber number = MeasureNumber.of(sectionNumber, k);
      measureNumbers.add(number);
      checkMeasureLimit(row);
      measure = new MeasureDraft(row.location, number);
      sectionTitle = null;
      addCells(row, true);
    }

    private void startSection(Row row) throws PlanFormatException {
      finishSection();
      if (!sectionNumbers.add(row.sectionNumber) || row.sectionNumber < 1) {
        throw new PlanFormatException(row.location, "section number " + row.sectionNumber
            + (row.sectionNumber < 1 ? " is below 1" : " appears more than once")
            + "; expected a new section number like \"" + (sectionNumbers.size() + 1) + ". Title\"");
      }
      section = Section.builder().number(row.sectionNumber).title(row.sectionTitle);
      sectionTitle = row.sectionTitle;
      sectionNumber = row.sectionNumber;
      sectionLocation = row.location;
    }

    private void finishSection() throws PlanFormatException {
      finishMeasure();
      if (section != null) {
        try {
          sections.add(section.build());
        } catch (PlanStructureException e) {
          throw new PlanFormatException(sectionLocation, e.getMessage(), e);
        }
        section = null;
      }
    }

    private void startMeasure(Row row) throws PlanFormatException {
      finishMeasure();
      MeasureNumber number;
      if (row.bareNumber > 0) {
        number = bareMeasureNumber(row);
      } else {
        String numberText = compactNumber(row.text(0));
        try {
          number = MeasureNumber.parse(numberText);
        } catch (IllegalArgumentException e) {
          throw new PlanFormatException(row.location, e.getMessage(), e);
        }
      }
      if (section == null) {
        throw new PlanFormatException(row.location, "measure " + number + " comes before any section "
            + "heading; expected a heading row like \"" + number.section() + ". Title\" above it");
      }
      if (number.section() != sectionNumber) {
        throw new PlanFormatException(row.location, "measure " + number + " is in section "
            + sectionNumber + "; expected a number starting with \"" + sectionNumber + ".\"");
      }
      if (!measureNumbers.add(number)) {
        throw new PlanFormatException(row.location, "measure number " + number
            + " appears more than once");
      }
      checkMeasureLimit(row);
      measure = new MeasureDraft(row.location, number);
      sectionTitle = null;
      addCells(row, true);
    }

    /**
     * The number of a measure printed without its section's: the section's number, then the printed one
     * ("4." in section 2 is 2.4). A table with no section heading above it has one section, numbered 1
     * with no title. Both are said once in a warning, as the numbers read are not the ones printed.
     */
    private MeasureNumber bareMeasureNumber(Row row) throws PlanFormatException {
      if (section == null) {
        if (!sections.isEmpty()) {
          throw new PlanFormatException(row.location, "measure \"" + row.text(0) + "\" comes after section "
              + sectionNumber + " has ended; expected a section heading above it");
        }
        sectionNumber = nextSectionNumber();
        sectionNumbers.add(sectionNumber);
        section = Section.builder().number(sectionNumber).title("");
        sectionLocation = row.location;
        sectionTitle = "";
        warn(row, "the table has no section heading above its first measure: its measures are read into "
            + "section " + sectionNumber + ", which has no title");
      }
      MeasureNumber number = MeasureNumber.of(sectionNumber, row.bareNumber);
      if (!warnedBareNumbers) {
        warnedBareNumbers = true;
        warn(row, "measures are numbered without their section's number (\"" + row.text(0) + "\"): each is "
            + "read as the section's number before the printed one (" + number + ")");
      }
      return number;
    }

    /** The number after the highest section number read: 1 for the first section. */
    private int nextSectionNumber() {
      return sectionNumbers.isEmpty() ? 1 : java.util.Collections.max(sectionNumbers) + 1;
    }

    private void continueMeasure(Row row) throws PlanFormatException {
      if (measure == null && section != null && row.continues && sectionTitle != null) {
        // A section heading carried over a page break (a document says so): its text continues the title.
        sectionTitle = WrappedText.join(List.of(sectionTitle, row.text(0)));
        section = Section.builder().number(sectionNumber).title(sectionTitle);
        return;
      }
      if (measure == null) {
        throw new PlanFormatException(row.location, "a continuation row (first cell empty) with no "
            + "measure above it in " + (section == null ? "the table" : "section " + sectionNumber)
            + "; found \"" + abbreviate(row.raw()) + "\"");
      }
      addCells(row, false);
    }

    private void addCells(Row row, boolean first) throws PlanFormatException {
      List<Column> layout = row.layout;
      for (int i = 0; i < row.cells.size(); i++) {
        CellMarkup.Decoded decoded = row.cells.get(i);
        if (i == 0 && (layout.isEmpty() || layout.get(0) == Column.NUMBER)) {
          continue;
        }
        if (i >= layout.size()) {
          if (!decoded.text.isEmpty()) {
            throw new PlanFormatException(row.location, "cell " + (i + 1) + " is outside the table's "
                + layout.size() + " columns; found \"" + abbreviate(decoded.text) + "\"");
          }
          continue;
        }
        Column column = layout.get(i);
        if (column == Column.NUMBER || column == Column.TASK) {
          continue;
        }
        if (first && column != Column.OTHER && row.ditto[i]) {
          String mark = decoded.text.strip();
          if (previousCells == null) {
            throw new PlanFormatException(row.location, "the ditto mark \"" + mark
                + "\" in column " + (i + 1) + " has no measure above it to repeat");
          }
          String above = previousCells[column.ordinal()];
          warn(row, "measure " + measure.number + ": the ditto mark \""
              + mark + "\" in column " + (i + 1) + " was replaced by the cell above: \""
              + abbreviate(above) + "\"");
          measure.add(column, new CellMarkup.Decoded(above, List.of()));
          continue;
        }
        if (decoded.text.isEmpty()) {
          continue;
        }
        if (column == Column.OTHER) {
          warn(row, "measure " + measure.number + ": column " + (i + 1)
              + " has no place in the plan model; its text was not kept: \"" + abbreviate(decoded.text)
              + "\"");
          continue;
        }
        measure.add(column, decoded);
      }
    }

    private void finishMeasure() throws PlanFormatException {
      if (measure == null) {
        return;
      }
      String[] cells = new String[COLUMNS.length];
      for (Column c : COLUMNS) {
        cells[c.ordinal()] = measure.text(c);
      }
      String deadlineCell = cells[Column.DEADLINE.ordinal()];
      try {
        Measure.Builder m = Measure.builder()
            .number(measure.number)
            .name(cells[Column.NAME.ordinal()])
            .deadline(deadline(mainDeadline(deadlineCell)))
            .responsible(responsible.computeIfAbsent(cells[Column.RESPONSIBLE.ordinal()],
                ResponsibleParser::parse))
            .resources(cells[Column.RESOURCES.ordinal()]);
        if (period != null && !period.isSingleYear()) {
          m.putAllYearlyDeadlines(yearlyDeadlines(deadlineCell));
        }
        for (String item : items(measure.pieces(Column.INDICATORS), cells[Column.INDICATORS.ordinal()])) {
          m.addIndicators(Indicator.of(item));
        }
        for (String item : items(measure.pieces(Column.EXPECTED_RESULTS),
            cells[Column.EXPECTED_RESULTS.ordinal()])) {
          m.addExpectedResults(ExpectedResult.of(item));
        }
        section.addMeasures(m.build());
      } catch (PlanStructureException e) {
        throw new PlanFormatException(measure.location, e.getMessage(), e);
      }
      previousCells = cells;
      measure = null;
    }

    /**
     * The lines of a deadline cell before a multi-year plan's deadlines per year: the deadline cell of a
     * programme written as a document ends with one line per year, "2025: до 31 травня 2025 р.".
     */
    private String mainDeadline(String cell) {
      int years = yearLines(cell).size();
      if (years == 0) {
        return cell;
      }
      String[] lines = cell.split("\n", -1);
      return String.join("\n", java.util.Arrays.asList(lines).subList(0, lines.length - years));
    }

    /** The deadlines per year of the last lines of a multi-year plan's deadline cell, as {@link #mainDeadline}. */
    private Map<Integer, Deadline> yearlyDeadlines(String cell) {
      Map<Integer, Deadline> out = new java.util.TreeMap<>();
      for (Map.Entry<Integer, String> e : yearLines(cell).entrySet()) {
        DeadlineParser parser = DeadlineParser.forPeriod(PlanPeriod.ofYear(e.getKey()));
        try {
          out.put(e.getKey(), parser.parse(e.getValue()));
        } catch (RuntimeException ex) {
          // The parser never throws; the guard keeps a future defect from escaping as a stray exception.
          out.put(e.getKey(), Deadline.unparsed(e.getValue()));
        }
      }
      return out;
    }

    /**
     * The trailing lines "YYYY: text" of a deadline cell, for years of a multi-year plan's period, in
     * increasing order, each year once; none for a one-year plan.
     */
    private Map<Integer, String> yearLines(String cell) {
      Map<Integer, String> out = new java.util.TreeMap<>();
      if (period == null || period.isSingleYear() || cell.indexOf(':') < 0) {
        return out;
      }
      String[] lines = cell.split("\n", -1);
      int next = Integer.MAX_VALUE;
      for (int k = lines.length - 1; k >= 0; k--) {
        Matcher m = YEAR_LINE.matcher(lines[k]);
        if (!m.matches()) {
          break;
        }
        int year = Integer.parseInt(m.group(1));
        if (!period.containsYear(year) || year >= next) {
          break;
        }
        out.put(year, m.group(2));
        next = year;
      }
      return out;
    }

    private Deadline deadline(String text) {
      return parsedDeadlines.computeIfAbsent(text, t -> {
        // The parser never throws; the guard keeps a future defect from escaping as a stray exception.
        try {
          return deadlines.parse(t);
        } catch (RuntimeException e) {
          return Deadline.unparsed(t);
        }
      });
    }


  }

  // ---------------------------------------------------------------- joining pieces

  /** {@link CellText#items(List, String)}. */
  static List<String> items(List<CellMarkup.Decoded> pieces, String joined) {
    return CellText.items(pieces, joined);
  }

  /** {@link CellText#join(List)}. */
  static String join(List<CellMarkup.Decoded> pieces) {
    return CellText.join(pieces);
  }

  /**
   * Tells whether a text alone on a line would be read as a row of the table: a section heading
   * ("1. Title", "Розділ 2.") or a measure number.
   */
  static boolean readsAsTableRow(String text) {
    String t = text.strip();
    return looksLikeMeasureNumber(t) || HEADING.matcher(t).matches();
  }

  /**
   * Whether a cell reads as a measure's number: groups of up to nine digits joined by single dots, at
   * least two groups, and one dot allowed at the end ("1.1", "3.10.", "1.1.1.1"); spaces are allowed before
   * a dot, and after a dot that has them before it ("1 . 1", "1 .1", as a PDF set in a monospaced font gives
   * it; {@link #compactNumber} takes them out), but not after a dot alone: "1. 1" is a heading.
   * Scanned in one pass: a regular expression with a repeated group recurses per group, and a cell of
   * thousands of groups would overflow the stack. How deep a number may be is {@link MeasureNumber#parse}'s
   * to say.
   */
  /**
   * The value of a Roman numeral written in Latin or Cyrillic letters (І for I, Х for X), 1 to 39; 0 when
   * the letters are no numeral in the usual subtractive form ("IIII", "VX").
   */
  static int romanNumber(String letters) {
    String r = letters.replace('І', 'I').replace('Х', 'X');
    int value = 0;
    int i = 0;
    while (i < r.length() && r.charAt(i) == 'X' && value < 30) {
      value += 10;
      i++;
    }
    String rest = r.substring(i);
    String[] units = {"", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"};
    for (int u = 0; u < units.length; u++) {
      if (units[u].equals(rest)) {
        return value + u;
      }
    }
    return 0;
  }

  static boolean looksLikeMeasureNumber(String s) {
    int groups = 0;
    int digits = 0;
    int n = s.length();
    char previous = 0;
    // Whether the last dot had a space before it: only then may a space follow it. "1. 1" stays what the
    // writer makes of a section titled "1", a heading; "1 . 1" and "1 .1" are numbers.
    boolean spacedDot = false;
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c >= '0' && c <= '9') {
        if (++digits > 9 || previous == ' ' && !(spacedDot && dotBeforeSpaces(s, i))) {
          return false;
        }
      } else if (c == '.' && digits > 0) {
        groups++;
        digits = 0;
        spacedDot = previous == ' ';
      } else if (c == ' ' && i > 0 && (nextIsDot(s, i) || spacedDot && dotBeforeSpaces(s, i))) {
        // a space before a dot, or after a dot with one before it: "1 . 1", "1 .1"
      } else {
        return false;
      }
      previous = c;
    }
    // A trailing dot closed the last group already ("3.10."); the loop refused a dot after a dot.
    return groups + (digits > 0 ? 1 : 0) >= 2;
  }

  /** Whether the spaces before {@code at} follow a dot. */
  private static boolean dotBeforeSpaces(String s, int at) {
    int i = at - 1;
    while (i >= 0 && s.charAt(i) == ' ') {
      i--;
    }
    return i >= 0 && s.charAt(i) == '.';
  }

  /** Whether the spaces from {@code at} on end at a dot. */
  private static boolean nextIsDot(String s, int at) {
    int i = at;
    while (i < s.length() && s.charAt(i) == ' ') {
      i++;
    }
    return i < s.length() && s.charAt(i) == '.';
  }

  /** A cell that {@linkplain #looksLikeMeasureNumber looks like a number}, its spaces taken out. */
  static String compactNumber(String s) {
    return s.indexOf(' ') < 0 ? s : s.replace(" ", "");
  }

  /** The number before a task's text, "1. Забезпечити…" → 1; 0 if there is none. */
  static int leadingNumber(String text) {
    int i = 0;
    while (i < text.length() && i < 6 && Character.isDigit(text.charAt(i))) {
      i++;
    }
    if (i == 0 || i >= text.length() || text.charAt(i) != '.') {
      return 0;
    }
    return Integer.parseInt(text.substring(0, i));
  }

  /**
   * The number a measure's printed label gives it inside its task: "2) Розробити" → 2, "3. …" → 3,
   * "1.4 …" → 4; 0 if there is no label.
   */
  static int labelNumber(String name) {
    int i = 0;
    int start = 0;
    while (i < name.length() && i < 24) {
      char c = name.charAt(i);
      if (Character.isDigit(c)) {
        i++;
      } else if (c == '.' && i > start && i + 1 < name.length() && Character.isDigit(name.charAt(i + 1))) {
        start = ++i;
      } else {
        break;
      }
    }
    if (i == start || i >= name.length() || i - start > 6) {
      return 0;
    }
    char end = name.charAt(i);
    if (end != ')' && end != '.' && !(start > 0 && end == ' ')) {
      return 0;
    }
    return Integer.parseInt(name.substring(start, i));
  }

  /** {@link CellText#abbreviate(String)}. */
  static String abbreviate(String s) {
    return CellText.abbreviate(s);
  }
}
