package io.github.acplan.serialization.text;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.acplan.core.Plan;
import io.github.acplan.serialization.PlanFormatException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * Coverage-guided fuzz target for {@link PlanTextReader#read(Reader)}: any bytes (decoded as UTF-8, as
 * the command line does) either read as a plan, which {@link PlanTextWriter} writes to a text that reads
 * back as the same plan (within the writer's documented contract for the front matter; outside it, its
 * table must still read back), or are refused with a {@link PlanFormatException} that has a location. Anything
 * else escaping ({@code NullPointerException}, {@code IllegalArgumentException} from the model, index
 * errors, {@code StackOverflowError}, {@code OutOfMemoryError}) is a finding.
 *
 * <p>Without {@code JAZZER_FUZZ} this runs once per file in {@code PlanTextReaderFuzzTestInputs}; the
 * {@code fuzz} profile fuzzes it for {@code fuzz.seconds}.
 */
class PlanTextReaderFuzzTest {

  /** What the writer does not promise to write back: see {@link #withinTheWritersContract}. */
  private static final Pattern FRONT_OUTSIDE_CONTRACT = Pattern.compile(
      "\\d{4}|(?iu)додат|затвердж|рішен|розпорядж|наказ|постанов|протокол|\\bвід\\b|\\bна\\b|\\R|[\\p{Cntrl}\\p{Cs}\\x{FFFD}]");

  @FuzzTest
  void read(byte[] input) throws IOException {
    ReadResult result;
    try (Reader in = new InputStreamReader(new ByteArrayInputStream(input), StandardCharsets.UTF_8)) {
      result = PlanTextReader.standard().read(in);
    } catch (PlanFormatException documented) {
      assertThat(documented.location()).isNotBlank();
      assertThat(documented.problem()).isNotBlank();
      return;
    }
    Plan plan = result.plan();
    String written = PlanTextWriter.standard().write(plan);
    Plan again;
    try {
      again = PlanTextReader.standard().read(written).plan();
    } catch (PlanFormatException e) {
      if (withinTheWritersContract(plan)) {
        throw new AssertionError("The written form of a plan that was read is refused: " + e.getMessage(), e);
      }
      return;
    }
    if (withinTheWritersContract(plan)) {
      assertThat(again).isEqualTo(plan);
    } else {
      assertThat(again.sections()).isEqualTo(plan.sections());
    }
  }

  /**
   * Whether the plan's front matter is what {@link PlanTextWriter} promises to write back unchanged:
   * one-line title, body, authority and signatory texts that do not themselves look like a period or
   * an approval (no year, none of the words that start an approval block). Garbage the reader kept as
   * a title ("Додаток до розпорядження … від 09.01.2020 … на 2020 рік …") is outside that promise; for
   * such a plan only the table must read back.
   */
  private static boolean withinTheWritersContract(Plan plan) {
    StringBuilder front = new StringBuilder(plan.title()).append(" | ").append(plan.body());
    plan.approval().ifPresent(a -> front.append(" | ").append(a.authority()));
    plan.signatory().ifPresent(s -> front.append(" | ").append(s.position()).append(" | ").append(s.name()));
    return !FRONT_OUTSIDE_CONTRACT.matcher(front).find();
  }
}
