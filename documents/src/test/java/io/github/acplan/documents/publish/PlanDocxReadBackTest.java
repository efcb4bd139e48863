package io.github.acplan.documents.publish;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.acplan.core.Plan;
import io.github.acplan.serialization.text.PlanTextReader;
import io.github.acplan.serialization.text.ReadResult;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;

/**
 * The seed plan written as DOCX reads back equal to the plan.
 *
 * <p>Until the documents module reads DOCX itself ({@code PlanDocuments.read}), the document is read here
 * with POI into the table text {@link PlanTextReader} reads: one line per paragraph outside the table,
 * one TAB-separated line per table row, a Word list in a cell as {@code <ul><li>}, a line break as
 * {@code <br>}. That is enough for the seed, whose texts need no escaping.
 */
class PlanDocxReadBackTest {

  static String asTableText(XWPFDocument doc) {
    StringBuilder sb = new StringBuilder();
    for (IBodyElement e : doc.getBodyElements()) {
      if (e instanceof XWPFParagraph p) {
        sb.append(p.getText()).append('\n');
      } else if (e instanceof XWPFTable t) {
        for (XWPFTableRow row : t.getRows()) {
          List<String> cells = new ArrayList<>();
          for (XWPFTableCell cell : row.getTableCells()) {
            cells.add(cell(cell));
          }
          while (cells.size() < 6) {
            cells.add(""); // a section's heading: one cell merged across the six columns
          }
          sb.append(String.join("\t", cells)).append('\n');
        }
      }
    }
    return sb.toString();
  }

  private static String cell(XWPFTableCell cell) {
    List<XWPFParagraph> ps = cell.getParagraphs();
    if (ps.size() > 1 && ps.stream().allMatch(p -> p.getNumID() != null)) {
      StringBuilder sb = new StringBuilder("<ul>");
      for (XWPFParagraph p : ps) {
        sb.append("<li>").append(p.getText().replace("\n", "<br>")).append("</li>");
      }
      return sb.append("</ul>").toString();
    }
    return cell.getText().replace("\n", "<br>");
  }

  @Test
  void theSeedPlanWrittenAsDocxReadsBackEqualToThePlan() throws Exception {
    Plan plan = Seed.plan();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PlanDocxWriter.write(plan, out);
    ReadResult read;
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(out.toByteArray()))) {
      read = PlanTextReader.read(asTableText(doc));
    }
    Plan back = read.plan();
    assertThat(read.warnings()).isEmpty();
    assertThat(back.measures()).hasSize(41);
    assertThat(back.approval()).isEqualTo(plan.approval());
    assertThat(back.signatory()).isEqualTo(plan.signatory());
    assertThat(back).isEqualTo(plan);
  }
}
