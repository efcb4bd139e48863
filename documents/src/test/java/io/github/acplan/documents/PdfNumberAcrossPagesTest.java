package io.github.acplan.documents;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.acplan.documents.pdf.PdfTables;
import io.github.acplan.serialization.table.GridCell;
import io.github.acplan.serialization.table.GridLocation;
import io.github.acplan.serialization.table.GridRow;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A page break can cut a measure's number in its narrow first column: "1." at the foot of a page and "3" at
 * the head of the next (the seed's DOCX printed on A5 in Liberation Sans), or "6" and ". 5" (in Liberation
 * Mono). The two are one number; a whole number is never joined to what the next page begins with.
 */
class PdfNumberAcrossPagesTest {

  private static GridRow row(String first) {
    GridLocation at = GridLocation.ofTableRow(9).withPage(2);
    return GridRow.of(List.of(GridCell.ofText(first, at.withCell(1)),
        GridCell.ofText("Проводити", at.withCell(2))), at);
  }

  @Test
  void aNumberCutAtItsDotIsOneNumber() {
    assertThat(PdfTables.numberBrokenAcrossPages(row("1."), "3")).isTrue();
    assertThat(PdfTables.numberBrokenAcrossPages(row("6"), ". 5")).isTrue();
    assertThat(PdfTables.numberBrokenAcrossPages(row("4 ."), "1")).isTrue();
    assertThat(PdfTables.numberBrokenAcrossPages(row("2"), ".10.")).isTrue();
    // A group never begins with a zero: "6.1" looks whole, but "0" goes on its last group.
    assertThat(PdfTables.numberBrokenAcrossPages(row("6 . 1"), "0")).isTrue();
    assertThat(PdfTables.numberBrokenAcrossPages(row("6.1"), "0.")).isTrue();
  }

  @Test
  void aWholeNumberOrAnythingElseIsNot() {
    // a measure row whose number is whole, and a next page that begins with a number of its own
    assertThat(PdfTables.numberBrokenAcrossPages(row("1.1"), "2")).isFalse();
    assertThat(PdfTables.numberBrokenAcrossPages(row("1.1"), ".2")).isFalse();
    // nothing cut at a dot
    assertThat(PdfTables.numberBrokenAcrossPages(row("1"), "2")).isFalse();
    assertThat(PdfTables.numberBrokenAcrossPages(row("1."), ".2")).isFalse();
    // not digits
    assertThat(PdfTables.numberBrokenAcrossPages(row("1."), "")).isFalse();
    assertThat(PdfTables.numberBrokenAcrossPages(row("1."), "Забезпечити")).isFalse();
    assertThat(PdfTables.numberBrokenAcrossPages(row("Розділ"), "1")).isFalse();
    // a heading across the table has one cell
    GridLocation at = GridLocation.ofTableRow(3).withPage(1);
    assertThat(PdfTables.numberBrokenAcrossPages(GridRow.of(List.of(GridCell.ofText("1.", at.withCell(1))), at),
        "3")).isFalse();
  }
}
