package io.github.acplan.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.acplan.serialization.PlanFormatException;
import io.github.acplan.test.fixtures.SeedFixtures;
import java.io.ByteArrayInputStream;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Damaged documents end in the library's exception, never in anything else. */
class PlanDocumentsPropertiesTest {

  private static final byte[] DOCX = SeedFixtures.docx();
  private static final byte[] HTML = SeedFixtures.html();

  private static void readsOrFailsCleanly(byte[] bytes) {
    try {
      assertThat(PlanDocuments.standard().read(new ByteArrayInputStream(bytes)).plan()).isNotNull();
    } catch (PlanFormatException e) {
      assertThat(e.getMessage()).doesNotContain("\n");
    } catch (Exception | StackOverflowError | OutOfMemoryError e) {
      throw new AssertionError("not a PlanFormatException: " + e, e);
    }
  }

  @Test
  void truncatedDocxFailsCleanly() {
    qt().withExamples(60).forAll(integers().between(0, DOCX.length - 1))
        .checkAssert(n -> readsOrFailsCleanly(Arrays.copyOf(DOCX, n)));
  }

  @Test
  void mutatedDocxFailsCleanly() {
    qt().withExamples(60).forAll(longs().all()).checkAssert(seed -> {
      Random random = new Random(seed);
      byte[] bytes = DOCX.clone();
      for (int i = 0, n = 1 + random.nextInt(8); i < n; i++) {
        bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
      }
      readsOrFailsCleanly(bytes);
    });
  }

  @Test
  void truncatedAndMutatedHtmlFailsCleanly() {
    qt().withExamples(60).forAll(integers().between(0, HTML.length - 1), longs().all())
        .checkAssert((n, seed) -> {
          Random random = new Random(seed);
          byte[] bytes = Arrays.copyOf(HTML, n);
          for (int i = 0; i < 4 && bytes.length > 0; i++) {
            bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
          }
          readsOrFailsCleanly(bytes);
        });
  }
}
