package io.github.acplan.documents;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.acplan.core.Measure;
import io.github.acplan.core.MeasureNumber;
import io.github.acplan.core.Plan;
import io.github.acplan.core.Section;
import io.github.acplan.documents.publish.PlanDocxWriter;
import io.github.acplan.serialization.text.PlanTextReader;
import io.github.acplan.test.fixtures.SeedFixtures;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Large documents read in a JVM with a 256 MB heap either read or end in the documented
 * {@code PlanFormatException}, never in {@code OutOfMemoryError}.
 */
class DocumentHeapTest {

  private static final int MEASURES = 2_000;

  @TempDir
  Path dir;

  /** The seed's 41 measures repeated over 50 sections: 2 050 measures with the seed's texts. */
  static Plan largePlan() throws Exception {
    Plan seed = SeedFixtures.plan();
    List<Section> sections = new ArrayList<>();
    int total = 0;
    for (int s = 1; total < MEASURES; s++) {
      List<Measure> measures = new ArrayList<>();
      for (Measure m : seed.measures()) {
        measures.add(m.withNumber(MeasureNumber.of(s, measures.size() + 1)));
      }
      total += measures.size();
      sections.add(Section.builder().number(s).title("Розділ " + s).addAllMeasures(measures).build());
    }
    return seed.withSections(sections);
  }

  @Test
  void aDocxOfTwoThousandMeasuresReadsUnder256MbOfHeap() throws Exception {
    Path file = dir.resolve("large.docx");
    try (OutputStream out = Files.newOutputStream(file)) {
      PlanDocxWriter.standard().write(largePlan(), out);
    }
    String outcome = readInSmallHeap(file);
    assertThat(outcome).isEqualTo("READ " + largePlan().measures().size() + " measures");
  }

  @Test
  void aPdfOfSixHundredPagesReadsOrIsRefusedUnder256MbOfHeap() throws Exception {
    // The seed's 12 printed pages 50 times over: ~2 000 measure rows in one ruled table of 600 pages.
    // Its sections repeat their numbers, so the table is refused once extracted, as the format error it
    // is: what is measured here is that extracting 600 pages stays within the heap.
    Path file = dir.resolve("large.pdf");
    try (PDDocument seed = Loader.loadPDF(SeedFixtures.pdf());
        PDDocument large = new PDDocument()) {
      for (int copy = 0; copy < 50; copy++) {
        for (PDPage page : seed.getPages()) {
          large.importPage(page);
        }
      }
      large.save(file.toFile());
    }
    String outcome = readInSmallHeap(file);
    assertThat(outcome).doesNotContain("OOM").startsWith("REFUSED ")
        .contains("appears more than once");
  }

  /** Reads the file in a new JVM with -Xmx256m and returns what it printed. */
  private static String readInSmallHeap(Path file) throws IOException, InterruptedException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> path = new ArrayList<>();
    for (String property : List.of("jdk.module.path", "java.class.path")) {
      String value = System.getProperty(property);
      if (value != null && !value.isEmpty()) {
        path.add(value);
      }
    }
    List<String> command = List.of(java, "-Xmx256m", "-cp", String.join(File.pathSeparator, path),
        DocumentHeapMain.class.getName(), file.toString());
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(10, TimeUnit.MINUTES)).isTrue();
    // The last line is the outcome; anything before it is logging.
    String[] lines = output.strip().split("\n");
    return lines[lines.length - 1].strip();
  }
}
