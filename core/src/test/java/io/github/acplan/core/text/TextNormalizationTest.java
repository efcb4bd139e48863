package io.github.acplan.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What the normalisation changes and what it keeps, character by character. */
class TextNormalizationTest {

  @Test
  void cleanDropsSoftHyphensAndZeroWidthCharactersAndToPlainSpacesMakesUnicodeSpacesSpaces() {
    String spaced = "15\u00A0грудня\u202F2020\u2007р.\u3000x";
    assertThat(TextNormalization.cleanToPlainSpaces(spaced)).isEqualTo("15 грудня 2020 р. x");
    assertThat(TextNormalization.clean(spaced)).isSameAs(spaced);
    assertThat(TextNormalization.clean("15\u00A0гру\u00ADдня")).isEqualTo("15\u00A0грудня");
    assertThat(TextNormalization.clean("можли\u00ADвість")).isEqualTo("можливість");
    assertThat(TextNormalization.clean("По\u200Bстій\u2060но\uFEFF")).isEqualTo("Постійно");
    assertThat(TextNormalization.clean("Щопів\u200Dроку\u200C")).isEqualTo("Щопівроку");
  }

  @Test
  void everySpaceSeparatorOfTheBasicPlaneAndNoOtherCharacterBecomesASpace() {
    for (char c = 0x21; c < 0xD800; c++) {
      boolean space = Character.getType(c) == Character.SPACE_SEPARATOR;
      String text = "а" + c + "б";
      String cleaned = TextNormalization.cleanToPlainSpaces(text);
      if (space) {
        assertThat(cleaned).as("U+%04X", (int) c).isEqualTo("а б");
      } else {
        assertThat(cleaned).as("U+%04X", (int) c).doesNotContain("а б");
      }
    }
  }

  @Test
  void cleanComposesToNfcAfterTheRemovals() {
    // "й" written as "и" and a combining breve, with a soft hyphen between them
    assertThat(TextNormalization.clean("Київ\u0438\u00AD\u0306")).isEqualTo("Київ\u0439");
    assertThat(TextNormalization.clean("\u0438\u0306")).isEqualTo("\u0439");
  }

  @Test
  void cleanKeepsWhatIsNotNoise() {
    String text = "п’ять – «Про запобігання корупції»\n\tп'ять — 1.1";
    assertThat(TextNormalization.clean(text)).isSameAs(text);
    // a joiner inside an emoji sequence (man, ZWJ, laptop) shapes it and stays
    String emoji = "\uD83D\uDC68\u200D\uD83D\uDCBB";
    assertThat(TextNormalization.clean(emoji)).isEqualTo(emoji);
    // a non-joiner between Arabic letters changes their shapes and stays
    assertThat(TextNormalization.clean("\u0645\u200C\u06CC")).isEqualTo("\u0645\u200C\u06CC");
  }

  @Test
  void foldUnifiesApostrophesDashesAndSpacesOneForOne() {
    String text = "п’ять пʼять п‘ять п`ять п'ять 1–2 1—2 1‑2 1‒2 1―2 1‐2 1−2\u00A0x";
    String folded = TextNormalization.fold(text);
    assertThat(folded).hasSameSizeAs(text)
        .isEqualTo("п'ять п'ять п'ять п'ять п'ять 1-2 1-2 1-2 1-2 1-2 1-2 1-2 x");
  }

  @Test
  void comparisonKeysOfVariantsAreEqual() {
    assertThat(TextNormalization.comparisonKey("  Виконано\u00A0\u00A0ЧАСТ\u00ADКОВО "))
        .isEqualTo("виконано частково");
    assertThat(TextNormalization.comparisonKey("Зв’язок – п\u02BCять"))
        .isEqualTo(TextNormalization.comparisonKey("зв'язок - п'ять"));
  }

  @Test
  void stripRemovesNoBreakSpacesAtTheEnds() {
    assertThat(TextNormalization.strip("\u00A0\u202F 1.1\u2007\t")).isEqualTo("1.1");
    assertThat(TextNormalization.strip("\u00A0")).isEmpty();
  }

  @Test
  void escapeInvisibleShowsWhatAMessageCouldNotShow() {
    assertThat(TextNormalization.escapeInvisible("1.1\u00A0")).isEqualTo("1.1\\u00A0");
    assertThat(TextNormalization.escapeInvisible("a\nb\tc\rd")).isEqualTo("a\\nb\\tc\\rd");
    assertThat(TextNormalization.escapeInvisible("x\u00ADy\u200Bz\uFEFF\u202E"))
        .isEqualTo("x\\u00ADy\\u200Bz\\uFEFF\\u202E");
    assertThat(TextNormalization.escapeInvisible("lone \uD800 surrogate")).isEqualTo("lone \\uD800 surrogate");
    String visible = "Постійно «п’ять» — 😀 \\u00A0";
    assertThat(TextNormalization.escapeInvisible(visible)).isSameAs(visible);
  }

  @Test
  void everyBasicPlaneCharacterAloneAndBetweenLettersAndMarksComesOutInNfc() {
    for (int c = 0; c <= 0xFFFF; c++) {
      if (c >= 0xD800 && c <= 0xDFFF) {
        continue;
      }
      String ch = String.valueOf((char) c);
      for (String text : new String[] {ch + "\u0301", "и" + ch + "\u0306"}) {
        String cleaned = TextNormalization.clean(text);
        assertThat(java.text.Normalizer.isNormalized(cleaned, java.text.Normalizer.Form.NFC))
            .as("U+%04X", c).isTrue();
      }
    }
  }
}
