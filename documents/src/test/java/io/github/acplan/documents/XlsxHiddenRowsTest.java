package io.github.acplan.documents;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.acplan.core.Plan;
import io.github.acplan.serialization.json.PlanJson;
import io.github.acplan.serialization.text.ReadResult;
import io.github.acplan.serialization.text.ReadWarning;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * Rows and columns a sheet hides (by hand, or rows a filter hides) are read as the others: nothing a plan
 * holds is left out unseen. A warning names those that hold text, since Excel neither shows nor prints them.
 */
class XlsxHiddenRowsTest {

  private static byte[] seedWith(java.util.function.Consumer<XSSFSheet> change) throws Exception {
    byte[] seed = XlsxReadingTest.seedWorkbook(PlanDocumentsTest.seedFromText());
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(seed));
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      change.accept(book.getSheet("План 2020"));
      book.write(out);
      return out.toByteArray();
    }
  }

  private static ReadResult read(byte[] xlsx) throws Exception {
    return PlanDocuments.standard().read(new ByteArrayInputStream(xlsx));
  }

  @Test
  void hiddenRowsOfMeasuresAreReadAndNamedInAWarning() throws Exception {
    Plan seed = PlanDocumentsTest.seedFromText();
    ReadResult read = read(seedWith(sheet -> {
      // two measures' rows hidden, as a filter on the deadline column would
      sheet.getRow(14).setZeroHeight(true);
      sheet.getRow(15).setZeroHeight(true);
    }));
    assertThat(PlanJson.standard().write(read.plan())).isEqualTo(PlanJson.standard().write(seed));
    assertThat(read.warnings()).extracting(ReadWarning::message).containsExactly("there is text in the sheet's "
        + "hidden rows 15, 16: it is read as the rest of the sheet, though Excel neither shows nor prints it; "
        + "delete them from the sheet if they are no part of the plan");
  }

  @Test
  void aHiddenColumnIsReadAndNamedAndAnEmptyHiddenRowIsNot() throws Exception {
    Plan seed = PlanDocumentsTest.seedFromText();
    ReadResult read = read(seedWith(sheet -> {
      sheet.setColumnHidden(4, true); // the indicators' column
      sheet.createRow(sheet.getLastRowNum() + 3).setZeroHeight(true); // an empty row, hidden: no text, no warning
    }));
    assertThat(PlanJson.standard().write(read.plan())).isEqualTo(PlanJson.standard().write(seed));
    assertThat(read.warnings()).extracting(ReadWarning::message).singleElement().asString()
        .startsWith("there is text in the sheet's hidden column E: it is read");
  }

  @Test
  void aSheetWithNothingHiddenHasNoSuchWarning() throws Exception {
    ReadResult read = read(seedWith(sheet -> { }));
    assertThat(read.warnings()).isEmpty();
  }
}
