package io.github.acplan.serialization.csv;

import io.github.acplan.core.text.TextNormalization;
import java.io.Flushable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;

/**
 * Writes CSV records for spreadsheets: RFC 4180 quoting (by Apache Commons CSV) and every cell
 * neutralised against formula injection (CWE-1236) in a way that can be undone exactly.
 *
 * <h2>Neutralisation</h2>
 * A spreadsheet evaluates a cell that looks like a formula, and plans are full of cells that do ("- item"
 * lists, "+380…" phone numbers). {@link #neutralise(String)} puts one apostrophe {@code '} in front of a
 * cell that:
 * <ul>
 *   <li>starts with {@code =}, {@code +}, {@code -} or {@code @}, or with their full-width and small forms
 *       ({@code ＝ ＋ － ＠}, U+FF1D, U+FF0B, U+FF0D, U+FF20; {@code ﹦ ﹢ ﹣ ﹫}, U+FE66, U+FE62, U+FE63,
 *       U+FE6B), which some spreadsheets read as the ASCII ones;</li>
 *   <li>starts with a control character (TAB, CR, LF and the rest of U+0000–U+001F, U+007F–U+009F);</li>
 *   <li>starts with white space or control characters followed by one of those signs (" =1", or a no-break space and "+1"),
 *       since spreadsheets trim before they evaluate;</li>
 *   <li>starts with an apostrophe itself: so that reading back can tell a cell that really starts with
 *       {@code '} (written {@code ''}) from a neutralised one.</li>
 * </ul>
 * Every other cell is written as it is. Hence the rule for reading back, {@link #restore(String)}: a cell
 * that starts with {@code '} loses exactly that one apostrophe; any other cell is the value. Writing with
 * {@code neutralise} and reading with {@code restore} gives back every string.
 *
 * <h2>Records</h2>
 * Fields are separated by commas and quoted with {@code "} (doubled inside) when Commons CSV's minimal
 * quoting asks for it: a comma, a quote, CR or LF inside, a first character up to {@code #} (a space, a
 * control character), white space at the end, or an empty first field. Records end with CRLF
 * ({@link #rfc4180(Appendable)}) or LF ({@link #withLineFeeds(Appendable)}). Any RFC 4180 reader reads
 * them back.
 *
 * <p>An instance writes to one destination and is not thread-safe; the static methods are.
 */
public final class SpreadsheetCsv implements Flushable {

  private static final CSVFormat CRLF = format("\r\n");
  private static final CSVFormat LF = format("\n");

  private final CSVPrinter printer;

  private SpreadsheetCsv(Appendable out, CSVFormat format) throws IOException {
    this.printer = new CSVPrinter(Objects.requireNonNull(out, "out"), format);
  }

  private static CSVFormat format(String recordSeparator) {
    return CSVFormat.RFC4180.builder().setRecordSeparator(recordSeparator).setQuoteMode(QuoteMode.MINIMAL)
        .get();
  }

  /**
   * Returns a writer of records that end with CRLF, as RFC 4180 says.
   *
   * @param out where to write; not closed by the writer
   * @return the writer
   * @throws IOException if the destination fails
   */
  public static SpreadsheetCsv rfc4180(Appendable out) throws IOException {
    return new SpreadsheetCsv(out, CRLF);
  }

  /**
   * Returns a writer of records that end with LF, for command-line tools and scripts.
   *
   * @param out where to write; not closed by the writer
   * @return the writer
   * @throws IOException if the destination fails
   */
  public static SpreadsheetCsv withLineFeeds(Appendable out) throws IOException {
    return new SpreadsheetCsv(out, LF);
  }

  /**
   * Writes one record, each cell {@linkplain #neutralise(String) neutralised} and quoted as needed.
   *
   * @param cells the cells, none null
   * @throws IOException if writing fails
   */
  public void record(List<String> cells) throws IOException {
    List<String> out = new ArrayList<>(cells.size());
    for (String cell : cells) {
      out.add(neutralise(Objects.requireNonNull(cell, "cell")));
    }
    printer.printRecord(out);
  }

  /**
   * Writes one record, as {@link #record(List)}.
   *
   * @param cells the cells, none null
   * @throws IOException if writing fails
   */
  public void record(String... cells) throws IOException {
    record(Arrays.asList(cells));
  }

  /**
   * Flushes the destination if it can be flushed.
   *
   * @throws IOException if flushing fails
   */
  @Override
  public void flush() throws IOException {
    printer.flush();
  }

  /**
   * Returns the cell as written to CSV: with an apostrophe in front if it looks like a formula or starts
   * with an apostrophe (the rules are in the class documentation); as it is otherwise.
   *
   * @param cell the value
   * @return the cell to write
   */
  public static String neutralise(String cell) {
    return needsGuard(cell) ? "'" + cell : cell;
  }

  /**
   * Undoes {@link #neutralise(String)}: removes one apostrophe from the start of a cell that has one.
   *
   * @param cell a cell as read from CSV written by this class
   * @return the value
   */
  public static String restore(String cell) {
    return cell.startsWith("'") ? cell.substring(1) : cell;
  }

  private static boolean needsGuard(String cell) {
    if (cell.isEmpty()) {
      return false;
    }
    char first = cell.charAt(0);
    if (first == '\'' || Character.isISOControl(first)) {
      return true;
    }
    int i = 0;
    while (i < cell.length()
        && (TextNormalization.isSpace(cell.charAt(i)) || Character.isISOControl(cell.charAt(i)))) {
      i++;
    }
    return i < cell.length() && isFormulaSign(cell.charAt(i));
  }

  private static boolean isFormulaSign(char c) {
    switch (c) {
      case '=':
      case '+':
      case '-':
      case '@':
      case '\uFF1D': // ＝
      case '\uFF0B': // ＋
      case '\uFF0D': // －
      case '\uFF20': // ＠
      case '\uFE66': // ﹦
      case '\uFE62': // ﹢
      case '\uFE63': // ﹣
      case '\uFE6B': // ﹫
        return true;
      default:
        return false;
    }
  }
}
