package io.github.acplan.documents.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.acplan.core.Measure;
import io.github.acplan.core.Plan;
import io.github.acplan.core.PlanKind;
import io.github.acplan.core.Section;
import io.github.acplan.documents.PlanDocuments;
import io.github.acplan.serialization.PlanFormatException;
import io.github.acplan.serialization.table.CellParagraph;
import io.github.acplan.serialization.table.GridCell;
import io.github.acplan.serialization.table.GridLocation;
import io.github.acplan.serialization.table.GridRow;
import io.github.acplan.serialization.table.TableGrid;
import io.github.acplan.serialization.table.VerticalMerge;
import io.github.acplan.serialization.text.PlanTableReader;
import io.github.acplan.serialization.text.ReadResult;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
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
 * What {@link PlanDocxWriter} writes reads back as the plan it was written from: plans (approved or
 * drafts) through {@link PlanDocuments#read(java.io.InputStream)}, the library's document reader.
 *
 * <p>A programme's DOCX has its risk register as a second annex after the plan's table. The document
 * reader takes every paragraph and table after the first table as text after it, so the register's rows
 * land where the signatory is looked for, and it reads registers from text only. Until it stops at the
 * end of the annex's section, a programme's DOCX is taken apart here with POI into the format-neutral
 * {@link TableGrid} (the paragraphs before the first table, its rows and cells with spans and list items,
 * the paragraphs after it up to the end of its section) and read by {@link PlanTableReader}, the one
 * interpretation the document reader ends in too.
 */
class PlanDocxReadBackTest {

  /** The first table of a DOCX and the paragraphs around it, as a grid. */
  static TableGrid grid(XWPFDocument doc) {
    List<String> before = new ArrayList<>();
    List<String> after = new ArrayList<>();
    List<GridRow> rows = new ArrayList<>();
    int tables = 0;
    for (IBodyElement e : doc.getBodyElements()) {
      if (e instanceof XWPFParagraph p) {
        if (tables == 0) {
          before.add(p.getText());
        } else if (tables == 1) {
          after.add(p.getText());
          if (p.getCTP().isSetPPr() && p.getCTP().getPPr().isSetSectPr()) {
            tables++; // the plan's section ends here; what follows (a register's annex) is another part
          }
        }
      } else if (e instanceof XWPFTable t && ++tables == 1) {
        for (XWPFTableRow row : t.getRows()) {
          List<GridCell> cells = new ArrayList<>();
          GridLocation at = GridLocation.ofTableRow(rows.size() + 1);
          for (XWPFTableCell cell : row.getTableCells()) {
            List<CellParagraph> paragraphs = new ArrayList<>();
            for (XWPFParagraph p : cell.getParagraphs()) {
              if (p.getNumID() != null) {
                paragraphs.add(CellParagraph.listItem("–", p.getText()));
              } else if (!p.getText().isEmpty() || cell.getParagraphs().size() > 1) {
                paragraphs.add(CellParagraph.of(p.getText()));
              }
            }
            var tcPr = cell.getCTTc().getTcPr();
            int span = tcPr != null && tcPr.isSetGridSpan() ? tcPr.getGridSpan().getVal().intValue() : 1;
            cells.add(new GridCell(paragraphs, span, VerticalMerge.NONE, at.withCell(cells.size() + 1)));
          }
          rows.add(GridRow.of(cells, at));
        }
      }
    }
    return new TableGrid(rows, before, after, "DOCX, table 1");
  }

  static ReadResult readBack(Plan plan) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      PlanDocxWriter.write(plan, out);
      if (plan.kind() == PlanKind.PLAN) {
        return PlanDocuments.standard().read(new ByteArrayInputStream(out.toByteArray()));
      }
      try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(out.toByteArray()))) {
        return PlanTableReader.standard().read(grid(doc));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (PlanFormatException e) {
      throw new AssertionError("the DOCX of " + plan.title() + " does not read back: " + e.getMessage(), e);
    }
  }

  @Test
  void theSeedPlanWrittenAsDocxReadsBackEqualToThePlan() {
    Plan plan = Seed.plan();
    ReadResult read = readBack(plan);
    assertThat(read.warnings()).isEmpty();
    assertThat(read.plan().measures()).hasSize(41);
    assertThat(read.plan().approval()).isEqualTo(plan.approval());
    assertThat(read.plan().signatory()).isEqualTo(plan.signatory());
    assertThat(read.plan()).isEqualTo(plan);
  }

  @Test
  void the2021DraftReadsBackAsTheDraftWithoutWarnings() {
    Plan draft = io.github.acplan.core.rollover.PlanRollover.toYear(Seed.plan(), 2021).plan();
    ReadResult read = readBack(draft);
    assertThat(read.plan()).isEqualTo(draft);
    assertThat(read.warnings()).isEmpty();
  }

  @Test
  void generatedPlansReadBackEqualAndProgrammesKeepTheirTable() {
    qt().withExamples(50).withShrinkCycles(20).forAll(PublishGenerators.plansAndProgrammes()).checkAssert(plan -> {
      Plan back = readBack(plan).plan();
      if (plan.kind() == PlanKind.PLAN) {
        assertThat(back).isEqualTo(plan);
        return;
      }
      // A programme's table reads back as a plan of its measures: its kind, its register (the second
      // annex) and its resources column are the programme reader's to take.
      assertThat(back.approval()).isEqualTo(plan.approval());
      assertThat(back.signatory()).isEqualTo(plan.signatory());
      assertThat(back.period()).isEqualTo(plan.period());
      assertThat(back.sections()).hasSameSizeAs(plan.sections());
      for (int s = 0; s < plan.sections().size(); s++) {
        Section expected = plan.sections().get(s);
        Section actual = back.sections().get(s);
        assertThat(actual.title()).isEqualTo(expected.title());
        assertThat(actual.measures()).hasSameSizeAs(expected.measures());
        for (int m = 0; m < expected.measures().size(); m++) {
          Measure e = expected.measures().get(m);
          assertThat(actual.measures().get(m)).isEqualTo(e.withResources(""));
        }
      }
    });
  }
}
