package io.github.acplan.documents.pdf;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import io.github.acplan.serialization.table.WrappedText;
import org.jspecify.annotations.Nullable;

/**
 * Joins the visual lines of a table cell into its paragraphs' text: with a space, or without one where
 * the layout broke a line inside a token. One instance reads one document: a token broken between two
 * characters is told from the geometry of its line, from whether the document shows the spaces that end
 * its lines, and, where the geometry is silent, from the words it shows whole.
 *
 * <p>The rules, in order, for a line followed by another line of the same paragraph:
 * <ol>
 *   <li>A line ending in a letter and a hyphen goes on without a space ("планів-" + "графіків"): Word and
 *       LibreOffice do not hyphenate unless asked, so the hyphen is the text's own.
 *   <li>A line ending in a letter, with no space shown after it, goes on without a space to a line that
 *       starts with a hyphen and a letter ("організаційно" + "-розпорядчих": LibreOffice may break a
 *       compound before its hyphen; a list's dash is followed by a space), in a document that shows the
 *       spaces ending its lines (below).
 *   <li>A line of nothing but digits and dots goes on without a space when the next line starts with a
 *       digit ("3.1" + "0" in a narrow number column).
 *   <li>A token too wide for its column, which the layout broke between two characters
 *       ("Територіальн" + "ий", "фінансування" + ")"), goes on without a space. A layout breaks a token
 *       only when it does not fit on a line of its own, and then puts on the line as many of its
 *       characters as fit. So the line
 *       <ol type="a">
 *         <li>holds that one token: no gap between its glyphs wider than a word space, and no space
 *             glyph shown after its last one;
 *         <li>starts where the next line starts (within half a point): both at the cell's left
 *             padding;
 *         <li>ends inside the cell's inner right edge (the right rule less the cell's padding, the least
 *             distance from the left rule to a line of the cell: Word, LibreOffice and browsers pad both
 *             sides about alike, so a line may end past that edge by less than half a point), by less
 *             than the width of the next line's first glyph: had that glyph fitted, the layout would have
 *             put it on the line (where it seems to have fitted by less than half a point, the estimate
 *             of the edge cannot tell, and the words the document shows whole decide, as below);
 *         <li>is followed by a character that can go on a token: not a capital after a small letter, a
 *             digit after a letter, a dash, a bullet, an opening bracket or quote.
 *       </ol>
 *       A whole word meets (a) to (d) as well when it fills its line and the next word did not fit
 *       after it. What tells them apart is the space after a whole word: LibreOffice writes the space
 *       that ends a line into the PDF whenever it fits inside the cell. So when the room left is at
 *       least a space's width (of the line's font) and no space is shown, the line ends inside a token
 *       (also where the next glyph seems to have fitted by less than a point: the inner edge is an
 *       estimate); this holds in a document that shows such spaces at all (a line of its table that goes
 *       on to another ends with one); a browser's print shows none, and there every such break between
 *       two letters is left to the spelling of words, as below. When not even a space would have
 *       fitted, the page cannot tell a whole word that fills its line
 *       exactly from a broken one ("Організаційний" + "відділ" and "бухгалтерськог" + "о" in the seed's
 *       PDF both end within 2 pt of the edge). Then the words the document's table shows whole (bounded
 *       on both sides by a space, punctuation or a line end known to end a word) decide where the two
 *       parts together are such a word ("організацій" + "ний"), and otherwise the spelling of Ukrainian
 *       words ({@link LetterModel}: "розпорядника" + "ми" is one word, "фінансуються" + "з" two). A part
 *       is read as all of its token: where the lines next to the break hold nothing but letters and go
 *       on without a (decided) space, their letters belong to it ("Голова" + "районн" + "ої" reads
 *       "районної", in a column six glyphs wide). The same spelling decides where a space would have
 *       fitted and none is shown but both parts are words shown whole and the two together are not (the
 *       cell's right padding may be a little wider than its left). What is left misread: a pair that
 *       spells one word as well as two ("регламенту" + "є"), which {@link #text(Paragraph, List)} reports
 *       when the spelling decides it by a narrow margin; the last line of a paragraph (which shows no
 *       space) when it is one word ending that close to the edge and the next paragraph follows without
 *       a gap and starts with a small letter; and in a centered cell (a header) LibreOffice shows no
 *       line-end spaces and the lines do not start at the same place, so a word broken there reads with
 *       a space.
 *   <li>A line ending in a slash after a letter or digit, with no space shown after it, goes on without
 *       a space to a line that starts with a letter or digit, not a capital after a small letter
 *       ("звільненні/" + "припиненні"), where a space would have fitted and none is shown; where none could
 *       have been shown (no room, or a document that shows no line-end spaces), as the table writes a
 *       slash between two words inside its lines (plans mostly without a space: the seed 223 times to
 *       2), with a warning.
 *   <li>A hyphen alone on its line ("Січень" + "-" + "березень" in a monospaced column) goes on as the
 *       compound came to it.
 *   <li>Every other line ends with a space.
 * </ol>
 * The first, the fourth and the fifth rule also join a cell carried over a page break when its last line
 * on one page ends with a letter and a hyphen (or is a hyphen alone going on its compound), is the head of
 * a broken token, or ends in a slash, and its first line on the next page goes on with a letter, or is the
 * rest ({@link BreakAcrossPages}); a token broken over several lines before the break moves whole. The fourth rule needs the whole
 * document, so a paragraph is kept as its lines and the joins between them ({@link Paragraph}) and read
 * with {@link #text(Paragraph)} once every page has been seen.
 */
final class LineJoins {

  /**
   * What never begins a line after a word unless the layout broke a token: closing marks and stops (not
   * the full stop: a monospaced font sets a number as "1 . 1", whose lines may begin with it).
   */
  private static final String CLOSING = ")]}»”,;:!?/";

  /** Lines whose first glyphs are further apart than this, in points, do not start at the same edge. */
  private static final float ALIGNED = 0.5f;
  /** Rounding allowed in comparing the room left on a line with a glyph's width, in points. */
  private static final float ROUNDING = 0.1f;
  /**
   * How far, in points, the next line's first glyph may seem to fit on a line that shows no space at its
   * end, though a space would have fitted, and the line still be read as ending inside a token: the
   * cell's inner right edge is an estimate (its right padding may be wider than its left), and a
   * LibreOffice print of narrow columns was seen to leave 0.8 pt more than the glyph ("спеціа" | "ліст",
   * "функціон" | "уванні").
   */
  private static final float SLACK = 1.0f;
  /**
   * Log odds of a word boundary, either way, below which a join decided by {@link LetterModel} alone is
   * reported as a guess: e^3, about 20 to 1.
   */
  private static final double UNSURE = 3;
  /** Log odds of no word boundary that spell one word by a wide margin: e^5, about 150 to 1. */
  private static final double WIDE = 5;
  /**
   * Log odds of a word boundary below which, in a document that hyphenates, a line-end hyphen is the
   * layout's: such a document breaks words far more often than compounds ("що" + "півроку" spells two
   * words by 0.2, "ново" + "призначеними" by 4), and a compound's own first part is told apart before
   * the spelling is asked.
   */
  private static final double HYPHENATION_LEANING = 5;
  /** The least number of line-end hyphens splitting one word that shows a document hyphenates. */
  private static final int HYPHENATED_BREAKS = 3;
  /** … and they must be at least one in this many of its line-end hyphens between two letters. */
  private static final int SHARE_OF_HYPHENATED = 3;
  /** The longest part, in letters, of an abbreviation written with a slash ("з/п", "в/ч"). */
  private static final int ABBREVIATION = 2;


  /** How a visual line goes on to the next one. */
  enum Join {
    /** With a space. */
    SPACE,
    /** Without a space. */
    NONE,
    /**
     * Without a space, after a hyphen between two letters that ends the line (rule 1): the word's own
     * hyphen, kept, or the layout's in a document that hyphenates, dropped ({@link #dropsHyphen}).
     */
    HYPHEN,
    /**
     * Without a space, after a slash between two words where a space would have fitted and none is shown
     * (rule 5); a guess in a document that shows no line-end spaces at all.
     */
    NONE_AFTER_SLASH,
    /** Without a space, after a slash between two words where not even a space would have fitted: a guess. */
    NONE_AFTER_SLASH_WITHOUT_ROOM,
    /** Without a space if the document writes the spaces that end lines; with one if it does not. */
    NONE_IF_LINE_END_SPACES_WRITTEN,
    /**
     * As {@link #NONE_IF_LINE_END_SPACES_WRITTEN}, where not even a space would have fitted: decided by
     * the words the document shows whole and the spelling of Ukrainian words.
     */
    NONE_IF_SPELT_AS_ONE_WORD;

    boolean undecided() {
      return this == NONE_IF_LINE_END_SPACES_WRITTEN || this == NONE_IF_SPELT_AS_ONE_WORD;
    }

    /**
     * Whether the join waits for the whole document: to be decided, or (a hyphen, a slash) to be
     * judged against the document's way of writing.
     */
    boolean waitsForDocument() {
      return undecided() || this == HYPHEN || this == NONE_AFTER_SLASH || this == NONE_AFTER_SLASH_WITHOUT_ROOM;
    }

    /** Whether the lines go on without a space, whatever the rest of the document shows. */
    boolean joined() {
      return this == NONE || this == HYPHEN || this == NONE_AFTER_SLASH || this == NONE_AFTER_SLASH_WITHOUT_ROOM;
    }
  }

  /**
   * Where a visual line sits in its cell.
   *
   * @param padding from the cell's left rule to the line's first glyph
   * @param room from the line's last glyph to the cell's inner right edge (the right rule less the
   *     cell's padding, the least of its lines'); negative when the line goes past it
   * @param firstWidth the width of the line's first glyph
   * @param spaceWidth the width of a space in the font of the line's last glyph
   * @param spaceAfter whether the page shows a space after the line's last glyph
   */
  record LineGeometry(float padding, float room, float firstWidth, float spaceWidth, boolean spaceAfter) {

    static LineGeometry of(List<Glyph> line, float left, float right, float cellPadding) {
      Glyph first = line.get(0);
      Glyph last = line.get(line.size() - 1);
      return new LineGeometry(first.x() - left, right - cellPadding - last.right(), first.width(),
          last.spaceWidth(), last.spaceAfter());
    }
  }

  /**
   * A paragraph of a cell as its visual lines' texts and the joins between them.
   *
   * @param lines each visual line's text, trimmed; at least one
   * @param joins how line {@code i} goes on to line {@code i + 1}; one fewer than the lines
   * @param bold whether every glyph is bold
   * @param start where the first line sits
   * @param end where the last line sits
   */
  record Paragraph(List<String> lines, List<Join> joins, boolean bold, LineGeometry start,
      LineGeometry end) {
    Paragraph {
      lines = List.copyOf(lines);
      joins = List.copyOf(joins);
    }

    /**
     * Whether a join waits for the whole document to be seen: to be decided, or (after a slash) to know
     * whether it is a guess to warn about.
     */
    boolean undecided() {
      return joins.stream().anyMatch(Join::waitsForDocument);
    }

    /** The text with every undecided join read as a space, as before the whole document is seen. */
    String provisionalText() {
      StringBuilder sb = new StringBuilder();
      for (int i = 0; i < lines.size(); i++) {
        if (i > 0 && !lines.get(i).isEmpty() && sb.length() > 0 && !joins.get(i - 1).joined()) {
          sb.append(' ');
        }
        sb.append(lines.get(i));
      }
      return sb.toString();
    }

    String firstLine() {
      return lines.get(0);
    }

    String lastLine() {
      return lines.get(lines.size() - 1);
    }

    /** This paragraph without its last {@code n} lines; empty if it has no more. */
    Optional<Paragraph> withoutLastLines(int n) {
      if (lines.size() <= n) {
        return Optional.empty();
      }
      return Optional.of(new Paragraph(lines.subList(0, lines.size() - n),
          joins.subList(0, joins.size() - n), bold, start, end));
    }

    /** This paragraph with a text put before its first line, without a space. */
    Paragraph withFirstLineAfter(String head) {
      List<String> changed = new ArrayList<>(lines);
      changed.set(0, head + changed.get(0));
      return new Paragraph(changed, joins, bold, start, end);
    }
  }

  /** A line ending in a hyphen after a letter that goes on with a letter: the letters on each side. */
  private record HyphenBreak(String head, String tail) {
  }

  private boolean lineEndSpacesWritten;
  /** How often the table writes a slash between two letters inside a line: without a space after it. */
  private int slashesWithoutSpace;
  /** … and with one. */
  private int slashesWithSpace;
  /** Each line that ends in a hyphen after a letter and goes on with a letter: the letters on each side. */
  private final List<HyphenBreak> hyphenBreaks = new ArrayList<>();
  /** Words with a hyphen inside a line ("веб-сайті"), lower case: compounds the document writes so. */
  private final Set<String> compounds = new HashSet<>();
  /** The first parts of {@link #compounds} ("веб"). */
  private final Set<String> compoundHeads = new HashSet<>();
  /** Whether the document hyphenates, as judged from {@link #hyphenBreaks} of the size in the key. */
  private int hyphenatesJudgedAt = -1;
  private boolean hyphenates;
  /** Words the document's table shows whole, lower case: bounded on both sides by no letter. */
  private final Set<String> words = new HashSet<>();

  /**
   * Builds one paragraph of a cell and notes its whole words.
   *
   * @param lines the paragraph's visual lines, top to bottom, each sorted left to right, none empty
   * @param texts each line's text, trimmed
   * @param left the x of the cell's left rule
   * @param right the x of the cell's right rule
   * @param cellPadding the least distance from the left rule to a line of the cell: its padding
   * @param openStart whether the paragraph may go on from the page before (its first word may be the
   *     end of one)
   * @param openEnd whether it may go on on the next page (its last word may be the start of one)
   * @return the paragraph
   */
  Paragraph paragraph(List<List<Glyph>> lines, List<String> texts, float left, float right,
      float cellPadding, boolean openStart, boolean openEnd) {
    List<Join> joins = new ArrayList<>();
    List<LineGeometry> geometry = new ArrayList<>();
    StringBuilder before = new StringBuilder();
    boolean bold = true;
    for (int i = 0; i < lines.size(); i++) {
      List<Glyph> line = lines.get(i);
      String text = texts.get(i);
      geometry.add(LineGeometry.of(line, left, right, cellPadding));
      for (Glyph g : line) {
        bold &= g.bold();
      }
      if (i > 0) {
        Join join = texts.get(i - 1).equals("-") && i >= 2 && joins.get(i - 2) != Join.SPACE
            && startsWithLetter(text)
            // A hyphen alone on its line goes on as its compound came to it: "Січень" | "-" | "березень".
            ? joins.get(i - 2)
            : join(before, texts.get(i - 1), geometry.get(i - 1), text, geometry.get(i));
        joins.add(join);
        if (join == Join.HYPHEN) {
          hyphenBreaks.add(new HyphenBreak(wordBeforeHyphen(texts.get(i - 1)), firstWord(text)));
        }
        if (!text.isEmpty() && before.length() > 0 && !join.joined()) {
          before.append(' ');
        }
      }
      before.append(text);
    }
    for (int i = 0; i < lines.size(); i++) {
      boolean spaceAfter = geometry.get(i).spaceAfter();
      boolean last = i == lines.size() - 1;
      lineEndSpacesWritten |= spaceAfter && !last;
      noteWords(texts.get(i),
          i == 0 ? !openStart : geometry.get(i - 1).spaceAfter() || !endsWithLetter(texts.get(i - 1))
              && !endsWithHyphenAfterLetter(texts.get(i - 1)),
          last ? !openEnd || spaceAfter : spaceAfter || !startsWithLetter(texts.get(i + 1)));
    }
    return new Paragraph(texts, joins, bold && before.length() > 0, geometry.get(0),
        geometry.get(geometry.size() - 1));
  }

  /**
   * How the last line of a cell on one page goes on to the first line of the same cell carried over to
   * the next page: by rule 1 (a hyphen after a letter, then a letter) and rule 4 only (the grid
   * interpretation joins the rest).
   *
   * @param before the cell's last paragraph on the page before
   * @param after the cell's first paragraph on the next page
   * @return {@link Join#SPACE}, a join without a space, or an undecided join
   */
  static Join acrossPages(Paragraph before, Paragraph after) {
    String head = before.lastLine();
    String tail = after.firstLine();
    if ((endsWithHyphenAfterLetter(head) || head.equals("-") && before.lines().size() > 1
        && before.joins().get(before.joins().size() - 1) != Join.SPACE) && startsWithLetter(tail)) {
      // Rule 1 across the page break: "Січень-" | "березень", "Січень" | "-" | "березень", "можли-" | "вість".
      return head.length() >= 2 && Character.isLetter(head.charAt(head.length() - 2)) ? Join.HYPHEN
          : Join.NONE;
    }
    if (closesToken(head, tail)) {
      return Join.NONE; // rule 3 across the page break: "Регламентах" | ")"
    }
    if (slashBetweenWords(head, before.end(), tail)) {
      return slashJoin(before.end()); // rule 5 across the page break
    }
    return brokenToken(head, before.end(), tail, after.start());
  }

  /**
   * Rule 3: no layout breaks a line before a closing bracket, a comma or a colon that follows a word, on a
   * page or over a page break: it broke a token too wide for the column ("проекту" | ")", "комітету" | ",
   * голови").
   */
  private static boolean closesToken(String text, String next) {
    return !text.isEmpty() && !next.isEmpty() && CLOSING.indexOf(next.charAt(0)) >= 0
        && !Character.isWhitespace(text.charAt(text.length() - 1));
  }

  private static boolean endsWithHyphenAfterLetter(CharSequence text) {
    int n = text.length();
    return n >= 2 && text.charAt(n - 1) == '-' && Character.isLetterOrDigit(text.charAt(n - 2));
  }

  /**
   * A paragraph's text, every join decided from the whole document.
   *
   * @param paragraph a paragraph built by this instance
   * @return its text
   */
  String text(Paragraph paragraph) {
    return text(paragraph, null);
  }

  /**
   * A paragraph's text, every join decided from the whole document, saying which joins were guesses.
   *
   * @param paragraph a paragraph built by this instance
   * @param guesses where to add a sentence for each join that the spelling of words decided by a narrow
   *     margin (the page could not tell, nor could the words the document shows whole); null when they
   *     are not wanted
   * @return its text
   */
  String text(Paragraph paragraph, @Nullable List<String> guesses) {
    List<String> lines = paragraph.lines();
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (i > 0 && !line.isEmpty() && sb.length() > 0) {
        Join join = paragraph.joins().get(i - 1);
        boolean joined;
        if (join.undecided()) {
          // Only a join the page left open needs the words around it.
          String head = wordBefore(paragraph, i - 1);
          String tail = wordAfter(paragraph, i);
          double odds = boundaryOdds(join, lines.get(i - 1), line, head, tail);
          joined = odds < 0;
          if (guesses != null && Math.abs(odds) < UNSURE) {
            // Decided by spelling alone, and by no wide margin: the user is told.
            guesses.add(guess(head, tail, joined));
          }
        } else {
          joined = boundaryOdds(join, lines.get(i - 1), line, "", "") < 0;
        }
        if (guesses != null && slashSpaceUnseen(join)
            && lastWord(lines.get(i - 1).substring(0, lines.get(i - 1).length() - 1)).length()
                > ABBREVIATION
            && firstWord(line).length() > ABBREVIATION) {
          // Between two words: an abbreviation ("з/п", "в/ч") is never written with a space.
          guesses.add(slashGuess(lines.get(i - 1), line, joined));
        }
        if (join == Join.HYPHEN && dropsHyphen(lines.get(i - 1), line)) {
          sb.setLength(sb.length() - 1); // the layout's hyphen: "можли-" | "вість"
        }
        if (!joined) {
          sb.append(' ');
        }
      }
      sb.append(line);
    }
    return sb.toString();
  }

  /**
   * Whether a part of a line is a word the table shows whole elsewhere, as evidence that the line ends
   * between two words. A single letter is no evidence: it is as often the ending of a word broken before
   * it ("припиненн|і", "бухгалтерськог|о") as the word "і", "о", "у" or "з".
   */
  private boolean isWholeWord(String part) {
    return part.length() > 1 && words.contains(part);
  }

  /** The sentence of a warning about a join that only the spelling of words decided, by a narrow margin. */
  static String guess(String head, String tail, boolean joined) {
    return "a line of this cell ends with \"" + head + "\", filling its width, and the next begins with \""
        + tail + "\": read as " + (joined ? "one word, \"" + head + tail : "two words, \"" + head + " " + tail)
        + "\", as Ukrainian words are spelt, though either reading is possible; the page cannot tell a word "
        + "broken between two letters from two words: check it against the document";
  }

  /**
   * Whether the hyphen that ends a line before another that goes on with a letter is the layout's (a
   * word hyphenated at the line's end, "можли-" | "вість"), to be dropped, rather than the word's own
   * ("організаційно-" | "розпорядчих"). Word and LibreOffice hyphenate only when asked; a document
   * hyphenates when at least three of its line-end hyphens, and a third of them, join letters that are
   * one word by a wide margin (shown whole in the table, or spelt so, {@link LetterModel}). In such a
   * document a hyphen is the layout's when the word without it is shown whole, the word's own when the
   * table writes the compound with its hyphen inside a line ("веб-сайті"), and otherwise as the
   * spelling says, leaning to the layout's; elsewhere every hyphen is the word's own.
   *
   * @param line the line that ends with the hyphen
   * @param next the line that follows it
   * @return true to drop the hyphen
   */
  boolean dropsHyphen(String line, String next) {
    String head = wordBeforeHyphen(line);
    String tail = firstWord(next);
    if (head.isEmpty() || tail.isEmpty() || !hyphenates()) {
      return false;
    }
    if (isWholeWord(head + tail)) {
      return true;
    }
    if (compounds.contains(head + "-" + tail) || compoundHeads.contains(head)) {
      return false; // "веб-сайті" written so in a line, or "веб-" anywhere
    }
    double odds = LetterModel.ukrainian().boundaryOdds(head, tail, true);
    if (WrappedText.isListedCompoundFirstPart(head)) {
      return odds < -WIDE; // "веб-" | "порталі" stays, "екс-" | "пертизу" is one word by far
    }
    // A compound adjective's first part ("навчально-" | "методичний") looks like a word hyphenated before
    // its ending ("територіально-" | "го"): there only the spelling by a clear margin drops the hyphen.
    return odds < (WrappedText.isCompoundFirstPart(head) ? -UNSURE : HYPHENATION_LEANING);
  }

  private boolean hyphenates() {
    if (hyphenatesJudgedAt != hyphenBreaks.size()) {
      int hyphenated = 0;
      for (HyphenBreak pair : hyphenBreaks) {
        if (!pair.head().isEmpty() && !pair.tail().isEmpty() && (isWholeWord(pair.head() + pair.tail())
            || LetterModel.ukrainian().boundaryOdds(pair.head(), pair.tail(), true) < -WIDE)) {
          hyphenated++;
        }
      }
      hyphenates = hyphenated >= HYPHENATED_BREAKS && hyphenated * SHARE_OF_HYPHENATED >= hyphenBreaks.size();
      hyphenatesJudgedAt = hyphenBreaks.size();
    }
    return hyphenates;
  }

  /** The letters before a line's final hyphen, lower case. */
  private static String wordBeforeHyphen(String line) {
    return line.endsWith("-") ? lastWord(line.substring(0, line.length() - 1)) : "";
  }

  /** Whether a join after a slash is one where the page could not have shown a space after it. */
  private boolean slashSpaceUnseen(Join join) {
    return join == Join.NONE_AFTER_SLASH_WITHOUT_ROOM || join == Join.NONE_AFTER_SLASH && !lineEndSpacesWritten;
  }

  /** The sentence of a warning about a line ending in a slash that the page cannot tell. */
  static String slashGuess(String line, String next, boolean joined) {
    String word = line.substring(line.lastIndexOf(' ') + 1);
    return "a line of this cell ends with \"" + word + "\" and the next begins with \"" + firstWord(next)
        + "\": read " + (joined ? "without" : "with") + " a space after the slash, as this table mostly "
        + "writes a slash between two words, though the page cannot show whether one was there: check it "
        + "against the document";
  }


  /**
   * Whether a join is made without a space, now that the whole document has been seen.
   *
   * @param join the join
   * @param head the text before it
   * @param tail the text after it
   * @return true for no space
   */
  boolean joined(Join join, String head, String tail) {
    return joined(join, head, tail, lastWord(head), firstWord(tail));
  }

  /**
   * The letters before a join, with those of the lines before it when each of these holds nothing but
   * letters and may go on without a space: all of a token broken over several lines up to the join.
   */
  private static String wordBefore(Paragraph paragraph, int line) {
    StringBuilder sb = new StringBuilder(lastWord(paragraph.lines().get(line)));
    for (int k = line; k > 0 && isOneWord(paragraph.lines().get(k))
        && paragraph.joins().get(k - 1) != Join.SPACE; k--) {
      sb.insert(0, lastWord(paragraph.lines().get(k - 1)));
    }
    return sb.toString();
  }

  /** The letters after a join, with those of the lines after it as {@link #wordBefore} does. */
  private String wordAfter(Paragraph paragraph, int line) {
    StringBuilder sb = new StringBuilder(firstWord(paragraph.lines().get(line)));
    List<String> lines = paragraph.lines();
    for (int k = line; k + 1 < lines.size() && (isOneWord(lines.get(k))
        && paragraph.joins().get(k) != Join.SPACE || isHyphenatedHead(paragraph, k)); k++) {
      sb.append(firstWord(lines.get(k + 1)));
    }
    return sb.toString();
  }

  /**
   * Whether line {@code k} is one word's head and the layout's hyphen ("запобі-" | "гання"): the word goes
   * on on the next line, as far as whole words are concerned.
   */
  private boolean isHyphenatedHead(Paragraph paragraph, int k) {
    String text = paragraph.lines().get(k);
    return paragraph.joins().get(k) == Join.HYPHEN && text.endsWith("-")
        && firstWord(text).length() == text.length() - 1
        && dropsHyphen(text, paragraph.lines().get(k + 1));
  }

  /**
   * How many lines at the end of a paragraph go on from one to the next without a space, now that the
   * whole document has been seen: the last line, and each line before it joined to the next without one
   * ("промис" | "ловост" at the foot of a page, "несвоєчасн" | "ого подан-"). Moved to the next page as one
   * piece, they keep their joins.
   *
   * @param paragraph a paragraph built by this instance
   * @return at least one
   */
  int brokenTokenLines(Paragraph paragraph) {
    List<String> lines = paragraph.lines();
    int first = lines.size() - 1;
    while (first > 0 && joined(paragraph.joins().get(first - 1), lines.get(first - 1), lines.get(first),
        wordBefore(paragraph, first - 1), wordAfter(paragraph, first))) {
      first--;
    }
    return lines.size() - first;
  }

  /**
   * The text of the last lines of a paragraph, as {@link #text(Paragraph)} joins them.
   *
   * @param paragraph a paragraph built by this instance
   * @param count how many of its last lines
   * @return their text
   */
  String textOfLastLines(Paragraph paragraph, int count) {
    int from = paragraph.lines().size() - count;
    return text(new Paragraph(paragraph.lines().subList(from, paragraph.lines().size()),
        paragraph.joins().subList(from, paragraph.joins().size()), paragraph.bold(), paragraph.start(),
        paragraph.end()));
  }


  private static boolean isOneWord(String line) {
    return !line.isEmpty() && firstWord(line).length() == line.length();
  }

  private boolean joined(Join join, String head, String tail, String wholeHead, String wholeTail) {
    return boundaryOdds(join, head, tail, wholeHead, wholeTail) < 0;
  }

  /**
   * The natural log of the odds that a join is a word boundary: negative infinity where the page or the
   * words the document shows whole join the lines without a space, positive infinity where they keep a
   * space, and otherwise the odds {@link LetterModel} gives from the spelling of Ukrainian words.
   */
  private double boundaryOdds(Join join, String head, String tail, String wholeHead, String wholeTail) {
    if (slashSpaceUnseen(join)) {
      // The page cannot show the space: the document's own way of writing a slash between words decides.
      return slashesWithoutSpace > slashesWithSpace ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
    }
    if (join.joined()) {
      return Double.NEGATIVE_INFINITY;
    }
    if (!join.undecided()) {
      return Double.POSITIVE_INFINITY;
    }
    if (!lineEndSpacesWritten) {
      // A document that shows no line-end spaces (a browser's print, perhaps other producers) cannot say
      // that a space is missing: between two letters, the spelling of Ukrainian words decides.
      if (wholeHead.isEmpty() || wholeTail.isEmpty() || !endsWithLetter(head) || !startsWithLetter(tail)) {
        return Double.POSITIVE_INFINITY;
      }
      return LetterModel.ukrainian().boundaryOdds(wholeHead, wholeTail, true);
    }
    String before = lastWord(head);
    String after = firstWord(tail);
    if (!before.isEmpty() && !after.isEmpty()
        && (isWholeWord(before + after) || isWholeWord(wholeHead + wholeTail))) {
      return Double.NEGATIVE_INFINITY; // the document shows the word whole elsewhere: "організацій" | "ний"
    }
    boolean headWhole = isWholeWord(before) || !wholeHead.equals(before) && isWholeWord(wholeHead);
    boolean tailWhole = isWholeWord(after) || !wholeTail.equals(after) && isWholeWord(wholeTail);
    if (join == Join.NONE_IF_LINE_END_SPACES_WRITTEN && !(headWhole && tailWhole)) {
      // The missing space is the evidence, unless both parts are words shown whole and the two together
      // are not (the cell's right padding a little wider than its left leaves less room than it seems):
      // then, as where nothing on the page or elsewhere in the document tells, the spelling of Ukrainian
      // words decides ("організацій" | "но-розпорядчих", though "но" is a word).
      return Double.NEGATIVE_INFINITY;
    }
    return LetterModel.ukrainian().boundaryOdds(wholeHead, wholeTail, true);
  }



  private static Join join(CharSequence before, String text, LineGeometry line, String next,
      LineGeometry nextLine) {
    if (text.isEmpty() || next.isEmpty()) {
      return Join.SPACE;
    }
    if (endsWithHyphenAfterLetter(before)) {
      return text.length() >= 2 && Character.isLetter(text.charAt(text.length() - 2))
          && Character.isLetter(next.charAt(0)) ? Join.HYPHEN : Join.NONE;
    }
    if (Character.isDigit(next.charAt(0)) && isNumberToken(text)) {
      return Join.NONE;
    }
    if (next.charAt(0) == '-' && (next.length() == 1 || Character.isLetter(next.charAt(1)))
        && Character.isLetter(text.charAt(text.length() - 1)) && !line.spaceAfter()) {
      // Rule 2: a compound broken before its own hyphen ("організаційно" | "-розпорядчих"); a list's dash
      // is followed by a space.
      return Join.NONE_IF_LINE_END_SPACES_WRITTEN;
    }
    if (closesToken(text, next)) {
      return Join.NONE;
    }
    if (slashBetweenWords(text, line, next)) {
      return slashJoin(line);
    }
    return brokenToken(text, line, next, nextLine);
  }

  /**
   * Rule 5: a line may break after a slash between two words ("звільненні/" | "припиненні"). A line
   * ending in a slash after a letter or digit, with no space shown after it though one would have fitted,
   * goes on to a letter or digit without a space; where none could have been shown, as the document writes
   * a slash between two words inside its lines (plans mostly without a space: the seed 223 times to 2).
   * Where the document shows a space after the slash, the last rule keeps it.
   */
  private static Join slashJoin(LineGeometry line) {
    return line.room() >= line.spaceWidth() + ROUNDING ? Join.NONE_AFTER_SLASH : Join.NONE_AFTER_SLASH_WITHOUT_ROOM;
  }

  private static boolean slashBetweenWords(String text, LineGeometry line, String next) {
    int n = text.length();
    return n >= 2 && text.charAt(n - 1) == '/' && Character.isLetterOrDigit(text.charAt(n - 2))
        && !line.spaceAfter() && Character.isLetterOrDigit(next.charAt(0))
        && goesOn(text.charAt(n - 2), next.charAt(0)); // not "призначення/" | "Відповідальні"
  }

  /** Rule 4: whether the line ends inside a token too wide for its column. */
  private static Join brokenToken(String text, LineGeometry line, String next, LineGeometry nextLine) {
    if (text.isEmpty() || next.isEmpty() || line.spaceAfter() || text.indexOf(' ') >= 0
        || Math.abs(line.padding() - nextLine.padding()) > ALIGNED) {
      return Join.SPACE;
    }
    char end = text.charAt(text.length() - 1);
    char start = next.charAt(0);
    boolean seemsToFit = line.room() >= nextLine.firstWidth() + ALIGNED
        && !(line.room() < nextLine.firstWidth() + SLACK && line.room() >= line.spaceWidth() + ROUNDING);
    if (!goesOn(end, start) || seemsToFit || line.room() < -ALIGNED) {
      // Not a token's next character; or it would have fitted on this line; or the line goes past the
      // cell's edge, which a layout that breaks a token does not do.
      return Join.SPACE;
    }
    if (line.room() >= nextLine.firstWidth() + ROUNDING) {
      // It seems to have fitted, by less than half a point: the inner edge is an estimate (the right
      // padding may be a little wider than the left), so only the words shown whole can tell.
      return Character.isLetter(end) && Character.isLetter(start) ? Join.NONE_IF_SPELT_AS_ONE_WORD
          : Join.SPACE;
    }
    if (line.room() >= line.spaceWidth() + ROUNDING) {
      return Join.NONE_IF_LINE_END_SPACES_WRITTEN; // a space would have fitted, and none was written
    }
    return Character.isLetter(end) && Character.isLetter(start) ? Join.NONE_IF_SPELT_AS_ONE_WORD
        : Join.SPACE;
  }

  /** Whether {@code start} can go on a token that ends with {@code end}. */
  private static boolean goesOn(char end, char start) {
    if (Character.isLowerCase(end) && Character.isUpperCase(start)
        || Character.isLetter(end) && Character.isDigit(start)) {
      return false;
    }
    int type = Character.getType(start);
    return type != Character.DASH_PUNCTUATION && type != Character.START_PUNCTUATION
        && type != Character.INITIAL_QUOTE_PUNCTUATION && start != '•' && start != '·'
        && start != '"' && start != '\'';
  }

  private static boolean isNumberToken(String text) {
    if (text.isEmpty() || !Character.isDigit(text.charAt(0))) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!Character.isDigit(c) && c != '.') {
        return false;
      }
    }
    return true;
  }

  /**
   * Notes the words of a line that are whole: runs of letters (and apostrophes inside them) bounded by
   * other characters, or by the line's ends where those are known to end a word.
   */
  private void noteWords(String text, boolean startBounded, boolean endBounded) {
    for (int k = text.indexOf('/'); k > 0; k = text.indexOf('/', k + 1)) {
      if (Character.isLetter(text.charAt(k - 1)) && k + 1 < text.length()) {
        if (Character.isLetter(text.charAt(k + 1))) {
          slashesWithoutSpace++;
        } else if (text.charAt(k + 1) == ' ' && k + 2 < text.length() && Character.isLetter(text.charAt(k + 2))) {
          slashesWithSpace++;
        }
      }
    }
    int i = 0;
    while (i < text.length()) {
      if (!isWordChar(text, i)) {
        i++;
        continue;
      }
      int from = i;
      while (i < text.length() && isWordChar(text, i)) {
        i++;
      }
      boolean starts = from > 0 || startBounded;
      // A run before a hyphen that ends the line may be a word hyphenated there: not known to end.
      boolean ends = i < text.length() && !(i == text.length() - 1 && text.charAt(i) == '-')
          || i == text.length() && endBounded;
      if (i + 1 < text.length() && text.charAt(i) == '-' && Character.isLetter(text.charAt(i + 1))) {
        int to = i + 1;
        while (to < text.length() && isWordChar(text, to)) {
          to++;
        }
        if (to < text.length() || endBounded) {
          compounds.add(text.substring(from, to).toLowerCase(Locale.ROOT));
          compoundHeads.add(text.substring(from, i).toLowerCase(Locale.ROOT));
        }
      }
      String run = text.substring(from, i).toLowerCase(Locale.ROOT);
      if (starts && ends) {
        words.add(run);
      }
    }
  }

  private static String lastWord(String text) {
    int i = text.length();
    while (i > 0 && isWordChar(text, i - 1)) {
      i--;
    }
    return text.substring(i).toLowerCase(Locale.ROOT);
  }

  private static String firstWord(String text) {
    int i = 0;
    while (i < text.length() && isWordChar(text, i)) {
      i++;
    }
    return text.substring(0, i).toLowerCase(Locale.ROOT);
  }

  /** A letter, or an apostrophe between two letters ("пов'язаних", "зв’язку"). */
  private static boolean isWordChar(String text, int i) {
    char c = text.charAt(i);
    if (Character.isLetter(c)) {
      return true;
    }
    return (c == '\'' || c == '’' || c == 'ʼ') && i > 0 && i + 1 < text.length()
        && Character.isLetter(text.charAt(i - 1)) && Character.isLetter(text.charAt(i + 1));
  }

  private static boolean endsWithLetter(String text) {
    return !text.isEmpty() && Character.isLetter(text.charAt(text.length() - 1));
  }

  private static boolean startsWithLetter(String text) {
    return !text.isEmpty() && Character.isLetter(text.charAt(0));
  }
}
