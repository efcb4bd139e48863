package io.github.acplan.benchmarks.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.acplan.benchmarks.diff.PlanGenerator;
import io.github.acplan.core.Measure;
import io.github.acplan.core.Plan;
import io.github.acplan.documents.PlanDocuments;
import io.github.acplan.serialization.text.ReadResult;
import java.io.ByteArrayInputStream;
import org.junit.jupiter.api.Test;

/** The benchmark's printed 1 000-measure PDF reads back as the plan it printed: the benchmark reads a plan. */
class RuledTablePdfTest {

  private static String withoutSpaceAfterSlash(String text) {
    return text.replace("/ ", "/");
  }

  @Test
  void theThousandMeasurePdfReadsBackAsItsPlan() throws Exception {
    assumeTrue(RuledTablePdf.fontInstalled(), "needs " + RuledTablePdf.FONT);
    Plan plan = PlanGenerator.seeded(42).plan(1000);
    byte[] pdf = RuledTablePdf.print(plan);
    ReadResult read = PlanDocuments.standard().read(new ByteArrayInputStream(pdf));
    assertThat(read.plan().measures()).hasSize(1000);
    for (int i = 0; i < plan.measures().size(); i++) {
      Measure expected = plan.measures().get(i);
      Measure actual = read.plan().measures().get(i);
      assertThat(actual.number()).isEqualTo(expected.number());
      // This printer writes no space at the end of a line, so a line ending in a slash ("призначення/", a
      // word of the seed) cannot show whether a space followed it; the reader follows how the document
      // writes a slash inside its lines, and says so in a warning.
      assertThat(withoutSpaceAfterSlash(actual.name())).isEqualTo(withoutSpaceAfterSlash(expected.name()));
      assertThat(actual.deadline().text()).isEqualTo(expected.deadline().text());
      assertThat(withoutSpaceAfterSlash(actual.responsible().text()))
          .isEqualTo(withoutSpaceAfterSlash(expected.responsible().text()));
    }
  }
}
