package io.github.acplan.serialization.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.acplan.core.ActKind;
import io.github.acplan.core.Actor;
import io.github.acplan.core.ActorKind;
import io.github.acplan.core.Approval;
import io.github.acplan.core.ExpectedResult;
import io.github.acplan.core.Indicator;
import io.github.acplan.core.Measure;
import io.github.acplan.core.MeasureNumber;
import io.github.acplan.core.Plan;
import io.github.acplan.core.PlanPeriod;
import io.github.acplan.core.Signatory;
import io.github.acplan.serialization.PlanFormatException;
import io.github.acplan.serialization.SeedPlan;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Reading the seed plan and the variants of the format seen in other plans. */
class PlanTextReaderTest {

  private static ReadResult seed;

  @BeforeAll
  static void readSeed() throws PlanFormatException {
    seed = PlanTextReader.standard().read(SeedPlan.text());
  }

  private static Measure measure(String number) {
    return seed.plan().measure(MeasureNumber.parse(number)).orElseThrow();
  }

  @Test
  void seedHasSixSectionsAnd41MeasuresInOrder() {
    Plan plan = seed.plan();
    assertThat(plan.sections()).hasSize(6);
    assertThat(plan.sections().stream().map(s -> s.number())).containsExactly(1, 2, 3, 4, 5, 6);
    assertThat(plan.measures()).hasSize(41);
    List<String> numbers = plan.measures().stream().map(m -> m.number().toString())
        .collect(Collectors.toList());
    assertThat(numbers).startsWith("1.1", "1.2", "1.3", "2.1").endsWith("6.9", "6.10");
    assertThat(numbers).isSortedAccordingTo((a, b) -> MeasureNumber.parse(a).compareTo(
        MeasureNumber.parse(b)));
    assertThat(seed.warnings()).isEmpty();
  }

  @Test
  void seedFrontAndBackMatter() {
    Plan plan = seed.plan();
    assertThat(plan.approval()).contains(Approval.builder().kind(ActKind.ROZPORIADZHENNIA)
        .authority("голови районної в місті ради").date(LocalDate.of(2020, 1, 9)).number("2-р").build());
    assertThat(plan.title()).isEqualTo("ПЛАН ЗАХОДІВ щодо запобігання та виявлення корупції");
    assertThat(plan.body()).isEqualTo("у виконкомі Довгинцівської районної в місті ради");
    assertThat(plan.period()).isEqualTo(PlanPeriod.ofYear(2020));
    assertThat(plan.signatory()).contains(Signatory.of("Керуючий справами виконкому", "Олександр Гижко"));
  }

  @Test
  void sectionTitlesLoseTheirMarkup() {
    assertThat(seed.plan().section(3).orElseThrow().title()).isEqualTo(
        "Добросовісність публічної служби, формування негативного ставлення у посадових осіб до проявів "
            + "корупції");
    assertThat(seed.plan().section(5).orElseThrow().title()).isEqualTo(
        "Запобігання, врегулювання та виявлення конфлікту інтересів");
  }

  @Test
  void measure1_2_responsibleJoinedAcrossThePageBreak() {
    Measure m = measure("1.2");
    assertThat(m.responsible().text()).isEqualTo(
        "Головний спеціаліст з питань запобігання і виявлення корупції");
    assertThat(m.responsible().actors()).containsExactly(Actor.of(ActorKind.POSITION,
        "Головний спеціаліст з питань запобігання і виявлення корупції"));
    assertThat(m.deadline().text()).isEqualTo("1 декада січня 2021 року");
    assertThat(m.indicators()).containsExactly(Indicator.of("Узагальнення інформації щодо виконання Плану "
        + "заходів за 2020 р.; розроблення та надання на затвердження керівнику Плану заходів на 2021 рік"));
    assertThat(m.expectedResults()).containsExactly(
        ExpectedResult.of("Удосконалення антикорупційної діяльності виконавчого комітету"));
  }

  @Test
  void measure2_4_wordBrokenByAHyphenIsJoinedAndMarkupRemoved() {
    Measure m = measure("2.4");
    assertThat(m.name()).contains("посадові особи мають можливість подати інформацію")
        .endsWith("на спеціальних стендах та офіційному веб-сайті");
    assertThat(m.responsible().text()).isEqualTo("Голова районної в місті ради, керуючий справами "
        + "виконкому, керівники структурних підрозділів (при функціонуванні «Прямих ліній» у відділі), "
        + "головний спеціаліст з питань запобігання і виявлення корупції");
    assertThat(m.deadline().text()).isEqualTo("Постійно");
  }

  @Test
  void measure4_1_deadlineJoinedAcrossThePageBreak() {
    Measure m = measure("4.1");
    assertThat(m.deadline().text()).isEqualTo("Січень-березень 2020 р. (за окремим графіком); у разі "
        + "потреби (при призначенні на посаду, при звільненні тощо); протягом року");
    assertThat(m.name()).endsWith("місцевого самоврядування, - подання повідомлення про суттєві зміни у "
        + "майновому стані та повідомлення про відкриття валютного рахунка в установі банку-нерезидента");
  }

  @Test
  void sourceTyposAreKeptAsWritten() {
    assertThat(measure("2.8").name()).endsWith("не сприйняття корупції як спо-субу розв'язання проблеми "
        + "тощо");
    assertThat(measure("6.9").name()).isEqualTo("Забезпечувати належне функціонування та розвиток системи "
        + "ми управління якістю, розширення вимог стандарту ДСТУ ISO 9001:2015 у сфері запобігання "
        + "корупційним проявам");
    assertThat(measure("6.9").responsible().text()).isEqualTo(
        "Відділ економіки та промисловості, структурні підрозділи");
  }

  @Test
  void emptyCellsStayEmpty() {
    assertThat(measure("3.5").expectedResults()).isEmpty();
    assertThat(measure("5.3").expectedResults()).isEmpty();
    assertThat(measure("6.3").indicators()).isEmpty();
    assertThat(measure("3.5").indicators()).hasSize(1);
  }

  @Test
  void indicatorCellsAreNeverSplitOnSemicolons() {
    assertThat(measure("1.1").indicators()).hasSize(1);
    assertThat(measure("1.1").indicators().get(0).text()).contains("повноважень); надання");
  }

  @Test
  void measure6_3_keepsTheListOfItsNameAsLines() {
    assertThat(measure("6.3").name()).isEqualTo("Забезпечити:\n- проведення постійного аналізу "
        + "ефективності системи закупівель товарів, робіт і послуг за бюджетні кошти; - контроль за "
        + "виконанням договорів та своєчасним розміщенням відомостей про використання публічних коштів на "
        + "Порталі «Криворізький ресурсний центр» та Єдиному веб-порталі використання публічних коштів "
        + "Edata");
  }

  @Test
  void continuationOnlyInOneColumn() {
    assertThat(measure("5.4").indicators().get(0).text()).endsWith("виникнення конфлікту інтересів");
    assertThat(measure("3.9").name()).endsWith("поширювати норми та вимоги антикорупційного законодавства "
        + "серед учасників навчально-виховного процесу");
  }

  // ------------------------------------------------------------------ other renderings

  private static final String FRONT = "ЗАТВЕРДЖЕНО\nНаказ директора\n15.01.2021 № 7\n\n"
      + "План заходів щодо запобігання корупції\nв КНП «Лікарня»\nна 2021 рік\n\n";

  @Test
  void pipeSeparatedRowsHeaderVariantsAndAMergedIndicatorColumn() throws PlanFormatException {
    String text = FRONT
        + "| № | Зміст заходу | Термін виконання | Відповідальні виконавці | Індикатор виконання (очікуваний "
        + "результат) |\n"
        + "| 1. Організація роботи | | | | |\n"
        + "| 1.1 | Оприлюднити план | До 31 січня | Уповноважена особа | План оприлюднено |\n"
        + "| 1.2 | Провести навчання | Щокварталу | -\"- | Навчання проведено |\n"
        + "\nДиректор  Іван Петренко\n";
    ReadResult r = PlanTextReader.standard().read(text);
    Plan plan = r.plan();
    assertThat(plan.approval().orElseThrow().kind()).isEqualTo(ActKind.NAKAZ);
    assertThat(plan.approval().orElseThrow().authority()).isEqualTo("директора");
    assertThat(plan.approval().orElseThrow().number()).isEqualTo("7");
    assertThat(plan.title()).isEqualTo("План заходів щодо запобігання корупції");
    assertThat(plan.body()).isEqualTo("в КНП «Лікарня»");
    assertThat(plan.measures()).hasSize(2);
    Measure m2 = plan.measures().get(1);
    assertThat(m2.responsible().text()).isEqualTo("Уповноважена особа");
    assertThat(m2.indicators()).containsExactly(Indicator.of("Навчання проведено"));
    assertThat(m2.expectedResults()).isEmpty();
    assertThat(r.warnings()).hasSize(1);
    assertThat(r.warnings().get(0).line()).isEqualTo(12);
    assertThat(r.warnings().get(0).message()).contains("ditto", "Уповноважена особа");
    assertThat(plan.signatory()).contains(Signatory.of("Директор", "Іван Петренко"));
  }

  @Test
  void oneCellPerLineAndTheNumberBeforeTheDate() throws PlanFormatException {
    String text = "Додаток\nдо рішення виконавчого комітету № 15 від 20.12.2021 р.\n\n"
        + "План заходів\nна 2022-2024 роки\n\n"
        + "№ з/п\nНайменування заходу\nСтрок виконання\nВідповідальні за виконання\n"
        + "1\n2\n3\n4\n"
        + "1. Загальні заходи\n"
        + "1.1\nОприлюднити план\nПостійно\nСектор з питань запобігання корупції\n"
        + "1.2\nПровести навчання\n\nПосадові особи\n"
        + "\nСекретар ради\nМарія Коваль\n";
    ReadResult r = PlanTextReader.standard().read(text);
    Plan plan = r.plan();
    assertThat(plan.approval().orElseThrow().kind()).isEqualTo(ActKind.RISHENNIA);
    assertThat(plan.approval().orElseThrow().authority()).isEqualTo("виконавчого комітету");
    assertThat(plan.approval().orElseThrow().number()).isEqualTo("15");
    assertThat(plan.approval().orElseThrow().date()).isEqualTo(LocalDate.of(2021, 12, 20));
    assertThat(plan.period()).isEqualTo(PlanPeriod.of(2022, 2024));
    assertThat(plan.title()).isEqualTo("План заходів");
    assertThat(plan.measures()).hasSize(2);
    assertThat(plan.measures().get(0).responsible().actors()).containsExactly(
        Actor.of(ActorKind.UNIT, "Сектор з питань запобігання корупції"));
    assertThat(plan.measures().get(1).deadline().text()).isEmpty();
    assertThat(plan.signatory()).contains(Signatory.of("Секретар ради", "Марія Коваль"));
    assertThat(r.warnings()).isEmpty();
  }

  @Test
  void titleRightAfterTheApprovalWithoutABlankLine() throws PlanFormatException {
    String text = SeedPlan.text().replace("від 09.01.2020 № 2-р\n\n", "від 09.01.2020 № 2-р\n");
    ReadResult r = PlanTextReader.standard().read(text);
    assertThat(r.plan()).isEqualTo(seed.plan());
  }

  @Test
  void pageNumbersAndContinuationHeadingsAreSkippedWithWarnings() throws PlanFormatException {
    String seedText = SeedPlan.text();
    int tableStart = seedText.indexOf("<i>№ з/п</i>");
    String text = seedText.substring(0, tableStart) + seedText.substring(tableStart)
        .replace("\n\n<i>№ з/п</i>", "\n- 2 -\nПродовження додатка\n<i>№ з/п</i>") + "\n7\n";
    ReadResult r = PlanTextReader.standard().read(text);
    assertThat(r.plan()).isEqualTo(seed.plan());
    assertThat(r.warnings()).hasSize(2 * 15 + 1);
    assertThat(r.warnings().get(0).toString()).isEqualTo(
        "line 18: skipped as a page number or page heading inside the table: \"- 2 -\"");
    assertThat(r.warnings().get(1).message()).endsWith("\"Продовження додатка\"");
    assertThat(r.warnings().get(30).message()).startsWith("skipped as a page number after the table");
  }

  @Test
  void extraColumnsAreReported() throws PlanFormatException {
    String text = FRONT + "№ з/п\tНайменування заходу\tСтрок виконання\tВідповідальні за виконання\t"
        + "Джерела фінансування\n1. Розділ\t\t\t\t\n1.1\tЗахід\tПостійно\tВідділ\tМісцевий бюджет\n"
        + "№ з/п\tНайменування заходу\tСтрок виконання\tВідповідальні за виконання\tДжерела фінансування\n";
    ReadResult r = PlanTextReader.standard().read(text);
    assertThat(r.plan().measures()).hasSize(1);
    // line 12, the repeated header, ends the text: no signatory follows the table
    assertThat(r.warnings()).extracting(ReadWarning::line).containsExactly(9, 11, 12);
    assertThat(r.warnings().get(1).message()).contains("Місцевий бюджет");
    assertThat(r.warnings().get(2).message()).startsWith("nothing follows the table");
  }

  @Test
  void hyphenatedCompoundsKeepTheirHyphen() {
    assertThat(PlanTextReader.join(List.of(new CellMarkup.Decoded("на веб-", List.of()),
        new CellMarkup.Decoded("сайті", List.of()))))
        .isEqualTo("на веб-сайті");
    assertThat(PlanTextReader.join(List.of(decoded("проектів організаційно-"), decoded("розпорядчих"))))
        .isEqualTo("проектів організаційно-розпорядчих");
    assertThat(PlanTextReader.join(List.of(decoded("мають можли-"), decoded("вість"))))
        .isEqualTo("мають можливість");
    assertThat(PlanTextReader.join(List.of(decoded("пункти: -"), decoded("перший")))).isEqualTo(
        "пункти: - перший");
    assertThat(PlanTextReader.join(List.of(decoded("Кривий Ріг-"), decoded("Схід")))).isEqualTo(
        "Кривий Ріг- Схід");
  }

  private static CellMarkup.Decoded decoded(String text) {
    return CellMarkup.decode(text);
  }

  // ------------------------------------------------------------------ errors

  @Test
  void aRowThatCannotBePlacedIsAnErrorWithItsLine() {
    String text = SeedPlan.text().replace("3.3\tЗабезпечувати", "Увага\tЗабезпечувати");
    assertThatThrownBy(() -> PlanTextReader.standard().read(text)).isInstanceOf(PlanFormatException.class)
        .hasMessageStartingWith("line 53: cannot place this row");
  }

  @Test
  void aMeasureInTheWrongSectionIsAnError() {
    String text = SeedPlan.text().replace("3.3\tЗабезпечувати", "2.3\tЗабезпечувати");
    assertThatThrownBy(() -> PlanTextReader.standard().read(text)).isInstanceOf(PlanFormatException.class)
        .hasMessage("line 53: measure 2.3 is in section 3; expected a number starting with \"3.\"");
  }

  @Test
  void aBadDateOrPeriodIsAnError() {
    assertThatThrownBy(() -> PlanTextReader.standard().read(SeedPlan.text().replace("09.01.2020", "39.01.2020")))
        .isInstanceOf(PlanFormatException.class).hasMessageStartingWith("line 3: the approval's date");
    assertThatThrownBy(() -> PlanTextReader.standard().read(SeedPlan.text().replace("на 2020 рік", "2020")))
        .isInstanceOf(PlanFormatException.class).hasMessageContaining("ending with its period");
    assertThatThrownBy(() -> PlanTextReader.standard().read("just words")).isInstanceOf(PlanFormatException.class)
        .hasMessageContaining("no table");
  }

  @Test
  void aDuplicateMeasureIsAnError() {
    String text = SeedPlan.text().replace("3.11\tЗабезпечити постійний", "3.10\tЗабезпечити постійний");
    assertThatThrownBy(() -> PlanTextReader.standard().read(text)).isInstanceOf(PlanFormatException.class)
        .hasMessage("line 68: measure number 3.10 appears more than once");
  }
}
