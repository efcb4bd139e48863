package io.github.acplan.serialization.text;

import io.github.acplan.core.Measure;
import io.github.acplan.core.MeasureNumber;
import io.github.acplan.core.Plan;
import io.github.acplan.core.PlanKind;
import io.github.acplan.core.PlanPeriod;
import io.github.acplan.core.PlanStructureException;
import io.github.acplan.core.Section;
import io.github.acplan.core.risk.CorruptionRisk;
import io.github.acplan.core.risk.RiskScale;
import io.github.acplan.serialization.PlanFormatException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * One reading of a risk register, from the rows of its text or of a document's grid: the text before
 * the table, the table row by row as {@link RegisterRows} classifies it, risks gathered into sections by
 * function, and the signatory after the table. One instance reads once.
 */
final class RegisterReading {

  private static final Pattern HEADING_NUMBER = Pattern.compile("(?:\\d{1,3}\\.\\s*)?(.*)", Pattern.DOTALL);

  /** A section being filled: one function or process. */
  private static final class SectionDraft {
    final int number;
    final String title;
    final List<Measure> measures = new ArrayList<>();

    SectionDraft(int number, String title) {
      this.number = number;
      this.title = title;
    }
  }

  private final List<RegisterRow> rows;
  private final Findings findings;
  private final @Nullable PlanPeriod givenPeriod;
  private final RiskScale scale;
  private final RiskScores scores;
  private final Set<String> reportedColumns = new HashSet<>();
  private final Set<String> riskIds = new HashSet<>();
  private final Map<String, SectionDraft> sections = new LinkedHashMap<>();
  private final List<CorruptionRisk> risks = new ArrayList<>();

  private PlanPeriod programmePeriod = PlanPeriod.ofYear(PlanPeriod.MIN_YEAR);
  private RegisterMeasures measures;
  private @Nullable RiskDraft risk;
  private String function = "";
  private boolean afterBreak;
  private int nextRiskNumber = 1;

  RegisterReading(List<SourceRow> source, @Nullable PlanPeriod period, RiskScale scale) {
    this.rows = new ArrayList<>(source.size());
    for (SourceRow r : source) {
      rows.add(new RegisterRow(r));
    }
    this.findings = Findings.of(source);
    this.givenPeriod = period;
    this.scale = scale;
    this.scores = new RiskScores(scale, findings);
    this.measures = new RegisterMeasures(programmePeriod, findings);
  }

  ReadResult read() throws PlanFormatException {
    RegisterRows.classifyAll(rows);
    int start = -1;
    for (int i = 0; i < rows.size() && start < 0; i++) {
      if (rows.get(i).kind == RegisterRowKind.HEADER) {
        start = i;
      }
    }
    if (start < 0) {
      int line = Math.max(rows.size(), 1);
      for (int i = rows.size() - 1; i >= 0; i--) {
        if (rows.get(i).cellCount() >= 3) {
          line = rows.get(i).line;
        }
      }
      throw new PlanFormatException(findings.at(line), "the text has no risk-register header: expected a row "
          + "of TAB-separated column names with a risk column (\"Корупційний ризик\") and a probability, "
          + "consequence or measure column (\"Ймовірність\", \"Наслідки\", \"Заходи …\")");
    }
    int end = start;
    for (int i = start; i < rows.size(); i++) {
      RegisterRowKind k = rows.get(i).kind;
      if (k != RegisterRowKind.BLANK && k != RegisterRowKind.TEXT && k != RegisterRowKind.EMPTY_ROW
          && k != RegisterRowKind.PAGE_FURNITURE) {
        end = i;
      }
    }
    Plan.Builder plan = Plan.builder().kind(PlanKind.PROGRAMME).riskScale(scale).measuresMustAddressRisks(true);
    FrontMatter matter = new FrontMatter(findings.warnings, findings.where);
    programmePeriod = matter.readFront(lines(rows.subList(0, start)), plan, rows.get(start).line, givenPeriod);
    measures = new RegisterMeasures(programmePeriod, findings);
    for (int i = start; i <= end; i++) {
      readTableRow(rows.get(i));
    }
    finishRisk();
    matter.readSignatory(lines(rows.subList(end + 1, rows.size())), plan);
    try {
      for (SectionDraft s : sections.values()) {
        plan.addSections(Section.builder().number(s.number).title(s.title).addAllMeasures(s.measures).build());
      }
      return new ReadResult(plan.addAllRisks(risks).build(), findings.warnings);
    } catch (PlanStructureException e) {
      throw new PlanFormatException(findings.at(rows.get(start).line), e.getMessage(), e);
    }
  }

  private static List<TableLine> lines(List<RegisterRow> part) {
    List<TableLine> lines = new ArrayList<>(part.size());
    for (RegisterRow r : part) {
      lines.add(r.source.source());
    }
    return lines;
  }

  // ---------------------------------------------------------------- table

  private void readTableRow(RegisterRow row) throws PlanFormatException {
    // A document that dropped a repeated header before the row had a page break there.
    afterBreak |= row.source.afterBreak();
    switch (row.kind) {
      case BLANK:
      case EMPTY_ROW:
        return;
      case HEADER:
        warnHeader(row);
        afterBreak = true;
        return;
      case SUB_HEADER:
        warnYears(row);
        afterBreak = true;
        return;
      case COLUMN_NUMBERS:
        afterBreak = true;
        return;
      case PAGE_FURNITURE:
        findings.warn(row.line, "skipped as a page number or page heading inside the table: \""
            + CellText.abbreviate(row.text(0)) + "\"");
        afterBreak = true;
        return;
      case HEADING:
        finishRisk();
        function = HEADING_NUMBER.matcher(row.text(0)).replaceFirst("$1").strip();
        afterBreak = false;
        return;
      case RISK:
        startRisk(row, RegisterRows.riskId(row));
        afterBreak = false;
        return;
      case CONTINUATION:
        continueRisk(row);
        afterBreak = false;
        return;
      default:
        throw new PlanFormatException(findings.at(row.line), "cannot place this row in the risk register: "
            + "expected a risk row (its number in the № column), a row of a further measure or a "
            + "continuation (№ cell empty), a function heading or the repeated header; found \""
            + CellText.abbreviate(row.raw()) + "\"");
    }
  }

  private void warnHeader(RegisterRow row) {
    for (int i = 0; i < row.layout.size(); i++) {
      RegisterSlot slot = row.layout.get(i);
      String header = row.text(i);
      if (header.isEmpty() || !reportedColumns.add(i + ":" + header)) {
        continue;
      }
      if (slot.column() == RegisterColumn.MONITORING) {
        findings.warn(row.line, "column " + (i + 1) + " \"" + CellText.abbreviate(header)
            + "\" is a monitoring column, which belongs to an execution report: its cells are not kept "
            + "and are reported when not empty");
      } else if (slot.column() == RegisterColumn.OTHER) {
        RegisterColumn meaning = RegisterColumn.ofHeader(header);
        findings.warn(row.line, "column " + (i + 1) + " \"" + CellText.abbreviate(header)
            + "\" " + (meaning == RegisterColumn.OTHER ? "has no place in the programme model"
                : "repeats the meaning of an earlier column") + "; its cells are reported when not empty");
      }
    }
  }

  private void warnYears(RegisterRow row) {
    for (RegisterSlot slot : row.layout) {
      if (slot.year() != 0 && !programmePeriod.containsYear(slot.year())
          && reportedColumns.add("year:" + slot.year())) {
        findings.warn(row.line, "the deadline column for " + slot.year() + " is outside the "
            + "programme's period " + programmePeriod + "; its deadlines are kept");
      }
    }
  }

  private void startRisk(RegisterRow row, String id) throws PlanFormatException {
    finishRisk();
    if (!riskIds.add(id)) {
      throw new PlanFormatException(findings.at(row.line), "risk number " + id + " appears more than once in "
          + "the register");
    }
    RiskDraft started = new RiskDraft(row.line, id);
    risk = started;
    addCells(row, started, null);
  }

  private void continueRisk(RegisterRow row) throws PlanFormatException {
    if (RegisterRows.startsUnnumberedRisk(row, afterBreak, risk != null)) {
      startRisk(row, Integer.toString(nextRiskNumber++));
      return;
    }
    RiskDraft current = risk;
    if (current == null) {
      throw new PlanFormatException(findings.at(row.line), "a row with an empty № cell and no risk above it; "
          + "expected a risk row with its number first; found \"" + CellText.abbreviate(row.raw()) + "\"");
    }
    RiskDraft.MeasureDraft last = current.lastMeasure();
    addCells(row, current, RegisterRows.startsMeasure(row, afterBreak, last) ? null : last);
  }

  /**
   * Adds a row's cells to a risk: its risk cells to the risk, its measure cells to {@code measure}, or
   * to a new measure of the risk if null and the row has measure text.
   */
  private void addCells(RegisterRow row, RiskDraft target, RiskDraft.@Nullable MeasureDraft measure)
      throws PlanFormatException {
    List<RegisterSlot> layout = row.layout;
    RiskDraft.MeasureDraft m = measure;
    for (int i = 0; i < row.cellCount(); i++) {
      String text = row.text(i);
      if (text.isEmpty()) {
        continue;
      }
      if (i >= layout.size()) {
        throw new PlanFormatException(findings.at(row.line, i + 1), "cell " + (i + 1)
            + " is outside the register's " + layout.size() + " columns; found \""
            + CellText.abbreviate(text) + "\"");
      }
      RegisterSlot slot = layout.get(i);
      RegisterColumn column = slot.column();
      if (column == RegisterColumn.NUMBER) {
        continue;
      }
      if (!slot.kept()) {
        String header = i < row.headers.size() ? row.headers.get(i) : "";
        findings.warn(row.line, "risk " + target.id + ": column " + (i + 1)
            + (header.isEmpty() ? "" : " \"" + CellText.abbreviate(header) + "\"")
            + (column == RegisterColumn.MONITORING ? " is a monitoring column" : " has no place in the "
                + "programme model") + "; its text was not kept: \"" + CellText.abbreviate(text) + "\"");
        continue;
      }
      if (column.riskSide) {
        target.cell(column).add(row.cell(i), row.line, i + 1);
        continue;
      }
      if (m == null) {
        m = new RiskDraft.MeasureDraft(row.line);
        target.measures.add(m);
      }
      m.cell(slot).add(row.cell(i), row.line, i + 1);
    }
  }

  // ---------------------------------------------------------------- building

  private void finishRisk() throws PlanFormatException {
    RiskDraft r = risk;
    if (r == null) {
      return;
    }
    risk = null;
    String functionText = r.text(RegisterColumn.FUNCTION);
    if (!functionText.isEmpty()) {
      function = functionText;
    }
    String title = function;
    SectionDraft section = sections.computeIfAbsent(normaliseTitle(title),
        k -> new SectionDraft(sections.size() + 1, title));
    int probability = scores.score(r, RegisterColumn.PROBABILITY, "probability");
    int consequence = scores.score(r, RegisterColumn.CONSEQUENCE, "consequence");
    scores.checkLevel(r, probability, consequence);
    List<MeasureNumber> numbers = new ArrayList<>();
    for (RiskDraft.MeasureDraft d : r.measures) {
      for (Measure m : measures.measures(d, section.number, section.measures.size())) {
        section.measures.add(m);
        numbers.add(m.number());
      }
    }
    RegisterCell sourcesCell = r.cells.get(RegisterColumn.SOURCES);
    List<String> sourceItems = sourcesCell == null ? List.of() : sourcesCell.separatedItems();
    try {
      risks.add(CorruptionRisk.builder()
          .id(r.id)
          .function(function)
          .risk(r.text(RegisterColumn.RISK))
          .description(r.text(RegisterColumn.DESCRIPTION))
          .addAllSources(sourceItems)
          .probability(probability)
          .consequence(consequence)
          .addAllMeasures(numbers)
          .build());
    } catch (PlanStructureException e) {
      throw new PlanFormatException(findings.at(r.line), e.getMessage(), e);
    }
  }

  private static String normaliseTitle(String title) {
    return title.replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
  }
}
