package io.github.acplan.serialization.text;

import io.github.acplan.core.Measure;
import io.github.acplan.core.Plan;
import io.github.acplan.core.PlanKind;
import io.github.acplan.core.PlanPeriod;
import io.github.acplan.core.ResponsibleParser;
import io.github.acplan.core.deadline.DeadlineParser;
import io.github.acplan.core.risk.RiskLevel;
import io.github.acplan.core.risk.RiskScale;
import io.github.acplan.serialization.PlanFormatException;
import io.github.acplan.serialization.table.TableGrid;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
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
 * <p>Errors are {@link PlanFormatException}s located "line N" or "line N, column M" (for a
 * {@link TableGrid}, the row's location and the column). This class is immutable and thread-safe.
 *
 * <p>How it is built: {@code RegisterRows} decides what each row is, {@code RiskScores} reads the
 * scores and the level, {@code RegisterMeasures} turns a measure row into measures, and
 * {@code RegisterReading} puts one reading together; the text form and a document's grid reach them as the
 * same rows.
 */
public final class RiskRegisterTextReader {

  private static final RiskRegisterTextReader STANDARD = new RiskRegisterTextReader(null, RiskScale.NAZK_2021,
      TextLimits.standard());

  private final @Nullable PlanPeriod period;
  private final RiskScale scale;
  private final TextLimits limits;

  private RiskRegisterTextReader(@Nullable PlanPeriod period, RiskScale scale, TextLimits limits) {
    this.period = period;
    this.scale = scale;
    this.limits = limits;
  }

  /**
   * Returns the reader that takes the period from the title, scores on {@link RiskScale#NAZK_2021} and
   * reads text up to the {@linkplain TextLimits#standard() standard limits} (characters and lines; the
   * measure limit is not used for registers).
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
    return new RiskRegisterTextReader(Objects.requireNonNull(period, "period"), scale, limits);
  }

  /**
   * Returns a reader that scores words on another scale and sets it as the programme's
   * {@link Plan#riskScale()}.
   *
   * @param scale the scale
   * @return a reader with that scale
   */
  public RiskRegisterTextReader withRiskScale(RiskScale scale) {
    return new RiskRegisterTextReader(period, Objects.requireNonNull(scale, "scale"), limits);
  }

  /**
   * Returns a reader that reads text up to other limits of characters and lines.
   *
   * @param newLimits the limits
   * @return a reader with those limits
   */
  public RiskRegisterTextReader withLimits(TextLimits newLimits) {
    return new RiskRegisterTextReader(period, scale, Objects.requireNonNull(newLimits, "newLimits"));
  }

  /**
   * Returns the limits of characters and lines this reader checks while reading text.
   *
   * @return the limits
   */
  public TextLimits limits() {
    return limits;
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
   *     the title has no period (and none was given), the programme breaks the model's structure, or the
   *     text is over the {@linkplain #limits() limits}; the location is "line N" or "line N, column M"
   */
  public ReadResult read(CharSequence text) throws PlanFormatException {
    Objects.requireNonNull(text, "text");
    return read(TextLines.of(text, limits));
  }

  private ReadResult read(TextLines lines) throws PlanFormatException {
    return new RegisterReading(SourceRow.ofLines(lines.lines()), period, scale).read();
  }

  /**
   * Reads a programme from its risk register as a {@link TableGrid} (from a DOCX, XLSX, HTML or PDF),
   * by the same rules as the text, row by row: a cell spanning columns is that cell followed by empty
   * cells, a cell continuing a vertical merge is empty, a cell's list items are list items (one measure
   * each in the measure column), its other paragraphs are lines of one text; a header row the document
   * repeats on a later page is skipped and marks a page break; a row the document marks as continued
   * continues the cells of the row before it. The paragraphs before and after the table are read as the
   * lines around the text's table.
   *
   * @param grid the register's table and the paragraphs around it
   * @return the programme and the warnings, located in the grid
   * @throws PlanFormatException as {@link #read(CharSequence)}; the location is the grid's (page, sheet,
   *     table row, paragraph), followed by the column for a cell
   */
  public ReadResult read(TableGrid grid) throws PlanFormatException {
    Objects.requireNonNull(grid, "grid");
    return new RegisterReading(SourceRow.ofGrid(grid), period, scale).read();
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
    return read(TextLines.read(reader, limits));
  }

  /**
   * Reads a programme from a stream of UTF-8 text (or UTF-16, if it begins with UTF-16's byte order mark, as
   * Windows' Notepad saves "Unicode"), decoding it as it reads; the stream is read to its end
   * (or to a limit) and not closed.
   *
   * @param in the register's text in UTF-8
   * @return the programme and the warnings
   * @throws IOException if reading fails
   * @throws PlanFormatException as {@link #read(CharSequence)}, and for bytes that are not UTF-8 (or
   *     UTF-16 after its mark), at "line N, byte B" (B counted from 0); the message says when the bytes
   *     look like Windows-1251, which is not guessed at but refused with how to convert it
   */
  public ReadResult read(InputStream in) throws IOException, PlanFormatException {
    Objects.requireNonNull(in, "in");
    return read(PlanTextReader.streamLines(in, limits));
  }

  /** {@link CellText#withoutSeparator(String)}. */
  static String withoutSeparator(String item) {
    return CellText.withoutSeparator(item);
  }

  /** {@link CellText#splitNumbered(List)}. */
  static List<String> splitNumbered(List<String> items) {
    return CellText.splitNumbered(items);
  }
}
