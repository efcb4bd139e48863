package io.github.acplan.serialization.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TableGridTest {

  @Test
  void locationsReadAsMessagesShowThem() {
    assertThat(GridLocation.ofLine(42)).hasToString("line 42");
    assertThat(GridLocation.ofTableRow(12).withPage(3).withCell(4))
        .hasToString("page 3, table row 12, cell 4");
    assertThat(GridLocation.ofTableRow(7).withSheet("Реєстр").withCell(3))
        .hasToString("sheet «Реєстр», row 7, cell 3");
    assertThat(GridLocation.unknown()).hasToString("unknown location");
    assertThatThrownBy(() -> GridLocation.ofTableRow(0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("table row is at least 1");
  }

  @Test
  void aCellsTextShowsListLabelsAndParagraphsByLine() {
    GridLocation at = GridLocation.ofTableRow(5).withCell(6);
    GridCell cell = new GridCell(List.of(
        CellParagraph.of("Забезпечення:"),
        CellParagraph.listItem("1)", "оприлюднення плану;"),
        CellParagraph.listItem("2)", "звіту.")), 1, VerticalMerge.NONE, at);
    assertThat(cell.text()).isEqualTo("Забезпечення:\n1) оприлюднення плану;\n2) звіту.");
    assertThat(cell.isBlank()).isFalse();
    assertThat(GridCell.ofText("", at).isBlank()).isTrue();
    assertThat(GridCell.ofText("а\nб", at).paragraphs()).extracting(CellParagraph::text)
        .containsExactly("а", "б");
    assertThatThrownBy(() -> GridCell.ofText("x", at).withColumnSpan(0))
        .hasMessageContaining("at least 1 column").hasMessageContaining("table row 5, cell 6");
  }

  @Test
  void rowsCountTheirWidthInGridColumnsAndTheGridIsACopy() {
    GridLocation row = GridLocation.ofTableRow(2);
    GridRow heading = GridRow.of(List.of(
        GridCell.ofText("1", row.withCell(1)),
        GridCell.ofText("Системний підхід", row.withCell(2)).withColumnSpan(5)), row);
    assertThat(heading.width()).isEqualTo(6);
    assertThat(heading.withRepeatedHeader(true).repeatedHeader()).isTrue();
    assertThat(heading.withContinuation(true).continuation()).isTrue();

    List<GridRow> rows = new ArrayList<>(List.of(heading));
    TableGrid grid = new TableGrid(rows, List.of("Додаток"), List.of(), "test");
    rows.clear();
    assertThat(grid.rows()).hasSize(1);
    assertThat(grid.cellCount()).isEqualTo(2);
    assertThatThrownBy(() -> GridRow.of(List.of(), row))
        .hasMessageContaining("at least one cell");
  }
}
