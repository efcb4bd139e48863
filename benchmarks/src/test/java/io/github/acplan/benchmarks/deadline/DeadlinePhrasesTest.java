package io.github.acplan.benchmarks.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class DeadlinePhrasesTest {

  /** The corpus copy in this module is the phrase column of core's corpus, in order. */
  @Test
  void theCorpusCopyMatchesCore() throws IOException {
    Path tsv = Path.of("../core/src/test/resources/io/github/acplan/core/deadline/deadline-corpus.tsv");
    List<String> phrases = Files.readAllLines(tsv, StandardCharsets.UTF_8).stream()
        .filter(l -> !l.isEmpty() && !l.startsWith("#") && !l.startsWith("phrase\t"))
        .map(l -> l.split("\t", -1)[0]).collect(Collectors.toList());
    assertThat(DeadlinePhrases.corpus()).isEqualTo(phrases);
  }

  @Test
  void theSeedHasItsFortyOneCells() {
    assertThat(DeadlinePhrases.seed()).hasSize(41).contains("Щопівроку", "У терміни, встановлені Порядком");
  }
}
