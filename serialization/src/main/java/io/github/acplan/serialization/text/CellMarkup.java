package io.github.acplan.serialization.text;

import io.github.acplan.serialization.table.CellParagraph;
import io.github.acplan.core.text.TextNormalization;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The inline markup of the table text: what a cell's raw text means, and how to write a value so that it
 * reads back unchanged.
 *
 * <p>Reading: inline tags ({@code <i>}, {@code <b>}, {@code <span>} …) are removed; block tags
 * ({@code <p>}, {@code <div>}, {@code <ul>}, {@code <ol>}, {@code <li>}) start a new line when the current
 * one has text; {@code <br>} always starts a new line; a {@code <li>} line is rendered with a "- " prefix
 * and also reported as a list item; character references ({@code &amp;}, {@code &lt;}, {@code &#32;} …)
 * become their characters. Runs of raw white space become one space, and raw white space at the start
 * and end of a line is dropped, as a PDF extraction's layout spaces mean nothing. Unknown tags and
 * entities are kept as text.
 *
 * <p>Writing reverses this: line breaks become {@code <br>}, {@code &}, {@code <} and {@code >} become
 * references, and any white space that reading would collapse or drop, and any character the text
 * readers' normalisation would change ({@link #needsReference(int)}), is written as a numeric reference.
 */
final class CellMarkup {

  private static final Pattern TAG = Pattern.compile("</?([a-zA-Z][a-zA-Z0-9]{0,9})(\\s[^<>]{0,500})?/?>");
  private static final Pattern ENTITY = Pattern.compile("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});");

  private static final Set<String> INLINE_TAGS = Set.of(
      "i", "b", "u", "em", "strong", "span", "sup", "sub", "font", "a", "s", "strike", "small", "big",
      "mark", "ins", "del", "td", "th");
  private static final Set<String> BLOCK_TAGS =
      Set.of("p", "div", "ul", "ol", "tr", "table", "tbody", "h1", "h2", "h3", "h4", "h5", "h6");

  private static final Map<String, Character> NAMED = Map.ofEntries(
      Map.entry("amp", '&'), Map.entry("lt", '<'), Map.entry("gt", '>'), Map.entry("quot", '"'),
      Map.entry("apos", '\''), Map.entry("nbsp", '\u00A0'), Map.entry("laquo", '«'), Map.entry("raquo", '»'),
      Map.entry("ndash", '–'), Map.entry("mdash", '—'), Map.entry("hellip", '…'), Map.entry("rsquo", '’'),
      Map.entry("lsquo", '‘'), Map.entry("ldquo", '“'), Map.entry("rdquo", '”'), Map.entry("bdquo", '„'),
      Map.entry("shy", '\u00AD'), Map.entry("numero", '№'));

  /**
   * "The same as above": a cell that repeats the cell of the previous row.
   */
  static final Pattern DITTO =
      Pattern.compile("\\s*(?:[-–—]\\s*[\"”“„«»']{1,2}\\s*[-–—]|[\"”“„]{1,2}|-//-|–//–"
          + "|(?iu:те\\s{1,3}(?:ж\\s{1,3})?саме\\.?))\\s*");

  /** Every character a ditto mark ({@link #DITTO}) can have, its spaces aside. */
  private static final String DITTO_CHARS = "-–—\"”“„«»'/.теж самТЕЖСАМ";

  /**
   * Tells whether a cell is a ditto mark ({@link #DITTO}); a cell with a character no mark has is not
   * one, which spares the pattern for nearly every cell.
   *
   * @param cell the cell
   * @return true for a ditto mark
   */
  static boolean isDitto(String cell) {
    for (int i = 0; i < cell.length(); i++) {
      char c = cell.charAt(i);
      if (!(c < DITTO_CHAR.length && DITTO_CHAR[c]) && !isPatternSpace(c)) {
        return false;
      }
    }
    return DITTO.matcher(cell).matches();
  }

  /** {@link #DITTO_CHARS} as a table by character, for the test every cell goes through. */
  private static final boolean[] DITTO_CHAR = dittoChars();

  private static boolean[] dittoChars() {
    boolean[] table = new boolean[DITTO_CHARS.chars().max().orElse(0) + 1];
    DITTO_CHARS.chars().forEach(c -> table[c] = true);
    return table;
  }

  /** {@code \s} of {@link #DITTO}. */
  private static boolean isPatternSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }

  /** The label of a list item written in markup ({@code <li>}): the reader shows it as "- ". */
  static final String ITEM_LABEL = "-";

  private static final Decoded EMPTY = new Decoded("", List.of());

  private CellMarkup() {}

  /** A decoded cell: its text, and its list items if the cell is nothing but a list. */
  static final class Decoded {
    final String text;
    final List<String> items;

    Decoded(String text, List<String> items) {
      this.text = text;
      this.items = items;
    }
  }

  /** One line of decoded text. */
  private static final class Line {
    final StringBuilder text = new StringBuilder();
    boolean pendingSpace;
    boolean itemStart;
    boolean inItem;
    /** Started by {@code <br>}: kept even when it stays empty. */
    boolean hard;
  }

  /**
   * Decodes a raw cell.
   *
   * @param raw the raw text between two tabs
   * @return the text and list items
   */
  static Decoded decode(String raw) {
    // Most cells have no markup and single spaces between words: one pass tells so, and such a cell is its
    // own text. A cell without markup is only its spaces collapsed, so the general walk (a line
    // structure, a paragraph list, a join) is skipped for it too; the result is the same.
    int n = raw.length();
    boolean spacesAsRead = true;
    for (int i = 0; i < n; i++) {
      char c = raw.charAt(i);
      if (c == '<' || c == '&') {
        return decoded(paragraphs(raw));
      }
      if ((c <= ' ' || c >= 0xA0) && isRawSpace(c)) {
        spacesAsRead &= c == ' ' && i > 0 && i < n - 1 && !isRawSpace(raw.charAt(i + 1));
      }
    }
    if (n == 0) {
      return EMPTY;
    }
    if (spacesAsRead) {
      return new Decoded(raw, List.of());
    }
    String text = collapseSpaces(raw);
    return text.isEmpty() ? EMPTY : new Decoded(text, List.of());
  }

  /** A cell without markup as {@link #paragraphs(String)} reads it: raw spaces collapsed and trimmed. */
  private static String collapseSpaces(String raw) {
    int n = raw.length();
    int start = 0;
    while (start < n && isRawSpace(raw.charAt(start))) {
      start++;
    }
    int end = n;
    while (end > start && isRawSpace(raw.charAt(end - 1))) {
      end--;
    }
    boolean single = true;
    for (int i = start; i < end && single; i++) {
      char c = raw.charAt(i);
      single = c == ' ' ? !isRawSpace(raw.charAt(i + 1)) : !isRawSpace(c);
    }
    if (single) {
      return start == 0 && end == n ? raw : raw.substring(start, end);
    }
    StringBuilder out = new StringBuilder(end - start);
    boolean pendingSpace = false;
    for (int i = start; i < end; i++) {
      char c = raw.charAt(i);
      if (isRawSpace(c)) {
        pendingSpace = true;
      } else {
        if (pendingSpace) {
          out.append(' ');
          pendingSpace = false;
        }
        out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * Decodes a cell's markup into its paragraphs: a list item ({@code <li>}) becomes a paragraph with the
   * label "-" (lines inside the item stay in it, separated by LF), every other line a plain paragraph.
   * {@link #decoded(List)} of the result is {@link #decode(String)} of the markup.
   */
  static List<CellParagraph> paragraphs(String raw) {
    List<Line> lines = new ArrayList<>();
    Line line = new Line();
    lines.add(line);
    boolean inItem = false;
    int i = 0;
    int n = raw.length();
    while (i < n) {
      char c = raw.charAt(i);
      if (c == '<') {
        Matcher m = TAG.matcher(raw).region(i, n);
        if (m.lookingAt()) {
          String name = m.group(1).toLowerCase(Locale.ROOT);
          boolean closing = raw.charAt(i + 1) == '/';
          if (INLINE_TAGS.contains(name)) {
            i = m.end();
            continue;
          }
          if (name.equals("br")) {
            line = newLine(lines, inItem);
            i = m.end();
            continue;
          }
          if (name.equals("li")) {
            line = softBreak(lines, line);
            inItem = !closing;
            line.inItem = inItem;
            line.itemStart = !closing;
            i = m.end();
            continue;
          }
          if (BLOCK_TAGS.contains(name)) {
            inItem = false;
            line = softBreak(lines, line);
            i = m.end();
            continue;
          }
        }
      } else if (c == '&') {
        Matcher m = ENTITY.matcher(raw).region(i, n);
        if (m.lookingAt()) {
          int codePoint = entity(m.group(1));
          if (codePoint >= 0) {
            appendVisible(line, Character.toChars(codePoint));
            i = m.end();
            continue;
          }
        }
      }
      if (isRawSpace(c)) {
        if (line.text.length() > 0) {
          line.pendingSpace = true;
        }
      } else {
        appendVisible(line, c);
      }
      i++;
    }
    // Soft breaks may leave an empty last line; <br> lines are kept even when empty.
    List<CellParagraph> paragraphs = new ArrayList<>(lines.size());
    int item = -1;
    for (int k = 0; k < lines.size(); k++) {
      Line l = lines.get(k);
      if (k == lines.size() - 1 && l.text.length() == 0 && k > 0 && !l.itemStart && !l.hard) {
        break;
      }
      if (l.itemStart) {
        item = paragraphs.size();
        paragraphs.add(CellParagraph.listItem(ITEM_LABEL, l.text.toString()));
      } else if (l.inItem && item >= 0) {
        CellParagraph p = paragraphs.get(item);
        paragraphs.set(item, CellParagraph.listItem(p.listLabel().orElse(ITEM_LABEL),
            p.text() + "\n" + l.text));
      } else {
        paragraphs.add(CellParagraph.of(l.text.toString()));
      }
    }
    return paragraphs;
  }


  /**
   * The decoded form of a cell's paragraphs, whatever format they came from: the text is the paragraphs'
   * shown text joined by LF (a list item as its label, a space and its text); the items are the list
   * items' texts when every paragraph with text is a list item, else none.
   */
  /** A cell of plain text, no markup read: a document's paragraph outside the table. */
  static Decoded plain(String text) {
    return text.isEmpty() ? EMPTY : new Decoded(text, List.of());
  }

  static Decoded decoded(List<CellParagraph> paragraphs) {
    if (paragraphs.isEmpty()) {
      return EMPTY;
    }
    StringBuilder text = new StringBuilder();
    List<String> items = new ArrayList<>();
    boolean outside = false;
    for (int k = 0; k < paragraphs.size(); k++) {
      CellParagraph p = paragraphs.get(k);
      if (k > 0) {
        text.append('\n');
      }
      text.append(p.shownText());
      if (p.isListItem()) {
        items.add(p.text());
      } else if (!p.text().isEmpty()) {
        outside = true;
      }
    }
    return new Decoded(text.toString(), outside ? List.of() : List.copyOf(items));
  }

  private static Line newLine(List<Line> lines, boolean inItem) {
    Line l = new Line();
    l.inItem = inItem;
    l.hard = true;
    lines.add(l);
    return l;
  }

  private static Line softBreak(List<Line> lines, Line current) {
    if (current.text.length() == 0 && !current.itemStart && !(current.hard && current.inItem)) {
      current.pendingSpace = false;
      return current;
    }
    Line l = new Line();
    lines.add(l);
    return l;
  }

  private static void appendVisible(Line line, char c) {
    if (line.pendingSpace) {
      line.text.append(' ');
      line.pendingSpace = false;
    }
    line.text.append(c);
  }

  private static void appendVisible(Line line, char[] chars) {
    if (line.pendingSpace) {
      line.text.append(' ');
      line.pendingSpace = false;
    }
    line.text.append(chars);
  }

  private static int entity(String body) {
    if (body.charAt(0) == '#') {
      try {
        int cp = body.charAt(1) == 'x' || body.charAt(1) == 'X'
            ? Integer.parseInt(body.substring(2), 16)
            : Integer.parseInt(body.substring(1));
        return Character.isValidCodePoint(cp) && !(cp >= 0xD800 && cp <= 0xDFFF) ? cp : -1;
      } catch (NumberFormatException e) {
        return -1;
      }
    }
    Character named = NAMED.get(body);
    return named == null ? -1 : named;
  }

  /**
   * White space that a reader collapses: layout, not content. The text readers have already made every
   * raw Unicode space a space ({@link TextLines}); the no-break spaces are still named here
   * for raw text that did not come through there.
   */
  static boolean isRawSpace(char c) {
    if (c <= ' ') {
      return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\u000B';
    }
    // No space separator lies between U+00A0 and U+1680: the letters of Ukrainian text are answered here.
    return c < 0x1680 ? c == 0xA0 : Character.getType(c) == Character.SPACE_SEPARATOR;
  }

  /**
   * Whether a character of a value must be written as a character reference to read back as itself:
   * raw, the text readers' normalisation ({@link TextNormalization#cleanToPlainSpaces(String)}) would
   * change it. That is a Unicode space other than U+0020 (read as a space), a soft hyphen or zero-width character
   * (removed), and what NFC could compose, reorder or replace: combining marks, the Hangul vowel and
   * final jamo, and the characters NFC maps to others (U+2126 OHM SIGN to U+03A9).
   */
  static boolean needsReference(int cp) {
    if (cp < 0xA0) {
      return false;
    }
    if (cp == 0xAD || (cp >= 0x200B && cp <= 0x200D) || cp == 0x2060 || cp == 0xFEFF
        || Character.getType(cp) == Character.SPACE_SEPARATOR || cp == 0x2028 || cp == 0x2029) {
      return true;
    }
    if (cp < 0x300) {
      return false;
    }
    int type = Character.getType(cp);
    if (type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
        || type == Character.ENCLOSING_MARK || (cp >= 0x1160 && cp <= 0x11FF)) {
      return true;
    }
    if (cp >= 0x400 && cp <= 0x4FF) {
      return false; // Cyrillic: nothing in the block changes under NFC
    }
    String alone = new String(Character.toChars(cp));
    return !Normalizer.isNormalized(alone, Normalizer.Form.NFC);
  }

  /**
   * A paragraph of a document's cell as the grid readers keep it: its text cleaned
   * ({@link TextNormalization#clean(String)}). The extractors have cut its padding already (white space
   * and no-break spaces at the ends); white space inside stays, as a document shows it.
   */
  static CellParagraph cleaned(CellParagraph p) {
    String text = cleaned(p.text());
    return text.equals(p.text()) ? p
        : new CellParagraph(text, p.listLabel(), p.listLevel(), p.bold(), p.italic());
  }

  /** A document's text as the grid readers keep it: {@linkplain TextNormalization#clean(String) cleaned}. */
  static String cleaned(String text) {
    return TextNormalization.clean(text);
  }

  /**
   * Decodes a raw cell to its text alone.
   *
   * @param raw the raw text
   * @return the decoded text
   */
  static String text(String raw) {
    return decode(raw).text;
  }

  /**
   * Encodes a value so that {@link #decode(String)} gives it back.
   *
   * @param value the text
   * @return the raw cell text, without tabs or line breaks
   */
  static String encode(String value) {
    StringBuilder out = new StringBuilder(value.length() + 8);
    int n = value.length();
    for (int i = 0; i < n; i++) {
      char c = value.charAt(i);
      switch (c) {
        case '\n':
          out.append("<br>");
          break;
        case '&':
          out.append("&amp;");
          break;
        case '<':
          out.append("&lt;");
          break;
        case '>':
          out.append("&gt;");
          break;
        case ' ':
          boolean single = i > 0 && i < n - 1 && value.charAt(i - 1) != ' ' && value.charAt(i - 1) != '\n'
              && value.charAt(i + 1) != '\n';
          out.append(single ? " " : "&#32;");
          break;
        default:
          int cp = value.codePointAt(i);
          if (c < 0x20 || c == 0x7F || c == '|' || needsReference(cp)) {
            // Raw, the reader would take it for layout or normalise it away (needsReference): keep it.
            out.append("&#").append(cp).append(';');
            i += Character.charCount(cp) - 1;
          } else {
            out.append(c);
          }
      }
    }
    String s = out.toString();
    if (DITTO.matcher(s).matches()) {
      // Keep a value that looks like a ditto mark from being read as one.
      s = "&#" + (int) s.charAt(0) + ";" + s.substring(1);
    } else if (s.startsWith("\"")) {
      // A cell that begins with a quote is how a spreadsheet's quoted text looks (QuotedCells): written
      // as a reference, the text form is never taken for one.
      s = "&#34;" + s.substring(1);
    }
    return s;
  }

  /**
   * Encodes list items as an HTML list, or one plain value for a single item.
   *
   * @param items the items
   * @return the raw cell text
   */
  static String encodeItems(List<String> items) {
    if (items.size() == 1) {
      return encode(items.get(0));
    }
    if (items.isEmpty()) {
      return "";
    }
    StringBuilder out = new StringBuilder("<ul>");
    for (String item : items) {
      out.append("<li>").append(encode(item)).append("</li>");
    }
    return out.append("</ul>").toString();
  }
}
