package io.github.acplan.serialization.text;

import io.github.acplan.core.text.TextNormalization;
import io.github.acplan.serialization.PlanFormatException;
import io.github.acplan.serialization.table.GridLocation;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
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
    List<TableLine> lines = new ArrayList<>();
    boolean endsMidLine = forEach(text, limits, lines::add);
    return new TextLines(lines, endsMidLine);
  }

  /** Takes the lines of a text one at a time, as they are read. */
  @FunctionalInterface
  interface LineSink {
    /**
     * Takes the next line.
     *
     * @param line the line
     * @throws PlanFormatException if the line cannot be read where it stands
     */
    void accept(TableLine line) throws PlanFormatException;
  }

  /**
   * Gives each line of a text to a sink as it is cut, so that a reader can finish with a line while its
   * characters are still in the processor's cache.
   *
   * @param text the text
   * @param limits the limits to check while reading
   * @param sink takes the lines in order
   * @return whether the text is not empty and its last line has no line end
   * @throws PlanFormatException as {@link #of(CharSequence, TextLimits)}, or as the sink throws
   */
  static boolean forEach(CharSequence text, TextLimits limits, LineSink sink) throws PlanFormatException {
    CharSequence head = text.subSequence(0, Math.min(text.length(), QuotedCells.HEAD_CHARS));
    char separator = QuotedCells.looksQuoted(head) ? '\t' : QuotedCells.csvSeparator(head);
    if (separator != 0) {
      try {
        return QuotedCells.forEach(new StringReader(text.toString()), separator, limits, sink);
      } catch (IOException e) {
        throw new UncheckedIOException(e); // a string reader does not fail
      }
    }
    // A text in memory is cut where its lines lie: each line is one substring, with no reader, buffer or
    // builder between, and the lines are the same as read(Reader) gives.
    String s = text.toString();
    int n = s.length();
    int from = n > 0 && s.charAt(0) == '\uFEFF' ? 1 : 0;
    int count = 0;
    char[] scratch = new char[256];
    int nextLf = s.indexOf('\n', from);
    int nextCr = s.indexOf('\r', from);
    int start = from;
    while (true) {
      if (nextLf >= 0 && nextLf < start) {
        nextLf = s.indexOf('\n', start);
      }
      if (nextCr >= 0 && nextCr < start) {
        nextCr = s.indexOf('\r', start);
      }
      int end = nextLf < 0 ? (nextCr < 0 ? n : nextCr) : (nextCr < 0 ? nextLf : Math.min(nextLf, nextCr));
      if (end - from > limits.maxChars()) {
        throw tooLong(count, limits);
      }
      scratch = room(scratch, end - start);
      sink.accept(line(++count, s, start, end, limits, scratch));
      if (end == n) {
        return end > start;
      }
      start = end + 1;
      if (s.charAt(end) == '\r' && start < n && s.charAt(start) == '\n') {
        start++;
      }
    }
  }

  private static PlanFormatException tooLong(int linesRead, TextLimits limits) {
    return new PlanFormatException(GridLocation.ofLine(linesRead + 1), "the text is longer than "
        + limits.maxChars() + " characters, the limit of TextLimits.maxChars");
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
    boolean endsMidLine = forEach(in, limits, lines::add);
    return new TextLines(lines, endsMidLine);
  }

  /**
   * Gives each line of a stream of text to a sink as it is read, to the stream's end.
   *
   * @param in the text; not closed
   * @param limits the limits to check while reading
   * @param sink takes the lines in order
   * @return whether the text is not empty and its last line has no line end
   * @throws IOException if reading fails
   * @throws PlanFormatException as {@link #of(CharSequence, TextLimits)}, or as the sink throws
   */
  static boolean forEach(Reader reader, TextLimits limits, LineSink sink) throws IOException, PlanFormatException {
    // A spreadsheet's text with its cells in quotes, or its CSV, is read as such (QuotedCells): its start
    // tells.
    // The buffer grows to the mark's limit only as far as the text goes: a short text costs no more.
    BufferedReader in = new BufferedReader(reader);
    in.mark(QuotedCells.HEAD_CHARS);
    StringBuilder head = new StringBuilder();
    char[] chunk = new char[8192];
    for (int n; head.length() < QuotedCells.HEAD_CHARS
        && (n = in.read(chunk, 0, Math.min(chunk.length, QuotedCells.HEAD_CHARS - head.length()))) > 0; ) {
      head.append(chunk, 0, n);
    }
    in.reset();
    char separator = QuotedCells.looksQuoted(head) ? '\t' : QuotedCells.csvSeparator(head);
    if (separator != 0) {
      return QuotedCells.forEach(in, separator, limits, sink);
    }
    int count = 0;
    char[] scratch = new char[256];
    StringBuilder line = new StringBuilder();
    char[] buffer = new char[8192];
    long chars = 0;
    boolean first = true;
    boolean afterCr = false;
    int n;
    while ((n = in.read(buffer)) >= 0) {
      chars += n;
      if (chars > limits.maxChars()) {
        throw tooLong(count, limits);
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
          String text = line.toString();
          scratch = room(scratch, text.length());
          sink.accept(line(++count, text, 0, text.length(), limits, scratch));
          line.setLength(0);
        }
      }
      if (run < n) {
        line.append(buffer, run, n - run);
        afterCr = false;
      }
    }
    boolean endsMidLine = line.length() > 0;
    String last = line.toString();
    sink.accept(line(++count, last, 0, last.length(), limits, room(scratch, last.length())));
    return endsMidLine;
  }

  /**
   * The line at {@code [start, end)} of a text: scanned once where it is plain TAB-separated cells (the
   * rows of a table), else cleaned and split.
   */
  /** The scratch array, or a larger one when it has no room for a line of {@code length} characters. */
  private static char[] room(char[] scratch, int length) {
    return scratch.length >= length ? scratch : new char[Math.max(length, 2 * scratch.length)];
  }

  private static TableLine line(int number, String text, int start, int end, TextLimits limits,
      char[] scratch) throws PlanFormatException {
    if (number > limits.maxLines()) {
      throw new PlanFormatException(GridLocation.ofLine(number), "the text has more than "
          + limits.maxLines() + " lines, the limit of TextLimits.maxLines");
    }
    TableLine line = TableLine.scan(number, text, start, end, scratch);
    return line != null ? line
        : TableLine.split(number, TextNormalization.cleanToPlainSpaces(text.substring(start, end)));
  }
}
