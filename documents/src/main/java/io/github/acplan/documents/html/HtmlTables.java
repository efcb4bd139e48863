package io.github.acplan.documents.html;

import io.github.acplan.documents.DocumentLimits;
import io.github.acplan.documents.extraction.DocumentText;
import io.github.acplan.documents.extraction.TableBudget;
import io.github.acplan.documents.extraction.TextAroundTable;
import io.github.acplan.serialization.PlanFormatException;
import io.github.acplan.serialization.table.CellParagraph;
import io.github.acplan.serialization.table.GridCell;
import io.github.acplan.serialization.table.GridLocation;
import io.github.acplan.serialization.table.GridRow;
import io.github.acplan.serialization.table.GridWarning;
import io.github.acplan.serialization.table.TableGrid;
import io.github.acplan.serialization.table.VerticalMerge;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.jsoup.select.QueryParser;

/**
 * Extracts the tables of an HTML page (jsoup) as {@link TableGrid}s, as councils publish plans on their
 * websites: one grid per table that is not inside another table, each with the page's paragraphs and
 * headings (and the rows of its other tables, cells separated by TAB) before and after it, as far as the
 * previous and the next large table ({@link TextAroundTable}). A website's frame is left out: what is
 * inside {@code <nav>} and {@code <aside>}, and inside the page's own {@code <header>} and
 * {@code <footer>}.
 *
 * <p>A website laid out with a table (a menu in one cell, the page's content in another, the address in a
 * last row, as older council sites are) holds the plan's table inside one of its cells. Every table inside
 * another table's cell, down to {@value #MAX_NESTING} tables deep, is a grid too, with the paragraphs of its
 * own cell around it: the content, not the menu or the address. Grids are in the order of their tables in
 * the page, numbered so ("HTML, table 3" is the page's third {@code <table>}), the reader choosing among
 * them as among a document's tables.
 *
 * <p>{@code colspan} becomes a column span and {@code rowspan} a vertical merge: the cells a row span
 * covers in the rows below are continued cells. Inside a cell, {@code <p>}, {@code <div>} and list items
 * are paragraphs ({@code <li>} with "•" or, in {@code <ol>}, its number), {@code <br>} a line break; white
 * space is collapsed as a browser does. The character set comes from the page (BOM or
 * {@code <meta charset>}), UTF-8 otherwise; a page that is not valid UTF-8 and declares nothing else is
 * refused (a page in Windows-1251 that does not say so), and a page whose bytes are UTF-8 text though it
 * declares another character set (a site that moved to UTF-8 and kept its old declaration) is read as
 * UTF-8, with a warning.
 */
public final class HtmlTables {

  private static final Set<String> BLOCKS = Set.of("p", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4",
      "h5", "h6", "blockquote", "pre", "section", "article", "header", "footer");
  private static final String OUTSIDE = "p, h1, h2, h3, h4, h5, h6, table";
  /** The elements whose own header and footer are content, not the website's frame; parsed once. */
  private static final Evaluator CONTENT = QueryParser.parse("article, section, main");

  /**
   * How many tables deep a nested table is still read: a layout table in a layout table holds the
   * content; deeper nesting is not a page's layout, and reading it would cost a pass over each level.
   */
  static final int MAX_NESTING = 4;

  /**
   * The fewest bytes above 0x7F that make valid UTF-8 the page's true encoding against the one it
   * declares: four Cyrillic letters. Cyrillic text in a single-byte encoding is valid UTF-8 by chance
   * only for a letter or two.
   */
  private static final int MIN_UTF8_HIGH_BYTES = 8;

  /** The widest {@code colspan} or {@code rowspan} read (HTML's own limits are 1 000 and 65 534). */
  private static final int MAX_SPAN = 1000;

  private HtmlTables() {
  }

  /**
   * Extracts every table of a page, nested ones down to {@value #MAX_NESTING} deep.
   *
   * @param bytes the page
   * @param limits the limits of rows and cells per table
   * @return one grid per table, in document order; none if the page has no table
   * @throws PlanFormatException if a table is over the limits, or the page is not valid UTF-8 and
   *     declares no other character set
   */
  public static List<TableGrid> extract(byte[] bytes, DocumentLimits limits) throws PlanFormatException {
    Document doc = parse(bytes, null);
    List<GridWarning> warnings = new ArrayList<>();
    Charset charset = doc.charset();
    if (charset.equals(StandardCharsets.UTF_8)) {
      refuseMalformedUtf8(bytes, doc);
    } else if (!charset.name().startsWith("UTF-") && isUtf8Text(bytes)) {
      // A site that moved to UTF-8 and kept its old <meta charset>: read as declared, every letter is wrong.
      doc = parse(bytes, "UTF-8");
      warnings.add(new GridWarning(GridLocation.unknown(), "the page declares the character set "
          + charset.name() + ", but its bytes are UTF-8 text; it is read as UTF-8"));
    }
    List<Element> tables = doc.select("table");
    TableBudget.checkTables(limits, "HTML", tables.size());
    Map<Element, List<String>> made = new IdentityHashMap<>();
    // The blocks around each table: the page's for a table outside any other, its cell's for a nested one;
    // where each block stands among them; and whether a table is large, each found once.
    Map<Element, List<Element>> blocksIn = new IdentityHashMap<>();
    Map<Element, Integer> places = new IdentityHashMap<>();
    Map<List<Element>, Predicate<Element>> largeIn = new IdentityHashMap<>();
    List<TableGrid> grids = new ArrayList<>();
    for (int t = 0; t < tables.size(); t++) {
      Element table = tables.get(t);
      Element cell = enclosingCell(table);
      if (siteChrome(table) || (cell != null && tablesAround(table) > MAX_NESTING)) {
        continue;
      }
      List<Element> blocks = blocksIn.computeIfAbsent(cell == null ? doc : cell, container -> {
        List<Element> found = blocks(container);
        for (int k = 0; k < found.size(); k++) {
          places.put(found.get(k), k);
        }
        return found;
      });
      Integer place = places.get(table);
      if (place == null) {
        continue; // cannot be: a table is a block of its own container, found by the same tests
      }
      int i = place;
      int number = t + 1;
      Predicate<Element> large = largeIn.computeIfAbsent(blocks, found -> TextAroundTable.largeTables(found,
          b -> b.normalName().equals("table") ? shape(b) : null, HtmlTables::blockText));
      grids.add(new TableGrid(rows(table, number, limits),
          texts(blocks.subList(TextAroundTable.start(blocks, i, large, HtmlTables::blockText), i), made),
          texts(blocks.subList(i + 1, TextAroundTable.end(blocks, i, large, HtmlTables::blockText)), made),
          "HTML, table " + number, warnings));
    }
    return grids;
  }

  private static Document parse(byte[] bytes, @Nullable String charset) throws PlanFormatException {
    try {
      return Jsoup.parse(new ByteArrayInputStream(bytes), charset, "");
    } catch (IOException | RuntimeException e) {
      throw new PlanFormatException("HTML", "the page could not be read: " + e.getMessage(), e);
    }
  }

  /**
   * Refuses a page read as UTF-8 whose bytes are not UTF-8: jsoup would put U+FFFD for each, and every
   * Cyrillic letter of a page in Windows-1251 that does not say so would be lost.
   */
  private static void refuseMalformedUtf8(byte[] bytes, Document doc) throws PlanFormatException {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(8192);
    while (true) {
      CoderResult result = in.hasRemaining() ? decoder.decode(in, out, true) : decoder.flush(out);
      if (result.isError()) {
        int at = in.position();
        int line = 1;
        for (int i = 0; i < at; i++) {
          line += bytes[i] == '\n' ? 1 : 0;
        }
        boolean declared = !doc.select("meta[charset], meta[http-equiv~=(?i)^content-type$]").isEmpty();
        throw new PlanFormatException("HTML, line " + line + ", byte " + at, (declared
            ? "the page declares UTF-8 but is not UTF-8 here: a damaged byte, or a page in another character "
                + "set that declares the wrong one; "
            : "the page is not UTF-8 and declares no other character set; ")
            + "a page in Windows-1251 says so in its head, <meta charset=\"windows-1251\">, or is saved as "
            + "UTF-8 (iconv -f WINDOWS-1251 -t UTF-8 FILE)");
      }
      if (result.isOverflow()) {
        out.clear();
      } else if (!in.hasRemaining()) {
        return;
      }
    }
  }

  /** Whether bytes are valid UTF-8 holding some text beyond ASCII: a few letters, not a stray byte. */
  private static boolean isUtf8Text(byte[] bytes) {
    int high = 0;
    for (byte b : bytes) {
      high += b < 0 ? 1 : 0;
    }
    if (high < MIN_UTF8_HIGH_BYTES) {
      return false;
    }
    try {
      StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  /**
   * The blocks right inside a container (the page, or a table's cell), in order: paragraphs, headings
   * and tables that are not inside a table of their own within it, and not the website's frame.
   */
  private static List<Element> blocks(Element container) {
    Element cell = container.normalName().equals("td") || container.normalName().equals("th") ? container : null;
    List<Element> blocks = new ArrayList<>();
    for (Element e : container.select(OUTSIDE)) {
      if (e != container && enclosingCell(e) == cell && !siteChrome(e)) {
        blocks.add(e);
      }
    }
    return blocks;
  }

  /** The table cell an element is in, or null when it is in no table. */
  private static @Nullable Element enclosingCell(Element e) {
    for (Element parent = e.parent(); parent != null; parent = parent.parent()) {
      String name = parent.normalName();
      // an element in a table's caption is in no cell of that table: the walk goes on past the table
      if (name.equals("td") || name.equals("th")) {
        return parent;
      }
    }
    return null;
  }

  /** How many tables an element is inside. */
  private static int tablesAround(Element e) {
    int n = 0;
    for (Element parent = e.parent(); parent != null; parent = parent.parent()) {
      if (parent.normalName().equals("table")) {
        n++;
      }
    }
    return n;
  }

  /** A block's text; a table has none that could begin an annex. */
  private static String blockText(Element block) {
    return block.normalName().equals("table") ? "" : block.text();
  }

  /**
   * Whether a block is part of a website's frame rather than of its content: inside {@code <nav>} or
   * {@code <aside>}, or inside the page's own {@code <header>} or {@code <footer>} (not an article's or a
   * section's). A council's page that publishes a plan has its name, menu, address and copyright there;
   * read as text around the table, the footer's lines were read into the plan's signatory.
   */
  private static boolean siteChrome(Element e) {
    for (Element parent = e.parent(); parent != null; parent = parent.parent()) {
      String name = parent.normalName();
      if (name.equals("nav") || name.equals("aside")) {
        return true;
      }
      if ((name.equals("header") || name.equals("footer")) && parent.closest(CONTENT) == null) {
        return true;
      }
    }
    return false;
  }

  /** A table's rows, columns and first cells, for telling a large table from a small one. */
  private static TextAroundTable.TableShape shape(Element table) {
    List<Element> rows = ownRows(table);
    int columns = 0;
    List<String> firstCells = new ArrayList<>();
    for (Element tr : rows) {
      int width = 0;
      Element first = null;
      for (Element cell : tr.children()) {
        if (cell.normalName().equals("td") || cell.normalName().equals("th")) {
          width += span(cell.attr("colspan"));
          first = first == null ? cell : first;
        }
      }
      columns = Math.max(columns, width);
      if (first != null) {
        // jsoup's own text of the cell: enough to tell a number or an empty cell, and made without paragraphs
        firstCells.add(DocumentText.trim(first.text()));
      }
    }
    return new TextAroundTable.TableShape(rows.size(), columns, firstCells);
  }

  /** The rows of a table: only its own, not those of tables nested in its cells. */
  private static List<Element> ownRows(Element table) {
    List<Element> rows = new ArrayList<>();
    for (Element tr : table.select("tr")) {
      if (tr.closest("table") == table) {
        rows.add(tr);
      }
    }
    return rows;
  }

  /**
   * The text of blocks: paragraphs as they are, tables row by row, cells by TAB. Each block's text is
   * made once and shared by the grids around which it stands.
   */
  private static List<String> texts(List<Element> blocks, Map<Element, List<String>> made) {
    List<String> out = new ArrayList<>();
    for (Element block : blocks) {
      out.addAll(made.computeIfAbsent(block, HtmlTables::blockLines));
    }
    return out;
  }

  private static List<String> blockLines(Element block) {
    if (!block.normalName().equals("table")) {
      String text = String.join("\n", lines(block));
      return List.of(DocumentText.isBlank(text) ? "" : text);
    }
    List<String> out = new ArrayList<>();
    for (Element tr : ownRows(block)) {
      List<String> cells = new ArrayList<>();
      for (Element cell : tr.children()) {
        if (cell.normalName().equals("td") || cell.normalName().equals("th")) {
          cells.add(cellText(cell).replace('\n', ' '));
        }
      }
      out.add(String.join("\t", cells));
    }
    return out;
  }

  private static List<GridRow> rows(Element table, int tableNumber, DocumentLimits limits)
      throws PlanFormatException {
    TableBudget budget = new TableBudget(limits);
    List<GridRow> rows = new ArrayList<>();
    // For each grid column: how many rows below a row span still covers, and the span's width.
    List<int[]> covered = new ArrayList<>();
    int rowNumber = 0;
    for (Element tr : ownRows(table)) {
      rowNumber++;
      GridLocation at = GridLocation.ofTableRow(rowNumber);
      budget.row(at);
      List<GridCell> cells = new ArrayList<>();
      int column = 0;
      int cellNumber = 0;
      for (Element td : tr.children()) {
        if (!td.normalName().equals("td") && !td.normalName().equals("th")) {
          continue;
        }
        column = continued(covered, column, cells, at);
        cellNumber++;
        GridLocation cellAt = at.withCell(cellNumber);
        budget.cell(cellAt);
        int colspan = span(td.attr("colspan"));
        int rowspan = span(td.attr("rowspan"));
        cells.add(new GridCell(paragraphs(td), colspan,
            rowspan > 1 ? VerticalMerge.RESTART : VerticalMerge.NONE, cellAt));
        while (covered.size() < column + colspan) {
          covered.add(new int[2]);
        }
        if (rowspan > 1) {
          covered.get(column)[0] = rowspan - 1;
          covered.get(column)[1] = colspan;
        }
        column += colspan;
      }
      column = continued(covered, column, cells, at);
      while (column < covered.size()) {
        column = continued(covered, column + 1, cells, at);
      }
      if (!cells.isEmpty()) {
        rows.add(GridRow.of(cells, at));
      }
    }
    if (rows.isEmpty()) {
      throw new PlanFormatException("HTML, table " + tableNumber, "the table has no cells");
    }
    return rows;
  }

  /** Adds the continued cells of row spans from above at this column; returns the next free column. */
  private static int continued(List<int[]> covered, int column, List<GridCell> cells, GridLocation at) {
    int c = column;
    while (c < covered.size() && covered.get(c)[0] > 0) {
      int width = covered.get(c)[1];
      covered.get(c)[0]--;
      cells.add(new GridCell(List.of(), width, VerticalMerge.CONTINUE, at.withCell(cells.size() + 1)));
      c += width;
    }
    return c;
  }

  private static int span(String attribute) {
    // Most cells have no colspan or rowspan (an empty attribute): read digits without parseInt, whose
    // exception for "" cost half of what reading a page allocated.
    String value = attribute.strip();
    if (value.startsWith("+")) {
      value = value.substring(1);
    }
    if (value.isEmpty() || value.length() > 9) {
      return value.isEmpty() ? 1 : MAX_SPAN;
    }
    int n = 0;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c < '0' || c > '9') {
        return 1;
      }
      n = n * 10 + (c - '0');
    }
    return Math.max(1, Math.min(n, MAX_SPAN));
  }

  private static String cellText(Element cell) {
    List<String> texts = new ArrayList<>();
    for (CellParagraph p : paragraphs(cell)) {
      texts.add(p.shownText());
    }
    return DocumentText.trim(String.join(" ", texts));
  }

  /** The lines of a block outside a table: its text with {@code <br>} as line breaks. */
  private static List<String> lines(Element block) {
    List<String> out = new ArrayList<>();
    for (CellParagraph p : paragraphs(block)) {
      for (String line : p.shownText().split("\n", -1)) {
        out.add(DocumentText.trim(line));
      }
    }
    return out;
  }

  /** An element's content as paragraphs: blocks and list items apart, {@code <br>} as LF. */
  static List<CellParagraph> paragraphs(Element element) {
    ParagraphVisitor visitor = new ParagraphVisitor();
    NodeTraversor.traverse(visitor, element);
    visitor.flush();
    return visitor.paragraphs;
  }

  /** Walks a cell without recursion (jsoup's traversor), so deep nesting costs no stack. */
  private static final class ParagraphVisitor implements NodeVisitor {
    final List<CellParagraph> paragraphs = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();
    private Optional<String> label = Optional.empty();
    private boolean bold;
    private final List<int[]> orderedCounters = new ArrayList<>();

    @Override
    public void head(Node node, int depth) {
      if (node instanceof TextNode t) {
        appendCollapsed(t.getWholeText());
      } else if (node instanceof Element e) {
        String name = e.normalName();
        if (name.equals("br")) {
          trimEnd();
          text.append('\n');
        } else if (name.equals("ol")) {
          orderedCounters.add(new int[] {0});
        } else if (name.equals("ul")) {
          orderedCounters.add(null);
        } else if (BLOCKS.contains(name)) {
          flush();
          if (name.equals("li")) {
            int[] counter = orderedCounters.isEmpty() ? null
                : orderedCounters.get(orderedCounters.size() - 1);
            label = Optional.of(counter == null ? "•" : (++counter[0]) + ".");
          }
          bold = name.startsWith("h") && name.length() == 2;
        }
      }
    }

    @Override
    public void tail(Node node, int depth) {
      if (node instanceof Element e) {
        String name = e.normalName();
        if (name.equals("ol") || name.equals("ul")) {
          if (!orderedCounters.isEmpty()) {
            orderedCounters.remove(orderedCounters.size() - 1);
          }
          flush();
        } else if (BLOCKS.contains(name)) {
          flush();
        }
      }
    }

    private void appendCollapsed(String s) {
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
          if (text.length() > 0 && text.charAt(text.length() - 1) != ' '
              && text.charAt(text.length() - 1) != '\n') {
            text.append(' ');
          }
        } else {
          text.append(c);
        }
      }
    }

    private void trimEnd() {
      while (text.length() > 0 && text.charAt(text.length() - 1) == ' ') {
        text.setLength(text.length() - 1);
      }
    }

    void flush() {
      trimEnd();
      String t = text.toString();
      if (!t.isEmpty() || label.isPresent()) {
        paragraphs.add(new CellParagraph(DocumentText.isBlank(t) ? "" : t, label, 0,
            bold && !t.isEmpty(), false));
      }
      text.setLength(0);
      label = Optional.empty();
      bold = false;
    }
  }
}
