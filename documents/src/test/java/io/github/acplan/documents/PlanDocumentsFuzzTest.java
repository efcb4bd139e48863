package io.github.acplan.documents;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.acplan.serialization.PlanFormatException;
import io.github.acplan.serialization.text.ReadResult;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Coverage-guided fuzz targets for {@link PlanDocuments#read(java.io.InputStream)}, one per document
 * format so that each grows its own corpus from its own seeds (all go through the same format
 * detection, so a mutated DOCX may well be read as text or HTML). The contract: the bytes either read
 * as a plan, or are refused with a {@link PlanFormatException} that has a location. An
 * {@link IOException} is a finding too, since a byte array can always be read: it would be POI's or
 * PDFBox's own exception escaping. So is anything else ({@code OutOfMemoryError},
 * {@code StackOverflowError}, an unchecked exception from a library).
 *
 * <p>Without {@code JAZZER_FUZZ} each method runs once per file in its folder of
 * {@code PlanDocumentsFuzzTestInputs}; the {@code fuzz} profile fuzzes each for {@code fuzz.seconds}.
 */
class PlanDocumentsFuzzTest {

  private static final PlanDocuments DOCUMENTS = PlanDocuments.standard();

  @FuzzTest
  void readDocx(byte[] input) {
    readsOrRefuses(input);
  }

  @FuzzTest
  void readXlsx(byte[] input) {
    readsOrRefuses(input);
  }

  @FuzzTest
  void readHtml(byte[] input) {
    readsOrRefuses(input);
  }

  @FuzzTest
  void readPdf(byte[] input) {
    readsOrRefuses(input);
  }

  private static void readsOrRefuses(byte[] input) {
    ReadResult result;
    try {
      result = DOCUMENTS.read(new ByteArrayInputStream(input));
    } catch (PlanFormatException documented) {
      assertThat(documented.location()).isNotBlank();
      assertThat(documented.problem()).isNotBlank();
      return;
    } catch (IOException e) {
      throw new UncheckedIOException("an IOException escaped from reading a byte array", e);
    }
    assertThat(result.plan()).isNotNull();
    assertThat(result.warnings()).doesNotContainNull();
  }
}
