package io.github.acplan.documents.pdf;

import io.github.acplan.serialization.table.GridRow;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A cell of a row carried over a page break whose last line on the page before may end inside a token
 * that goes on on the next page (rule 4 of {@link LineJoins}: "звільнилися/припинил" at the foot of a
 * page, "и діяльність" at the head of the next), or ends with a word's own hyphen (rule 1: "Січень-" and
 * "березень 2020 р."). The grid interpretation joins the two parts of a
 * carried-over cell with a space; when the token was broken, its head is moved to the start of the part
 * on the next page instead, so that it goes on there without a space.
 *
 * @param beforeRow the index of the row on the page before
 * @param afterRow the index of the row that carries it over
 * @param cell the cell's index in both rows
 * @param join the join between them: one that joins whatever the document shows, or an undecided one
 * @param head the last line of the cell on the page before
 * @param tail the first line of the cell on the next page
 * @param beforeDrafts the paragraphs of the row on the page before, by cell
 * @param afterDrafts the paragraphs of the row that carries it over, by cell
 */
record BreakAcrossPages(int beforeRow, int afterRow, int cell, LineJoins.Join join, String head,
    String tail, List<List<LineJoins.Paragraph>> beforeDrafts,
    List<List<LineJoins.Paragraph>> afterDrafts) {

  /**
   * The cells of a carried-over row whose break may be inside a token or after a word's own hyphen.
   *
   * @param before the row on the page before
   * @param beforeRow its index
   * @param beforeDrafts its paragraphs, by cell
   * @param after the row that carries it over
   * @param afterRow its index
   * @param afterDrafts its paragraphs, by cell
   * @return one per such cell
   */
  static List<BreakAcrossPages> in(GridRow before, int beforeRow,
      List<List<LineJoins.Paragraph>> beforeDrafts, GridRow after, int afterRow,
      List<List<LineJoins.Paragraph>> afterDrafts) {
    List<BreakAcrossPages> out = new ArrayList<>();
    if (before.cells().size() != after.cells().size() || beforeDrafts.size() != before.cells().size()
        || afterDrafts.size() != after.cells().size()) {
      return out; // the columns differ: no cell-for-cell carrying over to look at
    }
    for (int c = 0; c < before.cells().size(); c++) {
      List<LineJoins.Paragraph> b = beforeDrafts.get(c);
      List<LineJoins.Paragraph> a = afterDrafts.get(c);
      if (b.isEmpty() || a.isEmpty()
          || before.cells().get(c).columnSpan() != after.cells().get(c).columnSpan()) {
        continue;
      }
      LineJoins.Paragraph last = b.get(b.size() - 1);
      LineJoins.Paragraph first = a.get(0);
      LineJoins.Join join = LineJoins.acrossPages(last, first);
      if (join != LineJoins.Join.SPACE) {
        out.add(new BreakAcrossPages(beforeRow, afterRow, c, join, last.lastLine(), first.firstLine(),
            beforeDrafts, afterDrafts));
      }
    }
    return out;
  }

  /**
   * Moves the head to the next page's part of the cell if the token was broken there (for an undecided
   * join, as the whole document says).
   *
   * @param joins the document's joins, every page seen
   * @param drafts the paragraphs of the rows to build again, by row index; both rows are put there when
   *     the head moves
   */
  void joinIfBroken(LineJoins joins, Map<Integer, List<List<LineJoins.Paragraph>>> drafts) {
    List<List<LineJoins.Paragraph>> before = new ArrayList<>(drafts.getOrDefault(beforeRow, beforeDrafts));
    List<List<LineJoins.Paragraph>> after = new ArrayList<>(drafts.getOrDefault(afterRow, afterDrafts));
    List<LineJoins.Paragraph> b = new ArrayList<>(before.get(cell));
    List<LineJoins.Paragraph> a = new ArrayList<>(after.get(cell));
    if (b.isEmpty() || a.isEmpty() || !b.get(b.size() - 1).lastLine().equals(head)
        || !a.get(0).firstLine().equals(tail)) {
      return; // changed by another break (a cell over three pages); leave it as it is
    }
    LineJoins.Paragraph last = b.get(b.size() - 1);
    // The head may itself be the end of a token broken over the lines before it ("промис" | "ловост" at
    // the foot of the page, "і," on the next): the whole token moves, or its first part would be left
    // behind, to be joined to the rest with a space.
    int lines = joins.brokenTokenLines(last);
    String token = joins.textOfLastLines(last, lines);
    if (!joins.joined(join, token, tail)) {
      return;
    }
    if (join == LineJoins.Join.HYPHEN && joins.dropsHyphen(token, tail)) {
      token = token.substring(0, token.length() - 1); // the layout's hyphen: "можли-" | "вість"
    }
    b.remove(b.size() - 1);
    last.withoutLastLines(lines).ifPresent(b::add);
    a.set(0, a.get(0).withFirstLineAfter(token));
    before.set(cell, b);
    after.set(cell, a);
    drafts.put(beforeRow, before);
    drafts.put(afterRow, after);
  }
}
