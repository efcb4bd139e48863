package io.github.acplan.examples.cli;

import static io.github.acplan.examples.cli.CliRun.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
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
  void theSeedCutMidTableIsReportedByValidate() throws Exception {
    byte[] seed;
    try (InputStream in = ValidateWarningsTest.class.getResourceAsStream(
        "/io/github/acplan/examples/dovhyntsivskyi-2020-plan.txt")) {
      seed = in.readAllBytes();
    }
    Path cut = Files.write(dir.resolve("cut.txt"), Arrays.copyOf(seed, 6_198));
    CliRun r = run("validate", cut.toString());
    assertThat(r.err()).contains("cut.txt: line ").contains("may be cut short");
  }

  @Test
  void theSeedWithoutItsSignatoryIsReportedByValidateAtTheTablesLastRow() throws Exception {
    String seed;
    try (InputStream in = ValidateWarningsTest.class.getResourceAsStream(
        "/io/github/acplan/examples/dovhyntsivskyi-2020-plan.txt")) {
      seed = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    }
    // Everything up to the line end after measure 6.10: a copy that stopped at the table's end.
    String table = seed.substring(0, seed.indexOf('\n', seed.indexOf("\n6.10\t") + 1) + 1);
    long lastRow = table.chars().filter(c -> c == '\n').count();
    Path unsigned = Files.writeString(dir.resolve("unsigned.txt"), table);
    CliRun r = run("validate", unsigned.toString());
    assertThat(r.err()).contains("unsigned.txt: line " + lastRow + ": nothing follows the table")
        .contains("no signatory");
  }
}
