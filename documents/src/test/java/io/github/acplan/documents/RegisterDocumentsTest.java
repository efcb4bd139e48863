package io.github.acplan.documents;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.acplan.core.Plan;
import io.github.acplan.core.PlanKind;
import io.github.acplan.serialization.json.PlanJson;
import io.github.acplan.serialization.text.RiskRegisterTextReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** A risk register kept in Excel reads as it does from its text. */
class RegisterDocumentsTest {

  private static final String TEXT = new String(
      PlanDocumentsTest.resource("sonyachnyi-2024-2026-register.txt"), StandardCharsets.UTF_8);

  /** The register's text laid out in a sheet, a line per row, a cell per TAB, markup dropped. */
  static byte[] workbook() throws Exception {
    try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      XSSFSheet sheet = book.createSheet("Реєстр ризиків");
      String[] lines = TEXT.split("\n", -1);
      for (int r = 0; r < lines.length; r++) {
        XSSFRow row = sheet.createRow(r);
        String[] cells = lines[r].split("\t", -1);
        for (int c = 0; c < cells.length; c++) {
          String value = cells[c].replaceAll("(?i)<br>|</li>|</p>", "\n").replaceAll("<[^>]{1,40}>", "")
              .strip();
          if (!value.isEmpty()) {
            row.createCell(c).setCellValue(value);
          }
        }
      }
      book.write(out);
      return out.toByteArray();
    }
  }

  /** The register's text as a web page: a row per line, a cell per TAB, each cell's markup kept. */
  static byte[] page() {
    StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"uk\"><body>");
    String[] lines = TEXT.split("\n", -1);
    int i = 0;
    while (i < lines.length && lines[i].indexOf('\t') < 0) {
      html.append("<p>").append(lines[i++]).append("</p>");
    }
    html.append("<table>");
    while (i < lines.length && (lines[i].indexOf('\t') >= 0 || lines[i].strip().matches("\\d*"))) {
      html.append("<tr>");
      for (String cell : lines[i++].split("\t", -1)) {
        html.append("<td>").append(cell).append("</td>");
      }
      html.append("</tr>");
    }
    html.append("</table>");
    while (i < lines.length) {
      html.append("<p>").append(lines[i++].replace("\t", "&#9;")).append("</p>");
    }
    return html.append("</body></html>").toString().getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void theRegisterFromAWebPageEqualsTheRegisterFromText() throws Exception {
    Plan fromText = RiskRegisterTextReader.standard().read(TEXT).plan();
    Plan fromHtml = PlanDocuments.standard().readRegister(new ByteArrayInputStream(page())).plan();
    assertThat(fromHtml.kind()).isEqualTo(PlanKind.PROGRAMME);
    assertThat(PlanJson.standard().write(fromHtml)).isEqualTo(PlanJson.standard().write(fromText));
  }

  @Test
  void theRegisterFromXlsxHasTheTextsRisksAndTheirLevels() throws Exception {
    Plan fromText = RiskRegisterTextReader.standard().read(TEXT).plan();
    Plan fromXlsx = PlanDocuments.standard().readRegister(new ByteArrayInputStream(workbook())).plan();
    assertThat(fromXlsx.kind()).isEqualTo(PlanKind.PROGRAMME);
    // A spreadsheet has no lists: what the text writes as list items are lines of one cell here, so
    // only the risks themselves are compared (their sources and measure links follow the lists).
    assertThat(fromXlsx.risks()).extracting(r -> r.id() + " " + r.risk() + " " + fromXlsx.riskLevel(r))
        .containsExactlyElementsOf(fromText.risks().stream()
            .map(r -> r.id() + " " + r.risk() + " " + fromText.riskLevel(r)).toList());
    assertThat(fromXlsx.title()).isEqualTo(fromText.title());
    assertThat(fromXlsx.signatory()).isEqualTo(fromText.signatory());
  }
}
