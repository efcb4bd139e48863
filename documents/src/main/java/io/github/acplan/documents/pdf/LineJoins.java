package io.github.acplan.documents.pdf;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
 *       least a space's width (of the line's font) and no space is shown, the line ends inside a token;
 *       this holds in a document that shows such spaces at all (a line of its table that goes on to
 *       another ends with one), and a browser's print shows none: there nothing is joined. When not even
 *       a space would have fitted, the page cannot tell a whole word that fills its line exactly from a
 *       broken one ("Організаційний" + "відділ" and "бухгалтерськог" + "о" in the seed's PDF both end
 *       within 2 pt of the edge): then the two parts are joined only when both are letters and the words
 *       the document's table shows whole (bounded on both sides by a space, punctuation or a line end
 *       known to end a word) say so: the two parts together are such a word ("організацій" + "ний",
 *       though "організацій" is a word too); or neither part is one, and they do not both look like
 *       words at the break: the part before it does not end with the last three letters of a whole word,
 *       or the part after it does not begin with the first three ("персональних" + "бесід" are two
 *       words, "бухгалтерськог" + "о" and "структурни" + "х" one). A part is compared as all of its
 *       token: where the lines next to the break hold nothing but letters and go on without a (decided)
 *       space, their letters belong to it ("Голова" + "районн" + "ої" compares "районної" with the whole
 *       words, in a column six glyphs wide). A word's edges are known from a run of letters bounded on
 *       that side only, too: one after a space at the end of a line broken inside it begins a word, one
 *       before a space at the start of a line that goes on a broken token ends one (in a monospaced
 *       print of narrow columns few words are shown whole, but many begin or end in sight). And a
 *       filled line whose last word ends the way the document's words end, and which goes on, here or
 *       elsewhere, to words that begin with two different letters (each beginning the way the
 *       document's words begin, or a word of one or two letters shown whole), ends a word: a word's
 *       head would go on with its own letters ("підвищення" + "рівня", "довіри").
 *       Where a space would have fitted, its absence joins the parts unless both are whole words and
 *       the two together are not one. What is left misread: a whole word that fills its line, followed
 *       by a word, where neither is shown whole elsewhere and one of them has an edge no word in sight
 *       has, reads as one token (and so
 *       does a word broken before a two-letter ending that is a word itself, "розпорядника" + "ми");
 *       so does the last line of a paragraph (which shows no space) when it is one word ending that close to the edge and the next
 *       paragraph follows without a gap and starts with a small letter; and in a centered cell (a
 *       header) LibreOffice shows no line-end spaces and the lines do not start at the same place, so a
 *       word broken there reads with a space.
 *   <li>Every other line ends with a space.
 * </ol>
 * The first and the fourth rule also join a cell carried over a page break when its last line on one
 * page ends with a letter and a hyphen, or is the head of a broken token, and its first line on the next
 * page goes on with a letter, or is the rest ({@link BreakAcrossPages}). The fourth rule needs the whole
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
  /**
   * How many letters at the edge of a part of a broken line are compared with the edges of the whole
   * words: three tell a word's ending or beginning ("-ння", "-ого"; "при-", "вик-") without being a word.
   */
  static final int EDGE = 3;
  /** Rounding allowed in comparing the room left on a line with a glyph's width, in points. */
  private static final float ROUNDING = 0.1f;

  /** How a visual line goes on to the next one. */
  enum Join {
    /** With a space. */
    SPACE,
    /** Without a space. */
    NONE,
    /** Without a space if the document writes the spaces that end lines; with one if it does not. */
    NONE_IF_LINE_END_SPACES_WRITTEN,
    /**
     * As {@link #NONE_IF_LINE_END_SPACES_WRITTEN}, and only if neither the letters before the break nor
     * those after it are a word the document shows whole.
     */
    NONE_IF_NEITHER_PART_IS_A_WORD;

    boolean undecided() {
      return this == NONE_IF_LINE_END_SPACES_WRITTEN || this == NONE_IF_NEITHER_PART_IS_A_WORD;
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

    /** Whether a join waits for the whole document to be seen. */
    boolean undecided() {
      return joins.stream().anyMatch(Join::undecided);
    }

    /** The text with every undecided join read as a space, as before the whole document is seen. */
    String provisionalText() {
      StringBuilder sb = new StringBuilder();
      for (int i = 0; i < lines.size(); i++) {
        if (i > 0 && !lines.get(i).isEmpty() && sb.length() > 0 && joins.get(i - 1) != Join.NONE) {
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

    /** This paragraph without its last line; empty if that was its only line. */
    Optional<Paragraph> withoutLastLine() {
      if (lines.size() == 1) {
        return Optional.empty();
      }
      return Optional.of(new Paragraph(lines.subList(0, lines.size() - 1),
          joins.subList(0, joins.size() - 1), bold, start, end));
    }

    /** This paragraph with a text put before its first line, without a space. */
    Paragraph withFirstLineAfter(String head) {
      List<String> changed = new ArrayList<>(lines);
      changed.set(0, head + changed.get(0));
      return new Paragraph(changed, joins, bold, start, end);
    }
  }

  private boolean lineEndSpacesWritten;
  /** Words the document's table shows whole, lower case: bounded on both sides by no letter. */
  private final Set<String> words = new HashSet<>();
  /**
   * The first {@link #EDGE} letters of each run of letters longer than that which begins a word but
   * whose end is not in sight (a line broken inside it).
   */
  private final Set<String> runStarts = new HashSet<>();
  /** The last {@link #EDGE} letters of each run longer than that which ends a word, its start unseen. */
  private final Set<String> runEnds = new HashSet<>();
  /** The last {@link #EDGE} letters of each whole word longer than that. */
  private final Set<String> wordEnds = new HashSet<>();
  /** The first {@link #EDGE} letters of each whole word longer than that. */
  private final Set<String> wordStarts = new HashSet<>();
  /**
   * For the last word of each line that fills its line and leaves the page unable to tell a broken
   * word from two ({@link Join#NONE_IF_NEITHER_PART_IS_A_WORD}), lower case, the first words of the
   * lines that follow it.
   */
  private final Map<String, Set<String>> tailsOfFilledLines = new HashMap<>();
  /** How many whole words {@link #wordEnds} and {@link #wordStarts} were gathered from; -1 for none. */
  private int edgesOf = -1;

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
        Join join = join(before, texts.get(i - 1), geometry.get(i - 1), text, geometry.get(i));
        joins.add(join);
        if (join == Join.NONE_IF_NEITHER_PART_IS_A_WORD) {
          String head = lastWord(texts.get(i - 1));
          String tail = firstWord(text);
          if (head.length() >= EDGE && !tail.isEmpty()) {
            tailsOfFilledLines.computeIfAbsent(head, h -> new HashSet<>()).add(tail);
          }
        }
        if (!text.isEmpty() && before.length() > 0 && join != Join.NONE) {
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
          i == 0 ? !openStart : geometry.get(i - 1).spaceAfter() || !endsWithLetter(texts.get(i - 1)),
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
   * @return {@link Join#SPACE}, {@link Join#NONE} or an undecided join
   */
  static Join acrossPages(Paragraph before, Paragraph after) {
    String head = before.lastLine();
    String tail = after.firstLine();
    if (endsWithHyphenAfterLetter(head) && startsWithLetter(tail)) {
      return Join.NONE; // rule 1 across the page break: "Січень-" | "березень"
    }
    if (closesToken(head, tail)) {
      return Join.NONE; // rule 3 across the page break: "Регламентах" | ")"
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
    return n >= 2 && text.charAt(n - 1) == '-' && Character.isLetter(text.charAt(n - 2));
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
   * @param guesses where to add a sentence for each line joined without a space that the page could not
   *     decide (less than a space was left on the line, neither part is a whole word elsewhere, and nor
   *     are the two together); null
   *     when they are not wanted
   * @return its text
   */
  String text(Paragraph paragraph, @Nullable List<String> guesses) {
    List<String> lines = paragraph.lines();
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (i > 0 && !line.isEmpty() && sb.length() > 0) {
        Join join = paragraph.joins().get(i - 1);
        boolean joined = joined(join, lines.get(i - 1), line, wordBefore(paragraph, i - 1),
            wordAfter(paragraph, i));
        if (guesses != null && join == Join.NONE_IF_NEITHER_PART_IS_A_WORD && joined
            && !isWholeWord(lastWord(lines.get(i - 1)) + firstWord(line))) {
          // Joined on no evidence but that neither part is a whole word elsewhere: the user is told.
          guesses.add(guess(lastWord(lines.get(i - 1)), firstWord(line)));
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

  /** The sentence of a warning about a join the page could not decide. */
  static String guess(String head, String tail) {
    return "a line of this cell ends with \"" + head + "\", filling its width, and the next begins with \""
        + tail + "\": read as one word, \"" + head + tail + "\", as neither part is a whole word elsewhere in "
        + "the table; the page cannot tell a word broken between two letters from two words: check it "
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
  private static String wordAfter(Paragraph paragraph, int line) {
    StringBuilder sb = new StringBuilder(firstWord(paragraph.lines().get(line)));
    List<String> lines = paragraph.lines();
    for (int k = line; k + 1 < lines.size() && isOneWord(lines.get(k))
        && paragraph.joins().get(k) != Join.SPACE; k++) {
      sb.append(firstWord(lines.get(k + 1)));
    }
    return sb.toString();
  }

  private static boolean isOneWord(String line) {
    return !line.isEmpty() && firstWord(line).length() == line.length();
  }

  private boolean joined(Join join, String head, String tail, String wholeHead, String wholeTail) {
    if (join == Join.NONE) {
      return true;
    }
    if (!join.undecided() || !lineEndSpacesWritten) {
      return false;
    }
    String before = lastWord(head);
    String after = firstWord(tail);
    if (!before.isEmpty() && !after.isEmpty()
        && (isWholeWord(before + after) || isWholeWord(wholeHead + wholeTail))) {
      return true; // the document shows the word whole elsewhere: "організацій" | "ний"
    }
    boolean headWhole = isWholeWord(before) || !wholeHead.equals(before) && isWholeWord(wholeHead);
    boolean tailWhole = isWholeWord(after) || !wholeTail.equals(after) && isWholeWord(wholeTail);
    if (join == Join.NONE_IF_LINE_END_SPACES_WRITTEN) {
      // The missing space is the evidence, unless both parts are words shown whole and the two together
      // are not (the cell's right padding a little wider than its left leaves less room than it seems).
      return !(headWhole && tailWhole);
    }
    if (headWhole || tailWhole) {
      return false;
    }
    if (endsAWord(before) && wordsAfter(before) >= 2) {
      // The same filled line goes on to words that begin with different letters elsewhere: it is a word.
      return false;
    }
    return !(endsAWord(before) && startsAWord(after));
  }

  /**
   * How many different first letters begin the words that follow a filled line ending in {@code head}
   * (a line the page cannot tell ends a word) anywhere in the document: a tail counts when it begins the
   * way the document's words begin, or is a word shorter than {@value #EDGE} letters shown whole.
   */
  private int wordsAfter(String head) {
    Set<Character> firsts = new HashSet<>();
    for (String t : tailsOfFilledLines.getOrDefault(head, Set.of())) {
      if (startsAWord(t) || t.length() < EDGE && words.contains(t)) {
        firsts.add(t.charAt(0));
      }
    }
    return firsts.size();
  }

  /**
   * Whether a part of a line ends the way words the document shows whole end: its last
   * {@value #EDGE} letters are the last ones of such a word longer than that.
   */
  private boolean endsAWord(String part) {
    edges();
    return part.length() >= EDGE && (wordEnds.contains(part.substring(part.length() - EDGE))
        || runEnds.contains(part.substring(part.length() - EDGE)));
  }

  /** Whether a part of a line starts the way words the document shows whole start. */
  private boolean startsAWord(String part) {
    edges();
    return part.length() >= EDGE && (wordStarts.contains(part.substring(0, EDGE))
        || runStarts.contains(part.substring(0, EDGE)));
  }

  /** The first and last letters of the whole words, gathered again when a word was noted since. */
  private void edges() {
    if (edgesOf == words.size()) {
      return;
    }
    wordEnds.clear();
    wordStarts.clear();
    for (String w : words) {
      if (w.length() > EDGE) {
        wordEnds.add(w.substring(w.length() - EDGE));
        wordStarts.add(w.substring(0, EDGE));
      }
    }
    edgesOf = words.size();
  }

  private static Join join(CharSequence before, String text, LineGeometry line, String next,
      LineGeometry nextLine) {
    if (text.isEmpty() || next.isEmpty()) {
      return Join.SPACE;
    }
    if (endsWithHyphenAfterLetter(before)) {
      return Join.NONE;
    }
    if (Character.isDigit(next.charAt(0)) && isNumberToken(text)) {
      return Join.NONE;
    }
    if (next.length() >= 2 && next.charAt(0) == '-' && Character.isLetter(next.charAt(1))
        && Character.isLetter(text.charAt(text.length() - 1)) && !line.spaceAfter()) {
      // Rule 2: a compound broken before its own hyphen ("організаційно" | "-розпорядчих"); a list's dash
      // is followed by a space.
      return Join.NONE_IF_LINE_END_SPACES_WRITTEN;
    }
    if (closesToken(text, next)) {
      return Join.NONE;
    }
    return brokenToken(text, line, next, nextLine);
  }

  /** Rule 4: whether the line ends inside a token too wide for its column. */
  private static Join brokenToken(String text, LineGeometry line, String next, LineGeometry nextLine) {
    if (text.isEmpty() || next.isEmpty() || line.spaceAfter() || text.indexOf(' ') >= 0
        || Math.abs(line.padding() - nextLine.padding()) > ALIGNED) {
      return Join.SPACE;
    }
    char end = text.charAt(text.length() - 1);
    char start = next.charAt(0);
    if (!goesOn(end, start) || line.room() >= nextLine.firstWidth() + ALIGNED
        || line.room() < -ALIGNED) {
      // Not a token's next character; or it would have fitted on this line; or the line goes past the
      // cell's edge, which a layout that breaks a token does not do.
      return Join.SPACE;
    }
    if (line.room() >= nextLine.firstWidth() + ROUNDING) {
      // It seems to have fitted, by less than half a point: the inner edge is an estimate (the right
      // padding may be a little wider than the left), so only the words shown whole can tell.
      return Character.isLetter(end) && Character.isLetter(start) ? Join.NONE_IF_NEITHER_PART_IS_A_WORD
          : Join.SPACE;
    }
    if (line.room() >= line.spaceWidth() + ROUNDING) {
      return Join.NONE_IF_LINE_END_SPACES_WRITTEN; // a space would have fitted, and none was written
    }
    return Character.isLetter(end) && Character.isLetter(start) ? Join.NONE_IF_NEITHER_PART_IS_A_WORD
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
      boolean ends = i < text.length() || endBounded;
      String run = text.substring(from, i).toLowerCase(Locale.ROOT);
      if (starts && ends) {
        words.add(run);
      } else if (run.length() > EDGE && starts) {
        runStarts.add(run.substring(0, EDGE));
      } else if (run.length() > EDGE && ends) {
        runEnds.add(run.substring(run.length() - EDGE));
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
