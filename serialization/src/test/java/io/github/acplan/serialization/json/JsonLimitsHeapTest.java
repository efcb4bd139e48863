package io.github.acplan.serialization.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile JSON documents read in a JVM with a 256 MB heap end in the documented
 * {@code PlanFormatException}, never in {@code OutOfMemoryError}: reading streams, within the limits.
 */
class JsonLimitsHeapTest {

  @TempDir
  Path dir;

  @Test
  void aSixteenMegabyteArrayIsRefusedUnder256MbOfHeap() throws Exception {
    Path file = dir.resolve("long-array.json");
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write("{\"schemaVersion\":1,\"zzz\":[\"a\"");
      for (int i = 0; i < 4_000_000; i++) {
        out.write(",\"a\"");
      }
      out.write("]}");
    }
    assertThat(Files.size(file)).isGreaterThan(16_000_000L);

    String outcome = readInSmallHeap(file);

    // the unknown array is skipped token by token; the plan it should have been lacks its title
    assertThat(outcome).startsWith("REFUSED $.").doesNotContain("OOM");
  }

  @Test
  void aSixteenMegabyteArrayInAKnownPlaceIsRefusedUnder256MbOfHeap() throws Exception {
    Path file = dir.resolve("long-indicators.json");
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write("{\"schemaVersion\":1,\"title\":\"План\",\"body\":\"ради\",\"period\":{\"firstYear\":2020,"
          + "\"lastYear\":2020},\"sections\":[{\"number\":1,\"title\":\"Розділ\",\"measures\":[{\"number\":\"1.1\","
          + "\"name\":\"Захід\",\"deadline\":{\"kind\":\"permanent\",\"text\":\"Постійно\"},"
          + "\"responsible\":{\"text\":\"Відділ\",\"actors\":[]},\"indicators\":[\"a\"");
      for (int i = 0; i < 4_000_000; i++) {
        out.write(",[\"a\"]");
      }
      out.write("],\"expectedResults\":[]}]}]}");
    }
    assertThat(Files.size(file)).isGreaterThan(16_000_000L);

    String outcome = readInSmallHeap(file);

    assertThat(outcome).startsWith("REFUSED $.sections[0].measures[0].indicators[1]: expected a string");
  }

  @Test
  void aThreeHundredMegabyteFileIsRefusedForItsLengthUnder256MbOfHeap() throws Exception {
    Path file = dir.resolve("huge.json");
    char[] spaces = new char[1 << 20];
    java.util.Arrays.fill(spaces, ' ');
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write("{");
      for (int i = 0; i < 300; i++) {
        out.write(spaces);
      }
      out.write("}");
    }

    String outcome = readInSmallHeap(file);

    assertThat(outcome).startsWith("REFUSED").contains("Document length").contains("exceeds the maximum")
        .doesNotContain("StreamReadConstraints", "Source:", "REDACTED");
  }

  @Test
  void aFortyMegabyteStringAtTheTopLevelIsRefusedUnder256MbOfHeap() throws Exception {
    Path file = dir.resolve("long-string.json");
    char[] letters = new char[1 << 20];
    java.util.Arrays.fill(letters, 'я');
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write("\"");
      for (int i = 0; i < 20; i++) { // 20 M Cyrillic letters: 40 MB of UTF-8
        out.write(letters);
      }
      out.write("\"");
    }
    assertThat(Files.size(file)).isGreaterThan(40_000_000L);

    String outcome = readInSmallHeap(file);

    assertThat(outcome).startsWith("REFUSED").doesNotContain("OOM", "StreamReadConstraints", "Source:",
        "REDACTED");
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
        HeapLimitMain.class.getName(), file.toString());
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();
    return output.strip();
  }
}
