package io.github.acplan.examples.cli;

import static io.github.acplan.examples.cli.CliRun.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code acplan parse --format text} on a programme: the table text cannot hold its register. */
class ProgrammeTextOutputTest {

  @TempDir
  Path dir;

  @Test
  void aRegisterIsNotWrittenAsPlanTextButRefusedWithExitCodeOne() throws IOException {
    Path register = BundledFiles.copy("sonyachnyi-2024-2026-register.txt", dir.resolve("register.txt"));
    CliRun r = run("parse", "--register", register.toString(), "--format", "text");
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).contains("acplan parse: The plan text format has no place for a risk register of ")
        .contains("write it as JSON instead");
  }
}
