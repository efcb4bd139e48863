package io.github.acplan.examples.cli;

import static io.github.acplan.examples.cli.CliRun.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.acplan.test.fixtures.SeedFixtures;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every command that takes a plan takes the seed as DOCX and HTML, whatever the file is called. */
class DocumentInputTest {

  @TempDir
  static Path dir;

  private static Path text;
  private static Path docx;
  private static Path html;
  private static Path pdf;

  @BeforeAll
  static void copySeed() throws Exception {
    text = BundledFiles.copy("dovhyntsivskyi-2020-plan.txt", dir.resolve("plan.txt"));
    // The seed's documents from acplan-test, under names that say nothing: the content decides.
    docx = Files.write(dir.resolve("plan-from-word.bin"), SeedFixtures.docx());
    html = Files.write(dir.resolve("plan-from-website"), SeedFixtures.html());
    pdf = Files.write(dir.resolve("scan-or-print"), SeedFixtures.pdf());
  }

  @Test
  void parsePrintsTheSameJsonForTheDocxTheHtmlAndTheText() {
    String fromText = run("parse", text.toString()).out();
    CliRun fromDocx = run("parse", docx.toString());
    CliRun fromHtml = run("parse", html.toString());
    assertThat(fromDocx.exitCode()).isZero();
    assertThat(fromDocx.out()).isEqualTo(fromText);
    assertThat(fromHtml.exitCode()).isZero();
    assertThat(fromHtml.out()).isEqualTo(fromText);
  }

  @Test
  void parsePrintsTheSameJsonForThePrintedPdfAsForTheText() {
    CliRun fromPdf = run("parse", pdf.toString());
    assertThat(fromPdf.exitCode()).isZero();
    assertThat(fromPdf.out()).isEqualTo(run("parse", text.toString()).out());
    // Every line the page left undecided ("бухгалтерськог" + "о") is decided by a wide margin: no warning.
    assertThat(fromPdf.err()).isEmpty();
  }

  /**
   * PDFBox logs what it skips in a damaged PDF, with stack traces, to standard error through the Log4j
   * API; the command's own one line must be all a user sees. Run in a new JVM, where the CLI's logging
   * set-up (log4j2.simplelog.properties) is what decides.
   */
  @Test
  void aDamagedPdfIsOneLineOnStandardErrorOfTheProcess() throws Exception {
    byte[] bytes = Files.readAllBytes(pdf);
    Random random = new Random(3);
    for (int i = 0; i < 200; i++) {
      bytes[bytes.length / 2 + random.nextInt(bytes.length / 2)] = (byte) random.nextInt(256);
    }
    Path damaged = Files.write(dir.resolve("damaged.pdf"), bytes);
    Process process = new ProcessBuilder(ForkedAcplan.command(List.of(), "parse", damaged.toString()))
        .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor()).as(err).isEqualTo(2);
    assertThat(err).hasLineCount(1).startsWith("acplan parse: " + damaged + ": ");
  }

  @Test
  void validateAndScheduleTakeADocx() {
    assertThat(run("validate", docx.toString()).out())
        .isEqualTo(run("validate", text.toString()).out());
    CliRun schedule = run("schedule", docx.toString());
    assertThat(schedule.exitCode()).isZero();
    assertThat(schedule.out()).contains("2020-06-30").isEqualTo(run("schedule", text.toString()).out());
  }

  @Test
  void aBrokenDocumentIsOneLineAndExitCode2() throws Exception {
    byte[] bytes = Files.readAllBytes(docx);
    Path cut = Files.write(dir.resolve("cut.docx"), Arrays.copyOf(bytes, bytes.length / 3));
    CliRun r = run("parse", cut.toString());
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).hasLineCount(1).contains(cut.toString() + ": ZIP: the ZIP archive is damaged");
  }

  @Test
  void anRtfDocumentIsNotReadAsJsonButRefusedWithHowToConvertIt() throws Exception {
    // it opens with a brace, as JSON does: it was read as JSON ("Unexpected character ('\\' …")
    Path rtf = Files.writeString(dir.resolve("plan.rtf"), "{\\rtf1\\ansi {\\fonttbl {\\f0 Times;}}\\par }");
    CliRun r = run("parse", rtf.toString());
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).hasLineCount(1).contains(rtf + ": byte 0: an RTF document; save it as DOCX first");
  }
}
