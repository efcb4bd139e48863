package io.github.acplan.documents.docx;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNum;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.jspecify.annotations.Nullable;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;

/**
 * The labels Word shows before the items of its lists, which the document's XML does not hold: a bullet
 * for a bulleted list, the level's text with its counters for a numbered one. A plan's measures are often
 * numbered so, by a list of several levels in the number column: the section "1." at the first level, its
 * measures "1.1.", "1.2." at the second, the next section "2." restarting them.
 *
 * <p>A paragraph is numbered by its own properties ({@code w:numPr}) or by its style's, or a style it is
 * based on (Word's "List Number", or a plan's own style for its numbers), at the style's level or the
 * level of the list that names the style.
 *
 * <p>Counted as Word counts (ECMA-376 §17.9): one counter per list ({@code w:numId}) and level, in document
 * order, through the body and every table cell; a level starts at its {@code w:start} (or the list's
 * {@code w:startOverride}); an item resets the levels below its own; {@code %1}…{@code %9} in the level's
 * text ({@code w:lvlText}) show the counters of levels 1…9 in each level's format: decimal, Roman numerals
 * and Latin letters, both cases, and decimal for any other format.
 */
final class ListLabels {

  /** The levels of a Word list (ECMA-376: {@code w:ilvl} 0 to 8). */
  private static final int LEVELS = 9;

  private static final Pattern PLACEHOLDER = Pattern.compile("%([1-9])");

  /** How many styles a style's numbering is looked for through ({@code w:basedOn}), against a loop. */
  private static final int MAX_STYLE_DEPTH = 16;

  private final Map<XWPFParagraph, String> labels = new IdentityHashMap<>();
  private final @Nullable XWPFNumbering numbering;
  private final @Nullable XWPFStyles styles;
  private final Map<BigInteger, List<@Nullable CTLvl>> levelsOfList = new HashMap<>();
  private final Map<BigInteger, int[]> countersOfList = new HashMap<>();
  /** Each style's list and level, {@code null} in the array for none; found once per style. */
  private final Map<String, @Nullable BigInteger[]> numberingOfStyle = new HashMap<>();

  private ListLabels(@Nullable XWPFNumbering numbering, @Nullable XWPFStyles styles) {
    this.numbering = numbering;
    this.styles = styles;
  }

  /**
   * Counts the labels of every list item of a document, in document order.
   *
   * @param doc the document
   * @return the labels
   */
  static ListLabels of(XWPFDocument doc) {
    ListLabels labels = new ListLabels(doc.getNumbering(), doc.getStyles());
    labels.count(doc.getBodyElements());
    return labels;
  }

  /**
   * The label Word shows before a paragraph.
   *
   * @param p a paragraph of the document
   * @return its label ("•", "1.2.", "IV"), or empty if it is no list item
   */
  Optional<String> label(XWPFParagraph p) {
    return Optional.ofNullable(labels.get(p));
  }

  private void count(List<IBodyElement> elements) {
    for (IBodyElement element : elements) {
      if (element instanceof XWPFParagraph paragraph) {
        String label = next(paragraph);
        if (label != null) {
          labels.put(paragraph, label);
        }
      } else if (element instanceof XWPFTable table) {
        for (XWPFTableRow row : table.getRows()) {
          for (XWPFTableCell cell : row.getTableCells()) {
            count(cell.getBodyElements());
          }
        }
      }
    }
  }

  private @Nullable String next(XWPFParagraph p) {
    BigInteger numId = p.getNumID();
    BigInteger ilvl = p.getNumIlvl();
    if (numId == null && p.getStyleID() != null) {
      // numbered by its style ("List Number", a style of the plan's own): the style's list and level
      BigInteger[] byStyle = numberingOfStyle.computeIfAbsent(p.getStyleID(), this::styleNumbering);
      if (byStyle != null) {
        numId = byStyle[0];
        ilvl = byStyle[1];
      }
    }
    if (numId == null || numId.signum() == 0) {
      // numId 0 is Word's "numbering removed" (LibreOffice writes it for a list without bullets).
      return null;
    }
    List<@Nullable CTLvl> levels = levelsOfList.computeIfAbsent(numId, this::levels);
    int level = ilvl != null ? Math.max(0, Math.min(LEVELS - 1, ilvl.intValue())) : linkedLevel(levels, p.getStyleID());
    String format = format(levels.get(level), p.getNumFmt());
    if (format.equals("bullet") || format.equals("none")) {
      return "•";
    }
    int[] counters = countersOfList.computeIfAbsent(numId, id -> new int[LEVELS]);
    counters[level] = counters[level] == 0 ? start(levels.get(level)) : counters[level] + 1;
    for (int deeper = level + 1; deeper < LEVELS; deeper++) {
      counters[deeper] = 0;
    }
    CTLvl lvl = levels.get(level);
    String text = lvl != null && lvl.isSetLvlText() ? lvl.getLvlText().getVal() : p.getNumLevelText();
    if (text == null || !text.contains("%")) {
      return counters[level] + ".";
    }
    Matcher m = PLACEHOLDER.matcher(text);
    StringBuilder label = new StringBuilder();
    while (m.find()) {
      int shown = m.group(1).charAt(0) - '1';
      CTLvl other = levels.get(shown);
      int value = counters[shown] == 0 ? start(other) : counters[shown];
      m.appendReplacement(label, Matcher.quoteReplacement(formatted(value, format(other, "decimal"))));
    }
    m.appendTail(label);
    return label.toString();
  }

  /**
   * The list and level a paragraph style numbers its paragraphs with, from the style or the styles it is
   * based on: {@code {numId, ilvl}}, ilvl null when the style names none (the list's level that links
   * the style then says); null if the style numbers nothing.
   */
  private BigInteger @Nullable [] styleNumbering(String styleId) {
    if (styles == null) {
      return null;
    }
    XWPFStyle style = styles.getStyle(styleId);
    for (int depth = 0; style != null && depth < MAX_STYLE_DEPTH; depth++) {
      CTStyle ct = style.getCTStyle();
      CTPPrGeneral pPr = ct == null ? null : ct.getPPr();
      CTNumPr numPr = pPr == null ? null : pPr.getNumPr();
      if (numPr != null && numPr.getNumId() != null && numPr.getNumId().getVal() != null) {
        BigInteger ilvl = numPr.getIlvl() == null ? null : numPr.getIlvl().getVal();
        return new BigInteger[] {numPr.getNumId().getVal(), ilvl};
      }
      String basedOn = style.getBasisStyleID();
      style = basedOn == null ? null : styles.getStyle(basedOn);
    }
    return null;
  }

  /** The level of a list that names the paragraph's style ({@code w:lvl/w:pStyle}), else the first. */
  private static int linkedLevel(List<@Nullable CTLvl> levels, @Nullable String styleId) {
    for (int i = 0; i < levels.size() && styleId != null; i++) {
      CTLvl lvl = levels.get(i);
      if (lvl != null && lvl.isSetPStyle() && styleId.equals(lvl.getPStyle().getVal())) {
        return i;
      }
    }
    return 0;
  }

  /** The list's levels, its overrides of the start applied; null where the document defines none. */
  private List<@Nullable CTLvl> levels(BigInteger numId) {
    List<@Nullable CTLvl> levels = new ArrayList<>();
    for (int i = 0; i < LEVELS; i++) {
      levels.add(null);
    }
    if (numbering == null) {
      return levels;
    }
    XWPFNum num = numbering.getNum(numId);
    CTNum ctNum = num == null ? null : num.getCTNum();
    if (ctNum == null || ctNum.getAbstractNumId() == null) {
      return levels;
    }
    XWPFAbstractNum abstractNum = numbering.getAbstractNum(ctNum.getAbstractNumId().getVal());
    CTAbstractNum ctAbstract = abstractNum == null ? null : abstractNum.getCTAbstractNum();
    if (ctAbstract != null) {
      for (CTLvl lvl : ctAbstract.getLvlList()) {
        int i = lvl.getIlvl() == null ? -1 : lvl.getIlvl().intValue();
        if (i >= 0 && i < LEVELS) {
          levels.set(i, (CTLvl) lvl.copy());
        }
      }
    }
    for (CTNumLvl override : ctNum.getLvlOverrideList()) {
      int i = override.getIlvl() == null ? -1 : override.getIlvl().intValue();
      if (i < 0 || i >= LEVELS) {
        continue;
      }
      if (override.isSetLvl()) {
        levels.set(i, (CTLvl) override.getLvl().copy());
      }
      if (override.isSetStartOverride() && override.getStartOverride().getVal() != null) {
        CTLvl lvl = levels.get(i) != null ? levels.get(i) : CTLvl.Factory.newInstance();
        if (!lvl.isSetStart()) {
          lvl.addNewStart();
        }
        lvl.getStart().setVal(override.getStartOverride().getVal());
        levels.set(i, lvl);
      }
    }
    return levels;
  }

  private static int start(@Nullable CTLvl lvl) {
    if (lvl == null || !lvl.isSetStart() || lvl.getStart().getVal() == null) {
      return 1;
    }
    return Math.max(0, Math.min(1_000_000, lvl.getStart().getVal().intValue()));
  }

  private static String format(@Nullable CTLvl lvl, @Nullable String fallback) {
    if (lvl != null && lvl.isSetNumFmt() && lvl.getNumFmt().getVal() != null) {
      return lvl.getNumFmt().getVal().toString();
    }
    return fallback == null ? "decimal" : fallback;
  }

  /** A counter in a level's format. */
  static String formatted(int value, String format) {
    switch (format) {
      case "upperRoman":
        return roman(value);
      case "lowerRoman":
        return roman(value).toLowerCase(java.util.Locale.ROOT);
      case "upperLetter":
        return letters(value, 'A');
      case "lowerLetter":
        return letters(value, 'a');
      case "decimalZero":
        return value < 10 ? "0" + value : Integer.toString(value);
      default:
        return Integer.toString(value);
    }
  }

  private static String roman(int value) {
    if (value <= 0 || value >= 4000) {
      return Integer.toString(value);
    }
    int[] values = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
    String[] numerals = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};
    StringBuilder out = new StringBuilder();
    int rest = value;
    for (int i = 0; i < values.length; i++) {
      while (rest >= values[i]) {
        out.append(numerals[i]);
        rest -= values[i];
      }
    }
    return out.toString();
  }

  /** Word's letters: a … z, then aa … zz, and so on (the letter repeated). */
  private static String letters(int value, char first) {
    if (value <= 0 || value > 780) {
      return Integer.toString(value);
    }
    char letter = (char) (first + (value - 1) % 26);
    return String.valueOf(letter).repeat((value - 1) / 26 + 1);
  }
}
