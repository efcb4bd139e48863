package io.github.acplan.serialization.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.acplan.core.Plan;
import io.github.acplan.core.text.TextNormalization;
import io.github.acplan.serialization.PlanFormatException;
import io.github.acplan.serialization.SeedPlan;
import io.github.acplan.serialization.json.PlanJson;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Text copied from DOCX, PDF or a web page carries Unicode noise: no-break spaces as padding and between
 * words, soft hyphens and zero-width characters inside words, apostrophes and dashes of every kind. The
 * seed with such noise reads as the seed, through the text form and through the grid of the documents.
 */
class UnicodeCellsPropertiesTest {

  private static final List<String> SPACES = List.of("\u00A0", "\u202F", "\u2007", "\u2009", "\u3000");
  private static final List<String> INVISIBLE = List.of("\u00AD", "\u200B", "\u2060", "\uFEFF", "\u200C",
      "\u200D");
  private static final List<Character> APOSTROPHES = List.of('\'', '’', 'ʼ', '‘', '`');

  private static final Plan SEED = read(SeedPlan.text());

  private static Plan read(String text) {
    try {
      return PlanTextReader.standard().read(text).plan();
    } catch (PlanFormatException e) {
      throw new AssertionError(e.getMessage(), e);
    }
  }

  private static String pick(List<String> from, Random random) {
    return from.get(random.nextInt(from.size()));
  }

  /**
   * The text with noise: Unicode spaces padding cells and standing for single spaces, invisible
   * characters between letters. Nothing here may change the plan read.
   */
  static String withNoise(String text, Random random, boolean spaces) {
    StringBuilder out = new StringBuilder(text.length() * 2);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      // Inside Cyrillic words only: markup (<br>) and numbers (1.1) are Latin and digits.
      boolean letters = i > 0 && isCyrillic(text.charAt(i - 1)) && isCyrillic(c);
      if (letters && random.nextInt(6) == 0) {
        out.append(pick(INVISIBLE, random));
      }
      if (spaces && (c == '\t' || c == '\n') && random.nextInt(2) == 0) {
        out.append(pick(SPACES, random)); // padding at the end of a cell
      }
      boolean single = c == ' ' && text.charAt(i - 1) != ' ' && i + 1 < text.length() && text.charAt(i + 1) != ' ';
      out.append(spaces && single && random.nextInt(3) == 0 ? pick(SPACES, random) : String.valueOf(c));
      if (spaces && c == '\t' && random.nextInt(2) == 0) {
        out.append(pick(SPACES, random)); // padding at the start of a cell
      }
    }
    return out.toString();
  }

  private static boolean isCyrillic(char c) {
    return Character.UnicodeBlock.of(c) == Character.UnicodeBlock.CYRILLIC;
  }

  @Test
  void theSeedWithNoBreakSpacesSoftHyphensAndZeroWidthCharactersReadsAsTheSeed() {
    qt().withExamples(40).forAll(longs().all()).checkAssert(seed -> {
      String noisy = withNoise(SeedPlan.text(), new Random(seed), true);
      ReadResult read;
      try {
        read = PlanTextReader.standard().read(noisy);
      } catch (PlanFormatException e) {
        throw new AssertionError(e.getMessage(), e);
      }
      assertThat(PlanJson.standard().write(read.plan())).isEqualTo(PlanJson.standard().write(SEED));
      assertThat(read.plan()).isEqualTo(SEED);
    });
  }

  @Test
  void theSeedAsADocumentWithSoftHyphensAndZeroWidthCharactersReadsAsTheSeed() {
    String written = PlanTextWriter.standard().write(SEED);
    qt().withExamples(30).forAll(longs().all()).checkAssert(seed -> {
      Random random = new Random(seed);
      String noisy = withNoise(written, random, false);
      ReadResult read;
      try {
        read = PlanTableReader.standard()
            .read(PlanTableReaderPropertiesTest.DocumentLayout.of(noisy, random));
      } catch (PlanFormatException e) {
        throw new AssertionError(e.getMessage(), e);
      }
      assertThat(read.plan()).isEqualTo(SEED);
    });
  }

  @Test
  void apostropheVariantsReadTheSamePlanUpToTheApostrophesKept() {
    qt().withExamples(40).forAll(longs().all()).checkAssert(seed -> {
      Random random = new Random(seed);
      StringBuilder varied = new StringBuilder(SeedPlan.text());
      for (int i = 0; i < varied.length(); i++) {
        if (TextNormalization.isApostrophe(varied.charAt(i))) {
          varied.setCharAt(i, APOSTROPHES.get(random.nextInt(APOSTROPHES.size())));
        }
      }
      Plan read = read(varied.toString());
      // Every text keeps the apostrophes it was given; deadlines and actors are read alike, so the
      // plans differ only where an apostrophe stands.
      assertThat(TextNormalization.fold(PlanJson.standard().write(read)))
          .isEqualTo(TextNormalization.fold(PlanJson.standard().write(SEED)));
      assertThat(read.measures()).extracting(m -> m.responsible().actors().size())
          .isEqualTo(SEED.measures().stream().map(m -> m.responsible().actors().size()).toList());
    });
  }
}
