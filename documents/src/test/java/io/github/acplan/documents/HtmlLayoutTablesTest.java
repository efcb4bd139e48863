package io.github.acplan.documents;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.acplan.serialization.json.PlanJson;
import io.github.acplan.serialization.text.ReadResult;
import io.github.acplan.test.fixtures.SeedFixtures;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * A council website laid out with a table, as older sites are: the menu in one cell, the page's content in
 * another, the address in a last row. The plan's table inside the content cell is read with the text of
 * its own cell around it.
 */
class HtmlLayoutTablesTest {

  private static final String MENU = "<ul><li><a href=\"/\">Головна</a></li><li><a href=\"/news\">Новини</a></li>"
      + "<li><a href=\"/anticor\">Запобігання корупції</a></li></ul><p>Пошук</p><p>Розклад прийому громадян</p>";
  private static final String FOOTER = "<p>© 2020 Довгинцівська районна у місті рада. Адреса: м. Кривий Ріг, "
      + "вул. Дніпровське шосе, 11</p>";

  private static String seedPage() {
    return new String(SeedFixtures.html(), StandardCharsets.UTF_8);
  }

  private static String body(String page) {
    return page.substring(page.indexOf("<body>") + 6, page.indexOf("</body>"));
  }

  private static String withBody(String page, String body) {
    return page.substring(0, page.indexOf("<body>") + 6) + body + page.substring(page.indexOf("</body>"));
  }

  /** The content in a site's layout table: a heading row, the menu and the content, the address. */
  private static String laidOut(String content) {
    return "<table width=\"100%\" border=\"0\"><tr><td colspan=\"2\"><h1>Довгинцівська районна у місті рада</h1>"
        + "<p>Офіційний вебсайт</p></td></tr><tr><td width=\"200\" valign=\"top\">" + MENU + "</td>"
        + "<td valign=\"top\">" + content + "</td></tr><tr><td colspan=\"2\">" + FOOTER + "</td></tr></table>";
  }

  private static ReadResult read(String page) throws Exception {
    return PlanDocuments.standard().read(new ByteArrayInputStream(page.getBytes(StandardCharsets.UTF_8)));
  }

  private static void assertIsTheSeed(ReadResult read) throws Exception {
    assertThat(PlanJson.standard().write(read.plan())).isEqualTo(PlanJson.standard().write(SeedFixtures.plan()));
    assertThat(read.warnings()).isEmpty();
  }

  @Test
  void thePlanInASitesLayoutTableReadsAsTheSeed() throws Exception {
    String page = seedPage();
    assertIsTheSeed(read(withBody(page, laidOut(body(page)))));
  }

  @Test
  void aLayoutTableInsideALayoutTableToo() throws Exception {
    String page = seedPage();
    String inner = "<table><tr><td>" + "<p>Новини району</p>" + "</td><td>" + body(page) + "</td></tr></table>";
    assertIsTheSeed(read(withBody(page, laidOut(inner))));
  }

  @Test
  void aPlanSplitInTwoTablesInsideTheContentCellIsReadWhole() throws Exception {
    String page = seedPage();
    String content = body(page);
    // split the plan's table before section 4, with the page furniture between the parts
    int section4 = content.lastIndexOf("<tr", content.indexOf("4. Здійснення"));
    assertThat(section4).isGreaterThan(content.indexOf("<table"));
    String split = content.substring(0, section4) + "</table><p>Продовження додатка</p><table>"
        + content.substring(section4);
    assertIsTheSeed(read(withBody(page, laidOut(split))));
  }

  @Test
  void theTablesAreNumberedInThePagesOrder() throws Exception {
    // the layout table is table 1, the plan's table inside it table 2: an error names the plan's table
    String page = seedPage();
    String broken = body(page).replaceFirst(">1\\.2<", ">1.1<");
    try {
      read(withBody(page, laidOut(broken)));
      throw new AssertionError("a repeated measure number is refused");
    } catch (io.github.acplan.serialization.PlanFormatException e) {
      assertThat(e.getMessage()).startsWith("HTML, table 2, ").contains("1.1 appears more than once");
    }
  }
}
