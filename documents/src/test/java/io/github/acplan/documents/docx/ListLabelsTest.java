package io.github.acplan.documents.docx;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A list level's counter in the level's format, as Word shows it. */
class ListLabelsTest {

  @Test
  void countersShowInTheirLevelsFormats() {
    assertThat(ListLabels.formatted(4, "upperRoman")).isEqualTo("IV");
    assertThat(ListLabels.formatted(14, "lowerRoman")).isEqualTo("xiv");
    assertThat(ListLabels.formatted(1994, "upperRoman")).isEqualTo("MCMXCIV");
    assertThat(ListLabels.formatted(1, "upperLetter")).isEqualTo("A");
    assertThat(ListLabels.formatted(28, "upperLetter")).isEqualTo("BB");
    assertThat(ListLabels.formatted(26, "lowerLetter")).isEqualTo("z");
    assertThat(ListLabels.formatted(3, "decimalZero")).isEqualTo("03");
    // a format not shown otherwise is shown in digits
    assertThat(ListLabels.formatted(12, "ordinal")).isEqualTo("12");
    assertThat(ListLabels.formatted(0, "upperRoman")).isEqualTo("0");
  }
}
