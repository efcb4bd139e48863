package io.github.acplan.documents;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.acplan.serialization.json.PlanJson;
import io.github.acplan.serialization.text.ReadResult;
import io.github.acplan.test.fixtures.SeedFixtures;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.util.Matrix;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Pages whose content is drawn turned and turned back by the viewer ({@code /Rotate}), as a landscape
 * page printed onto a portrait one by a printer driver: the text runs at 90°, 180° or 270° on the page,
 * and the table's rules must be read in the text's frame. The seed's PDF (A4 portrait) and its A4
 * landscape rendering, turned each way, read as the seed.
 */
class PdfTurnedPagesTest {

  /**
   * The PDF with each page's content drawn turned by {@code degrees} counterclockwise, on a page of the
   * other orientation for a quarter turn, and {@code /Rotate} set so that a viewer shows it upright; or,
   * with {@code contentToo} false, only {@code /Rotate} set.
   */
  static byte[] turned(byte[] pdf, int degrees, boolean contentToo) throws Exception {
    try (PDDocument doc = Loader.loadPDF(pdf); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      for (PDPage page : doc.getPages()) {
        if (!contentToo) {
          page.setRotation(degrees);
          continue;
        }
        float w = page.getMediaBox().getWidth();
        float h = page.getMediaBox().getHeight();
        Matrix turn = degrees == 90 ? new Matrix(0, 1, -1, 0, h, 0)
            : degrees == 180 ? new Matrix(-1, 0, 0, -1, w, h) : new Matrix(0, -1, 1, 0, 0, w);
        try (PDPageContentStream content = new PDPageContentStream(doc, page,
            PDPageContentStream.AppendMode.PREPEND, false)) {
          content.transform(turn);
        }
        if (degrees != 180) {
          page.setMediaBox(new PDRectangle(h, w));
          page.setCropBox(new PDRectangle(h, w));
        }
        page.setRotation((360 - degrees) % 360);
      }
      doc.save(out);
      return out.toByteArray();
    }
  }

  @ParameterizedTest(name = "{0} turned {1}°, content too: {2}")
  @CsvSource({
      "seed, 90, true", "seed, 180, true", "seed, 270, true", "seed, 90, false",
      "landscape, 90, true", "landscape, 270, true", "landscape, 270, false"})
  void aTurnedPageReadsAsTheSeed(String which, int degrees, boolean contentToo) throws Exception {
    byte[] pdf = which.equals("seed") ? SeedFixtures.pdf()
        : PlanDocumentsTest.resource("dovhyntsivskyi-2020-plan.landscape-dejavu.pdf");
    byte[] turned = turned(pdf, degrees, contentToo);
    ReadResult read = PlanDocuments.standard().read(new ByteArrayInputStream(turned));
    assertThat(PlanJson.standard().write(read.plan()))
        .isEqualTo(PlanJson.standard().write(SeedFixtures.plan()));
    ReadResult upright = PlanDocuments.standard().read(new ByteArrayInputStream(pdf));
    assertThat(read.warnings()).isEqualTo(upright.warnings());
  }
}
