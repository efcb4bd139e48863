package io.github.acplan.documents.publish;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.acplan.core.MeasureNumber;
import io.github.acplan.core.monitoring.Completion;
import io.github.acplan.core.monitoring.MonitoringResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class ReportHtmlWriterTest {

  static final Locale UK = Locale.forLanguageTag("uk");

  @Test
  void theSeedsFirstHalfOf2020ShowsTheStatusFilesFigures() throws Exception {
    MonitoringResult result = Seed.firstHalf2020();
    String html = ReportHtmlWriter.standard().write(result, UK);
    Files.createDirectories(Path.of("target"));
    Files.writeString(Path.of("target/dovhyntsivskyi-2020-H1-report.html"), html);
    Document doc = Jsoup.parse(html);

    assertThat(doc.selectFirst("html").attr("lang")).isEqualTo("uk");
    assertThat(doc.selectFirst("h1").text()).startsWith("Інформація про стан виконання Плану заходів")
        .contains("за I півріччя 2020 року (станом на 30.06.2020)");
    assertThat(doc.selectFirst("#figure-done b").text()).isEqualTo("4 (10,0 %)");
    // The NAZK's headline figure beside it: 4 done and 1 partly done of 40.
    assertThat(doc.selectFirst("#figure-done-fully-or-partly b").text()).isEqualTo("5 (12,5 %)");
    assertThat(doc.selectFirst("#figure-overdue b").text()).isEqualTo("1");
    Element m36 = doc.selectFirst("tr#measure-3\\.6");
    assertThat(m36.className()).isEqualTo("overdue");
    assertThat(m36.selectFirst("td.deadline").text()).contains("до 31.03.2020, прострочено");
    assertThat(doc.selectFirst("tr#measure-4\\.2 td.verdict").text()).isEqualTo("виконано з порушенням строку");
    assertThat(doc.select("section.summary h2").eachText()).contains("Прострочено (1)");
    assertThat(doc.select("section.summary p").eachText())
        .anyMatch(p -> p.startsWith("3.6 ") && p.contains("до 31.03.2020"));
  }

  @Test
  void theSectionChartHasOneBarPerSectionWithItsShareDone() {
    MonitoringResult result = Seed.firstHalf2020();
    Document doc = Jsoup.parse(ReportHtmlWriter.standard().write(result, UK));
    List<Element> bars = doc.select("#completion-by-section g.bar-group");
    Map<Integer, Completion> bySection = result.completionBySection();
    assertThat(bars).hasSize(bySection.size());
    int i = 0;
    for (Map.Entry<Integer, Completion> e : bySection.entrySet()) {
      Element bar = bars.get(i++);
      assertThat(bar.attr("data-key")).isEqualTo(e.getKey().toString());
      assertThat(Double.parseDouble(bar.attr("data-value"))).isEqualTo(e.getValue().percentDone());
      assertThat(bar.selectFirst("text.value").text()).startsWith(
          String.format(Locale.ROOT, "%.1f", e.getValue().percentDone()).replace('.', ',') + " %");
    }
    // The half-year has six months, each a column of the due-date chart.
    assertThat(doc.select("#due-by-month g.bar-group").eachAttr("data-key"))
        .containsExactly("2020-01", "2020-02", "2020-03", "2020-04", "2020-05", "2020-06");
  }

  @Test
  void thePageIsSelfContainedWithScopedHeadersAndAPrintStyleSheet() {
    String html = ReportHtmlWriter.standard().write(Seed.firstHalf2020(), UK);
    Document doc = Jsoup.parse(html);
    assertThat(doc.select("script, link, iframe, img, object, embed")).isEmpty();
    assertThat(doc.select("[src]")).isEmpty();
    assertThat(doc.select("th")).allMatch(th -> th.hasAttr("scope"));
    String css = doc.select("style").html();
    assertThat(css).contains("@media print", "size: A4", "display: table-header-group");
    assertThat(css).doesNotContain("@import", "url(");
    assertThat(doc.select("svg")).hasSize(3);
  }

  @Test
  void inEnglishTheLabelsAreEnglish() {
    Document doc = Jsoup.parse(ReportHtmlWriter.standard().write(Seed.firstHalf2020(), Locale.ENGLISH));
    assertThat(doc.selectFirst("html").attr("lang")).isEqualTo("en");
    assertThat(doc.select("thead th").eachText()).contains("Measure", "Deadline", "Status");
    assertThat(doc.selectFirst("#figure-done b").text()).isEqualTo("4 (10.0%)");
    assertThat(doc.selectFirst("#figure-done-fully-or-partly b").text()).isEqualTo("5 (12.5%)");
  }

  @Test
  void textFromThePlanAndTheStatusFileIsEscaped() {
    var plan = Seed.plan();
    var section = plan.sections().get(0);
    var measure = section.measures().get(0).withName("<script>alert(1)</script> & \"лапки\"");
    var changed = plan.withSections(List.of(section.withMeasures(List.of(measure))));
    var status = io.github.acplan.core.monitoring.ExecutionReport.builder()
        .period(io.github.acplan.core.monitoring.ReportingPeriod.parse("2020-H1"))
        .addEntries(io.github.acplan.core.monitoring.MeasureExecution.builder()
            .number(MeasureNumber.parse("1.1"))
            .status(io.github.acplan.core.monitoring.ExecutionStatus.DONE)
            .comment("<img src=x onerror=alert(2)>")
            .addEvidence("javascript:alert(3)", "https://example.org/a?b=1&c=2")
            .build())
        .build();
    MonitoringResult result = io.github.acplan.core.monitoring.ExecutionMonitor
        .of(changed, io.github.acplan.calendar.UkrainianCalendar.standard()).assess(status);
    String html = ReportHtmlWriter.standard().write(result, UK);
    Document doc = Jsoup.parse(html);
    assertThat(doc.select("script, img")).isEmpty();
    assertThat(doc.selectFirst("tr#measure-1\\.1 td").text()).isEqualTo("<script>alert(1)</script> & \"лапки\"");
    assertThat(doc.select("a").eachAttr("href")).containsExactly("https://example.org/a?b=1&c=2");
    assertThat(doc.selectFirst("tr#measure-1\\.1").text()).contains("javascript:alert(3)");
  }
}
