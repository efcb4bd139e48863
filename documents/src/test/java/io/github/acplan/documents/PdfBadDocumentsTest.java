package io.github.acplan.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.acplan.serialization.PlanFormatException;
import io.github.acplan.test.fixtures.SeedFixtures;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.Random;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.junit.jupiter.api.Test;

/** PDFs that are not a readable plan end in one clear PlanFormatException. */
class PdfBadDocumentsTest {

  private static final byte[] PDF = SeedFixtures.pdf();

  private static byte[] blankPdf(int pages, String userPassword) throws Exception {
    try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      for (int i = 0; i < pages; i++) {
        doc.addPage(new PDPage());
      }
      if (userPassword != null) {
        StandardProtectionPolicy policy =
            new StandardProtectionPolicy("owner", userPassword, new AccessPermission());
        policy.setEncryptionKeyLength(128);
        doc.protect(policy);
      }
      doc.save(out);
      return out.toByteArray();
    }
  }

  private static PlanDocuments reader() {
    return PlanDocuments.standard();
  }

  @Test
  void aPasswordProtectedPdfSaysSo() throws Exception {
    byte[] pdf = blankPdf(1, "secret");
    assertThatThrownBy(() -> reader().read(new ByteArrayInputStream(pdf)))
        .isInstanceOf(PlanFormatException.class).hasMessage("PDF: the PDF is password-protected");
  }

  @Test
  void aPdfWithoutTextIsAScan() throws Exception {
    byte[] pdf = blankPdf(2, null);
    assertThatThrownBy(() -> reader().read(new ByteArrayInputStream(pdf)))
        .isInstanceOf(PlanFormatException.class)
        .hasMessage("PDF: no text in this PDF: it is a scan; run OCR first");
  }

  /** Text in lines but no cell borders: the table is not seen, and the message says why and what to do. */
  @Test
  void aPdfWithoutRuledCellsSaysItsTableIsReadFromTheirBorders() throws Exception {
    byte[] pdf;
    try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PDPage page = new PDPage();
      doc.addPage(page);
      try (PDPageContentStream text = new PDPageContentStream(doc, page)) {
        text.beginText();
        text.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 10);
        text.newLineAtOffset(50, 700);
        text.showText("1.1   Measure   Deadline   Responsible");
        text.endText();
      }
      doc.save(out);
      pdf = out.toByteArray();
    }
    assertThatThrownBy(() -> reader().read(new ByteArrayInputStream(pdf)))
        .isInstanceOf(PlanFormatException.class)
        .hasMessageStartingWith("PDF: the document has no table")
        .hasMessageContaining("read from its cell borders");
  }

  @Test
  void moreThanTheLimitOfPagesIsRefused() {
    PlanDocuments few = reader().withLimits(DocumentLimits.standard().withMaxPages(5));
    assertThatThrownBy(() -> few.read(new ByteArrayInputStream(PDF)))
        .isInstanceOf(PlanFormatException.class)
        .hasMessageContaining("page 6").hasMessageContaining("more than the limit of 5");
  }

  @Test
  void truncatedAndMutatedPdfsFailOnlyCleanly() {
    qt().withExamples(40).forAll(integers().between(1, PDF.length - 1), longs().all())
        .checkAssert((n, seed) -> {
          Random random = new Random(seed);
          byte[] bytes = random.nextBoolean() ? Arrays.copyOf(PDF, n) : PDF.clone();
          for (int i = 0, k = random.nextInt(6); i < k; i++) {
            bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
          }
          try {
            assertThat(reader().read(new ByteArrayInputStream(bytes)).plan()).isNotNull();
          } catch (PlanFormatException e) {
            assertThat(e.getMessage()).isNotBlank();
          } catch (Exception | StackOverflowError | OutOfMemoryError e) {
            throw new AssertionError("not a PlanFormatException: " + e, e);
          }
        });
  }
}
