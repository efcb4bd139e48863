package io.github.acplan.serialization.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.acplan.core.PlanPeriod;
import io.github.acplan.core.deadline.Deadline;
import io.github.acplan.core.deadline.DeadlineParser;
import io.github.acplan.serialization.PlanFormatException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The readings issue 18 added to the parser are existing kinds, so they travel through the JSON mapping
 * and schema unchanged: each is written and read back equal, its original text kept.
 */
class DeadlineCorpusFormsJsonTest {

  private final DeadlineParser parser = DeadlineParser.forPeriod(PlanPeriod.ofYear(2023));

  @ParameterizedTest
  @ValueSource(strings = {
      "щороку до 15 лютого, 15 квітня, 15 липня і 15 жовтня",
      "31 березня, 30 червня, 30 вересня, 31 грудня",
      "один раз на рік (до 31 грудня)",
      "у період з 00 годин 00 хвилин 01 січня до 00 годин 00 хвилин 01 квітня року, наступного за звітним",
      "не пізніше дня такого припинення",
      "щокварталу не пізніше 15 днів після закінчення звітного кварталу",
      "за загальними показниками - один раз на рік (до 31 грудня) за показниками окремих заходів -"
          + " після завершення реалізації відповідних ініціатив"})
  void writtenAndReadBackEqual(String text) throws PlanFormatException {
    Deadline d = parser.parse(text);
    PlanJson json = PlanJson.standard();
    assertThat(json.readDeadline(json.writeDeadline(d))).isEqualTo(d);
  }
}
