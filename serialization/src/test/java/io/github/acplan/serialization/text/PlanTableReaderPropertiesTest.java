package io.github.acplan.serialization.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.acplan.core.Plan;
import io.github.acplan.serialization.PlanFormatException;
import io.github.acplan.serialization.PlanGenerators;
import io.github.acplan.serialization.SeedPlan;
import io.github.acplan.serialization.json.PlanJson;
import io.github.acplan.serialization.table.CellParagraph;
import io.github.acplan.serialization.table.GridCell;
import io.github.acplan.serialization.table.GridLocation;
import io.github.acplan.serialization.table.GridRow;
import io.github.acplan.serialization.table.TableGrid;
import io.github.acplan.serialization.table.VerticalMerge;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A plan laid out as a document's table in random ways — section headings merged across the table, the
 * header repeated after page breaks, measure rows split across them — reads back equal through the one
 * interpretation of tables.
 */
class PlanTableReaderPropertiesTest {

  @Test
  void theSeedAsAGridReadsAsItsText() throws PlanFormatException {
    Plan seed = PlanTextReader.standard().read(SeedPlan.text()).plan();
    ReadResult fromGrid = PlanTableReader.standard()
        .read(DocumentLayout.of(PlanTextWriter.standard().write(seed), new Random(2020)));
    assertThat(fromGrid.plan()).isEqualTo(seed);
    assertThat(fromGrid.warnings()).isEmpty();
  }

  @Test
  void generatedPlansLaidOutAsDocumentsReadBackEqual() {
    // A cell that is nothing but a ditto mark ('"') is one in a document: the text form alone can
    // escape it, so such plans are left to the text's own round trip.
    qt().withExamples(200).forAll(PlanGenerators.plans(), longs().all())
        .assuming((plan, seed) -> !hasDittoLookingCell(plan)).checkAssert((plan, seed) -> {
      TableGrid grid = DocumentLayout.of(PlanTextWriter.standard().write(plan), new Random(seed));
      ReadResult again;
      try {
        again = PlanTableReader.standard().read(grid);
      } catch (PlanFormatException e) {
        throw new AssertionError("the grid did not read: " + e.getMessage() + "\n" + grid, e);
      }
      assertThat(PlanJson.standard().write(again.plan())).isEqualTo(PlanJson.standard().write(plan));
      assertThat(again.plan()).isEqualTo(plan);
      assertThat(PlanTextPropertiesTest.unexpectedWarnings(again, plan)).isEmpty();
    });
  }

  private static boolean hasDittoLookingCell(Plan plan) {
    return plan.measures().stream().flatMap(m -> java.util.stream.Stream.concat(
            java.util.stream.Stream.of(m.name(), m.deadline().text(), m.responsible().text()),
            java.util.stream.Stream.concat(m.indicators().stream().map(i -> i.text()),
                m.expectedResults().stream().map(r -> r.text()))))
        .anyMatch(t -> CellMarkup.DITTO.matcher(t).matches());
  }

  /** Lays the writer's text out as a document extractor would give it. */
  static final class DocumentLayout {
    private DocumentLayout() {
    }

    static TableGrid of(String written, Random random) {
      String[] lines = written.split("\n", -1);
      int header = -1;
      int last = -1;
      for (int i = 0; i < lines.length; i++) {
        if (lines[i].indexOf('\t') >= 0) {
          header = header < 0 ? i : header;
          last = i;
        }
      }
      List<String> before = Arrays.asList(lines).subList(0, header);
      List<String> after = Arrays.asList(lines).subList(last + 1, lines.length);
      List<GridRow> rows = new ArrayList<>();
      GridRow headerRow = null;
      GridRow numbersRow = null;
      int page = 1;
      for (int i = header; i <= last; i++) {
        GridLocation at = GridLocation.ofTableRow(rows.size() + 1).withPage(page);
        String[] cells = lines[i].split("\t", -1);
        boolean heading = cells.length > 1
            && Arrays.stream(cells).skip(1).allMatch(String::isEmpty)
            && !cells[0].matches("\\d+(\\.\\d+)+");
        List<GridCell> gridCells = new ArrayList<>();
        if (heading) {
          gridCells.add(cell(cells[0], at.withCell(1)).withColumnSpan(cells.length));
        } else {
          for (int c = 0; c < cells.length; c++) {
            gridCells.add(cell(cells[c], at.withCell(c + 1)));
          }
        }
        GridRow row = GridRow.of(gridCells, at);
        if (i == header) {
          headerRow = row;
        } else if (i == header + 1) {
          numbersRow = row;
        }
        boolean measure = !heading && i > header + 1;
        if (measure && random.nextInt(4) == 0) {
          // A page break inside the row: the rest of each splittable cell goes to the next page.
          List<GridCell> firstPart = new ArrayList<>();
          List<GridCell> rest = new ArrayList<>();
          page++;
          GridLocation next = GridLocation.ofTableRow(rows.size() + 4).withPage(page);
          for (int c = 0; c < gridCells.size(); c++) {
            GridCell whole = gridCells.get(c);
            int cut = c == 0 ? -1 : cutPoint(whole, random);
            if (cut < 0) {
              firstPart.add(whole);
              rest.add(GridCell.ofText("", next.withCell(c + 1)));
            } else {
              String text = whole.paragraphs().get(0).text();
              firstPart.add(plain(text.substring(0, cut), whole.location()));
              rest.add(plain(text.substring(cut + 1), next.withCell(c + 1)));
            }
          }
          rows.add(GridRow.of(firstPart, at));
          rows.add(headerRow.withRepeatedHeader(true));
          rows.add(numbersRow.withRepeatedHeader(true));
          rows.add(GridRow.of(rest, next).withContinuation(true));
        } else {
          rows.add(row);
        }
      }
      return new TableGrid(rows, before, after, "test layout");
    }

    private static GridCell plain(String text, GridLocation at) {
      return new GridCell(List.of(CellParagraph.of(text)), 1, VerticalMerge.NONE, at);
    }

    private static GridCell cell(String raw, GridLocation at) {
      return new GridCell(CellMarkup.paragraphs(raw), 1, VerticalMerge.NONE, at);
    }

    /** A space to break a one-paragraph cell at, where the reader joins the pieces back with a space. */
    private static int cutPoint(GridCell cell, Random random) {
      if (cell.paragraphs().size() != 1 || cell.paragraphs().get(0).isListItem()) {
        return -1;
      }
      String text = cell.paragraphs().get(0).text();
      List<Integer> spaces = new ArrayList<>();
      for (int i = 1; i < text.length() - 1; i++) {
        if (text.charAt(i) == ' ' && text.charAt(i - 1) != ' ' && text.charAt(i - 1) != '-'
            && text.charAt(i + 1) != ' '
            // a first piece that is a ditto mark would be one in a document too
            && !CellMarkup.DITTO.matcher(text.substring(0, i)).matches()) {
          spaces.add(i);
        }
      }
      return spaces.isEmpty() ? -1 : spaces.get(random.nextInt(spaces.size()));
    }
  }

  @Test
  void listItemsOfADocumentCellAreSeparateIndicators() throws PlanFormatException {
    Plan seed = PlanTextReader.standard().read(SeedPlan.text()).plan();
    TableGrid grid = DocumentLayout.of(PlanTextWriter.standard().write(seed), new Random(1));
    // Give measure 1.1's indicator cell two list items, as a Word list.
    List<GridRow> rows = new ArrayList<>(grid.rows());
    for (int i = 0; i < rows.size(); i++) {
      GridRow r = rows.get(i);
      if (r.cells().get(0).text().equals("1.1")) {
        List<GridCell> cells = new ArrayList<>(r.cells());
        cells.set(4, new GridCell(List.of(CellParagraph.listItem("1)", "Звіт"),
            CellParagraph.listItem("2)", "Довідка")), 1, VerticalMerge.NONE, cells.get(4).location()));
        rows.set(i, GridRow.of(cells, r.location()));
      }
    }
    Plan read = PlanTableReader.standard()
        .read(new TableGrid(rows, grid.paragraphsBefore(), grid.paragraphsAfter(), "test")).plan();
    assertThat(read.measures().get(0).indicators()).extracting(i -> i.text())
        .containsExactly("Звіт", "Довідка");
  }
}
