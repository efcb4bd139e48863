package io.github.acplan.documents;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.acplan.core.Plan;
import io.github.acplan.serialization.json.PlanJson;
import io.github.acplan.serialization.text.ReadResult;
import io.github.acplan.serialization.text.ReadWarning;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * A workbook's hidden sheets are not what Excel shows: an archived plan in a hidden sheet, larger than the
 * plan shown, is not read while a sheet is shown, and the warnings say it was left out.
 */
class XlsxHiddenSheetsTest {

  /** The seed's workbook with a copy of its plan sheet, grown by a measure, under another name. */
  private static byte[] withArchive(SheetVisibility archive, SheetVisibility plan) throws Exception {
    byte[] seed = XlsxReadingTest.seedWorkbook(PlanDocumentsTest.seedFromText());
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(seed));
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      XSSFSheet copy = book.cloneSheet(book.getSheetIndex("План 2020"), "Архів");
      int last = copy.getLastRowNum();
      // a measure more, in its own row just above the signatory: a larger table than the one shown
      copy.shiftRows(last - 1, last, 1);
      var row = copy.createRow(last - 1);
      String[] cells = {"6.11", "Архівний захід", "Постійно", "Відділ", "Індикатор", "Результат"};
      for (int c = 0; c < cells.length; c++) {
        row.createCell(c).setCellValue(cells[c]);
      }
      book.setSheetVisibility(book.getSheetIndex("Архів"), archive);
      book.setSheetVisibility(book.getSheetIndex("План 2020"), plan);
      book.setSheetVisibility(book.getSheetIndex("Примітки"), plan);
      if (plan != SheetVisibility.VISIBLE) {
        book.setActiveSheet(book.getSheetIndex("Архів"));
        book.setSelectedTab(book.getSheetIndex("Архів"));
      }
      book.write(out);
      return out.toByteArray();
    }
  }

  private static ReadResult read(byte[] xlsx) throws Exception {
    return PlanDocuments.standard().read(new ByteArrayInputStream(xlsx));
  }

  @Test
  void aHiddenArchiveIsNotReadAndTheWarningSaysSo() throws Exception {
    Plan seed = PlanDocumentsTest.seedFromText();
    for (SheetVisibility hidden : new SheetVisibility[] {SheetVisibility.HIDDEN, SheetVisibility.VERY_HIDDEN}) {
      ReadResult read = read(withArchive(hidden, SheetVisibility.VISIBLE));
      assertThat(PlanJson.standard().write(read.plan())).as(hidden.name()).isEqualTo(PlanJson.standard().write(seed));
      assertThat(read.warnings()).extracting(ReadWarning::message)
          .contains("the workbook's hidden sheet «Архів» is not read; show it in the workbook to read it");
    }
  }

  @Test
  void shownTheArchiveIsTheLargerPlanAndIsRead() throws Exception {
    ReadResult read = read(withArchive(SheetVisibility.VISIBLE, SheetVisibility.VISIBLE));
    assertThat(read.plan().measures()).hasSize(42);
    assertThat(read.warnings()).extracting(ReadWarning::message).noneMatch(m -> m.contains("hidden sheet"));
  }

  @Test
  void whenOnlyTheArchiveIsShownItIsRead() throws Exception {
    ReadResult read = read(withArchive(SheetVisibility.VISIBLE, SheetVisibility.HIDDEN));
    assertThat(read.plan().measures()).hasSize(42);
    assertThat(read.warnings()).extracting(ReadWarning::message)
        .contains("the workbook's hidden sheet «План 2020» is not read; show it in the workbook to read it");
  }
}
