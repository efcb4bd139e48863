package io.github.acplan.documents;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.acplan.serialization.table.GridCell;
import io.github.acplan.serialization.table.GridLocation;
import io.github.acplan.serialization.table.GridRow;
import io.github.acplan.serialization.table.TableGrid;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which consecutive tables are parts of one: only page furniture between, as many columns. */
class ContinuedTablesTest {

  private static TableGrid table(int rows, int columns, String source, List<String> after) {
    List<GridRow> grid = new ArrayList<>();
    for (int r = 1; r <= rows; r++) {
      List<GridCell> cells = new ArrayList<>();
      for (int c = 1; c <= columns; c++) {
        cells.add(GridCell.ofText(r + "." + c, GridLocation.ofTableRow(r)));
      }
      grid.add(GridRow.of(cells, GridLocation.ofTableRow(r)));
    }
    return new TableGrid(grid, List.of(), after, source);
  }

  @Test
  void partsWithOnlyPageFurnitureBetweenAreJoinedInOrder() {
    TableGrid first = table(4, 5, "DOCX, table 1", List.of("", "- 2 -", "Продовження додатка"));
    TableGrid second = table(3, 5, "DOCX, table 2", List.of("3", "ПРОДОВЖЕННЯ ТАБЛИЦІ"));
    TableGrid third = table(3, 5, "DOCX, table 3", List.of("Секретар ради\tОлена ПЕТРЕНКО"));
    List<ContinuedTables.Joined> joined = ContinuedTables.join(List.of(first, second, third));
    assertThat(joined).hasSize(1);
    assertThat(joined.get(0).parts()).containsExactly(first, second, third);
    TableGrid whole = joined.get(0).grid();
    assertThat(whole.rows()).hasSize(10);
    assertThat(whole.rows().get(4)).isSameAs(second.rows().get(0));
    assertThat(whole.paragraphsAfter()).containsExactly("Секретар ради\tОлена ПЕТРЕНКО");
    assertThat(whole.source()).isEqualTo("DOCX, table 1 and the 2 tables continuing it");
  }

  @Test
  void textBetweenOrAnotherWidthKeepsTablesApart() {
    TableGrid plan = table(4, 5, "HTML, table 1", List.of("Додаток 2", "Реєстр корупційних ризиків"));
    TableGrid register = table(4, 5, "HTML, table 2", List.of());
    assertThat(ContinuedTables.join(List.of(plan, register))).hasSize(2);
    TableGrid wider = table(4, 9, "HTML, table 2", List.of());
    TableGrid beforeWider = table(4, 5, "HTML, table 1", List.of());
    assertThat(ContinuedTables.join(List.of(beforeWider, wider))).hasSize(2)
        .allSatisfy(j -> assertThat(j.parts()).hasSize(1));
  }
}
