package io.github.acplan.documents.extraction;

import io.github.acplan.serialization.text.PlanTableReader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Where the text around a table of a document begins and ends. A document can hold two annexes, each a
 * large table with its own annex block, title and signatory (a programme's plan, then "Додаток 2" with
 * its risk register): the text between two large tables is split where the second annex begins, at
 * its first line that starts an annex block ("Додаток …", "ЗАТВЕРДЖЕНО", "ПРОЄКТ") or heads a risk
 * register ("Реєстр корупційних ризиків", in English "Corruption risk register"), or, with no such line,
 * right before the second table. The first table's signatory is thus never looked for in the
 * second annex, nor the second annex's title in the first table's signatory. A small table (a
 * signatory laid out as a borderless table of one or two rows) is text around the large ones, unless it
 * is the last part of a large table split across pages ({@link #largeTables}).
 */
public final class TextAroundTable {

  /**
   * The fewest rows of a large table: a header, the row of column numbers or a first data row, and one
   * more. A signatory's borderless table has one or two.
   */
  public static final int LARGE_TABLE_ROWS = 3;

  /**
   * The most blocks read on each side of a table, the nearest ones: a plan's annex block, approval and
   * title stand right above its table and its signatory right below, and a page of thousands of small
   * tables must not give each of them the whole page as its text.
   */
  public static final int MAX_BLOCKS_AROUND = 200;

  private static final Pattern ANNEX_START =
      Pattern.compile("(?iu)\\s*(?:додаток(?:\\s.*)?|затверджено(?:\\s.*)?|про[єе]кт\\s*"
          + "|реєстр\\s+(?:корупційних\\s+)?ризиків.*|corruption\\s+risk\\s+register.*)", Pattern.DOTALL);

  /**
   * A row that begins a measure or goes on with one: its first cell is a number ("3.10", "12.", "4") or
   * empty (the rest of a row that a page break cut).
   */
  private static final Pattern MEASURE_ROW_START = Pattern.compile("\\s*(?:\\d{1,4}(?:\\.\\d{1,4})*\\.?)?\\s*");

  private TextAroundTable() {
  }

  /**
   * What telling a large table from a small one needs to know of a table.
   *
   * @param rows the table's own rows
   * @param columns the columns of its widest row, a merged cell counted for the columns it spans
   * @param firstCells the text of each row's first cell, in order
   */
  public record TableShape(int rows, int columns, List<String> firstCells) {
    /**
     * Checks and copies the first cells.
     *
     * @throws IllegalArgumentException if a count is negative
     */
    public TableShape {
      if (rows < 0 || columns < 0) {
        throw new IllegalArgumentException("a table has " + rows + " rows and " + columns + " columns");
      }
      firstCells = List.copyOf(firstCells);
    }

    /** Whether some row begins a measure or goes on with one, which a signatory's table never does. */
    boolean holdsMeasureRows() {
      for (String cell : firstCells) {
        if (MEASURE_ROW_START.matcher(cell).matches()) {
          return true;
        }
      }
      return false;
    }
  }

  /**
   * Which of the blocks are large tables: those of {@link #LARGE_TABLE_ROWS} rows or more, and the parts
   * of one or two rows of a large table split where a page ends. Word and the editors who start a table
   * on each page leave such a part at the bottom of the first page or on the last one, with nothing but
   * page furniture ("Продовження додатка", a page number) between it and the rest; as text around the
   * large table it was lost with its measures, and as a large table it joins the parts next to it
   * ({@code ContinuedTables}). Such a part has as many columns as the large table next to it and a row
   * that begins with a measure's number or an empty cell, which a signatory's or an approval's table
   * has not.
   *
   * @param blocks the blocks of a document, or of a table's cell, in order
   * @param shape a block's table shape, or null for a block that is not a table
   * @param text a paragraph's text
   * @param <T> the type of a block
   * @return whether a block is a large table; it answers for the given blocks only
   */
  public static <T> Predicate<T> largeTables(List<T> blocks, Function<T, @Nullable TableShape> shape,
      Function<T, String> text) {
    List<@Nullable TableShape> shapes = new ArrayList<>(blocks.size());
    Set<T> large = Collections.newSetFromMap(new IdentityHashMap<>());
    for (T block : blocks) {
      TableShape table = shape.apply(block);
      shapes.add(table);
      if (table != null && table.rows() >= LARGE_TABLE_ROWS) {
        large.add(block);
      }
    }
    // After a large table, then before one: a part joins the side whose large table it continues.
    int[][] directions = {{0, blocks.size(), 1}, {blocks.size() - 1, -1, -1}};
    for (int[] direction : directions) {
      int openColumns = -1; // the columns of the large table that only page furniture separates, or -1
      for (int i = direction[0]; i != direction[1]; i += direction[2]) {
        T block = blocks.get(i);
        TableShape table = shapes.get(i);
        if (table == null) {
          String paragraph = text.apply(block);
          if (!DocumentText.isBlank(paragraph) && !PlanTableReader.isPageFurniture(paragraph)) {
            openColumns = -1;
          }
        } else if (large.contains(block)) {
          openColumns = table.columns();
        } else if (table.rows() > 0 && table.columns() == openColumns && table.holdsMeasureRows()) {
          large.add(block);
        } else {
          openColumns = -1;
        }
      }
    }
    return large::contains;
  }

  /**
   * The index of the first block of the text before a table.
   *
   * @param blocks the document's body blocks (paragraphs and tables) in order
   * @param table the index of the table among the blocks
   * @param isLargeTable whether a block is a large table
   * @param text a block's text (a table's may be anything but an annex line)
   * @param <T> the type of a block
   * @return 0 if no large table comes before; else the index of the first annex line after the previous
   *     large table, or the table's own index if there is none; never more than
   *     {@link #MAX_BLOCKS_AROUND} blocks before the table
   */
  public static <T> int start(List<T> blocks, int table, Predicate<T> isLargeTable, Function<T, String> text) {
    int first = Math.max(0, table - MAX_BLOCKS_AROUND);
    int previous = -1;
    for (int i = table - 1; i >= first && previous < 0; i--) {
      if (isLargeTable.test(blocks.get(i))) {
        previous = i;
      }
    }
    if (previous < 0) {
      return first;
    }
    int annex = firstAnnexLine(blocks, previous + 1, table, text);
    return annex < 0 ? table : annex;
  }

  /**
   * The index after the last block of the text after a table.
   *
   * @param blocks the document's body blocks (paragraphs and tables) in order
   * @param table the index of the table among the blocks
   * @param isLargeTable whether a block is a large table
   * @param text a block's text
   * @param <T> the type of a block
   * @return the number of blocks if no large table follows; else the index of the first annex line
   *     before the next large table, or that table's index if there is none; never more than
   *     {@link #MAX_BLOCKS_AROUND} blocks after the table
   */
  public static <T> int end(List<T> blocks, int table, Predicate<T> isLargeTable, Function<T, String> text) {
    int last = (int) Math.min(blocks.size(), (long) table + 1 + MAX_BLOCKS_AROUND);
    for (int i = table + 1; i < last; i++) {
      if (isLargeTable.test(blocks.get(i))) {
        int annex = firstAnnexLine(blocks, table + 1, i, text);
        return annex < 0 ? i : annex;
      }
    }
    return last;
  }

  private static <T> int firstAnnexLine(List<T> blocks, int from, int to, Function<T, String> text) {
    for (int i = from; i < to; i++) {
      if (ANNEX_START.matcher(text.apply(blocks.get(i))).matches()) {
        return i;
      }
    }
    return -1;
  }
}
