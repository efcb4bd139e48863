package io.github.acplan.serialization.csv;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.acplan.core.Measure;
import io.github.acplan.core.Plan;
import io.github.acplan.serialization.PlanFormatException;
import io.github.acplan.serialization.ProgrammeFixture;
import io.github.acplan.serialization.SeedPlan;
import io.github.acplan.serialization.text.PlanTextReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The CSV export of the seed plan, read back with a strict RFC 4180 reader written for the test. */
class PlanCsvTest {

  private static Plan seed;
  private static byte[] bytes;

  @BeforeAll
  static void export() throws PlanFormatException {
    seed = PlanTextReader.standard().read(SeedPlan.text()).plan();
    bytes = PlanCsv.standard().toBytes(seed);
  }

  /** Parses RFC 4180 records: CRLF between records, quoted fields with doubled quotes. */
  static List<List<String>> parse(String csv) {
    List<List<String>> records = new ArrayList<>();
    List<String> record = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    int i = 0;
    while (i < csv.length()) {
      char c = csv.charAt(i);
      if (c == '"' && field.length() == 0) {
        i++;
        while (true) {
          char q = csv.charAt(i);
          if (q == '"') {
            if (i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
              field.append('"');
              i += 2;
              continue;
            }
            i++;
            break;
          }
          field.append(q);
          i++;
        }
        continue;
      }
      if (c == ',') {
        record.add(field.toString());
        field.setLength(0);
      } else if (c == '\r') {
        assertThat(csv.charAt(i + 1)).isEqualTo('\n');
        record.add(field.toString());
        field.setLength(0);
        records.add(record);
        record = new ArrayList<>();
        i++;
      } else {
        assertThat(c).as("bare line break or quote at %d", i).isNotIn('\n', '"');
        field.append(c);
      }
      i++;
    }
    assertThat(field.length()).isZero();
    assertThat(record).isEmpty();
    return records;
  }

  @Test
  void utf8WithByteOrderMarkAndHeader() {
    assertThat(bytes[0]).isEqualTo((byte) 0xEF);
    assertThat(bytes[1]).isEqualTo((byte) 0xBB);
    assertThat(bytes[2]).isEqualTo((byte) 0xBF);
    String csv = new String(bytes, StandardCharsets.UTF_8);
    assertThat(csv).startsWith("\uFEFFsection,number,name,deadline,deadline_kind,responsible,indicators,"
        + "expected_results\r\n");
  }

  @Test
  void oneRecordPerMeasureWithTheCellsOfThePlan() {
    List<List<String>> records = parse(new String(bytes, StandardCharsets.UTF_8).substring(1));
    assertThat(records).hasSize(1 + 41);
    assertThat(records).allSatisfy(r -> assertThat(r).hasSize(8));
    List<String> m12 = records.get(2);
    assertThat(m12.subList(0, 2)).containsExactly("1", "1.2");
    assertThat(m12.get(3)).isEqualTo("1 декада січня 2021 року");
    assertThat(m12.get(4)).isEqualTo("decade");
    assertThat(m12.get(5)).isEqualTo("Головний спеціаліст з питань запобігання і виявлення корупції");
    Measure m63 = seed.measures().get(33);
    assertThat(m63.number().toString()).isEqualTo("6.3");
    assertThat(records.get(34).get(2)).isEqualTo(m63.name()); // a line break inside a quoted field
    assertThat(records.get(34).get(6)).isEmpty(); // 6.3 has no indicator
  }

  @Test
  void formulaStartsAreNeutralisedAndMultipleValuesAreLines() throws java.io.IOException {
    assertThat(field("=SUM(A1:A9)")).isEqualTo("'=SUM(A1:A9)");
    assertThat(field("+380")).isEqualTo("'+380");
    assertThat(field("- щодо заповнення")).isEqualTo("'- щодо заповнення");
    assertThat(field("@cmd")).isEqualTo("'@cmd");
    assertThat(field("\tx")).isEqualTo("'\tx");
    assertThat(field("\rx")).isEqualTo("\"'\rx\"");
    assertThat(field("a, \"b\"")).isEqualTo("\"a, \"\"b\"\"\"");
    assertThat(field("перший\nдругий")).isEqualTo("\"перший\nдругий\"");
    assertThat(field("Постійно")).isEqualTo("Постійно");
    assertThat(field("")).isEmpty();
  }

  /** One field as the plan's CSV writes it, in the second place of a record. */
  private static String field(String value) throws java.io.IOException {
    StringBuilder out = new StringBuilder();
    SpreadsheetCsv.rfc4180(out).record("x", value);
    return out.substring(2, out.length() - 2);
  }

  @Test
  void aProgrammeGetsItsResourcesYearlyDeadlinesAndRisksInThreeMoreColumns() {
    Plan programme = ProgrammeFixture.programme();
    List<List<String>> records =
        parse(new String(PlanCsv.standard().toBytes(programme), StandardCharsets.UTF_8).substring(1));
    assertThat(records.get(0)).isEqualTo(PlanCsv.PROGRAMME_HEADER);
    assertThat(records).hasSize(1 + programme.measures().size())
        .allSatisfy(r -> assertThat(r).hasSize(11));
    // 1.2: one phrase for the period, its own deadlines in 2025 and 2026, addresses risk 1.
    List<String> m12 = records.get(2);
    assertThat(m12.get(1)).isEqualTo("1.2");
    assertThat(m12.subList(8, 11)).containsExactly("Кошти місцевого бюджету в межах кошторису",
        "2025: до 31 травня 2025 р.\n2026: до 29 травня 2026 р.", "1");
    // A measure that addresses no risk and has no own columns keeps empty fields, not missing ones.
    Plan unlinked = programme.withRisks(List.of());
    assertThat(parse(new String(PlanCsv.standard().toBytes(unlinked), StandardCharsets.UTF_8).substring(1)).get(2)
        .get(10)).isEmpty();
  }
}
