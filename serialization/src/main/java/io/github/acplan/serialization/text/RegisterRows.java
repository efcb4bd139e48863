package io.github.acplan.serialization.text;

import io.github.acplan.core.PlanPeriod;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The one place that decides what a row of a risk register is, for the text form and for every
 * document's grid alike: the header and the layout of columns it sets (with its second row of years or
 * of grouped scores), the row of column numbers, page furniture, a function heading, a risk row, and
 * for a row with an empty № cell whether it starts a risk, adds a measure to the risk above or continues
 * that risk's cells ({@link RiskRegisterTextReader} documents the rules).
 */
final class RegisterRows {

  /** A header cell is a short name; a longer cell is data that happens to use a header's words. */
  private static final int MAX_HEADER_LENGTH = 120;
  private static final Pattern RISK_ID = Pattern.compile("(?=.*\\d)[\\p{L}\\d][\\p{L}\\d.\\-/]{0,11}");
  private static final Pattern YEAR_CELL = Pattern.compile("((?:19|20|21)\\d\\d)\\s*(?:р\\.?|рік|роки?)?");
  private static final Pattern YEAR_IN_HEADER = Pattern.compile("(?<!\\d)((?:19|20|21)\\d\\d)(?!\\d)");
  private static final Pattern NUMBERED_HEADING = Pattern.compile("(?s)\\d{1,3}\\.\\s*\\S.*");

  private RegisterRows() {
  }

  /**
   * Sets every row's kind and the layout in force for it.
   *
   * @param rows the rows in order
   */
  static void classifyAll(List<RegisterRow> rows) {
    List<RegisterSlot> layout = List.of();
    List<String> headers = List.of();
    RegisterRow previous = null;
    for (RegisterRow row : rows) {
      row.layout = layout;
      row.headers = headers;
      classify(row, previous);
      layout = row.layout;
      headers = row.headers;
      if (row.kind != RegisterRowKind.BLANK) {
        previous = row;
      }
    }
  }

  /**
   * The risk's identifier in a risk row's № cell: "1", "2." and "Р-3" give "1", "2" and "Р-3".
   *
   * @param row a row of kind {@link RegisterRowKind#RISK}
   * @return the identifier
   */
  static String riskId(RegisterRow row) {
    return stripDot(row.text(row.indexOf(RegisterColumn.NUMBER)));
  }

  /**
   * Tells whether a continuation row starts a risk of its own: in a register without a № column, a row
   * with text in the risk column does, unless it follows a page break while a risk is open (then it
   * continues that risk's cells) or the source says it continues the row before it.
   *
   * @param row a row of kind {@link RegisterRowKind#CONTINUATION}
   * @param afterBreak whether a page break came right before the row
   * @param riskOpen whether a risk is being read
   * @return true if the row starts a risk numbered in order
   */
  static boolean startsUnnumberedRisk(RegisterRow row, boolean afterBreak, boolean riskOpen) {
    int riskIndex = row.indexOf(RegisterColumn.RISK);
    boolean noNumber = row.indexOf(RegisterColumn.NUMBER) < 0;
    return noNumber && !row.source.continues() && !row.text(riskIndex).isEmpty()
        && (!afterBreak || !riskOpen);
  }

  /**
   * Tells whether a continuation row is a further measure of the risk above rather than the cells of
   * the row above continued: its risk cells are all empty and it has text in the measure column; right
   * after a page break, it must also write in a measure column still empty for the measure above.
   * A row the source marks as continued is never a new measure.
   *
   * @param row a row of kind {@link RegisterRowKind#CONTINUATION}
   * @param afterBreak whether a page break came right before the row
   * @param last the risk's last measure, or null
   * @return true if the row starts a measure
   */
  static boolean startsMeasure(RegisterRow row, boolean afterBreak, RiskDraft.@Nullable MeasureDraft last) {
    if (row.source.continues()) {
      return false;
    }
    boolean riskCellsEmpty = true;
    boolean measureText = false;
    boolean freshColumn = false;
    for (int i = 0; i < Math.min(row.cellCount(), row.layout.size()); i++) {
      RegisterSlot slot = row.layout.get(i);
      if (row.text(i).isEmpty()) {
        continue;
      }
      if (slot.column().riskSide) {
        riskCellsEmpty = false;
      } else if (slot.kept()) {
        measureText |= slot.column() == RegisterColumn.MEASURE;
        freshColumn |= last == null || !last.has(slot);
      }
    }
    return riskCellsEmpty && measureText && (!afterBreak || freshColumn);
  }

  private static void classify(RegisterRow row, @Nullable RegisterRow previous) {
    if (!row.hasText()) {
      row.kind = row.cellCount() > 1 ? RegisterRowKind.EMPTY_ROW : RegisterRowKind.BLANK;
      return;
    }
    if (row.cellCount() >= 3 && header(row)) {
      return;
    }
    if (row.layout.isEmpty()) {
      // Before the first header: front matter.
      row.kind = row.cellCount() == 1 && FrontMatter.PAGE_FURNITURE.matcher(row.text(0)).matches()
          ? RegisterRowKind.PAGE_FURNITURE : RegisterRowKind.TEXT;
      return;
    }
    if (row.source.continues()) {
      // The document knows the row carries the cells of the row before it over a page break.
      row.kind = RegisterRowKind.CONTINUATION;
      return;
    }
    if (previous != null && (previous.kind == RegisterRowKind.HEADER || previous.kind == RegisterRowKind.SUB_HEADER)
        && subHeader(row)) {
      // The header's warnings are given with the columns as the sub-header names them.
      previous.layout = row.layout;
      return;
    }
    if (row.cellCount() >= 3 && isColumnNumbers(row)) {
      row.kind = RegisterRowKind.COLUMN_NUMBERS;
      return;
    }
    int nonEmpty = row.nonEmptyCells();
    String first = row.text(0);
    if (row.cellCount() == 1) {
      if (FrontMatter.PAGE_FURNITURE.matcher(first).matches()) {
        row.kind = RegisterRowKind.PAGE_FURNITURE;
      } else if (NUMBERED_HEADING.matcher(first).matches()) {
        row.kind = RegisterRowKind.HEADING;
      }
      return;
    }
    int numberIndex = row.indexOf(RegisterColumn.NUMBER);
    if (numberIndex >= 0) {
      String number = row.text(numberIndex);
      if (!number.isEmpty()) {
        if (RISK_ID.matcher(stripDot(number)).matches()) {
          row.kind = RegisterRowKind.RISK;
        } else if (nonEmpty == 1 && numberIndex == 0) {
          row.kind = RegisterRowKind.HEADING;
        }
        return;
      }
      row.kind = nonEmpty == 1 && !first.isEmpty() ? RegisterRowKind.HEADING : RegisterRowKind.CONTINUATION;
      return;
    }
    if (nonEmpty == 1 && !first.isEmpty() && row.layout.get(0).column() != RegisterColumn.RISK) {
      row.kind = RegisterRowKind.HEADING;
      return;
    }
    // No № column: a risk starts where the risk column has text (decided when reading, as it depends on
    // page breaks: startsUnnumberedRisk).
    row.kind = RegisterRowKind.CONTINUATION;
  }

  private static boolean isColumnNumbers(RegisterRow row) {
    List<String> texts = new ArrayList<>(row.cellCount());
    for (int i = 0; i < row.cellCount(); i++) {
      texts.add(row.text(i));
    }
    return TableLine.isColumnNumbers(texts);
  }

  private static RegisterColumn ofHeader(String text) {
    return text.length() > MAX_HEADER_LENGTH ? RegisterColumn.OTHER : RegisterColumn.ofHeader(text);
  }

  /** Recognises a header row; sets the row's layout. */
  private static boolean header(RegisterRow row) {
    List<RegisterColumn> columns = new ArrayList<>(row.cellCount());
    int nonEmpty = 0;
    int recognised = 0;
    for (int i = 0; i < row.cellCount(); i++) {
      String t = row.text(i);
      RegisterColumn c = ofHeader(t);
      columns.add(c);
      nonEmpty += t.isEmpty() ? 0 : 1;
      recognised += c == RegisterColumn.OTHER ? 0 : 1;
    }
    // Data rows name risks and measures too ("Ризик …", "Захід …"): a header is mostly column names.
    boolean isHeader = columns.contains(RegisterColumn.RISK)
        && (columns.contains(RegisterColumn.PROBABILITY) || columns.contains(RegisterColumn.CONSEQUENCE)
            || columns.contains(RegisterColumn.MEASURE))
        && recognised >= 3 && recognised * 3 >= nonEmpty * 2;
    if (!isHeader) {
      return false;
    }
    List<RegisterSlot> layout = new ArrayList<>(columns.size());
    Set<RegisterSlot> seen = new HashSet<>();
    List<String> headers = new ArrayList<>(columns.size());
    for (int i = 0; i < columns.size(); i++) {
      RegisterColumn c = columns.get(i);
      int year = 0;
      if (c == RegisterColumn.DEADLINE) {
        Matcher m = YEAR_IN_HEADER.matcher(row.text(i));
        if (m.find()) {
          int y = Integer.parseInt(m.group(1));
          year = m.find() || y < PlanPeriod.MIN_YEAR || y > PlanPeriod.MAX_YEAR ? 0 : y;
        }
      }
      RegisterSlot slot = new RegisterSlot(c, year);
      boolean repeatable = !slot.kept();
      layout.add(repeatable || seen.add(slot) ? slot : RegisterSlot.OTHER);
      headers.add(row.text(i));
    }
    row.kind = RegisterRowKind.HEADER;
    row.layout = List.copyOf(layout);
    row.headers = List.copyOf(headers);
    return true;
  }

  /**
   * Recognises a second header row under a header whose cells are merged over several columns: years
   * under "Строк виконання" (2024 | 2025 | 2026), or column names under a group header or an empty
   * header cell ("Оцінка корупційного ризику" over "Ймовірність | Наслідки | Рівень"); amends the
   * layout. A name is taken only below an empty or unrecognised header cell, so that a continuation row
   * whose pieces happen to be header words is never mistaken for a sub-header.
   */
  private static boolean subHeader(RegisterRow row) {
    List<RegisterSlot> layout = new ArrayList<>(row.layout);
    int count = 0;
    for (int i = 0; i < row.cellCount(); i++) {
      String t = row.text(i);
      if (t.isEmpty()) {
        continue;
      }
      if (i >= layout.size()) {
        return false;
      }
      Matcher m = YEAR_CELL.matcher(t);
      if (m.matches()) {
        int year = Integer.parseInt(m.group(1));
        if (year < PlanPeriod.MIN_YEAR || year > PlanPeriod.MAX_YEAR || !underDeadline(row, i)) {
          return false;
        }
        layout.set(i, new RegisterSlot(RegisterColumn.DEADLINE, year));
      } else {
        RegisterColumn c = ofHeader(t);
        if (c == RegisterColumn.OTHER || layout.get(i).column() != RegisterColumn.OTHER) {
          return false;
        }
        layout.set(i, new RegisterSlot(c, 0));
      }
      count++;
    }
    // Two cells at least: a lone year under the header may be a continued deadline cell.
    if (count < 2) {
      return false;
    }
    row.kind = RegisterRowKind.SUB_HEADER;
    row.layout = List.copyOf(layout);
    return true;
  }

  /**
   * Tells whether column {@code i} of the header in force is a deadline, or an empty header cell after
   * one: an extraction writes a header merged over the year columns once, then empty cells.
   */
  private static boolean underDeadline(RegisterRow row, int i) {
    for (int j = Math.min(i, row.layout.size() - 1); j >= 0; j--) {
      if (row.layout.get(j).column() == RegisterColumn.DEADLINE) {
        return true;
      }
      if (j < row.headers.size() && !row.headers.get(j).isEmpty()) {
        return false;
      }
    }
    return false;
  }

  private static String stripDot(String s) {
    String t = s.strip();
    return t.endsWith(".") && t.length() > 1 ? t.substring(0, t.length() - 1).strip() : t;
  }
}
