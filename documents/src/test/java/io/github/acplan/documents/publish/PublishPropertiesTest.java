package io.github.acplan.documents.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.acplan.core.ActKind;
import io.github.acplan.core.ExpectedResult;
import io.github.acplan.core.Indicator;
import io.github.acplan.core.Measure;
import io.github.acplan.core.Plan;
import io.github.acplan.core.Section;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * What the writers put in a document reads back, cell by cell, as the plan's own texts: the HTML page
 * through jsoup's parser, the DOCX through POI. (Reading the whole plan back through the document reader
 * is {@code PlanDocxReadBackTest}'s.)
 */
class PublishPropertiesTest {

  private static List<String> indicators(Measure m) {
    return m.indicators().stream().map(Indicator::text).toList();
  }

  private static List<String> results(Measure m) {
    return m.expectedResults().stream().map(ExpectedResult::text).toList();
  }

  @Test
  void thePlanPageHoldsEveryTextOfThePlanEscapedAndUnaltered() {
    qt().withExamples(150).forAll(PublishGenerators.plansAndProgrammes()).checkAssert(plan -> {
      Document doc = Jsoup.parse(PlanHtmlWriter.standard().write(plan, Locale.forLanguageTag("uk")));
      assertThat(doc.select("script")).isEmpty();
      assertThat(doc.selectFirst("h1").textNodes().get(0).getWholeText()).isEqualTo(plan.title());
      List<Element> rows = doc.select("table.plan > tbody > tr");
      int i = 0;
      for (Section s : plan.sections()) {
        assertThat(rows.get(i++).selectFirst("th[scope=rowgroup]").wholeText())
            .isEqualTo(s.number() + ". " + s.title());
        for (Measure m : s.measures()) {
          Element row = rows.get(i++);
          List<Element> td = row.select("> td");
          assertThat(row.selectFirst("th[scope=row]").text()).isEqualTo(m.number().toString());
          assertThat(td.get(0).wholeText()).isEqualTo(m.name());
          assertThat(td.get(1).wholeText()).isEqualTo(m.deadline().text());
          assertThat(td.get(2).wholeText()).isEqualTo(m.responsible().text());
          assertThat(items(td.get(3))).isEqualTo(indicators(m));
          assertThat(items(td.get(4))).isEqualTo(results(m));
        }
      }
      assertThat(rows).hasSize(i);
      assertThat(doc.select("table.register > tbody > tr")).hasSize(plan.risks().size());
      if (plan.approval().isEmpty()) {
        assertThat(doc.select(".annex p").eachText()).containsExactly("ПРОЄКТ");
      }
    });
  }

  /** A cell's items: the list's items, or the one text, or none. */
  private static List<String> items(Element cell) {
    if (cell.selectFirst("ul") != null) {
      return cell.select("li").stream().map(Element::wholeText).toList();
    }
    String t = cell.wholeText();
    return t.isEmpty() ? List.of() : List.of(t);
  }

  @Test
  void theDocxTableHoldsEveryTextOfThePlanWithListsAndRepeatedHeaders() {
    qt().withExamples(60).forAll(PublishGenerators.plansAndProgrammes()).checkAssert(plan -> {
      try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx(plan)))) {
        List<String> paragraphs = doc.getParagraphs().stream().map(XWPFParagraph::getText).toList();
        String annex = plan.approval().isEmpty() ? "Додаток"
            : plan.approval().get().kind() == ActKind.SIGNATURE ? "ЗАТВЕРДЖУЮ"
            : plan.kind().name().equals("PROGRAMME") ? "ЗАТВЕРДЖЕНО" : "Додаток";
        assertThat(paragraphs.get(0)).isEqualTo(annex);
        assertThat(doc.getHeaderFooterPolicy().getFirstPageHeader().getText().strip())
            .isEqualTo(plan.approval().isEmpty() ? "ПРОЄКТ" : "");
        XWPFTable table = doc.getTables().get(0);
        List<XWPFTableRow> rows = table.getRows();
        assertThat(rows.get(0).isRepeatHeader()).isTrue();
        assertThat(rows.get(1).isRepeatHeader()).isTrue();
        int i = 2;
        for (Section s : plan.sections()) {
          XWPFTableRow heading = rows.get(i++);
          assertThat(heading.getTableCells()).hasSize(1);
          assertThat(heading.getCell(0).getText()).isEqualTo(s.number() + ". " + s.title());
          for (Measure m : s.measures()) {
            XWPFTableRow row = rows.get(i++);
            assertThat(row.isRepeatHeader()).isFalse();
            assertThat(row.getCell(0).getText()).isEqualTo(m.number().toString());
            assertThat(row.getCell(1).getText()).isEqualTo(m.name());
            assertThat(row.getCell(2).getText()).isEqualTo(m.deadline().text());
            assertThat(row.getCell(3).getText()).isEqualTo(m.responsible().text());
            assertItems(row.getCell(4), indicators(m));
            assertItems(row.getCell(5), results(m));
          }
        }
        assertThat(rows).hasSize(i);
        plan.signatory().ifPresent(s -> assertThat(paragraphs).contains(s.position() + "\t" + s.name()));
        if (!plan.risks().isEmpty()) {
          assertThat(doc.getTables().get(1).getRows()).hasSize(2 + plan.risks().size());
        } else {
          assertThat(doc.getTables()).hasSize(1);
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  /** One item is a plain paragraph; several are paragraphs of a Word list. */
  private static void assertItems(XWPFTableCell cell, List<String> items) {
    List<XWPFParagraph> ps = cell.getParagraphs();
    if (items.isEmpty()) {
      assertThat(cell.getText()).isEmpty();
      return;
    }
    List<String> texts = new ArrayList<>();
    for (XWPFParagraph p : ps) {
      texts.add(p.getText());
      if (items.size() > 1) {
        assertThat(p.getNumID()).as("a list item of %s", items).isNotNull();
      }
    }
    assertThat(texts).isEqualTo(items);
  }

  private static byte[] docx(Plan plan) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PlanDocxWriter.standard().write(plan, out);
    return out.toByteArray();
  }

  @Test
  void theReportPageOfAnyPlanHasOneBarPerSectionAndAScopedTableWithoutScript() {
    qt().withExamples(60).forAll(PublishGenerators.plansAndProgrammes(), org.quicktheories.generators.SourceDSL
        .integers().between(0, 7)).checkAssert((plan, spanIndex) -> {
          int year = plan.period().firstYear();
          var span = io.github.acplan.core.monitoring.ReportingPeriod.Span.values()[spanIndex
              % io.github.acplan.core.monitoring.ReportingPeriod.Span.values().length];
          var period = io.github.acplan.core.monitoring.ReportingPeriod.of(year, span);
          var status = io.github.acplan.core.monitoring.ExecutionReport.builder().period(period).build();
          var result = io.github.acplan.core.monitoring.ExecutionMonitor
              .of(plan, io.github.acplan.calendar.UkrainianCalendar.standard()).assess(status);
          Document doc = Jsoup.parse(ReportHtmlWriter.standard().write(result, Locale.forLanguageTag("uk")));
          assertThat(doc.select("script, [src], link")).isEmpty();
          assertThat(doc.select("#completion-by-section g.bar-group").eachAttr("data-key"))
              .containsExactlyElementsOf(result.completionBySection().keySet().stream().map(String::valueOf)
                  .toList());
          assertThat(doc.select("th")).allMatch(th -> th.hasAttr("scope"));
          assertThat(doc.select("table.report tbody tr[id^=measure-]")).hasSize(
              (int) result.assessments().stream().filter(a -> a.counted()).count());
        });
  }
}
