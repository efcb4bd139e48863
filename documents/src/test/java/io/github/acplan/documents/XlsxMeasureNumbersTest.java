package io.github.acplan.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.acplan.core.Plan;
import io.github.acplan.serialization.InputLocation;
import io.github.acplan.serialization.PlanFormatException;
import io.github.acplan.serialization.json.PlanJson;
import io.github.acplan.serialization.table.GridLocation;
import io.github.acplan.serialization.text.ReadResult;
import io.github.acplan.serialization.text.ReadWarning;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * Measure numbers that a spreadsheet keeps as numbers: "3.10" becomes the number 3.1 when a table is
 * typed, pasted or opened in Excel or LibreOffice Calc. Read as meant, with a warning, on a server in any
 * locale; a real repeat is still refused, at its sheet, row and cell.
 */
class XlsxMeasureNumbersTest {

  private static final String SHEET = "План 2020";

  private static ReadResult read(byte[] xlsx) throws Exception {
    return PlanDocuments.standard().read(new ByteArrayInputStream(xlsx));
  }

  /** The seed's sheet with every measure number that reads as a decimal number stored as one. */
  private static byte[] seedWithNumberCells() throws Exception {
    byte[] text = XlsxReadingTest.seedWorkbook(PlanDocumentsTest.seedFromText());
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(text));
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      XSSFSheet sheet = book.getSheet(SHEET);
      for (Row row : sheet) {
        Cell first = row.getCell(0);
        if (first != null && first.getCellType() == CellType.STRING
            && first.getStringCellValue().matches("\\d+\\.\\d+")) {
          first.setCellValue(Double.parseDouble(first.getStringCellValue()));
        }
      }
      book.write(out);
      return out.toByteArray();
    }
  }

  private static List<String> numberWarnings(ReadResult read) {
    List<String> found = new ArrayList<>();
    for (ReadWarning w : read.warnings()) {
      if (w.message().contains("a spreadsheet keeps")) {
        found.add(w.location() + ": " + w.message().substring(0, w.message().indexOf(',')));
      }
    }
    return found;
  }

  @Test
  void measureNumbersKeptAsNumbersReadAsTheSeedWithAWarningForEachOneCut() throws Exception {
    byte[] xlsx = seedWithNumberCells();
    ReadResult read = read(xlsx);
    Plan seed = PlanDocumentsTest.seedFromText();
    assertThat(PlanJson.standard().write(read.plan())).isEqualTo(PlanJson.standard().write(seed));
    assertThat(numberWarnings(read)).hasSize(2).allSatisfy(w -> assertThat(w).startsWith("sheet «" + SHEET + "»"))
        .anySatisfy(w -> assertThat(w).endsWith("cell 1: the cell holds the number 3.1"))
        .anySatisfy(w -> assertThat(w).endsWith("cell 1: the cell holds the number 6.1"));
    assertThat(read.warnings()).anySatisfy(w -> assertThat(w.message()).contains("read as measure 3.10")
        .contains("format the column as text"));
  }

  @Test
  void aServerInAUkrainianLocaleReadsTheNumbersWithTheirFullStop() throws Exception {
    byte[] xlsx = seedWithNumberCells();
    Locale before = Locale.getDefault();
    try {
      // Ukrainian writes a decimal comma: a formatter in the JVM's locale showed 1.1 as "1,1"
      Locale.setDefault(Locale.forLanguageTag("uk-UA"));
      ReadResult read = read(xlsx);
      assertThat(PlanJson.standard().write(read.plan()))
          .isEqualTo(PlanJson.standard().write(PlanDocumentsTest.seedFromText()));
    } finally {
      Locale.setDefault(before);
    }
  }

  @Test
  void aRealRepeatIsStillRefusedAtItsSheetRowAndCellNamedOnce() throws Exception {
    byte[] xlsx;
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(seedWithNumberCells()));
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      XSSFSheet sheet = book.getSheet(SHEET);
      for (Row row : sheet) {
        Cell first = row.getCell(0);
        if (first != null && first.getCellType() == CellType.NUMERIC && first.getNumericCellValue() == 1.2) {
          first.setCellValue(1.1); // measure 1.2 numbered 1.1 again: a repeat, not a number cut short
        }
      }
      book.write(out);
      xlsx = out.toByteArray();
    }
    assertThatThrownBy(() -> read(xlsx)).isInstanceOfSatisfying(PlanFormatException.class, e -> {
      assertThat(e.getMessage()).contains("1.1 appears more than once");
      assertThat(e.location().split("sheet «", -1)).as(e.location()).hasSize(2);
      assertThat(e.where()).isInstanceOfSatisfying(InputLocation.InPart.class, at -> {
        assertThat(at.part()).isEqualTo("XLSX");
        assertThat(at.at().sheet()).contains(SHEET);
        assertThat(at.at().tableRow()).isPresent();
      });
    });
  }

  @Test
  void theSeedPageOpenedInCalcAndSavedAsXlsxReadsAsTheSeed() throws Exception {
    // made by src/test/fixtures/make-xlsx-renderings.sh
    Plan seed = PlanDocumentsTest.seedFromText();
    ReadResult english = PlanDocumentsTest.read("dovhyntsivskyi-2020-plan.calc-en.xlsx");
    assertThat(PlanJson.standard().write(english.plan())).isEqualTo(PlanJson.standard().write(seed));
    assertThat(numberWarnings(english)).containsExactly(
        "sheet «Sheet1», row 35, cell 1: the cell holds the number 3.1",
        "sheet «Sheet1», row 57, cell 1: the cell holds the number 6.1");
    assertThat(english.warnings()).hasSize(2);
    ReadResult ukrainian = PlanDocumentsTest.read("dovhyntsivskyi-2020-plan.calc-uk.xlsx");
    assertThat(PlanJson.standard().write(ukrainian.plan())).isEqualTo(PlanJson.standard().write(seed));
    assertThat(ukrainian.warnings()).isEmpty();
  }

  @Test
  void anHtmlTablesErrorKeepsItsRowAndCellAsAValue() throws Exception {
    String page = new String(io.github.acplan.test.fixtures.SeedFixtures.html(),
        java.nio.charset.StandardCharsets.UTF_8);
    String repeated = page.replaceFirst(">1\\.2<", ">1.1<");
    assertThat(repeated).isNotEqualTo(page);
    assertThatThrownBy(() -> read(repeated.getBytes(java.nio.charset.StandardCharsets.UTF_8)))
        .isInstanceOfSatisfying(PlanFormatException.class, e -> {
          assertThat(e.getMessage()).contains("1.1 appears more than once");
          assertThat(e.where()).isInstanceOfSatisfying(InputLocation.InPart.class, at -> {
            assertThat(at.part()).startsWith("HTML");
            assertThat(at.at()).isInstanceOf(GridLocation.class);
            assertThat(at.at().tableRow()).isPresent();
            assertThat(e.location()).isEqualTo(at.toString());
          });
        });
  }
}
