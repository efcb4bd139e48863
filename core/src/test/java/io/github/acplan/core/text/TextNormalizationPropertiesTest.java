package io.github.acplan.core.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.text.Normalizer;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

/** Properties of the cleaning, folding, keys and escapes over any text. */
class TextNormalizationPropertiesTest {

  /** Noise that copied text carries, and the characters the rules are about. */
  private static final List<String> PIECES = List.of("План", "заходів", "п’ять", "пʼять", "п'ять", " ",
      "\u00A0", "\u202F", "\u2007", "\u3000", "\u00AD", "\u200B", "\u200C", "\u200D", "\u2060", "\uFEFF",
      "–", "—", "-", "\u0306", "и", "\n", "\t", "😀", "\uD800", "\u0645", "Ω", "\u2126", "\\");

  private static Gen<String> texts() {
    Gen<String> anyChars = SourceDSL.strings().allPossible().ofLengthBetween(0, 30);
    Gen<String> pieces = SourceDSL.lists().of(Generate.pick(PIECES)).ofSizeBetween(0, 20)
        .map(l -> String.join("", l));
    return anyChars.mix(pieces, 70);
  }

  @Test
  void cleanIsIdempotentAndGivesNfcWithoutNoise() {
    qt().withExamples(3000).forAll(texts()).checkAssert(t -> {
      String once = TextNormalization.cleanToPlainSpaces(t);
      assertThat(TextNormalization.cleanToPlainSpaces(once)).isEqualTo(once);
      assertThat(Normalizer.isNormalized(once, Normalizer.Form.NFC)).isTrue();
      assertThat(once).doesNotContain("\u00A0", "\u202F", "\u2007", "\u00AD", "\u200B", "\u2060", "\uFEFF");
      String kept = TextNormalization.clean(t);
      assertThat(TextNormalization.clean(kept)).isEqualTo(kept);
      assertThat(Normalizer.isNormalized(kept, Normalizer.Form.NFC)).isTrue();
      assertThat(kept).doesNotContain("\u00AD", "\u200B", "\u2060", "\uFEFF");
      // the two differ only in the spaces
      assertThat(TextNormalization.cleanToPlainSpaces(kept)).isEqualTo(once);
    });
  }

  @Test
  void foldKeepsTheLengthAndTheVisibleLetters() {
    qt().withExamples(3000).forAll(texts()).checkAssert(t -> {
      String folded = TextNormalization.fold(t);
      assertThat(folded).hasSameSizeAs(t);
      for (int i = 0; i < t.length(); i++) {
        // The apostrophes that are letters (U+02BC ʼ, U+02B9 ʹ, both modifier letters) fold to "'" on purpose.
        if (Character.isLetterOrDigit(t.charAt(i)) && t.charAt(i) != 'ʼ' && t.charAt(i) != 'ʹ') {
          assertThat(folded.charAt(i)).isEqualTo(t.charAt(i));
        }
      }
    });
  }

  @Test
  void noiseInsertedBetweenWordsDoesNotChangeTheComparisonKey() {
    Gen<String> noise = Generate.pick(List.of("\u00AD", "\u200B", "\u2060", "\uFEFF", "\u200D"));
    Gen<String> space = Generate.pick(List.of(" ", "\u00A0", "\u202F", "\u2007", "  ", "\t"));
    Gen<String> apostrophe = Generate.pick(List.of("'", "’", "ʼ", "‘", "`"));
    qt().withExamples(2000).forAll(noise, space, apostrophe, Generate.range(1, 6)).checkAssert((n, s, a, k) -> {
      String plain = "Протягом п'яти робочих днів";
      String noisy = (n + plain.substring(0, k) + n + plain.substring(k)).replace(" ", s).replace("'", a) + s;
      assertThat(TextNormalization.comparisonKey(noisy)).isEqualTo(TextNormalization.comparisonKey(plain));
    });
  }

  @Test
  void anEscapedTextHasNoInvisibleCharacterAndKeepsTheVisibleOnesInOrder() {
    qt().withExamples(3000).forAll(texts()).checkAssert(t -> {
      String escaped = TextNormalization.escapeInvisible(t);
      escaped.codePoints().forEach(cp -> assertThat(TextNormalization.isInvisible(cp)).as(escaped).isFalse());
      int[] visible = t.codePoints().filter(cp -> !TextNormalization.isInvisible(cp)).toArray();
      int[] shown = escaped.codePoints().toArray();
      int k = 0;
      for (int i = 0; i < shown.length && k < visible.length; i++) {
        if (shown[i] == visible[k]) {
          k++;
        }
      }
      assertThat(k).as("visible characters kept in order in %s", escaped).isEqualTo(visible.length);
      assertThat(TextNormalization.escapeInvisible(escaped)).isEqualTo(escaped);
    });
  }
}
