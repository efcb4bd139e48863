package io.github.acplan.serialization.text;

import io.github.acplan.serialization.PlanFormatException;
import io.github.acplan.serialization.table.GridLocation;
import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A table's text with its cells in double quotes, as spreadsheets give it: Excel's copy of a range (a
 * cell with a line break or a quote in quotes, its quotes doubled) and LibreOffice Calc's "Text CSV" with
 * TAB as the separator (every text cell in quotes). Read with Commons CSV (TAB-separated, {@code "} the
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

  private static final CSVFormat FORMAT = CSVFormat.TDF.builder().setIgnoreSurroundingSpaces(false)
      .setIgnoreEmptyLines(false).setTrim(false).get();

  private QuotedCells() {
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
   * Gives each record of a quoted text to a sink as a line of the text form.
   *
   * @param in the text; not closed
   * @param limits the characters and lines it may have
   * @param sink takes the lines in order
   * @return whether the text is not empty and does not end with a line end
   * @throws PlanFormatException for a quote left open, or over the limits, at the record's first line
   */
  static boolean forEach(Reader in, TextLimits limits, TextLines.LineSink sink)
      throws IOException, PlanFormatException {
    Counted counted = new Counted(in, limits);
    long firstLine = 1;
    int count = 0;
    try (CSVParser parser = CSVParser.builder().setReader(counted).setFormat(FORMAT).get()) {
      for (CSVRecord record : parser) {
        if (++count > limits.maxLines()) {
          throw new PlanFormatException(GridLocation.ofLine((int) Math.min(firstLine, Integer.MAX_VALUE)),
              "the text has more than " + limits.maxLines() + " lines, the limit of TextLimits.maxLines");
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

  private static PlanFormatException unclosed(long line, Exception e) {
    Throwable cause = e.getCause() != null ? e.getCause() : e;
    return new PlanFormatException(GridLocation.ofLine((int) Math.min(line, Integer.MAX_VALUE)),
        "the text's cells are in double quotes, as a spreadsheet writes them, and a quote here does not "
            + "close as one writes it (a cell in quotes ends with a quote before a TAB or a line end; a quote "
            + "inside it is doubled): " + cause.getMessage(), e);
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
