package io.github.acplan.core.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.acplan.core.PlanPeriod;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/**
 * The seed plan's 41 deadline cells parse to exactly the values they parsed to before the grammar grew
 * from the corpus (issue 18): {@code seed-deadlines-exact.tsv} holds each cell and the {@code toString()}
 * of its reading, written by the parser as it was before that change.
 */
class SeedDeadlinesExactTest {

  private final DeadlineParser parser = DeadlineParser.forPeriod(PlanPeriod.ofYear(2020));

  static List<String[]> rows() throws IOException {
    List<String[]> rows = new ArrayList<>();
    try (InputStream in = Objects.requireNonNull(
            SeedDeadlinesExactTest.class.getResourceAsStream("seed-deadlines-exact.tsv"));
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (!line.isEmpty() && !line.startsWith("#")) {
          rows.add(line.split("\t", -1));
        }
      }
    }
    return rows;
  }

  @Test
  void everySeedCellParsesExactlyAsBefore() throws IOException {
    List<String[]> rows = rows();
    assertThat(rows).hasSize(41);
    for (String[] row : rows) {
      assertThat(parser.parse(row[1]).toString()).as("%s: %s", row[0], row[1]).isEqualTo(row[2]);
    }
  }
}
