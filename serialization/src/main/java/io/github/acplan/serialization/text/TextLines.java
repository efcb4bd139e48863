package io.github.acplan.serialization.text;

import io.github.acplan.core.text.TextNormalization;
import io.github.acplan.serialization.PlanFormatException;
import io.github.acplan.serialization.table.GridLocation;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

/**
 * The lines of a table's text, read from a stream one line at a time under {@link TextLimits}, each
 * split into its raw cells ({@link TableLine}) and cleaned once
 * ({@link TextNormalization#cleanToPlainSpaces(String)}: NFC, Unicode spaces made spaces, soft hyphens and
 * zero-width characters removed). Lines end at LF, CRLF or CR; a leading byte order mark is ignored.
 *
 * @param lines the lines, numbered from 1; the text after its last line end is a last line, empty when
 *     the text ends with a line end
 * @param endsMidLine whether the text is not empty and its last line has no line end
 */
record TextLines(List<TableLine> lines, boolean endsMidLine) {

  /**
   * Reads the lines of a text.
   *
   * @param text the text
   * @param limits the limits to check while reading
   * @return the lines
   * @throws PlanFormatException if the text has more characters or lines than the limits allow; the
   *     location is the line where the limit was reached
   */
  static TextLines of(CharSequence text, TextLimits limits) throws PlanFormatException {
    try {
      return read(new StringReader(text.toString()), limits);
    } catch (IOException e) {
      throw new AssertionError("a StringReader does not fail", e);
    }
  }

  /**
   * Reads the lines of a stream of text to its end.
   *
   * @param in the text; not closed
   * @param limits the limits to check while reading
   * @return the lines
   * @throws IOException if reading fails
   * @throws PlanFormatException as {@link #of(CharSequence, TextLimits)}
   */
  static TextLines read(Reader in, TextLimits limits) throws IOException, PlanFormatException {
    List<TableLine> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    char[] buffer = new char[8192];
    long chars = 0;
    boolean first = true;
    boolean afterCr = false;
    int n;
    while ((n = in.read(buffer)) >= 0) {
      chars += n;
      if (chars > limits.maxChars()) {
        throw new PlanFormatException(GridLocation.ofLine(lines.size() + 1), "the text is longer than "
            + limits.maxChars() + " characters, the limit of TextLimits.maxChars");
      }
      int start = 0;
      if (first && n > 0) {
        first = false;
        if (buffer[0] == '\uFEFF') {
          start = 1;
        }
      }
      // Whole runs between line ends are appended at once; a line end closes the line.
      int run = start;
      for (int i = start; i < n; i++) {
        char c = buffer[i];
        if (c != '\n' && c != '\r') {
          continue;
        }
        line.append(buffer, run, i - run);
        // LF right after CR (in this buffer, or at the start of the next) ends the same line
        boolean secondOfCrLf = c == '\n' && afterCr && i == run;
        run = i + 1;
        afterCr = c == '\r';
        if (!secondOfCrLf) {
          add(lines, line, limits);
        }
      }
      if (run < n) {
        line.append(buffer, run, n - run);
        afterCr = false;
      }
    }
    boolean endsMidLine = line.length() > 0;
    add(lines, line, limits);
    return new TextLines(lines, endsMidLine);
  }

  private static void add(List<TableLine> lines, StringBuilder line, TextLimits limits)
      throws PlanFormatException {
    int number = lines.size() + 1;
    if (number > limits.maxLines()) {
      throw new PlanFormatException(GridLocation.ofLine(number), "the text has more than "
          + limits.maxLines() + " lines, the limit of TextLimits.maxLines");
    }
    lines.add(TableLine.split(number, TextNormalization.cleanToPlainSpaces(line.toString())));
    line.setLength(0);
  }
}
