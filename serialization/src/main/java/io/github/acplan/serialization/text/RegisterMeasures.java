package io.github.acplan.serialization.text;

import io.github.acplan.core.ExpectedResult;
import io.github.acplan.core.Indicator;
import io.github.acplan.core.Measure;
import io.github.acplan.core.MeasureNumber;
import io.github.acplan.core.PlanPeriod;
import io.github.acplan.core.ResponsibleParser;
import io.github.acplan.core.deadline.Deadline;
import io.github.acplan.core.deadline.DeadlineParser;
import io.github.acplan.serialization.PlanFormatException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Turns a register's measure row into measures: one per item of a listed or numbered measure cell, the
 * row's other measure cells shared out item by item when they list as many items, else given to each;
 * deadlines read for the programme's period, or for their year column's year.
 */
final class RegisterMeasures {

  private final PlanPeriod period;
  private final DeadlineParser deadlines;
  private final Findings findings;
  private final Map<Integer, DeadlineParser> yearParsers = new HashMap<>();

  RegisterMeasures(PlanPeriod period, Findings findings) {
    this.period = period;
    this.deadlines = DeadlineParser.forPeriod(period);
    this.findings = findings;
  }

  /**
   * The measures of one measure row, numbered on from {@code already} in section {@code section}.
   *
   * @throws PlanFormatException if a measure breaks the model's structure
   */
  List<Measure> measures(RiskDraft.MeasureDraft d, int section, int already) throws PlanFormatException {
    RegisterCell nameCell = d.cells.get(new RegisterSlot(RegisterColumn.MEASURE, 0));
    List<String> names = nameCell == null ? List.of("") : CellText.splitNumbered(nameCell.items());
    if (names.isEmpty()) {
      names = List.of("");
    }
    int n = names.size();
    List<Measure> out = new ArrayList<>(n);
    for (int k = 0; k < n; k++) {
      MeasureNumber number = MeasureNumber.of(section, already + out.size() + 1);
      try {
        Measure.Builder b = Measure.builder()
            .number(number)
            .name(n == 1 && nameCell != null ? nameCell.text() : CellText.withoutSeparator(names.get(k)))
            .deadline(mainDeadline(d, n, k))
            .responsible(ResponsibleParser.parse(share(d, RegisterColumn.RESPONSIBLE, n, k)))
            .resources(share(d, RegisterColumn.RESOURCES, n, k));
        for (String item : shareItems(d, RegisterColumn.INDICATORS, n, k)) {
          b.addIndicators(Indicator.of(item));
        }
        for (String item : shareItems(d, RegisterColumn.EXPECTED_RESULTS, n, k)) {
          b.addExpectedResults(ExpectedResult.of(item));
        }
        for (Map.Entry<Integer, String> e : yearTexts(d, n, k).entrySet()) {
          b.putYearlyDeadlines(e.getKey(), parse(yearParser(e.getKey()), e.getValue()));
        }
        out.add(b.build());
      } catch (IllegalArgumentException e) {
        throw new PlanFormatException(findings.at(d.line), e.getMessage(), e);
      }
    }
    return out;
  }

  private Deadline mainDeadline(RiskDraft.MeasureDraft d, int n, int k) {
    RegisterSlot plain = new RegisterSlot(RegisterColumn.DEADLINE, 0);
    if (d.cells.containsKey(plain) || !hasYearColumns(d)) {
      return parse(deadlines, share(d, RegisterColumn.DEADLINE, n, k));
    }
    // Year columns only: the programme-wide deadline is what every year column says, if they agree.
    Map<Integer, String> years = yearTexts(d, n, k);
    Set<String> distinct = new HashSet<>(years.values());
    boolean allYears = true;
    for (int y = period.firstYear(); y <= period.lastYear(); y++) {
      allYears &= years.containsKey(y);
    }
    return parse(deadlines, allYears && distinct.size() == 1 ? distinct.iterator().next() : "");
  }

  private static boolean hasYearColumns(RiskDraft.MeasureDraft d) {
    for (RegisterSlot s : d.cells.keySet()) {
      if (s.column() == RegisterColumn.DEADLINE && s.year() != 0) {
        return true;
      }
    }
    return false;
  }

  private static Map<Integer, String> yearTexts(RiskDraft.MeasureDraft d, int n, int k) {
    Map<Integer, String> out = new TreeMap<>();
    for (Map.Entry<RegisterSlot, RegisterCell> e : d.cells.entrySet()) {
      RegisterSlot s = e.getKey();
      if (s.column() == RegisterColumn.DEADLINE && s.year() != 0) {
        String text = shareCell(e.getValue(), n, k);
        if (!text.isEmpty()) {
          out.put(s.year(), text);
        }
      }
    }
    return out;
  }

  private DeadlineParser yearParser(int year) {
    return yearParsers.computeIfAbsent(year, y -> DeadlineParser.forPeriod(PlanPeriod.ofYear(y)));
  }

  private static Deadline parse(DeadlineParser parser, String text) {
    // The parser never throws; the guard keeps a future defect from escaping as a stray exception.
    try {
      return parser.parse(text);
    } catch (RuntimeException e) {
      return parser.parse("");
    }
  }

  /** The text of a measure column for item {@code k} of {@code n}. */
  private static String share(RiskDraft.MeasureDraft d, RegisterColumn column, int n, int k) {
    RegisterCell cell = d.cells.get(new RegisterSlot(column, 0));
    return cell == null ? "" : shareCell(cell, n, k);
  }

  private static String shareCell(RegisterCell cell, int n, int k) {
    if (n > 1) {
      List<String> items = CellText.splitNumbered(cell.items());
      if (items.size() == n) {
        return CellText.withoutSeparator(items.get(k));
      }
    }
    return cell.text();
  }

  /** The items of an indicator or result column for measure {@code k} of {@code n}. */
  private static List<String> shareItems(RiskDraft.MeasureDraft d, RegisterColumn column, int n, int k) {
    RegisterCell cell = d.cells.get(new RegisterSlot(column, 0));
    if (cell == null) {
      return List.of();
    }
    List<String> items = cell.separatedItems();
    if (n > 1) {
      List<String> split = CellText.splitNumbered(items);
      if (split.size() == n) {
        return List.of(CellText.withoutSeparator(split.get(k)));
      }
    }
    return items;
  }
}
