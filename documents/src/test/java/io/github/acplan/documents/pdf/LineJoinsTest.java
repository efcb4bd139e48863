package io.github.acplan.documents.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link LineJoins} on synthetic lines of a monospaced font (every glyph and space 6 pt wide), in a cell
 * six glyphs wide: a line of six letters fills it, and neither a space nor a letter fits after it, so
 * only the words the document shows whole tell a word broken between two letters from two words.
 */
class LineJoinsTest {

  private static final float WIDTH = 6;
  private static final float PADDING = 2;
  /** The cell's right rule: six glyphs and 1 pt of room past the left padding, then the right one. */
  private static final float NARROW = PADDING + 6 * WIDTH + 1 + PADDING;

  /** A line's glyphs (its spaces are gaps), the last one followed by a shown space if asked. */
  private static List<Glyph> glyphs(String text, float y, boolean spaceAfter) {
    List<Glyph> line = new ArrayList<>();
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) != ' ') {
        line.add(new Glyph(String.valueOf(text.charAt(i)), PADDING + i * WIDTH, y, WIDTH, 8, false,
            WIDTH, false));
      }
    }
    if (spaceAfter) {
      line.set(line.size() - 1, line.get(line.size() - 1).withSpaceAfter());
    }
    return line;
  }

  /** A paragraph of a cell from the left rule at 0 to {@code right}; a text ending in a space shows it. */
  private static LineJoins.Paragraph paragraph(LineJoins joins, float right, String... lines) {
    List<List<Glyph>> glyphs = new ArrayList<>();
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < lines.length; i++) {
      glyphs.add(glyphs(lines[i].stripTrailing(), 10 + 12 * i, lines[i].endsWith(" ")));
      texts.add(lines[i].strip());
    }
    return joins.paragraph(glyphs, texts, 0, right, PADDING, false, false);
  }

  /**
   * A line filled by a word followed by a token broken over the next lines: the word after the join is
   * all of that token ("assist" + "ant"), and as the document shows "assistant" whole elsewhere, the
   * line before it ended a word, though "senior" and "assist" are shown whole nowhere.
   */
  @Test
  void aTokenBrokenOverSeveralLinesIsComparedWithTheWholeWordsAsOneWord() {
    LineJoins joins = new LineJoins();
    LineJoins.Paragraph cell = paragraph(joins, NARROW, "senior", "assist", "ant");
    paragraph(joins, 200, "the assistant ", "rules");

    assertThat(joins.text(cell)).isEqualTo("senior assistant");
  }

  /** Without that evidence the three lines read as one token, as the page alone cannot tell. */
  @Test
  void withoutTheWholeTokenElsewhereTheFilledLinesAreOneToken() {
    LineJoins joins = new LineJoins();
    LineJoins.Paragraph cell = paragraph(joins, NARROW, "senior", "assist", "ant");
    paragraph(joins, 200, "the ", "rules");

    assertThat(joins.text(cell)).isEqualTo("seniorassistant");
  }

  /** The same before the join: "depart" + "mental" is a word shown whole, so "office" begins another. */
  @Test
  void aTokenBrokenBeforeTheJoinIsComparedAsOneWordToo() {
    LineJoins joins = new LineJoins();
    LineJoins.Paragraph cell = paragraph(joins, NARROW, "depart", "mental", "office");
    paragraph(joins, 200, "the departmental ", "rules");

    assertThat(joins.text(cell)).isEqualTo("departmental office");
  }

  /**
   * A word's edge is known from a run of letters bounded on that side only: "meetin" after a space at the
   * end of a line broken inside it begins a word ("mee-"), "xsuperior" before a space at the start of a
   * line that goes on a broken token ends one ("-ior"). So "senior" + "meetings", neither shown whole,
   * look like two words at the break and stay apart.
   */
  @Test
  void aRunOfLettersBoundedOnOneSideTellsThatSidesEdge() {
    LineJoins joins = new LineJoins();
    LineJoins.Paragraph cell = paragraph(joins, NARROW, "senior", "meetings");
    paragraph(joins, 200, "the meetin", "xsuperior rules");
    paragraph(joins, 200, "with ", "spaces");

    assertThat(joins.text(cell)).isEqualTo("senior meetings");
  }

  /** Without those runs nothing says either part is a word's edge: one token, as before. */
  @Test
  void withoutSuchRunsTheFilledLineIsTheHeadOfAToken() {
    LineJoins joins = new LineJoins();
    LineJoins.Paragraph cell = paragraph(joins, NARROW, "senior", "meetings");
    paragraph(joins, 200, "with ", "spaces");

    assertThat(joins.text(cell)).isEqualTo("seniormeetings");
  }

  /**
   * A filled line that ends the way the document's words end ("-ior") and that goes on, elsewhere, to
   * words beginning with two different letters ("meetings", "rules") is a whole word: a word's head
   * would go on with its own letters. So "senior" + "zebra" stay apart, though nothing says "zeb-" begins
   * a word. A word shorter than three letters shown whole ("a") counts as such a beginning.
   */
  @Test
  void aFilledLineGoingOnToDifferentWordsElsewhereIsAWord() {
    LineJoins joins = new LineJoins();
    LineJoins.Paragraph cell = paragraph(joins, NARROW, "senior", "zebra");
    paragraph(joins, NARROW, "senior", "meetings");
    paragraph(joins, NARROW, "senior", "a rule");
    paragraph(joins, 200, "a superior meeting ", "rules");

    assertThat(joins.text(cell)).isEqualTo("senior zebra");
  }

  /** Followed by one word alone, the same line is the head of a token, as the page cannot tell. */
  @Test
  void aFilledLineGoingOnToOneWordElsewhereIsNoEvidence() {
    LineJoins joins = new LineJoins();
    LineJoins.Paragraph cell = paragraph(joins, NARROW, "senior", "zebra");
    paragraph(joins, NARROW, "senior", "meetings");
    paragraph(joins, 200, "a superior meeting ", "rules");

    assertThat(joins.text(cell)).isEqualTo("seniorzebra");
  }
}
