package io.github.acplan.serialization.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

/**
 * Any cells written and read back with a plain RFC 4180 parser (Commons CSV's) and {@code restore} are
 * the cells written, and no cell read as a spreadsheet would starts like a formula.
 */
class SpreadsheetCsvPropertiesTest {

  /** The starts that matter, glued in front of arbitrary text now and then. */
  private static final List<String> STARTS = List.of("", "=", "'=", "''", "'", "+", "-", "@", "\t", "\r", "\n",
      " ", " =", "\n=", "\u00A0=", "＝", "＋", "－", "＠", "\u0000", "\"", ",", "'＝", " '", "\r\n", "#");

  private static Gen<String> cells() {
    Gen<String> start = Generate.pick(STARTS);
    Gen<String> rest = SourceDSL.strings().allPossible().ofLengthBetween(0, 12)
        .mix(SourceDSL.strings().basicMultilingualPlaneAlphabet().ofLengthBetween(0, 12), 50);
    return start.zip(rest, (a, b) -> a + b);
  }

  private static Gen<List<String>> records() {
    return SourceDSL.lists().of(cells()).ofSizeBetween(1, 6);
  }

  @Test
  void writtenCellsReadBackExactly() {
    qt().withExamples(3000).forAll(SourceDSL.lists().of(records()).ofSizeBetween(1, 4), Generate.booleans())
        .checkAssert((records, crlf) -> {
          StringBuilder out = new StringBuilder();
          try {
            SpreadsheetCsv csv = crlf ? SpreadsheetCsv.rfc4180(out) : SpreadsheetCsv.withLineFeeds(out);
            for (List<String> r : records) {
              csv.record(r);
            }
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
          assertThat(read(out.toString())).isEqualTo(records);
        });
  }

  @Test
  void noNeutralisedCellStartsLikeAFormulaOnceTrimmed() {
    qt().withExamples(5000).forAll(cells()).checkAssert(cell -> {
      String written = SpreadsheetCsv.neutralise(cell);
      String trimmed = written.replaceFirst("^[\\s\\p{Cc}\\p{Zs}]+", "");
      if (!trimmed.isEmpty()) {
        assertThat(trimmed.charAt(0)).as(written).isNotIn('=', '+', '-', '@', '＝', '＋', '－', '＠');
      }
      assertThat(SpreadsheetCsv.restore(written)).isEqualTo(cell);
    });
  }

  private static List<List<String>> read(String csv) {
    List<List<String>> records = new ArrayList<>();
    try (CSVParser parser = CSVParser.parse(new StringReader(csv), CSVFormat.RFC4180)) {
      for (CSVRecord r : parser) {
        List<String> cells = new ArrayList<>();
        for (String cell : r) {
          cells.add(SpreadsheetCsv.restore(cell));
        }
        records.add(cells);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return records;
  }
}
