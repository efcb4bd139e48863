package io.github.acplan.serialization.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.acplan.core.Plan;
import io.github.acplan.serialization.PlanFormatException;
import io.github.acplan.serialization.SeedPlan;
import io.github.acplan.serialization.json.PlanJson;
import org.junit.jupiter.api.Test;

/** Text copied from DOCX or PDF pads cells with no-break spaces; they are layout, not content. */
class NoBreakSpaceTest {

  @Test
  void theSeedWithNoBreakSpacesAroundEveryCellReadsExactlyAsTheSeed() throws PlanFormatException {
    Plan seed = PlanTextReader.standard().read(SeedPlan.text()).plan();
    StringBuilder padded = new StringBuilder();
    for (String line : SeedPlan.text().split("\n", -1)) {
      String[] cells = line.split("\t", -1);
      for (int i = 0; i < cells.length; i++) {
        padded.append(i == 0 ? "" : "\t").append("\u00A0").append(cells[i]).append("\u202F\u00A0");
      }
      padded.append('\n');
    }
    ReadResult read = PlanTextReader.standard().read(padded.toString());
    assertThat(PlanJson.standard().write(read.plan())).isEqualTo(PlanJson.standard().write(seed));
    assertThat(read.plan()).isEqualTo(seed);
  }

  @Test
  void aValueWithANoBreakSpaceIsWrittenSoThatItReadsBack() throws PlanFormatException {
    assertThat(CellMarkup.encode("15\u00A0грудня")).isEqualTo("15&#160;грудня");
    assertThat(CellMarkup.decode(CellMarkup.encode("\u00A0№\u202F2")).text).isEqualTo("\u00A0№\u202F2");
  }
}
