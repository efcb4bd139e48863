package io.github.acplan.documents.extraction;

import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Where the text around a table of a document begins and ends. A document can hold two annexes, each a
 * large table with its own annex block, title and signatory (a programme's plan, then "Додаток 2" with
 * its risk register): the text between two large tables is split where the second annex begins, at
 * its first line that starts an annex block ("Додаток …", "ЗАТВЕРДЖЕНО", "ПРОЄКТ") or heads a risk
 * register ("Реєстр корупційних ризиків", in English "Corruption risk register"), or, with no such line,
 * right before the second table. The first table's signatory is thus never looked for in the
 * second annex, nor the second annex's title in the first table's signatory. A small table (a
 * signatory laid out as a borderless table of one or two rows) is text around the large ones.
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

  private TextAroundTable() {
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
