package io.github.acplan.documents.publish;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.acplan.core.Plan;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;

class PlanDocxWriterTest {

  static byte[] docx(Plan plan) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PlanDocxWriter.standard().write(plan, out);
    return out.toByteArray();
  }

  @Test
  void theSeedPlanIsAnA4AnnexWithItsTableAndSignatory() throws IOException {
    byte[] bytes = docx(Seed.plan());
    Files.createDirectories(Path.of("target"));
    Files.write(Path.of("target/dovhyntsivskyi-2020-plan.docx"), bytes);
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
      var sect = doc.getDocument().getBody().getSectPr();
      assertThat(sect.getPgSz().getW()).hasToString("11906");
      assertThat(sect.getPgSz().getH()).hasToString("16838");
      assertThat(sect.getPgMar().getLeft()).hasToString("1701");
      assertThat(sect.getPgMar().getRight()).hasToString("567");
      // Pages numbered from the second on, in the middle of the top margin.
      assertThat(sect.isSetTitlePg()).isTrue();
      var numbered = doc.getHeaderFooterPolicy().getDefaultHeader().getParagraphs().get(0);
      assertThat(numbered.getCTP().getFldSimpleArray(0).getInstr()).isEqualTo("PAGE");
      assertThat(numbered.getAlignment()).hasToString("CENTER");
      assertThat(doc.getHeaderFooterPolicy().getFirstPageHeader().getText()).isEmpty();
      List<String> paragraphs = doc.getParagraphs().stream().map(XWPFParagraph::getText).toList();
      assertThat(paragraphs).startsWith("Додаток", "до розпорядження голови районної в місті ради",
          "від 09.01.2020 № 2-р");
      assertThat(paragraphs).contains("на 2020 рік", "Керуючий справами виконкому\tОлександр Гижко");
      XWPFTable table = doc.getTables().get(0);
      List<XWPFTableRow> rows = table.getRows();
      assertThat(rows.get(0).isRepeatHeader()).isTrue();
      assertThat(rows.get(1).isRepeatHeader()).isTrue();
      assertThat(rows.get(2).isRepeatHeader()).isFalse();
      assertThat(rows.get(1).getTableCells()).extracting(c -> c.getText()).containsExactly("1", "2", "3", "4",
          "5", "6");
      long spanning = rows.stream().filter(r -> r.getTableCells().size() == 1).count();
      assertThat(spanning).isEqualTo(6);
      assertThat(rows).hasSize(2 + 6 + 41);
      assertThat(rows.get(2).getCell(0).getCTTc().getTcPr().getGridSpan().getVal()).hasToString("6");
      assertThat(rows.get(2).getCell(0).getText()).startsWith("1. ");
    }
  }

  @Test
  void aDraftFromRolloverSaysProjectAndLeavesTheOrdersDateAndNumberEmpty() throws IOException {
    Plan draft = io.github.acplan.core.rollover.PlanRollover.toYear(Seed.plan(), 2021).plan();
    byte[] bytes = docx(draft);
    Files.createDirectories(Path.of("target"));
    Files.write(Path.of("target/dovhyntsivskyi-2021-draft.docx"), bytes);
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
      List<String> paragraphs = doc.getParagraphs().stream().map(XWPFParagraph::getText).toList();
      assertThat(doc.getHeaderFooterPolicy().getFirstPageHeader().getText()).isEqualTo("ПРОЄКТ\n");
      assertThat(paragraphs).startsWith("Додаток", "до ____________________", "від ____________ № ________");
      assertThat(paragraphs).contains("на 2021 рік");
    }
  }

  @Test
  void aProgrammeIsApprovedByAStampAndGetsItsRiskRegisterAsASecondAnnex() throws Exception {
    Plan programme = io.github.acplan.serialization.json.PlanJson.standard()
        .read(Seed.resource("programme-2024-2026.json"));
    byte[] bytes = docx(programme);
    Files.createDirectories(Path.of("target"));
    Files.write(Path.of("target/programme-2024-2026.docx"), bytes);
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
      List<String> paragraphs = doc.getParagraphs().stream().map(XWPFParagraph::getText).toList();
      assertThat(paragraphs.get(0)).isEqualTo("ЗАТВЕРДЖЕНО");
      assertThat(paragraphs).contains("Додаток 2", "Реєстр корупційних ризиків");
      assertThat(doc.getTables()).hasSize(2);
      List<XWPFTableRow> register = doc.getTables().get(1).getRows();
      assertThat(register).hasSize(2 + programme.risks().size());
      assertThat(register.get(0).isRepeatHeader()).isTrue();
      assertThat(register.get(2).getCell(2).getText()).isEqualTo(programme.risks().get(0).risk());
    }
  }

  @Test
  void aCharacterAWordDocumentCannotHoldIsRefusedWithTheMeasureNotReplaced() {
    Plan plan = Seed.plan();
    var section = plan.sections().get(0);
    var measure = section.measures().get(1).withName("Розробити\u0007 план");
    Plan bad = plan.withSections(List.of(section.withMeasures(List.of(section.measures().get(0), measure))));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> PlanDocxWriter.standard().write(bad, out))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Measure 1.2: the text \"Розробити? план\" has the character U+0007 at index 9, which a Word "
            + "document cannot hold");
    assertThat(out.size()).isZero();
  }

  @Test
  void lineBreaksInACellAreWordLineBreaks() throws IOException {
    Plan plan = Seed.plan();
    var section = plan.sections().get(0);
    var measure = section.measures().get(0).withName("перший рядок\nдругий рядок");
    Plan changed = plan.withSections(List.of(section.withMeasures(List.of(measure))));
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx(changed)))) {
      var cell = doc.getTables().get(0).getRow(3).getCell(1);
      assertThat(cell.getText()).isEqualTo("перший рядок\nдругий рядок");
      assertThat(cell.getParagraphs()).hasSize(1);
      assertThat(cell.getParagraphs().get(0).getRuns().get(0).getCTR().sizeOfBrArray()).isEqualTo(1);
    }
  }
}
