package io.github.acplan.serialization.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import io.github.acplan.core.Plan;
import io.github.acplan.serialization.PlanFormatException;
import io.github.acplan.serialization.table.CellParagraph;
import io.github.acplan.serialization.table.GridCell;
import io.github.acplan.serialization.table.GridLocation;
import io.github.acplan.serialization.table.GridRow;
import io.github.acplan.serialization.table.TableGrid;
import io.github.acplan.serialization.table.VerticalMerge;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

/**
 * A risk register read from a document's grid reads as its text does: the grid is interpreted by the
 * same rules, row by row, with the grid's locations in warnings and errors, and with what a document
 * knows that a text does not (a header row repeated on a new page, a row continued across a page break).
 */
class RegisterGridTest {

  /**
   * Lays a register's text out as a document's grid: a table row per line from the header to the last
   * line with a TAB (a line without one is a row of one cell), each cell's markup as paragraphs, the
   * lines before and after as paragraphs. With {@code dropRepeats}, the header block's later copies are
   * rows marked as repeated headers, as a PDF gives them, and the blank lines and page numbers between
   * pages are left out.
   */
  static TableGrid grid(String text, boolean dropRepeats) {
    String[] lines = text.split("\n", -1);
    int header = -1;
    int last = -1;
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].indexOf('\t') >= 0) {
        header = header < 0 ? i : header;
        last = i;
      }
    }
    Set<String> headerBlock = new HashSet<>();
    for (int i = header; i <= last; i++) {
      headerBlock.add(lines[i]);
      if (TableLine.isColumnNumbers(texts(lines[i]))) {
        break;
      }
    }
    List<String> before = List.of(lines).subList(0, header);
    List<String> after = List.of(lines).subList(last + 1, lines.length);
    List<GridRow> rows = new ArrayList<>();
    boolean firstBlockOver = false;
    for (int i = header; i <= last; i++) {
      boolean inBlock = headerBlock.contains(lines[i]);
      firstBlockOver |= !inBlock;
      if (dropRepeats && firstBlockOver && lines[i].indexOf('\t') < 0) {
        continue;
      }
      GridLocation at = GridLocation.ofTableRow(rows.size() + 1).withPage(1);
      List<GridCell> cells = new ArrayList<>();
      String[] raw = lines[i].split("\t", -1);
      for (int c = 0; c < raw.length; c++) {
        cells.add(new GridCell(CellMarkup.paragraphs(raw[c]), 1, VerticalMerge.NONE, at.withCell(c + 1)));
      }
      GridRow row = GridRow.of(cells, at);
      rows.add(dropRepeats && firstBlockOver && inBlock ? row.withRepeatedHeader(true) : row);
    }
    return new TableGrid(rows, before, after, "test layout");
  }

  private static List<String> texts(String line) {
    List<String> out = new ArrayList<>();
    for (String c : line.split("\t", -1)) {
      out.add(CellMarkup.text(c));
    }
    return out;
  }

  private static List<String> messages(ReadResult r) {
    return r.warnings().stream().map(ReadWarning::message).toList();
  }

  @Test
  void theRegisterAsAGridReadsAsItsText() throws PlanFormatException {
    String text = RiskRegisterTextReaderTest.registerText();
    ReadResult fromText = RiskRegisterTextReader.standard().read(text);
    ReadResult fromGrid = RiskRegisterTextReader.standard().read(grid(text, false));
    assertThat(fromGrid.plan()).isEqualTo(fromText.plan());
    assertThat(messages(fromGrid)).isEqualTo(messages(fromText));
    // The warnings name the grid's places: a table row on a page, or a paragraph outside the table.
    assertThat(fromGrid.warnings()).isNotEmpty().allSatisfy(w ->
        assertThat(w.location().toString()).matches("page 1, table row \\d+|paragraph \\d+"));
  }

  @Test
  void generatedRegistersAsGridsReadAsTheirText() {
    qt().withExamples(200).forAll(Generate.longRange(0, Long.MAX_VALUE)).checkAssert(seed -> {
      String text = RiskRegisterTextPropertiesTest.generate(seed).text.toString();
      try {
        ReadResult fromText = RiskRegisterTextReader.standard().read(text);
        ReadResult fromGrid = RiskRegisterTextReader.standard().read(grid(text, false));
        assertThat(fromGrid.plan()).isEqualTo(fromText.plan());
        assertThat(messages(fromGrid)).isEqualTo(messages(fromText));
        // Repeated headers marked as such by the document, no page numbers: the same programme.
        ReadResult dropped = RiskRegisterTextReader.standard().read(grid(text, true));
        assertThat(dropped.plan()).isEqualTo(fromText.plan());
        assertThat(dropped.warnings()).isEmpty();
      } catch (PlanFormatException e) {
        throw new AssertionError("could not read:\n" + text, e);
      }
    });
  }

  private static final String HEADER = "№ з/п\tФункція / процес\tКорупційний ризик\tЙмовірність\tНаслідки\t"
      + "Заходи щодо усунення ризику\tСтрок виконання\tВідповідальні за виконання";

  private static GridRow row(int n, String... cells) {
    GridLocation at = GridLocation.ofTableRow(n).withPage(n < 4 ? 1 : 2);
    List<GridCell> out = new ArrayList<>();
    for (int c = 0; c < cells.length; c++) {
      out.add(new GridCell(cells[c].isEmpty() ? List.of() : List.of(CellParagraph.of(cells[c])), 1,
          VerticalMerge.NONE, at.withCell(c + 1)));
    }
    return GridRow.of(out, at);
  }

  private static TableGrid measureSplitAcrossPages(GridRow between, boolean markContinued) {
    GridRow header = row(1, HEADER.split("\t"));
    GridRow rest = row(4, "", "", "", "", "", "дотримання вимог", "", "");
    List<GridRow> rows = new ArrayList<>(List.of(header,
        row(2, "1", "Публічні закупівлі", "Дискримінаційні вимоги", "2", "3", "Провести перевірку", "Постійно",
            "Відділ закупівель")));
    if (between != null) {
      rows.add(between);
    }
    rows.add(markContinued ? rest.withContinuation(true) : rest);
    return new TableGrid(rows, List.of("Антикорупційна програма", "виконавчого комітету", "на 2024–2026 роки"),
        List.of(), "test");
  }

  @Test
  void aRepeatedHeaderMarksAPageBreakAfterWhichAMeasureCellContinues() throws PlanFormatException {
    // Without a page break, text in the measure column alone is a further measure of the risk above.
    Plan noBreak = RiskRegisterTextReader.standard().read(measureSplitAcrossPages(null, false)).plan();
    assertThat(noBreak.measures()).extracting(m -> m.name())
        .containsExactly("Провести перевірку", "дотримання вимог");
    // The header the document repeats on the next page is a page break, as in the text: the measure
    // cell that is already filled goes on.
    GridRow repeated = row(1, HEADER.split("\t")).withRepeatedHeader(true);
    Plan afterHeader = RiskRegisterTextReader.standard().read(measureSplitAcrossPages(repeated, false)).plan();
    assertThat(afterHeader.measures()).extracting(m -> m.name())
        .containsExactly("Провести перевірку дотримання вимог");
    // A row the document marks as continued continues, whatever comes before it.
    Plan continued = RiskRegisterTextReader.standard().read(measureSplitAcrossPages(null, true)).plan();
    assertThat(continued.measures()).extracting(m -> m.name())
        .containsExactly("Провести перевірку дотримання вимог");
    assertThat(continued.risks()).hasSize(1);
  }

  @Test
  void errorsNameTheGridsRowAndColumn() {
    TableGrid grid = new TableGrid(List.of(row(1, HEADER.split("\t")),
        row(2, "1", "Публічні закупівлі", "Ризик", "часто", "3", "Провести перевірку", "Постійно", "Відділ")),
        List.of("Антикорупційна програма на 2024–2026 роки"), List.of(), "test");
    assertThatThrownBy(() -> RiskRegisterTextReader.standard().read(grid))
        .isInstanceOfSatisfying(PlanFormatException.class, e -> {
          assertThat(e.location()).isEqualTo("page 1, table row 2, column 4");
          assertThat(e.problem()).contains("probability score \"часто\"");
        });
  }
}
