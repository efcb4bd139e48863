package io.github.acplan.documents;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.acplan.core.Measure;
import io.github.acplan.core.Plan;
import io.github.acplan.core.Section;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The seed's PDF, printed by LibreOffice from its DOCX (A4, 12 pages, the header repeated on every page,
 * rows and a section heading split across pages), read through the ruled-table extractor.
 */
class PdfReadingTest {

  private static String cells(Measure m) {
    return String.join(" | ", m.number().toString(), m.name(), m.deadline().text(),
        m.responsible().text(), m.indicators().toString(), m.expectedResults().toString());
  }

  @Test
  void theSeedPdfReadsAsTheSeedTextExceptWordsTheLayoutBrokeInside() throws Exception {
    Plan plan = PlanDocumentsTest.read("dovhyntsivskyi-2020-plan.pdf").plan();
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
    // Measures with a word too long for its narrow column, which LibreOffice broke between two letters
    // ("Територіальн|ий", "звільненні/пр|ипиненні", "фінансування|)"): read with a space inside the
    // word (PdfTables.joinLines); every other cell of the 41 measures is exactly the text's.
    assertThat(differing).containsExactly("2.9", "4.3", "6.1", "6.2", "6.3", "6.4", "6.8");
  }
}
