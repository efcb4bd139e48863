package io.github.acplan.examples.cli;

import static io.github.acplan.examples.cli.CliRun.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rows of issue 16's table that the command line shows without a large heap. */
class HostileInputCommandTest {

  @TempDir
  Path dir;

  @Test
  void invalidUtf8InAPlanTextNamesTheLineAndTheByte() throws IOException {
    Path bad = Files.write(dir.resolve("bad.txt"), new byte[] {'a', '\n', 'b', '\n', (byte) 0xC3, '(', 'c'});

    for (String command : new String[] {"parse", "validate", "schedule"}) {
      CliRun r = run(command, bad.toString());

      assertThat(r.exitCode()).as(command).isEqualTo(2);
      assertThat(r.err()).as(command).hasLineCount(1).contains("bad.txt")
          .contains("line 3, byte 4: the text is not UTF-8");
    }
  }
}
