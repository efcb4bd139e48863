package io.github.acplan.documents.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** A measure number that a spreadsheet kept as a number is read as meant only when nothing else fits. */
class NumberCellsTest {

  @Test
  void theSuccessorWithItsTrailingZerosCutIsTheSuccessor() {
    assertThat(NumberCells.successorCutShort("3.9", "3.1")).isEqualTo("3.10");
    assertThat(NumberCells.successorCutShort("6.19", "6.2")).isEqualTo("6.20");
    assertThat(NumberCells.successorCutShort("1.99", "1.1")).isEqualTo("1.100");
  }

  @Test
  void anythingElseIsReadAsShown() {
    assertThat(NumberCells.successorCutShort(null, "3.1")).isNull();
    assertThat(NumberCells.successorCutShort("3.1", "3.1")).as("a real repeat").isNull();
    assertThat(NumberCells.successorCutShort("3.8", "3.1")).as("not the successor").isNull();
    assertThat(NumberCells.successorCutShort("2.9", "3.1")).as("another section").isNull();
    assertThat(NumberCells.successorCutShort("3.9", "3.10")).as("nothing was cut").isNull();
    assertThat(NumberCells.successorCutShort("3", "3.1")).isNull();
    assertThat(NumberCells.successorCutShort("3.9", "3")).isNull();
    assertThat(NumberCells.successorCutShort("1.1.9", "1.1")).isNull();
  }

  @Test
  void forEveryNumberTheCutSuccessorAndOnlyItIsRestored() {
    qt().withExamples(5_000).forAll(integers().between(1, 99), integers().between(1, 99_999),
        integers().between(1, 99_999)).checkAssert((section, previous, shownMinor) -> {
          String before = section + "." + previous;
          String successor = section + "." + (previous + 1);
          // what a spreadsheet shows for a number: its trailing zeros cut
          String cut = new BigDecimal(successor).stripTrailingZeros().toPlainString();
          String expected = cut.equals(successor) || !cut.contains(".") ? null : successor;
          assertThat(NumberCells.successorCutShort(before, cut)).as("%s after %s", cut, before)
              .isEqualTo(expected);
          String other = section + "." + shownMinor;
          if (!other.equals(cut)) {
            assertThat(NumberCells.successorCutShort(before, other)).as("%s after %s", other, before).isNull();
          }
        });
  }

  @Test
  void eachColumnFollowsItsOwnNumbersAndTextCellsAreNeverChanged() {
    NumberCells cells = new NumberCells();
    assertThat(cells.restore(0, "3.9", false)).isNull();
    assertThat(cells.restore(2, "1.5", true)).isNull();
    assertThat(cells.restore(0, "3.1", false)).as("a text cell says what it means").isNull();
    NumberCells again = new NumberCells();
    again.restore(0, "3.9", false);
    again.restore(1, "7.2", true);
    assertThat(again.restore(0, "3.1", true)).isEqualTo("3.10");
    assertThat(again.restore(0, "3.11", true)).isNull();
    assertThat(again.restore(0, "3.12", true)).isNull();
  }
}
