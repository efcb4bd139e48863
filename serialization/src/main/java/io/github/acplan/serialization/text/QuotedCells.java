package io.github.acplan.serialization.text;

import io.github.acplan.serialization.PlanFormatException;
import io.github.acplan.serialization.csv.PlanCsv;
import io.github.acplan.serialization.table.GridLocation;
import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A table's text with its cells in double quotes, as spreadsheets give it: Excel's copy of a range (a
 * cell with a line break or a quote in quotes, its quotes doubled) and LibreOffice Calc's "Text CSV" with
 * TAB as the separator (every text cell in quotes); and a spreadsheet's CSV with a comma or a semicolon
 * as the separator (Calc's "Text CSV" as it comes, Excel's "CSV UTF-8", which separates by semicolons
 * where the locale's decimal mark is a comma, as in Ukrainian). Read with Commons CSV ({@code "} the
 * quote), so that a cell's line breaks stay inside the cell; each record becomes a line of the text form,
 * its cells written as the text form writes a value ({@link CellMarkup#encode(String)}), and is read as
 * any other line. Errors name the line the record starts on.
 */
final class QuotedCells {

  /**
   * What only a spreadsheet's quoted text has: two cells in quotes side by side (Calc quotes every text
   * cell, the header's among them), or a cell in quotes after a TAB that holds a line break and is
   * followed by another cell (Excel quotes a cell with a line break). The text form's cells hold no line
   * break, and the text form acplan writes has no cell that begins with a quote ({@link CellMarkup#encode}
   * writes it as a reference); its ditto marks ({@code "} alone in a cell) hold no text.
   */
  private static final Pattern QUOTED_CELL = Pattern.compile(
      "(?m)(?:^|\\t)\"[^\"\\t\\r\\n]+\"\\t\"[^\"\\t\\r\\n]+\"(?:\\t|\\r?$)"
          + "|\\t\"[^\"\\t]*\\n[^\"\\t]*\"\\t");

  /**
   * How much of a text's start is looked at to tell whether its cells are quoted: a whole plan's table
   * as a rule (the seed's is 45 000 characters), whose first cell with a line break may be far down.
   */
  static final int HEAD_CHARS = 1 << 20;

  /** The fewest cells of a plan's row in a CSV: a number, a name, a deadline, who is responsible. */
  private static final int MIN_CSV_COLUMNS = 4;

  /** The fewest records of a CSV's most common width: a header and two rows. */
  private static final int MIN_CSV_RECORDS = 3;

  /** The records of a text's start looked at to tell a CSV's separator. */
  private static final int CSV_SAMPLE_RECORDS = 1_000;

  /** The separators of a CSV tried, in order: a comma, then a semicolon. */
  private static final char[] CSV_SEPARATORS = {',', ';'};

  private QuotedCells() {
  }

  private static CSVFormat format(char separator) {
    return CSVFormat.RFC4180.builder().setDelimiter(separator).setQuote('"').setIgnoreSurroundingSpaces(false)
        .setIgnoreEmptyLines(false).setTrim(false).get();
  }

  /**
   * The separator of a spreadsheet's CSV, if a text's start is one: it has no TAB (the text form's cells
   * are TAB-separated, so a text without one has no table the text form could read), and split by the
   * separator, two thirds of its records or more have the same number of cells, at least
   * {@value #MIN_CSV_COLUMNS} in at least {@value #MIN_CSV_RECORDS} records (a spreadsheet writes every
   * row of its range with as many cells, the title's rows too).
   *
   * @param head the text's first characters
   * @return the separator, or 0 if the text is no CSV
   */
  static char csvSeparator(CharSequence head) {
    for (int i = 0; i < head.length(); i++) {
      if (head.charAt(i) == '\t') {
        return 0;
      }
    }
    char best = 0;
    int bestRecords = 0;
    for (char separator : CSV_SEPARATORS) {
      Map<Integer, Integer> widths = new HashMap<>();
      int records = 0;
      try (CSVParser parser = CSVParser.builder().setReader(new StringReader(head.toString()))
          .setFormat(format(separator)).get()) {
        for (CSVRecord record : parser) {
          if (++records > CSV_SAMPLE_RECORDS) {
            break;
          }
          widths.merge(record.size(), 1, Integer::sum);
        }
      } catch (IOException | RuntimeException e) {
        // a quote left open where the head is cut, or no CSV at all: the records before count
      }
      for (Map.Entry<Integer, Integer> width : widths.entrySet()) {
        int count = width.getValue();
        if (width.getKey() >= MIN_CSV_COLUMNS && count >= MIN_CSV_RECORDS && count * 3 >= Math.min(records,
            CSV_SAMPLE_RECORDS) * 2 && count > bestRecords) {
          best = separator;
          bestRecords = count;
        }
      }
    }
    return best;
  }

  /**
   * Whether a text's start has a cell in quotes.
   *
   * @param head the text's first characters
   * @return true if its cells are to be read as quoted
   */
  static boolean looksQuoted(CharSequence head) {
    return head.length() > 0 && QUOTED_CELL.matcher(head).find();
  }

  /**
   * Gives each record of a spreadsheet's text to a sink as a line of the text form.
   *
   * @param in the text; not closed
   * @param separator the cells' separator: TAB, or a CSV's ({@link #csvSeparator})
   * @param limits the characters and lines it may have
   * @param sink takes the lines in order
   * @return whether the text is not empty and does not end with a line end
   * @throws PlanFormatException for a quote left open, or over the limits, at the record's first line;
   *     for acplan's own CSV export, which holds no plan's title or period
   */
  static boolean forEach(Reader in, char separator, TextLimits limits, TextLines.LineSink sink)
      throws IOException, PlanFormatException {
    Counted counted = new Counted(in, limits);
    long firstLine = 1;
    int count = 0;
    try (CSVParser parser = CSVParser.builder().setReader(counted).setFormat(format(separator)).get()) {
      for (CSVRecord record : parser) {
        if (++count > limits.maxLines()) {
          throw new PlanFormatException(GridLocation.ofLine((int) Math.min(firstLine, Integer.MAX_VALUE)),
              "the text has more than " + limits.maxLines() + " lines, the limit of TextLimits.maxLines");
        }
        if (count == 1 && separator != '\t' && isAcplanExport(record)) {
          throw new PlanFormatException(GridLocation.ofLine(1), "this is acplan's CSV of a plan's measures "
              + "(acplan parse --format csv), which is written for spreadsheets and leaves out the plan's title, "
              + "period and sections' titles, so no plan can be read from it; read the plan's JSON or its "
              + "text form (acplan parse --format json or --format text) instead");
        }
        List<String> cells = new ArrayList<>(record.size());
        for (String value : record) {
          cells.add(CellMarkup.encode(value.replace("\r\n", "\n").replace('\r', '\n').replace('\t', ' ')));
        }
        int line = (int) Math.min(firstLine, Integer.MAX_VALUE);
        sink.accept(new TableLine(line, String.join("\t", cells), cells));
        firstLine = parser.getCurrentLineNumber() + 1;
      }
    } catch (UncheckedIOException e) {
      if (e.getCause() instanceof Counted.TooLong tooLong) {
        throw tooLong.refusal;
      }
      throw unclosed(firstLine, e);
    } catch (Counted.TooLong e) {
      throw e.refusal;
    } catch (IOException e) {
      if (counted.failed != null) {
        throw e;
      }
      throw unclosed(firstLine, e);
    }
    return counted.last != '\n' && counted.last != '\r' && counted.chars > 0;
  }

  /** Whether a record is the header of acplan's own CSV ({@link PlanCsv#HEADER}, its programme's too). */
  private static boolean isAcplanExport(CSVRecord record) {
    List<String> header = PlanCsv.HEADER;
    if (record.size() < header.size()) {
      return false;
    }
    for (int i = 0; i < header.size(); i++) {
      if (!record.get(i).strip().replace("\uFEFF", "").equals(header.get(i))) {
        return false;
      }
    }
    return true;
  }

  private static PlanFormatException unclosed(long line, Exception e) {
    Throwable cause = e.getCause() != null ? e.getCause() : e;
    return new PlanFormatException(GridLocation.ofLine((int) Math.min(line, Integer.MAX_VALUE)),
        "the text's cells are in double quotes, as a spreadsheet writes them, and a quote here does not "
            + "close as one writes it (a cell in quotes ends with a quote before the separator or a line end; "
            + "a quote inside it is doubled): " + cause.getMessage(), e);
  }

  /** The reader, counting its characters against the limit and keeping the last one. */
  private static final class Counted extends FilterReader {
    /** Over the character limit: carries the library's error through the CSV parser. */
    static final class TooLong extends IOException {
      private static final long serialVersionUID = 1L;
      final transient PlanFormatException refusal;

      TooLong(PlanFormatException refusal) {
        super(refusal.getMessage());
        this.refusal = refusal;
      }
    }

    private final TextLimits limits;
    long chars;
    int last = -1;
    boolean first = true;
    IOException failed;

    Counted(Reader in, TextLimits limits) {
      super(in);
      this.limits = limits;
    }

    @Override
    public int read() throws IOException {
      char[] one = new char[1];
      int n = read(one, 0, 1);
      return n < 0 ? -1 : one[0];
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
      int n;
      try {
        n = super.read(buffer, offset, length);
      } catch (IOException e) {
        failed = e;
        throw e;
      }
      if (n > 0 && first) {
        first = false;
        if (buffer[offset] == '\uFEFF') {
          // a byte order mark is no text: the rest moves one place
          System.arraycopy(buffer, offset + 1, buffer, offset, n - 1);
          n--;
          if (n == 0) {
            return read(buffer, offset, length);
          }
        }
      }
      if (n > 0) {
        chars += n;
        last = buffer[offset + n - 1];
        if (chars > limits.maxChars()) {
          throw new TooLong(new PlanFormatException(GridLocation.unknown(), "the text is longer than "
              + limits.maxChars() + " characters, the limit of TextLimits.maxChars"));
        }
      }
      return n;
    }
  }
}
