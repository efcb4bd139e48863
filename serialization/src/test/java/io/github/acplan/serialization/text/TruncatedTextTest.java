package io.github.acplan.serialization.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.acplan.serialization.SeedPlan;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** A text cut short inside the table is read with a warning that says so, at the line it stops. */
class TruncatedTextTest {

  @Test
  void theSeedCutMidTableAtByte6198IsNotASilentShortPlan() throws Exception {
    byte[] seed = SeedPlan.text().getBytes(StandardCharsets.UTF_8);
    byte[] cut = Arrays.copyOf(seed, 6_198);
    // Cut inside a UTF-8 sequence or not, what is left is read as far as it goes.
    String text = new String(cut, StandardCharsets.UTF_8);
    ReadResult read = PlanTextReader.read(text);
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
    ReadResult read = PlanTextReader.read(seed.substring(0, thirdTab) + "\n");
    assertThat(read.warnings()).anySatisfy(w -> assertThat(w.message())
        .contains("the table ends inside a row: its last row has 3 of 6 cells"));
    assertThat(read.plan().measures()).last().satisfies(m -> assertThat(m.number()).hasToString("2.1"));
  }

  @Test
  void theWholeSeedHasNoSuchWarning() throws Exception {
    assertThat(PlanTextReader.read(SeedPlan.text()).warnings())
        .noneSatisfy(w -> assertThat(w.message()).contains("cut short"));
  }
}
