package io.github.acplan.examples.cli;

import static io.github.acplan.examples.cli.CliRun.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.acplan.serialization.json.PlanJson;
import io.github.acplan.serialization.text.PlanTextReader;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code acplan parse} on the seed plan, on its JSON and on bad input. */
class ParseCommandTest {

  @TempDir
  static Path dir;

  private static Path seedText;
  private static String seedJson;

  @BeforeAll
  static void copySeed() throws Exception {
    byte[] bytes = BundledFiles.bytes("dovhyntsivskyi-2020-plan.txt");
    seedText = Files.write(dir.resolve("plan.txt"), bytes);
    seedJson = PlanJson.standard().write(
        PlanTextReader.standard().read(new String(bytes, StandardCharsets.UTF_8)).plan());
  }

  @Test
  void printsTheSeedAsJson() {
    CliRun r = run("parse", seedText.toString());
    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).isEqualTo(seedJson);
    assertThat(r.err()).isEmpty();
  }

  @Test
  void readsJsonSavedWithAByteOrderMark() throws IOException {
    // as Notepad saves it; with a name that says JSON and with one whose content has to
    for (String name : new String[] {"marked.json", "marked.data"}) {
      Path marked = Files.writeString(dir.resolve(name), "\uFEFF" + seedJson);
      CliRun r = run("parse", marked.toString());
      assertThat(r.exitCode()).as(name).isZero();
      assertThat(r.out()).as(name).isEqualTo(seedJson);
    }
  }

  @Test
  void readsJsonSavedAsUtf16WithItsByteOrderMark() throws IOException {
    // what Notepad saves as "Unicode" (little-endian) and "Unicode big endian"; UTF-32 as Jackson reads it
    for (Charset encoding : new Charset[] {StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE,
        Charset.forName("UTF-32LE"), Charset.forName("UTF-32BE")}) {
      for (String name : new String[] {"utf16.json", "utf16.data"}) {
        Path saved = Files.write(dir.resolve(encoding + "-" + name), ("\uFEFF" + seedJson).getBytes(encoding));
        CliRun r = run("parse", saved.toString());
        assertThat(r.err()).as(encoding + " " + name).isEmpty();
        assertThat(r.exitCode()).as(encoding + " " + name).isZero();
        assertThat(r.out()).as(encoding + " " + name).isEqualTo(seedJson);
      }
    }
  }

  @Test
  void refusesJsonThatIsNotTextInItsEncodingWithOneLine() throws IOException {
    // a byte of Windows-1251 in UTF-8 JSON; a high surrogate without its low one in UTF-16LE
    Path latin = Files.write(dir.resolve("cp1251.json"), new byte[] {'{', '"', (byte) 0xEF, '"', '}'});
    CliRun r = run("parse", latin.toString());
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).isEqualTo("acplan parse: " + latin + ": not UTF-8 text; expected a plan in UTF-8, or in "
        + "UTF-16 or UTF-32 after its byte order mark" + System.lineSeparator());
    Path lone = Files.write(dir.resolve("lone.json"),
        new byte[] {(byte) 0xFF, (byte) 0xFE, '{', 0, 0x00, (byte) 0xD8, '}', 0});
    CliRun u = run("parse", lone.toString());
    assertThat(u.exitCode()).isEqualTo(2);
    assertThat(u.err()).hasLineCount(1).contains(lone + ": not UTF-16LE text;");
  }

  @Test
  void readsJsonBackAndPrintsTextOrCsv() throws IOException {
    Path json = Files.writeString(dir.resolve("plan.json"), seedJson);
    CliRun text = run("parse", "--format", "text", json.toString());
    assertThat(text.exitCode()).isZero();
    assertThat(text.out()).contains("1.2\tРозробити та затвердити План заходів на 2021 р.");
    Path written = Files.writeString(dir.resolve("again.txt"), text.out());
    assertThat(run("parse", written.toString()).out()).isEqualTo(seedJson);
    // content sniffing for a name without a known extension
    Path noExtension = Files.writeString(dir.resolve("plan.data"), seedJson);
    CliRun csv = run("parse", "--format=csv", noExtension.toString());
    assertThat(csv.exitCode()).isZero();
    assertThat(csv.out()).startsWith("\uFEFFsection,number,name,deadline,deadline_kind");
    assertThat(run("parse", "--compact", json.toString()).out()).startsWith("{\"schemaVersion\":1,").hasLineCount(1);
  }

  @Test
  void badTextExitsWith2AndOneLine() throws IOException {
    String broken = Files.readString(seedText).replace("3.3\tЗабезпечувати", "2.3\tЗабезпечувати");
    Path bad = Files.writeString(dir.resolve("bad.txt"), broken);
    CliRun r = run("parse", bad.toString());
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).isEqualTo("acplan parse: " + bad + ": line 53: measure 2.3 is in section 3; "
        + "expected a number starting with \"3.\"" + System.lineSeparator());
  }

  @Test
  void badJsonExitsWith2WithItsPath() throws IOException {
    Path bad = Files.writeString(dir.resolve("bad.json"), seedJson.replace("\"number\": \"3.1\"",
        "\"number\": 31"));
    CliRun r = run("parse", bad.toString());
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).hasLineCount(1).contains("$.sections[2].measures[0].number: expected a string");
    CliRun missing = run("parse", dir.resolve("missing.txt").toString());
    assertThat(missing.exitCode()).isEqualTo(2);
    assertThat(missing.err()).hasLineCount(1).contains("cannot read the file (NoSuchFileException");
    Path latin1 = Files.write(dir.resolve("latin1.txt"), new byte[] {(byte) 0xE9, 'x'});
    assertThat(run("parse", latin1.toString()).err()).contains("not UTF-8");
  }

  @Test
  void warningsGoToStandardError() throws IOException {
    String ditto = Files.readString(seedText).replace("3.7\tЗабезпечити виконання планів-графіків "
        + "підвищення кваліфікації посадових осіб з питань запобігання та виявлення корупції\tПротягом року",
        "3.7\tЗабезпечити виконання планів-графіків підвищення кваліфікації посадових осіб з питань "
            + "запобігання та виявлення корупції\t-\"-");
    Path file = Files.writeString(dir.resolve("ditto.txt"), ditto);
    CliRun r = run("parse", file.toString());
    assertThat(r.exitCode()).isZero();
    assertThat(r.err()).startsWith(file + ": line 60: measure 3.7: the ditto mark");
  }

  @Test
  void readsARiskRegisterWithTheRegisterOption() throws IOException {
    Path register = BundledFiles.copy("sonyachnyi-2024-2026-register.txt", dir.resolve("register.txt"));
    CliRun r = run("parse", "--register", register.toString());
    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).contains("\"Управління комунальним майном\"").contains("Prozorro.Продажі");
    assertThat(r.err()).startsWith(register + ": line 17: risk 4: the written level \"Низький\" differs");
  }
}
