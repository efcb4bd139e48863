package io.github.acplan.serialization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.acplan.core.Plan;
import io.github.acplan.serialization.json.PlanJson;
import io.github.acplan.serialization.table.GridLocation;
import io.github.acplan.serialization.text.PlanTextReader;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class PlanFormatExceptionTest {

  @Test
  void aTextErrorCarriesItsLineAsAValue() {
    String text = SeedPlan.text().replace("3.11\tЗабезпечити постійний", "3.10\tЗабезпечити постійний");
    assertThatThrownBy(() -> PlanTextReader.standard().read(text))
        .isInstanceOfSatisfying(PlanFormatException.class, e -> {
          assertThat(e.where()).isInstanceOf(GridLocation.class);
          assertThat(((GridLocation) e.where()).line()).isEqualTo(OptionalInt.of(68));
          assertThat(e.location()).isEqualTo("line 68");
        });
  }

  @Test
  void aJsonErrorCarriesItsPathAsAValue() {
    assertThatThrownBy(() -> PlanJson.standard().read("{\"schemaVersion\":1,\"title\":5}"))
        .isInstanceOfSatisfying(PlanFormatException.class, e -> {
          assertThat(e.where()).isEqualTo(new InputLocation.JsonPath("$.title"));
          assertThat(e.location()).isEqualTo("$.title");
        });
  }

  @Test
  void itIsUncheckedSoReadingWorksInsideALambda() {
    List<String> documents = List.of("{\"schemaVersion\":1,\"zzz\":1}");
    // No try/catch inside the lambda: the exception crosses the stream as it is.
    assertThatThrownBy(() -> documents.stream().map(PlanJson.standard()::read).map(Plan::title).toList())
        .isInstanceOf(PlanFormatException.class).isInstanceOf(RuntimeException.class);
  }

  @Test
  void wordsThatAreAJsonPathBecomeOne() {
    assertThat(new PlanFormatException("$.a[0]", "x").where()).isEqualTo(InputLocation.jsonPath("$.a[0]"));
    assertThat(new PlanFormatException("ZIP", "x").where()).isEqualTo(InputLocation.described("ZIP"));
    assertThat(new PlanFormatException(GridLocation.ofLine(7).withCell(2), "x").getMessage())
        .isEqualTo("line 7, cell 2: x");
  }
}
