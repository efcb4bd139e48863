package io.github.acplan.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.acplan.core.Actor;
import io.github.acplan.core.Responsible;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every "Відповідальні за виконання" cell of the seed plan (Dovhyntsivskyi district executive committee,
 * 2020), as the text reader joins it across page breaks, and a few cells from other plans.
 */
class ResponsibleParserTest {

  private static final String SPECIALIST = "Головний спеціаліст з питань запобігання і виявлення корупції";
  private static final String SPECIALIST_LC = "головний спеціаліст з питань запобігання і виявлення корупції";
  private static final String KU = "КУ «Територіальний центр соціального обслуговування (надання соціальних "
      + "послуг) у Довгинцівському районі»";
  private static final String PROCUREMENT = "сектор з питань закупівель та договірної роботи";

  /** Renders actors as "KIND name [qualifier]" for compact comparisons. */
  private static List<String> actors(String cell) {
    Responsible r = ResponsibleParser.parse(cell);
    assertThat(r.text()).isEqualTo(cell);
    List<String> out = new ArrayList<>();
    for (Actor a : r.actors()) {
      out.add(a.kind() + " " + a.name() + a.qualifier().map(q -> " [" + q + "]").orElse(""));
    }
    return out;
  }

  @Test
  void singlePositions() {
    // 1.1, 1.2 (joined across the page break), 2.3, 4.1, 4.4, 5.1
    assertThat(actors(SPECIALIST)).containsExactly("POSITION " + SPECIALIST);
    assertThat(actors("Відділ з питань кадрової роботи")).containsExactly(
        "UNIT Відділ з питань кадрової роботи"); // 3.5, 3.7
    assertThat(actors("Керівники структурних підрозділів")).containsExactly(
        "GROUP Керівники структурних підрозділів"); // 3.8
    assertThat(actors("Відділ освіти")).containsExactly("UNIT Відділ освіти"); // 3.9
    assertThat(actors("Посадові особи")).containsExactly("GROUP Посадові особи"); // 5.2
    assertThat(actors("Головні розпорядників коштів")).containsExactly(
        "GROUP Головні розпорядників коштів"); // 6.5, the source's own wording
    assertThat(actors("Фінансовий відділ")).containsExactly("UNIT Фінансовий відділ"); // 6.6, 6.7
  }

  @Test
  void measure1_3_parenthesisedConditionIsTheQualifierOfTheActorBeforeIt() {
    assertThat(actors("Відділ з правових питань, " + SPECIALIST_LC
        + ", структурні підрозділи (відповідно до Регламенту)")).containsExactly(
            "UNIT Відділ з правових питань",
            "POSITION " + SPECIALIST_LC,
            "UNIT структурні підрозділи [відповідно до Регламенту]");
  }

  @Test
  void section2() {
    assertThat(actors("Керуючий справами виконкому, організаційний відділ, " + SPECIALIST_LC))
        .containsExactly("POSITION Керуючий справами виконкому", "UNIT організаційний відділ",
            "POSITION " + SPECIALIST_LC); // 2.1
    assertThat(actors("Відділ інформаційних технологій, структурні підрозділи")).containsExactly(
        "UNIT Відділ інформаційних технологій", "UNIT структурні підрозділи"); // 2.2
    // 2.4, joined across the page break with its markup removed
    assertThat(actors("Голова районної в місті ради, керуючий справами виконкому, керівники структурних "
        + "підрозділів (при функціонуванні «Прямих ліній» у відділі), " + SPECIALIST_LC)).containsExactly(
            "POSITION Голова районної в місті ради",
            "POSITION керуючий справами виконкому",
            "GROUP керівники структурних підрозділів [при функціонуванні «Прямих ліній» у відділі]",
            "POSITION " + SPECIALIST_LC);
    assertThat(actors("Структурні підрозділи, відділ інформаційних технологій")).containsExactly(
        "UNIT Структурні підрозділи", "UNIT відділ інформаційних технологій"); // 2.5
    assertThat(actors("Структурні підрозділи, організаційний відділ")).containsExactly(
        "UNIT Структурні підрозділи", "UNIT організаційний відділ"); // 2.6
    assertThat(actors("Голова районної в місті ради, заступник голови, заступники голови районної в місті "
        + "ради з питань діяльності виконавчого органу, керуючий справами виконкому, керівники структурних "
        + "підрозділів")).containsExactly(
            "POSITION Голова районної в місті ради",
            "POSITION заступник голови",
            "GROUP заступники голови районної в місті ради з питань діяльності виконавчого органу",
            "POSITION керуючий справами виконкому",
            "GROUP керівники структурних підрозділів"); // 2.7
    assertThat(actors("Організаційний відділ, структурні підрозділи")).containsExactly(
        "UNIT Організаційний відділ", "UNIT структурні підрозділи"); // 2.8
  }

  @Test
  void sharedHeadNamesEveryItem() {
    assertThat(actors("Відділи: загальний, інформаційних технологій")).containsExactly(
        "UNIT Відділи: загальний", "UNIT Відділи: інформаційних технологій"); // 2.9
    assertThat(actors("Відділи: з питань кадрової роботи, інформаційних технологій")).containsExactly(
        "UNIT Відділи: з питань кадрової роботи", "UNIT Відділи: інформаційних технологій"); // 3.2
  }

  @Test
  void sharedHeadStopsAtAnActorOfItsOwn() {
    assertThat(actors("Відділи: загальний, інформаційних технологій, керівники структурних підрозділів"))
        .containsExactly("UNIT Відділи: загальний", "UNIT Відділи: інформаційних технологій",
            "GROUP керівники структурних підрозділів");
  }

  @Test
  void section3() {
    assertThat(actors("Конкурсна комісія, керівники структурних підрозділів, відділ з питань кадрової "
        + "роботи")).containsExactly("COLLEGIAL_BODY Конкурсна комісія",
            "GROUP керівники структурних підрозділів", "UNIT відділ з питань кадрової роботи"); // 3.1
    assertThat(actors("Відділ з питань кадрової роботи, керівники структурних підрозділів"))
        .containsExactly("UNIT Відділ з питань кадрової роботи",
            "GROUP керівники структурних підрозділів"); // 3.3
    // 3.4 ends with a comma in the source: the text keeps it, no empty actor is made
    assertThat(actors(SPECIALIST + ", відділ з питань кадрової роботи,")).containsExactly(
        "POSITION " + SPECIALIST, "UNIT відділ з питань кадрової роботи");
    assertThat(actors("Організаційний відділ, " + SPECIALIST_LC)).containsExactly(
        "UNIT Організаційний відділ", "POSITION " + SPECIALIST_LC); // 3.6
    assertThat(actors("Голова тендерного комітету, голови комісій та робочих груп")).containsExactly(
        "POSITION Голова тендерного комітету", "GROUP голови комісій та робочих груп"); // 3.10
    assertThat(actors("Керуючий справами виконкому, керівники структурних підрозділів")).containsExactly(
        "POSITION Керуючий справами виконкому", "GROUP керівники структурних підрозділів"); // 3.11
  }

  @Test
  void sections4and5() {
    assertThat(actors(SPECIALIST + ", керівники структурних підрозділів")).containsExactly(
        "POSITION " + SPECIALIST, "GROUP керівники структурних підрозділів"); // 4.2
    assertThat(actors(SPECIALIST + ", відділ з питань кадрової роботи")).containsExactly(
        "POSITION " + SPECIALIST, "UNIT відділ з питань кадрової роботи"); // 4.3
    assertThat(actors("Голова районної в місті ради, заступник голови, заступники голови районної в місті "
        + "ради з питань діяльності виконавчого органу, керуючий справами виконкому, керівники структурних "
        + "підрозділів, колегіальні органи")).endsWith(
            "GROUP керівники структурних підрозділів", "COLLEGIAL_BODY колегіальні органи"); // 5.3
    assertThat(actors("Голови та члени колегіальних органів, структурні підрозділи")).containsExactly(
        "GROUP Голови та члени колегіальних органів", "UNIT структурні підрозділи"); // 5.4
  }

  @Test
  void measure6_1_tenderCommitteesAndAQuotedNameWithACommaFreeParenthesis() {
    assertThat(actors("Відділ економіки та промисловості (" + PROCUREMENT + "), тендерні комітети: "
        + "виконавчого комітету, відділу освіти, УПСЗН, " + KU)).containsExactly(
            "UNIT Відділ економіки та промисловості [" + PROCUREMENT + "]",
            "COLLEGIAL_BODY тендерні комітети: виконавчого комітету",
            "COLLEGIAL_BODY тендерні комітети: відділу освіти",
            "COLLEGIAL_BODY тендерні комітети: УПСЗН",
            "COLLEGIAL_BODY тендерні комітети: " + KU);
  }

  @Test
  void section6() {
    assertThat(actors("Відділ економіки та промисловості (" + PROCUREMENT + ")")).containsExactly(
        "UNIT Відділ економіки та промисловості [" + PROCUREMENT + "]"); // 6.2
    assertThat(actors("Відділ економіки та промисловості (" + PROCUREMENT + "), відділ з бухгалтерського "
        + "обліку")).containsExactly("UNIT Відділ економіки та промисловості [" + PROCUREMENT + "]",
            "UNIT відділ з бухгалтерського обліку"); // 6.3
    assertThat(actors("Відділ економіки та промисловості (" + PROCUREMENT + "), відділ з питань кадрової "
        + "роботи, " + KU)).containsExactly("UNIT Відділ економіки та промисловості [" + PROCUREMENT + "]",
            "UNIT відділ з питань кадрової роботи", "INSTITUTION " + KU); // 6.4
    assertThat(actors("Структурні підрозділи, відділ бухгалтерського обліку, завідувач господарством"))
        .containsExactly("UNIT Структурні підрозділи", "UNIT відділ бухгалтерського обліку",
            "POSITION завідувач господарством"); // 6.8
    assertThat(actors("Відділ економіки та промисловості, структурні підрозділи")).containsExactly(
        "UNIT Відділ економіки та промисловості", "UNIT структурні підрозділи"); // 6.9, joined
    assertThat(actors("Відділ економіки та промисловості, керівники структурних підрозділів"))
        .containsExactly("UNIT Відділ економіки та промисловості",
            "GROUP керівники структурних підрозділів"); // 6.10
  }

  @Test
  void cellsOfOtherPlans() {
    assertThat(actors("Уповноважена особа з питань запобігання та виявлення корупції; ЦНАП; Виконавчий "
        + "комітет; Служба у справах дітей; старости; Начальник відділу кадрів")).containsExactly(
            "POSITION Уповноважена особа з питань запобігання та виявлення корупції", "UNIT ЦНАП",
            "COLLEGIAL_BODY Виконавчий комітет", "UNIT Служба у справах дітей", "GROUP старости",
            "POSITION Начальник відділу кадрів");
  }

  @Test
  void byConsentMarksAnExternalBody() {
    assertThat(actors("Відділ поліції (за згодою), Криворізька місцева прокуратура (за згодою)"))
        .containsExactly("EXTERNAL Відділ поліції [за згодою]",
            "EXTERNAL Криворізька місцева прокуратура [за згодою]");
  }

  @Test
  void quotedNamesKeepTheirCommas() {
    assertThat(actors("КП «Водоканал, каналізація», сектор з питань закупівель")).containsExactly(
        "INSTITUTION КП «Водоканал, каналізація»", "UNIT сектор з питань закупівель");
    assertThat(actors("Заклад освіти \"Ліцей №1, м. Київ\"; робоча група")).containsExactly(
        "INSTITUTION Заклад освіти \"Ліцей №1, м. Київ\"", "COLLEGIAL_BODY робоча група");
  }

  @Test
  void emptyAndOddCellsNeverFail() {
    assertThat(ResponsibleParser.parse("").actors()).isEmpty();
    assertThat(ResponsibleParser.parse("  , ;").actors()).isEmpty();
    assertThat(actors("(за згодою)")).containsExactly("POSITION (за згодою)");
    assertThat(actors("Відділ (незакрита дужка, інший")).containsExactly(
        "UNIT Відділ (незакрита дужка, інший");
    assertThat(actors("Відділи:")).isEmpty();
  }
}
