package io.github.acplan.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.acplan.core.Measure;
import io.github.acplan.core.Plan;
import io.github.acplan.core.Section;
import io.github.acplan.serialization.PlanFormatException;
import io.github.acplan.serialization.json.PlanJson;
import io.github.acplan.serialization.text.PlanTextWriter;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** A plan kept in Excel: title rows, the header, headings merged across the table, measure rows. */
class XlsxReadingTest {

  /** The seed laid out in a sheet as a council would, after a notes sheet. */
  static byte[] seedWorkbook(Plan plan) throws Exception {
    try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      book.createSheet("Примітки").createRow(0).createCell(0).setCellValue("Робочий файл");
      XSSFSheet sheet = book.createSheet("План 2020");
      int r = 0;
      String text = PlanTextWriter.standard().write(plan);
      // The front matter as the text writer gives it, one line per row.
      for (String line : text.substring(0, text.indexOf("№ з/п")).split("\n")) {
        sheet.createRow(r++).createCell(0).setCellValue(line);
      }
      row(sheet, r++, "№ з/п", "Найменування заходу", "Строк виконання", "Відповідальні за виконання",
          "Індикатор виконання", "Очікувані результати");
      for (Section s : plan.sections()) {
        sheet.createRow(r).createCell(0).setCellValue(s.number() + ". " + s.title());
        sheet.addMergedRegion(new CellRangeAddress(r, r, 0, 5));
        r++;
        for (Measure m : s.measures()) {
          row(sheet, r++, m.number().toString(), m.name(), m.deadline().text(), m.responsible().text(),
              String.join("\n", m.indicators().stream().map(i -> i.text()).toList()),
              String.join("\n", m.expectedResults().stream().map(e -> e.text()).toList()));
        }
      }
      r++;
      row(sheet, r, plan.signatory().get().position(), "", "", "", "", plan.signatory().get().name());
      book.write(out);
      return out.toByteArray();
    }
  }

  private static void row(XSSFSheet sheet, int r, String... cells) {
    XSSFRow row = sheet.createRow(r);
    for (int c = 0; c < cells.length; c++) {
      row.createCell(c).setCellValue(cells[c]);
    }
  }

  @Test
  void theSeedKeptInASheetReadsAsTheSeed() throws Exception {
    Plan seed = PlanDocumentsTest.seedFromText();
    byte[] xlsx = seedWorkbook(seed);
    assertThat(PlanDocuments.detect(xlsx)).isEqualTo(DocumentFormat.XLSX);
    Plan read = PlanDocuments.standard().read(new ByteArrayInputStream(xlsx)).plan();
    List<String> differences = new java.util.ArrayList<>();
    for (int i = 0; i < seed.measures().size(); i++) {
      Measure a = seed.measures().get(i);
      Measure b = read.measures().get(i);
      if (!a.name().equals(b.name()) || !a.deadline().equals(b.deadline())
          || !a.responsible().equals(b.responsible())) {
        differences.add(a.number().toString());
      }
    }
    assertThat(differences).isEmpty();
    assertThat(PlanJson.standard().write(read)).isEqualTo(PlanJson.standard().write(seed));
    assertThat(read.measures()).hasSize(41);
    assertThat(read.sections()).extracting(Section::title)
        .containsExactlyElementsOf(seed.sections().stream().map(Section::title).toList());
    assertThat(read.signatory()).isEqualTo(seed.signatory());
    assertThat(read.period()).isEqualTo(seed.period());
  }

  @Test
  void aWorkbookWithoutAPlanSaysWhichSheetsItSaw() throws Exception {
    try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      book.createSheet("Бюджет").createRow(0).createCell(0).setCellValue("Видатки");
      book.write(out);
      assertThatThrownBy(() -> PlanDocuments.standard().read(new ByteArrayInputStream(out.toByteArray())))
          .isInstanceOf(PlanFormatException.class).hasMessageContaining("XLSX, sheet «Бюджет»");
    }
  }
}
