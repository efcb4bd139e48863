package io.github.acplan.serialization.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.acplan.core.Plan;
import io.github.acplan.serialization.PlanFormatException;
import io.github.acplan.serialization.PlanGenerators;
import io.github.acplan.serialization.ReadAttempts;
import io.github.acplan.serialization.SeedPlan;
import io.github.acplan.serialization.json.PlanJson;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Round trips of the text form, and robustness of the reader on damaged text. */
class PlanTextPropertiesTest {

  private static ReadResult read(String text) {
    return ReadAttempts.readBack(PlanTextReader.standard()::read, text);
  }

  @Test
  void seedRoundTrips() throws PlanFormatException {
    Plan seed = PlanTextReader.standard().read(SeedPlan.text()).plan();
    String written = PlanTextWriter.standard().write(seed);
    ReadResult again = read(written);
    assertThat(again.plan()).isEqualTo(seed);
    assertThat(again.warnings()).isEmpty();
    assertThat(PlanTextWriter.standard().write(again.plan())).isEqualTo(written);
  }

  @Test
  void generatedPlansRoundTrip() {
    qt().withExamples(300).forAll(PlanGenerators.plans()).checkAssert(plan -> {
      ReadResult again = read(PlanTextWriter.standard().write(plan));
      // JSON first: its line diff shows where a difference is
      assertThat(PlanJson.standard().write(again.plan())).isEqualTo(PlanJson.standard().write(plan));
      assertThat(again.plan()).isEqualTo(plan);
      assertThat(unexpectedWarnings(again, plan)).isEmpty();
    });
  }

  /** The writer's text rendered one cell per line: each TAB row's cells on lines of their own. */
  static String oneCellPerLine(String written) {
    StringBuilder sb = new StringBuilder();
    for (String line : written.split("\n", -1)) {
      String[] cells = line.split("\t", -1);
      // A section heading fills its first cell only; a measure whose other cells are all empty does too,
      // but keeps its empty lines (its first cell is a measure number).
      boolean heading = cells.length > 1 && java.util.Arrays.stream(cells).skip(1).allMatch(String::isEmpty)
          && !cells[0].matches("\\d+(\\.\\d+)+");
      if (cells.length == 1 || heading) {
        sb.append(cells[0]).append('\n');
      } else {
        for (String cell : cells) {
          sb.append(cell).append('\n');
        }
      }
    }
    return sb.toString();
  }

  @Test
  void generatedPlansReadTheSameWhenWrittenOneCellPerLine() {
    qt().withExamples(200).forAll(PlanGenerators.plans()).checkAssert(plan -> {
      ReadResult again = read(oneCellPerLine(PlanTextWriter.standard().write(plan)));
      assertThat(PlanJson.standard().write(again.plan())).isEqualTo(PlanJson.standard().write(plan));
      assertThat(unexpectedWarnings(again, plan)).isEmpty();
    });
  }

  @Test
  void generatedPlansReadTheSameWithBarSeparatedCells() {
    qt().withExamples(200).forAll(PlanGenerators.plans()).checkAssert(plan -> {
      ReadResult again = read(PlanTextWriter.standard().write(plan).replace("\t", " | "));
      assertThat(again.plan()).isEqualTo(plan);
      assertThat(unexpectedWarnings(again, plan)).isEmpty();
    });
  }

  @Test
  void mutatedOneCellPerLineSeedNeverEscapesWithAnythingElse() throws PlanFormatException {
    String vertical = oneCellPerLine(PlanTextWriter.standard().write(PlanTextReader.standard().read(SeedPlan.text()).plan()));
    assertThat(read(vertical).plan().measures()).hasSize(41);
    qt().withExamples(300).forAll(mutatedSeeds(vertical)).checkAssert(
        PlanTextPropertiesTest::readsOrFailsCleanly);
  }

  @Test
  void cellMarkupEncodingReadsBack() {
    qt().withExamples(2000).forAll(PlanGenerators.cellTexts())
        .checkAssert(s -> assertThat(CellMarkup.text(CellMarkup.encode(s))).isEqualTo(s));
  }

  /** Reading damaged text either gives a plan or the documented exception, nothing else. */
  private static void readsOrFailsCleanly(String text) {
    try {
      PlanTextReader.standard().read(text);
    } catch (PlanFormatException e) {
      assertThat(e.location()).matches("line \\d+");
    }
  }

  @Test
  void truncatedSeedNeverEscapesWithAnythingElse() {
    String seed = SeedPlan.text();
    qt().withExamples(300).forAll(Generate.range(0, seed.length()))
        .checkAssert(n -> readsOrFailsCleanly(seed.substring(0, n)));
  }

  @Test
  void shuffledSeedLinesNeverEscapeWithAnythingElse() {
    List<String> lines = List.of(SeedPlan.text().split("\n", -1));
    qt().withExamples(300).forAll(Generate.longRange(0, Long.MAX_VALUE)).checkAssert(seed -> {
      List<String> shuffled = new ArrayList<>(lines);
      Random random = new Random(seed);
      int swaps = 1 + random.nextInt(6);
      for (int i = 0; i < swaps; i++) {
        Collections.swap(shuffled, random.nextInt(shuffled.size()), random.nextInt(shuffled.size()));
      }
      readsOrFailsCleanly(String.join("\n", shuffled));
    });
  }

  private static final List<String> MUTATIONS = List.of("\t", "\n", "\r", "<", ">", "&", "&#", "&#x;",
      "<i>", "<li>", "</ul>", "-\"-", "|", " | ", "1.", "9.9", "0.1", "99999999999.1", ".", "-", "на 20",
      "№", "\uFEFF", "\u0000", "😀", "«", "(", ")", ":", ",", "1", "", "1. ", "від 31.02.2020 № 1");

  static Gen<String> mutatedSeeds(String text) {
    return mutated(text, MUTATIONS);
  }

  /** The text with one to seven short stretches replaced by pieces of the list. */
  static Gen<String> mutated(String text, List<String> pieces) {
    Gen<String> piece = Generate.pick(pieces);
    return in -> {
      StringBuilder sb = new StringBuilder(text);
      int n = Generate.range(1, 8).generate(in);
      for (int i = 0; i < n; i++) {
        int at = Generate.range(0, sb.length()).generate(in);
        int cut = Math.min(sb.length() - at, Generate.range(0, 3).generate(in));
        sb.replace(at, at + cut, piece.generate(in));
      }
      return sb.toString();
    };
  }

  @Test
  void mutatedSeedNeverEscapesWithAnythingElse() {
    qt().withExamples(500).forAll(mutatedSeeds(SeedPlan.text())).checkAssert(
        PlanTextPropertiesTest::readsOrFailsCleanly);
  }

  /**
   * The warnings of reading a generated plan back, but those its shape asks for: a plan without a
   * signatory, or whose last section has no measure, reads as one that may be cut short.
   */
  static java.util.List<ReadWarning> unexpectedWarnings(ReadResult read, io.github.acplan.core.Plan plan) {
    boolean lastSectionEmpty = !plan.sections().isEmpty()
        && plan.sections().get(plan.sections().size() - 1).measures().isEmpty();
    return read.warnings().stream()
        .filter(w -> !(plan.signatory().isEmpty() && w.message().startsWith("nothing follows the table")))
        .filter(w -> !(lastSectionEmpty && w.message().startsWith("the table ends with the heading")))
        .toList();
  }
}
