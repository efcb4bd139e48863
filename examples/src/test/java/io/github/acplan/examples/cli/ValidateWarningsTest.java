package io.github.acplan.examples.cli;

import static io.github.acplan.examples.cli.CliRun.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code acplan validate} reports what the reader warned of, such as a plan cut short. */
class ValidateWarningsTest {

  @TempDir
  Path dir;

  @Test
  void aStaffListSavedAsUtf16WithItsByteOrderMarkIsReadAsTheUtf8One() throws Exception {
    Path plan = BundledFiles.copy("dovhyntsivskyi-2020-plan.txt", dir.resolve("plan.txt"));
    String staff = "Загальний відділ\nВідділ бухгалтерського обліку та звітності\n";
    Path utf8 = Files.writeString(dir.resolve("staff.txt"), staff);
    CliRun expected = run("validate", "--staff", utf8.toString(), plan.toString());
    // the list is read: with it, actors outside it are reported, which they are not without it
    assertThat(expected.out()).isNotEqualTo(run("validate", plan.toString()).out());
    for (Charset encoding : new Charset[] {StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE}) {
      Path saved = Files.write(dir.resolve(encoding + ".txt"), ("\uFEFF" + staff).getBytes(encoding));
      CliRun r = run("validate", "--staff", saved.toString(), plan.toString());
      assertThat(r.out()).as(encoding.name()).isEqualTo(expected.out());
      assertThat(r.exitCode()).as(encoding.name()).isEqualTo(expected.exitCode());
    }
    Path latin = Files.write(dir.resolve("cp1251.txt"), new byte[] {(byte) 0xC2, (byte) 0xB3, (byte) 0xE4, '\n'});
    CliRun r = run("validate", "--staff", latin.toString(), plan.toString());
    assertThat(r.err()).contains(latin + ": not UTF-8 text; expected one name per line in UTF-8");
  }

  @Test
  void theSeedCutMidTableIsReportedByValidate() throws Exception {
    byte[] seed = BundledFiles.bytes("dovhyntsivskyi-2020-plan.txt");
    Path cut = Files.write(dir.resolve("cut.txt"), Arrays.copyOf(seed, 6_198));
    CliRun r = run("validate", cut.toString());
    assertThat(r.err()).contains("cut.txt: line ").contains("may be cut short");
  }

  @Test
  void theSeedWithoutItsSignatoryIsReportedByValidateAtTheTablesLastRow() throws Exception {
    String seed = new String(BundledFiles.bytes("dovhyntsivskyi-2020-plan.txt"),
        java.nio.charset.StandardCharsets.UTF_8);
    // Everything up to the line end after measure 6.10: a copy that stopped at the table's end.
    String table = seed.substring(0, seed.indexOf('\n', seed.indexOf("\n6.10\t") + 1) + 1);
    long lastRow = table.chars().filter(c -> c == '\n').count();
    Path unsigned = Files.writeString(dir.resolve("unsigned.txt"), table);
    CliRun r = run("validate", unsigned.toString());
    assertThat(r.err()).contains("unsigned.txt: line " + lastRow + ": nothing follows the table")
        .contains("no signatory");
  }
}
