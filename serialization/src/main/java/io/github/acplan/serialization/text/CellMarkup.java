package io.github.acplan.serialization.text;

import io.github.acplan.serialization.table.CellParagraph;
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
 * references, and any white space that reading would collapse or drop is written as a numeric reference.
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
    return decoded(paragraphs(raw));
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
            appendVisible(line, new String(Character.toChars(codePoint)));
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
        appendVisible(line, String.valueOf(c));
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

  private static void appendVisible(Line line, String s) {
    if (line.pendingSpace) {
      line.text.append(' ');
      line.pendingSpace = false;
    }
    line.text.append(s);
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

  /** White space that a reader collapses: layout, not content. */
  static boolean isRawSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\u000B'
        || isNoBreakSpace(c);
  }

  /**
   * The no-break spaces that text copied from DOCX and PDF is padded with (U+00A0, U+2007, U+202F): as
   * written in a cell they are layout, collapsed and trimmed like spaces; a value that holds one is
   * written as a character reference, which is read back as the character.
   */
  static boolean isNoBreakSpace(char c) {
    return c == '\u00A0' || c == '\u2007' || c == '\u202F';
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
          if (c < 0x20 || c == 0x7F || c == '|' || isNoBreakSpace(c)) {
            // A no-break space written as itself would be read as layout (isRawSpace): keep it.
            out.append("&#").append((int) c).append(';');
          } else {
            out.append(c);
          }
      }
    }
    String s = out.toString();
    if (DITTO.matcher(s).matches()) {
      // Keep a value that looks like a ditto mark from being read as one.
      s = "&#" + (int) s.charAt(0) + ";" + s.substring(1);
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
