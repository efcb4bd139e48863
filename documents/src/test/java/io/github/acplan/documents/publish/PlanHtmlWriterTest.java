package io.github.acplan.documents.publish;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.acplan.core.Plan;
import io.github.acplan.core.rollover.PlanRollover;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class PlanHtmlWriterTest {

  @Test
  void theSeedPlanPageHasTheAnnexTitleTableAndSignatory() throws Exception {
    String html = PlanHtmlWriter.standard().write(Seed.plan(), Locale.forLanguageTag("uk"));
    Files.createDirectories(Path.of("target"));
    Files.writeString(Path.of("target/dovhyntsivskyi-2020-plan.html"), html);
    Document doc = Jsoup.parse(html);
    assertThat(doc.selectFirst("html").attr("lang")).isEqualTo("uk");
    assertThat(doc.select(".annex p").eachText()).containsExactly("Додаток",
        "до розпорядження голови районної в місті ради", "від 09.01.2020 № 2-р");
    assertThat(doc.selectFirst("h1").textNodes()).extracting(t -> t.getWholeText()).containsExactly(
        "ПЛАН ЗАХОДІВ щодо запобігання та виявлення корупції", "у виконкомі Довгинцівської районної в місті ради",
        "на 2020 рік");
    assertThat(doc.select("h1 br")).hasSize(2);
    assertThat(doc.select("table.plan thead tr").get(0).select("th").eachText()).containsExactly("№ з/п",
        "Найменування заходу", "Строк виконання", "Відповідальні за виконання", "Індикатор виконання",
        "Очікувані результати");
    assertThat(doc.select("table.plan thead tr").get(1).select("th").eachText())
        .containsExactly("1", "2", "3", "4", "5", "6");
    assertThat(doc.select("table.plan tbody tr.section th[scope=rowgroup][colspan=6]")).hasSize(6);
    assertThat(doc.select("table.plan tbody th[scope=row]")).hasSize(41);
    Element m12 = doc.selectFirst("tr#measure-1\\.2");
    assertThat(m12.select("td").get(0).text()).isEqualTo("Розробити та затвердити План заходів на 2021 р.");
    assertThat(m12.select("td").get(1).text()).isEqualTo("1 декада січня 2021 року");
    assertThat(doc.select(".signatory span").eachText())
        .containsExactly("Керуючий справами виконкому", "Олександр Гижко");
    assertThat(doc.select("script, link, img, iframe, [src]")).isEmpty();
    assertThat(doc.select("th")).allMatch(th -> th.hasAttr("scope"));
  }

  @Test
  void aDraftFromRolloverIsMarkedAsSuchWithEmptyPlacesForTheOrder() {
    Plan draft = PlanRollover.toYear(Seed.plan(), 2021).plan();
    Document doc = Jsoup.parse(PlanHtmlWriter.standard().write(draft, Locale.forLanguageTag("uk")));
    assertThat(doc.select(".annex p").eachText()).containsExactly("ПРОЄКТ");
    assertThat(doc.selectFirst("h1").text()).endsWith("на 2021 рік");
  }

  @Test
  void inEnglishTheHeadersAreEnglishAndThePlansTextsStayMarkedUkrainian() {
    Document doc = Jsoup.parse(PlanHtmlWriter.standard().write(Seed.plan(), Locale.ENGLISH));
    assertThat(doc.selectFirst("html").attr("lang")).isEqualTo("en");
    assertThat(doc.select("table.plan thead tr").get(0).select("th").eachText()).containsExactly("No.",
        "Measure", "Deadline", "Responsible", "Indicators", "Expected results");
    assertThat(doc.selectFirst("table.plan tbody").attr("lang")).isEqualTo("uk");
    assertThat(doc.selectFirst(".annex").attr("lang")).isEqualTo("uk");
  }
}
