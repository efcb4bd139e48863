package io.github.acplan.documents.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;

class ReportDocxWriterTest {

  @Test
  void theSeedsFirstHalfOf2020AsDocxHasTheTitleFiguresTableAndSummary() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ReportDocxWriter.standard().write(Seed.firstHalf2020(), Locale.forLanguageTag("uk"), out);
    Files.createDirectories(Path.of("target"));
    Files.write(Path.of("target/dovhyntsivskyi-2020-H1-report.docx"), out.toByteArray());
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(out.toByteArray()))) {
      List<String> paragraphs = doc.getParagraphs().stream().map(XWPFParagraph::getText).toList();
      assertThat(paragraphs.get(0)).startsWith("Інформація про стан виконання Плану заходів");
      assertThat(paragraphs.get(1)).isEqualTo("за I півріччя 2020 року (станом на 30.06.2020)");
      assertThat(paragraphs).contains("Виконано: 4 (10,0 %)", "Прострочено (1)");
      assertThat(paragraphs).contains("Загалом").anyMatch(p -> p.startsWith("усього 40; виконано 4 (10,0 %)")
          && p.endsWith("; виконано (повністю та частково) 5 (12,5 %)"));
      List<XWPFTableRow> rows = doc.getTables().get(0).getRows();
      assertThat(rows.get(0).isRepeatHeader()).isTrue();
      XWPFTableRow m36 = rows.stream().filter(r -> r.getCell(0).getText().equals("3.6")).findFirst().orElseThrow();
      assertThat(m36.getCell(2).getText()).contains("до 31.03.2020, прострочено");
      XWPFTableRow m42 = rows.stream().filter(r -> r.getCell(0).getText().equals("4.2")).findFirst().orElseThrow();
      assertThat(m42.getCell(5).getText()).isEqualTo("виконано з порушенням строку");
    }
  }
}
