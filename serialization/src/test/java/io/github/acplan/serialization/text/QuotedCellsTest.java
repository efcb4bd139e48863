package io.github.acplan.serialization.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.acplan.serialization.PlanFormatException;
import io.github.acplan.serialization.SeedPlan;
import io.github.acplan.serialization.csv.PlanCsv;
import io.github.acplan.serialization.json.PlanJson;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/**
 * A plan's table copied from a spreadsheet or saved by one as TAB-separated text, its cells in double
 * quotes: read as the seed, whichever cells are quoted.
 */
class QuotedCellsTest {

  /** The seed page opened in LibreOffice Calc and saved as "Text CSV" with TABs, every text cell quoted. */
  private static String calcText() {
    return SeedPlan.resource("dovhyntsivskyi-2020-plan.calc-quoted.tsv");
  }

  private static String seedJson() throws PlanFormatException {
    return PlanJson.standard().write(PlanTextReader.standard().read(SeedPlan.text()).plan());
  }

  private static List<List<String>> records(String text) throws Exception {
    List<List<String>> records = new ArrayList<>();
    try (CSVParser parser = CSVParser.parse(text, CSVFormat.TDF.builder().setIgnoreSurroundingSpaces(false)
        .setIgnoreEmptyLines(false).get())) {
      for (CSVRecord r : parser) {
        records.add(r.toList());
      }
    }
    return records;
  }

  /** The records written back as a spreadsheet would, quoting a cell when {@code quote} says so. */
  private static String written(List<List<String>> records, Random random, String lineEnd) {
    return written(records, random, lineEnd, '\t');
  }

  /** The records written back as a spreadsheet would with the separator given. */
  private static String written(List<List<String>> records, Random random, String lineEnd, char separator) {
    StringBuilder out = new StringBuilder();
    for (List<String> record : records) {
      for (int c = 0; c < record.size(); c++) {
        String cell = record.get(c);
        boolean must = cell.contains("\n") || cell.contains("\t") || cell.contains("\"") || cell.startsWith("\"")
            || cell.indexOf(separator) >= 0;
        if (c > 0) {
          out.append(separator);
        }
        if (must || (random != null && !cell.isEmpty() && random.nextInt(3) == 0)) {
          out.append('"').append(cell.replace("\"", "\"\"")).append('"');
        } else {
          out.append(cell);
        }
      }
      out.append(lineEnd);
    }
    return out.toString();
  }

  @Test
  void calcsQuotedTextReadsAsTheSeed() throws Exception {
    ReadResult read = PlanTextReader.standard().read(calcText());
    assertThat(PlanJson.standard().write(read.plan())).isEqualTo(seedJson());
    assertThat(read.warnings()).isEmpty();
    // as a stream of UTF-8 too
    ReadResult streamed = PlanTextReader.standard()
        .read(new ByteArrayInputStream(calcText().getBytes(StandardCharsets.UTF_8)));
    assertThat(streamed).isEqualTo(read);
  }

  @Test
  void excelsCopyQuotingOnlyTheCellsThatNeedItReadsAsTheSeed() throws Exception {
    // Excel quotes a cell with a line break, a TAB or a quote, and ends its lines with CRLF
    String excel = written(records(calcText()), null, "\r\n");
    assertThat(excel).contains("\t\"").doesNotStartWith("\"");
    ReadResult read = PlanTextReader.standard().read(new StringReader(excel));
    assertThat(PlanJson.standard().write(read.plan())).isEqualTo(seedJson());
  }

  @Test
  void whicheverCellsAreQuotedTheSeedIsRead() throws Exception {
    List<List<String>> records = records(calcText());
    String seed = seedJson();
    qt().withExamples(40).forAll(longs().all()).checkAssert(s -> {
      String text = written(records, new Random(s), s % 2 == 0 ? "\n" : "\r\n");
      try {
        assertThat(PlanJson.standard().write(PlanTextReader.standard().read(text).plan())).isEqualTo(seed);
      } catch (PlanFormatException e) {
        throw new AssertionError(e);
      }
    });
  }

  @Test
  void aQuoteLeftOpenIsRefusedAtItsLine() {
    String text = "\"№ з/п\"\t\"Найменування заходу\"\n1\t\"Захід без кінця\n2\tінший\n";
    assertThatThrownBy(() -> PlanTextReader.standard().read(text)).isInstanceOf(PlanFormatException.class)
        .hasMessageStartingWith("line 2: the text's cells are in double quotes, as a spreadsheet writes them");
  }

  @Test
  void theTextFormsDittoMarksAreNoQuotedCells() {
    assertThat(QuotedCells.looksQuoted("1.1\tЗахід\tПостійно\n1.2\t\"\tЩороку\n1.3\t\"\"\t-\"-\n")).isFalse();
    assertThat(QuotedCells.looksQuoted("1.1\tЗахід «Прозорість»\tПостійно\n")).isFalse();
    assertThat(QuotedCells.looksQuoted("1.1\tЗакону \"Про запобігання корупції\"\tПостійно\n")).isFalse();
    assertThat(QuotedCells.looksQuoted("1.1\t\"Про запобігання корупції\"\tПостійно\n")).isFalse();
    assertThat(QuotedCells.looksQuoted("\"Посада\"\t\t\tІм'я\n")).isFalse();
    assertThat(QuotedCells.looksQuoted("\"1.1\"\t\"Захід\"\n")).isTrue();
    assertThat(QuotedCells.looksQuoted("1.1\t\"Захід\nу два рядки\"\tПостійно\n")).isTrue();
    // one cell per line, as the text form may be written: no TAB, so nothing reads as quoted
    assertThat(QuotedCells.looksQuoted("1.1\n\"Захід\n\nПостійно\"\n")).isFalse();
  }

  @Test
  void theCharacterLimitHoldsForQuotedText() {
    TextLimits small = TextLimits.standard().withMaxChars(1_000);
    assertThatThrownBy(() -> PlanTextReader.standard().withLimits(small).read(new StringReader(calcText())))
        .isInstanceOf(PlanFormatException.class)
        .hasMessageContaining("the text is longer than 1000 characters, the limit of TextLimits.maxChars");
  }

  // ------------------------------------------------------------------ CSV

  @Test
  void calcsCsvWithCommasOrSemicolonsReadsAsTheSeed() throws Exception {
    for (String separator : List.of("comma", "semicolon")) {
      // the seed page opened in Calc and saved as "Text CSV" (documents/src/test/fixtures/make-xlsx-renderings.sh)
      String csv = SeedPlan.resource("dovhyntsivskyi-2020-plan.calc-" + separator + ".csv");
      assertThat(csv).doesNotContain("\t");
      ReadResult read = PlanTextReader.standard().read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));
      assertThat(PlanJson.standard().write(read.plan())).as(separator).isEqualTo(seedJson());
      assertThat(read.warnings()).isEmpty();
    }
  }

  @Test
  void aSpreadsheetsCsvWithCommasOrSemicolonsReadsAsTheSeed() throws Exception {
    List<List<String>> records = records(calcText());
    String seed = seedJson();
    for (char separator : new char[] {',', ';'}) {
      // as Calc and Excel write it: only the cells that need it in quotes
      String csv = written(records, null, "\r\n", separator);
      assertThat(csv).doesNotContain("\t");
      assertThat(QuotedCells.csvSeparator(csv)).isEqualTo(separator);
      ReadResult read = PlanTextReader.standard().read(csv);
      assertThat(PlanJson.standard().write(read.plan())).isEqualTo(seed);
      assertThat(read.warnings()).isEmpty();
      ReadResult streamed = PlanTextReader.standard().read(new ByteArrayInputStream(
          ("\uFEFF" + csv).getBytes(StandardCharsets.UTF_8)));
      assertThat(streamed).isEqualTo(read);
    }
  }

  @Test
  void whicheverCellsOfACsvAreQuotedTheSeedIsRead() throws Exception {
    List<List<String>> records = records(calcText());
    String seed = seedJson();
    qt().withExamples(40).forAll(longs().all()).checkAssert(s -> {
      char separator = (s & 2) == 0 ? ',' : ';';
      String text = written(records, new Random(s), s % 2 == 0 ? "\n" : "\r\n", separator);
      try {
        assertThat(PlanJson.standard().write(PlanTextReader.standard().read(new StringReader(text)).plan()))
            .isEqualTo(seed);
      } catch (IOException | PlanFormatException e) {
        throw new AssertionError(e);
      }
    });
  }

  @Test
  void onlyATextWithoutTabsWhoseRecordsAreAsWideIsACsv() {
    // prose with commas, the text form's one cell per line, a table of three columns: no CSV
    assertThat(QuotedCells.csvSeparator("ПЛАН ЗАХОДІВ\nщодо запобігання, виявлення корупції, на 2020 рік\n"
        + "1.1 Проводити моніторинг, оцінку, перегляд, аналіз\nЩопівроку\n")).isEqualTo('\0');
    assertThat(QuotedCells.csvSeparator("1.1\nЗахід, інший, третій, четвертий\n1.2\nЗахід, а, б, в\n1.3\n"
        + "Захід, а, б, в\n")).isEqualTo('\0');
    assertThat(QuotedCells.csvSeparator("1,2,3\n4,5,6\n7,8,9\n10,11,12\n")).isEqualTo('\0');
    // the text form, whose cells are TAB-separated, even when its cells hold commas
    assertThat(QuotedCells.csvSeparator("1.1\tа,б,в,г\tПостійно\n1.2\tа,б,в,г\tЩороку\n1.3\tа,б,в,г\t-\n"))
        .isEqualTo('\0');
    assertThat(QuotedCells.csvSeparator("№,Захід,Строк,Відповідальні\n1.1,\"А, Б\",Постійно,Відділ\n"
        + "1.2,В,Щороку,Відділ\n")).isEqualTo(',');
    assertThat(QuotedCells.csvSeparator("№;Захід;Строк;Відповідальні\n1,1;А, Б;Постійно;Відділ\n"
        + "1,2;В;Щороку;Відділ\n")).isEqualTo(';');
  }

  @Test
  void acplansOwnCsvIsRefusedWithWhatToReadInstead() throws Exception {
    StringWriter out = new StringWriter();
    PlanCsv.standard().write(PlanTextReader.standard().read(SeedPlan.text()).plan(), out);
    String csv = out.toString();
    assertThatThrownBy(() -> PlanTextReader.standard().read(csv)).isInstanceOf(PlanFormatException.class)
        .hasMessageStartingWith("line 1: this is acplan's CSV of a plan's measures")
        .hasMessageContaining("--format json");
  }
}
