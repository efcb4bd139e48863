package io.github.acplan.documents;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.acplan.core.Measure;
import io.github.acplan.core.Plan;
import io.github.acplan.core.Section;
import io.github.acplan.test.fixtures.SeedFixtures;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The seed's PDF in three renderings read through the ruled-table extractor: LibreOffice's print of its
 * DOCX (A4 portrait, 12 pages, the header repeated on every page, rows and a section heading split
 * across pages), the same DOCX on A4 landscape in DejaVu Sans (16 pages), and Chromium's print of its
 * HTML page (11 pages; a row split by a page break has no rule under it). Made by
 * {@code src/test/fixtures/make-pdf-renderings.sh}.
 */
class PdfReadingTest {

  /** The PDF of acplan-test's fixtures, and the two renderings only this module's tests need. */
  static Stream<Arguments> renderings() {
    return Stream.of(
        Arguments.of(Named.of("SeedFixtures.pdf()", SeedFixtures.pdf()), "2.9 4.3 6.1 6.2 6.3 6.4 6.8"),
        Arguments.of(Named.of("landscape-dejavu", PlanDocumentsTest.resource(
            "dovhyntsivskyi-2020-plan.landscape-dejavu.pdf")), "4.3"),
        Arguments.of(Named.of("chromium", PlanDocumentsTest.resource("dovhyntsivskyi-2020-plan.chromium.pdf")),
            "4.3"));
  }

  private static String cells(Measure m) {
    return String.join(" | ", m.number().toString(), m.name(), m.deadline().text(),
        m.responsible().text(), m.indicators().toString(), m.expectedResults().toString());
  }

  /**
   * Every measure, section, the approval and the signatory as in the text; the measures listed
   * differ only by a space inside a word too long for its narrow column, which the layout broke
   * between two letters ("Територіальн|ий", "звільненні/пр|ипиненні"): PdfTables.joinLines reads such a
   * break as a space. Every other cell is exactly the text's.
   */
  @ParameterizedTest
  @MethodSource("renderings")
  void aRenderingReadsAsTheSeedTextExceptWordsTheLayoutBrokeInside(byte[] pdf, String broken)
      throws Exception {
    Plan plan = PlanDocumentsTest.read(pdf).plan();
    Plan expected = PlanDocumentsTest.seedFromText();
    assertThat(plan.title()).isEqualTo(expected.title());
    assertThat(plan.period()).isEqualTo(expected.period());
    assertThat(plan.approval()).isEqualTo(expected.approval());
    assertThat(plan.signatory()).isEqualTo(expected.signatory());
    assertThat(plan.sections()).extracting(Section::title)
        .containsExactlyElementsOf(expected.sections().stream().map(Section::title).toList());
    assertThat(plan.measures()).hasSize(41).extracting(m -> m.number().toString())
        .containsExactlyElementsOf(expected.measures().stream().map(m -> m.number().toString()).toList());
    List<String> differing = new ArrayList<>();
    for (int i = 0; i < 41; i++) {
      String read = cells(plan.measures().get(i));
      String text = cells(expected.measures().get(i));
      // Every letter is there, in order, in the right cell.
      assertThat(read.replace(" ", "")).isEqualTo(text.replace(" ", ""));
      if (!read.equals(text)) {
        differing.add(expected.measures().get(i).number().toString());
      }
    }
    assertThat(differing).containsExactly(broken.split(" "));
  }
}
