package io.github.acplan.serialization.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link CellMarkup#decode(String)} takes a short cut for cells without markup; it must decode them
 * exactly as the general walk over the markup ({@link CellMarkup#paragraphs(String)}) does.
 */
class CellMarkupPropertiesTest {

  /** Letters, spaces of every raw kind, and characters near markup that are not markup. */
  private static final String ALPHABET = "абв ґї'’-.;:()\"\t\u000B\f\u00A0\u2007\u202F\u3000x1№/>";

  @Test
  void aCellWithoutMarkupDecodesAsTheGeneralWalkDecodesIt() {
    qt().withExamples(2_000).forAll(longs().all()).checkAssert(seed -> {
      Random random = new Random(seed);
      StringBuilder raw = new StringBuilder();
      int length = random.nextInt(40);
      for (int i = 0; i < length; i++) {
        raw.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
      }
      String cell = raw.toString();

      CellMarkup.Decoded fast = CellMarkup.decode(cell);
      CellMarkup.Decoded general = CellMarkup.decoded(CellMarkup.paragraphs(cell));

      assertThat(fast.text).as("text of %s", cell).isEqualTo(general.text);
      assertThat(fast.items).as("items of %s", cell).isEqualTo(general.items);
    });
  }

  /** The characters of ditto marks in every case, spaces, and a few others. */
  private static final String DITTO_ALPHABET = "-–—\"”“„«»'/.теж самТЕЖСАМ \t\nхx1";

  @Test
  void theDittoShortCutAgreesWithThePattern() {
    qt().withExamples(5_000).forAll(longs().all()).checkAssert(seed -> {
      Random random = new Random(seed);
      StringBuilder raw = new StringBuilder();
      int length = random.nextInt(14);
      for (int i = 0; i < length; i++) {
        raw.append(DITTO_ALPHABET.charAt(random.nextInt(DITTO_ALPHABET.length())));
      }
      String cell = random.nextInt(4) == 0 ? List.of("-\"-", "те саме", "ТЕ  Ж  САМЕ.", " \"\" ", "—«—")
          .get(random.nextInt(5)) : raw.toString();

      assertThat(CellMarkup.isDitto(cell)).as("%s", cell).isEqualTo(CellMarkup.DITTO.matcher(cell).matches());
    });
  }
}
