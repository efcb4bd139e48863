package io.github.acplan.serialization.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.acplan.core.Plan;
import io.github.acplan.serialization.SeedPlan;
import io.github.acplan.serialization.table.GridRow;
import io.github.acplan.serialization.table.TableGrid;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** A text cut short inside the table is read with a warning that says so, at the line it stops. */
class TruncatedTextTest {

  @Test
  void theSeedCutMidTableAtByte6198IsNotASilentShortPlan() throws Exception {
    byte[] seed = SeedPlan.text().getBytes(StandardCharsets.UTF_8);
    byte[] cut = Arrays.copyOf(seed, 6_198);
    // Cut inside a UTF-8 sequence or not, what is left is read as far as it goes.
    String text = new String(cut, StandardCharsets.UTF_8);
    ReadResult read = PlanTextReader.standard().read(text);
    long lines = text.chars().filter(c -> c == '\n').count() + 1;
    assertThat(read.warnings()).anySatisfy(w -> {
      assertThat(w.message()).contains("the text ends inside the table's last row").contains("cut short");
      assertThat(w.line()).isEqualTo((int) lines);
    });
  }

  @Test
  void aLastRowWithFewerCellsThanTheHeaderSaysHowMany() throws Exception {
    String seed = SeedPlan.text();
    int row = seed.indexOf("\n2.1\t") + 1;
    int thirdTab = seed.indexOf('\t', seed.indexOf('\t', seed.indexOf('\t', row) + 1) + 1);
    ReadResult read = PlanTextReader.standard().read(seed.substring(0, thirdTab) + "\n");
    assertThat(read.warnings()).anySatisfy(w -> assertThat(w.message())
        .contains("the table ends inside a row: its last row has 3 of 6 cells"));
    assertThat(read.plan().measures()).last().satisfies(m -> assertThat(m.number()).hasToString("2.1"));
  }

  @Test
  void theWholeSeedHasNoSuchWarning() throws Exception {
    assertThat(PlanTextReader.standard().read(SeedPlan.text()).warnings())
        .noneSatisfy(w -> assertThat(w.message()).contains("cut short"));
  }

  @Test
  void aPlanWithoutItsSignatoryIsReadWithAWarningAtTheTablesLastRow() throws Exception {
    String seed = SeedPlan.text();
    String withoutSignatory = seed.substring(0, seed.indexOf("\n", seed.indexOf("\n6.10\t") + 1) + 1);
    ReadResult read = PlanTextReader.standard().read(withoutSignatory);
    int lastRow = (int) withoutSignatory.chars().filter(c -> c == '\n').count();
    assertThat(read.plan().signatory()).isEmpty();
    assertThat(read.plan().measures()).hasSize(41);
    assertThat(read.warnings()).singleElement().satisfies(w -> {
      assertThat(w.message()).startsWith("nothing follows the table: the plan has no signatory");
      assertThat(w.line()).isEqualTo(lastRow);
    });
  }

  @Test
  void aTableThatEndsWithASectionHeadingSaysSo() throws Exception {
    String seed = SeedPlan.text();
    String cut = seed.substring(0, seed.indexOf("\n", seed.indexOf("\n6. Запобігання") + 1) + 1);
    ReadResult read = PlanTextReader.standard().read(cut);
    assertThat(read.plan().sections()).hasSize(6);
    assertThat(read.warnings()).singleElement().satisfies(w -> {
      assertThat(w.message()).startsWith("the table ends with the heading of section 6 and no measure under it");
      assertThat(w.line()).isEqualTo((int) cut.chars().filter(c -> c == '\n').count());
    });
  }

  @Test
  void aDocumentWithoutItsSignatoryOrCutInsideARowIsReportedAtTheGridRow() throws Exception {
    Plan seed = PlanTextReader.standard().read(SeedPlan.text()).plan();
    TableGrid grid = PlanTableReaderPropertiesTest.DocumentLayout.of(PlanTextWriter.standard().write(seed), new Random(7));
    TableGrid unsigned = new TableGrid(grid.rows(), grid.paragraphsBefore(), List.of(), "test");
    GridRow last = grid.rows().get(grid.rows().size() - 1);
    ReadResult read = PlanTableReader.standard().read(unsigned);
    assertThat(read.warnings()).singleElement().satisfies(w -> {
      assertThat(w.message()).startsWith("nothing follows the table");
      assertThat(w.location()).isEqualTo(last.location());
    });

    List<GridRow> rows = new ArrayList<>(grid.rows());
    rows.set(rows.size() - 1, GridRow.of(last.cells().subList(0, 3), last.location()));
    ReadResult cut = PlanTableReader.standard().read(new TableGrid(rows, grid.paragraphsBefore(), List.of(), "test"));
    assertThat(cut.warnings()).singleElement().satisfies(w -> {
      assertThat(w.message()).startsWith("the table ends inside a row: its last row has 3 of 6 cells");
      assertThat(w.location()).isEqualTo(last.location());
    });
  }
}
