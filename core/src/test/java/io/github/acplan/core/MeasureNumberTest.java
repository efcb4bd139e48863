package io.github.acplan.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MeasureNumberTest {

  @Test
  void numbersOfTheSeedPlanSortPartByPart() {
    List<MeasureNumber> numbers = new ArrayList<>();
    for (String s : new String[] {"3.10", "3.9", "1.2", "3.11", "1.1", "6.10", "6.9", "3.1"}) {
      numbers.add(MeasureNumber.parse(s));
    }
    Collections.sort(numbers);
    assertThat(numbers).extracting(MeasureNumber::toString)
        .containsExactly("1.1", "1.2", "3.1", "3.9", "3.10", "3.11", "6.9", "6.10");
  }

  @Test
  void aNumberComesBeforeItsSubNumbersAndAfterItsParent() {
    assertThat(MeasureNumber.parse("1.1")).isLessThan(MeasureNumber.parse("1.1.1"));
    assertThat(MeasureNumber.parse("1.1.1.1.1")).isLessThan(MeasureNumber.parse("1.2"));
    assertThat(MeasureNumber.parse("1.1.1.1.1").depth()).isEqualTo(5);
    assertThat(MeasureNumber.parse("1.1.3").parent()).contains(MeasureNumber.parse("1.1"));
  }

  @Test
  void partsSectionAndNext() {
    MeasureNumber n = MeasureNumber.parse("3.9");
    assertThat(n.section()).isEqualTo(3);
    assertThat(n.parts()).containsExactly(3, 9);
    assertThat(n.next()).hasToString("3.10");
    assertThat(n.withSection(6)).isEqualTo(MeasureNumber.of(6, 9));
  }

  @Test
  void aTrailingDotAndSurroundingSpacesAreAccepted() {
    assertThat(MeasureNumber.parse(" 1.1. ")).isEqualTo(MeasureNumber.of(1, 1));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "1..2", "a.b", ".1", "1.01", "1.0", "-1.2", "1,2", "1.2a", "."})
  void malformedNumbersAreRejectedWithTheTextInTheMessage(String text) {
    assertThatThrownBy(() -> MeasureNumber.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Not a measure number: \"" + text + "\"");
  }

  @Test
  void ofRejectsEmptyAndNonPositiveParts() {
    assertThatThrownBy(MeasureNumber::of).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> MeasureNumber.of(1, 0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("from 1 to 999999");
  }
}
