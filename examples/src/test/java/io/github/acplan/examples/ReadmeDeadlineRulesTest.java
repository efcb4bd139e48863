package io.github.acplan.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The README's section "Testing your deadline rules" shows {@link DeadlineRulesTest} as it is: the
 * example a reader copies is the one that runs.
 */
class ReadmeDeadlineRulesTest {

  private static final String HEADING = "## Testing your deadline rules";

  @Test
  void theReadmeShowsTheTestThatRuns() throws IOException {
    // Surefire runs in the module's directory; the README is the project's.
    String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
    int section = readme.indexOf(HEADING);
    assertThat(section).as("the README has the section " + HEADING).isNotNegative();
    int start = readme.indexOf("```java\n", section) + "```java\n".length();
    int end = readme.indexOf("```\n", start);
    String shown = readme.substring(start, end);

    String source = Files.readString(
        Path.of("src", "test", "java", "io", "github", "acplan", "examples", "DeadlineRulesTest.java"),
        StandardCharsets.UTF_8);
    // The README leaves out the package line, which a user's test has its own of.
    String runs = source.substring(source.indexOf('\n', source.indexOf("package ")) + 1).stripLeading();
    assertThat(shown).isEqualTo(runs);
  }
}
