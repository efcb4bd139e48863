package io.github.acplan.documents.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@link LetterModel}: the bundled counts read, the symbols, and the odds of a word boundary between two
 * runs of letters, on breaks LibreOffice made in narrow columns and on pairs of words from plans.
 */
class LetterModelTest {

  /** Words broken between two letters: no boundary. */
  @ParameterizedTest
  @CsvSource({"розпорядника, ми", "бухгалтерськог, о", "структурни, х", "Територіальн, ий",
      "промис, ловості", "звільнили, ся", "функціонуванн, я", "спеціал, іст", "працівникі, в"})
  void aWordBrokenBetweenTwoLettersIsOneWord(String head, String tail) {
    assertThat(LetterModel.ukrainian().boundaryOdds(head, tail, true)).isNegative();
  }

  /** Two words: a boundary. */
  @ParameterizedTest
  @CsvSource({"прямих, ліній", "систематично, розглядати", "тендерні, комітети", "фінансуються, з",
      "матеріалів, з", "внутрішніх, аудитів", "підвищення, рівня", "персональних, бесід"})
  void twoWordsAreTwoWords(String head, String tail) {
    assertThat(LetterModel.ukrainian().boundaryOdds(head, tail, true)).isPositive();
  }

  /** Letters fold to lower case; an apostrophe is a letter only between two letters. */
  @Test
  void symbolsFoldCaseAndTellAnApostropheInAWord() {
    assertThat(LetterModel.symbol(' ', 'Ї', ' ')).isEqualTo(LetterModel.symbol(' ', 'ї', ' '))
        .isNotEqualTo(LetterModel.BOUNDARY);
    assertThat(LetterModel.symbol('в', '\'', 'я')).isNotEqualTo(LetterModel.BOUNDARY);
    assertThat(LetterModel.symbol('в', '\'', ' ')).isEqualTo(LetterModel.BOUNDARY);
    assertThat(LetterModel.symbol(' ', '7', ' ')).isEqualTo(LetterModel.BOUNDARY);
    assertThat(LetterModel.symbol(' ', 'q', ' ')).isEqualTo(LetterModel.symbol(' ', 'ы', ' '))
        .isNotEqualTo(LetterModel.BOUNDARY);
  }

  /** Any two texts, letters or not, empty or not, give finite odds and no exception. */
  @Test
  void anyTextsGiveFiniteOdds() {
    qt().withExamples(2_000).forAll(strings().allPossible().ofLengthBetween(0, 30),
        strings().allPossible().ofLengthBetween(0, 30))
        .checkAssert((head, tail) -> {
          assertThat(LetterModel.ukrainian().boundaryOdds(head, tail, true)).isFinite();
          assertThat(LetterModel.ukrainian().boundaryOdds(head, tail, false)).isFinite();
        });
  }
}
