package io.github.acplan.serialization.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.acplan.core.ActKind;
import io.github.acplan.core.Approval;
import io.github.acplan.core.Indicator;
import io.github.acplan.core.Measure;
import io.github.acplan.core.MeasureNumber;
import io.github.acplan.core.Plan;
import io.github.acplan.core.PlanKind;
import io.github.acplan.core.PlanPeriod;
import io.github.acplan.core.Signatory;
import io.github.acplan.core.deadline.DeadlineKind;
import io.github.acplan.core.risk.CorruptionRisk;
import io.github.acplan.core.risk.RiskLevel;
import io.github.acplan.core.risk.RiskScale;
import io.github.acplan.serialization.PlanFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Reading a programme's risk register: a realistic register, and the variants and errors of the format. */
class RiskRegisterTextReaderTest {

  static final String REGISTER = "/io/github/acplan/serialization/sonyachnyi-2024-2026-register.txt";

  private static ReadResult register;

  static String registerText() {
    try (InputStream in = RiskRegisterTextReaderTest.class.getResourceAsStream(REGISTER)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @BeforeAll
  static void readRegister() throws PlanFormatException {
    register = RiskRegisterTextReader.standard().read(registerText());
  }

  private static Measure measure(String number) {
    return register.plan().measure(MeasureNumber.parse(number)).orElseThrow();
  }

  private static CorruptionRisk risk(String id) {
    return register.plan().risk(id).orElseThrow();
  }

  private static List<String> numbers(List<MeasureNumber> numbers) {
    return numbers.stream().map(MeasureNumber::toString).collect(Collectors.toList());
  }

  @Test
  void registerIsAProgrammeWithItsFrontAndBackMatter() {
    Plan plan = register.plan();
    assertThat(plan.kind()).isEqualTo(PlanKind.PROGRAMME);
    assertThat(plan.period()).isEqualTo(PlanPeriod.of(2024, 2026));
    assertThat(plan.title()).isEqualTo("АНТИКОРУПЦІЙНА ПРОГРАМА");
    assertThat(plan.body()).isEqualTo("виконавчого комітету Сонячної районної у місті ради");
    assertThat(plan.approval()).contains(Approval.builder().kind(ActKind.RISHENNIA)
        .authority("виконавчого комітету Сонячної районної у місті ради").date(LocalDate.of(2023, 12, 20))
        .number("512").build());
    assertThat(plan.signatory()).contains(
        Signatory.of("Керуючий справами виконавчого комітету", "Оксана МЕЛЬНИК"));
    assertThat(plan.riskScale()).isEqualTo(RiskScale.NAZK_2021);
    assertThat(plan.measuresMustAddressRisks()).isTrue();
  }

  @Test
  void oneSectionPerFunctionAndEightMeasuresNumberedWithinThem() {
    Plan plan = register.plan();
    assertThat(plan.sections().stream().map(s -> s.number() + " " + s.title())).containsExactly(
        "1 Публічні закупівлі", "2 Управління персоналом", "3 Надання адміністративних послуг",
        "4 Управління комунальним майном");
    assertThat(numbers(plan.measures().stream().map(Measure::number).collect(Collectors.toList())))
        .containsExactly("1.1", "1.2", "1.3", "2.1", "2.2", "3.1", "3.2", "4.1");
  }

  @Test
  void fiveRisksLinkedToTheirMeasures() {
    Plan plan = register.plan();
    assertThat(plan.risks().stream().map(CorruptionRisk::id)).containsExactly("1", "2", "3", "4", "5");
    // Risk 1 has a second measure on a row of its own; risk 2's function cell is merged with risk 1's.
    assertThat(numbers(risk("1").measures())).containsExactly("1.1", "1.2");
    assertThat(numbers(risk("2").measures())).containsExactly("1.3");
    assertThat(risk("2").function()).isEqualTo("Публічні закупівлі");
    // Risk 3: two measures as a <ul> list; risk 4: two measures numbered "1)", "2)".
    assertThat(numbers(risk("3").measures())).containsExactly("2.1", "2.2");
    assertThat(numbers(risk("4").measures())).containsExactly("3.1", "3.2");
    assertThat(numbers(risk("5").measures())).containsExactly("4.1");
    for (Measure m : plan.measures()) {
      assertThat(plan.risksAddressedBy(m.number())).hasSize(1);
    }
  }

  @Test
  void scoresFromNumbersAndWords() {
    Plan plan = register.plan();
    // "Висока" / "Високі" are 3 on the NAZK scale; "середня" is 2.
    assertThat(List.of(risk("1").probability(), risk("1").consequence())).containsExactly(3, 3);
    assertThat(List.of(risk("2").probability(), risk("2").consequence())).containsExactly(2, 3);
    assertThat(List.of(risk("3").probability(), risk("3").consequence())).containsExactly(2, 2);
    assertThat(List.of(risk("4").probability(), risk("4").consequence())).containsExactly(1, 3);
    assertThat(List.of(risk("5").probability(), risk("5").consequence())).containsExactly(2, 2);
    assertThat(plan.risks().stream().map(r -> plan.riskLevel(r).orElseThrow())).containsExactly(
        RiskLevel.HIGH, RiskLevel.HIGH, RiskLevel.MEDIUM, RiskLevel.MEDIUM, RiskLevel.MEDIUM);
  }

  @Test
  void warningsAreTheWrittenLevelThatDisagreesAndThePageNumber() {
    assertThat(register.warnings()).containsExactly(
        new ReadWarning(17, "risk 4: the written level \"Низький\" differs from the level computed from the "
            + "scores 1 × 3: середній (medium); the written level is not kept"),
        new ReadWarning(20, "skipped as a page number or page heading inside the table: \"2\""));
  }

  @Test
  void riskTextsSourcesAndTheCellsJoinedAcrossThePageBreak() {
    CorruptionRisk r1 = risk("1");
    assertThat(r1.risk()).isEqualTo(
        "Встановлення в тендерній документації дискримінаційних вимог до учасників процедури закупівлі");
    assertThat(r1.description()).startsWith("Посадова особа, відповідальна за підготовку").endsWith(
        "в інтересах певного учасника");
    assertThat(r1.sources()).containsExactly("відсутність типових вимог до тендерної документації",
        "недостатній контроль за її змістом");
    assertThat(risk("4").sources()).containsExactly("особистий контакт посадової особи із суб’єктом звернення",
        "відсутність електронної черги");
    CorruptionRisk r5 = risk("5");
    assertThat(r5.risk()).isEqualTo("Передача в оренду об’єктів комунальної власності без проведення аукціону");
    // "продов-" + "ження": a word broken at the page break
    assertThat(r5.sources()).containsExactly("Можливість позааукціонного продовження договорів оренди");
    Measure m = measure("4.1");
    assertThat(m.name()).isEqualTo("Забезпечити передачу в оренду комунального майна виключно через "
        + "електронну торгову систему Prozorro.Продажі");
    assertThat(m.responsible().text()).isEqualTo("Відділ з управління комунальним майном");
    assertThat(m.indicators()).containsExactly(Indicator.of("Усі договори оренди укладено за результатами аукціонів"));
  }

  @Test
  void measuresFromOneCellShareOrSplitTheOtherCells() {
    assertThat(measure("2.1").name()).isEqualTo(
        "Проводити інструктаж членів конкурсної комісії щодо запобігання конфлікту інтересів");
    assertThat(measure("2.2").name()).isEqualTo(
        "Відбирати від членів конкурсної комісії письмові заяви про відсутність конфлікту інтересів");
    // The indicator cell is a list of as many items: one each.
    assertThat(measure("2.1").indicators()).containsExactly(Indicator.of("Інструктажі проведено перед кожним конкурсом"));
    assertThat(measure("2.2").indicators()).containsExactly(Indicator.of("Заяви відібрано від усіх членів комісії"));
    assertThat(measure("3.1").name()).isEqualTo("Запровадити електронну чергу в центрі надання адміністративних послуг");
    assertThat(measure("3.2").name()).isEqualTo("Оприлюднити на вебсайті ради строки розгляду звернень");
    // A cell that is no list of as many items goes whole to both.
    for (String n : List.of("3.1", "3.2")) {
      assertThat(measure(n).resources()).isEqualTo("Кошти місцевого бюджету");
      assertThat(measure(n).indicators()).containsExactly(
          Indicator.of("Електронну чергу запроваджено; строки розгляду оприлюднено"));
      assertThat(measure(n).responsible().text()).isEqualTo(
          "Відділ інформаційних технологій, центр надання адміністративних послуг");
    }
  }

  @Test
  void deadlinesPerYearColumn() {
    Measure m11 = measure("1.1");
    assertThat(m11.yearlyDeadlines().keySet()).containsExactly(2024);
    assertThat(m11.yearlyDeadlines().get(2024).text()).isEqualTo("IV квартал");
    assertThat(m11.yearlyDeadlines().get(2024).kind()).isEqualTo(DeadlineKind.DURING_PERIOD);
    // Only one year: no programme-wide deadline.
    assertThat(m11.deadline().text()).isEmpty();
    Measure m12 = measure("1.2");
    assertThat(m12.yearlyDeadlines().keySet()).containsExactly(2024, 2025, 2026);
    assertThat(m12.deadline().text()).isEqualTo("Постійно");
    assertThat(m12.deadline().kind()).isEqualTo(DeadlineKind.PERMANENT);
    assertThat(measure("1.3").yearlyDeadlines().get(2026).text()).isEqualTo("до 1 березня");
    assertThat(measure("3.2").yearlyDeadlines().get(2024).text()).isEqualTo("ІІ квартал");
    assertThat(m12.resources()).isEqualTo("Не потребує");
  }

  @Test
  void readsFromAReaderTheSame() throws IOException, PlanFormatException {
    ReadResult again = RiskRegisterTextReader.standard().read(new StringReader(registerText()));
    assertThat(again).isEqualTo(register);
  }

  @Test
  void crlfAndByteOrderMarkReadTheSame() throws PlanFormatException {
    ReadResult again = RiskRegisterTextReader.standard().read("\uFEFF" + registerText().replace("\n", "\r\n"));
    assertThat(again.plan()).isEqualTo(register.plan());
  }

  // ---------------------------------------------------------------- variants

  private static final String TITLE = "Антикорупційна програма Лісової сільської ради на 2025–2027 роки\n\n";

  private static String row(String... cells) {
    return String.join("\t", cells) + "\n";
  }

  private static ReadResult read(String text) throws PlanFormatException {
    return RiskRegisterTextReader.standard().read(text);
  }

  @Test
  void headerVariantsBarsNoNumberColumnAndYearHeaders() throws PlanFormatException {
    String text = TITLE
        + "| Назва функції | Найменування корупційного ризику | Імовірність реалізації | НАСЛІДКИ | Рівень ризику "
        + "| Зміст заходу | Строк виконання 2025 | Строк виконання 2026 | Відповідальні виконавці "
        + "| Джерела фінансування | Очікувані результати |\n"
        + "| Кадри | Ризик перший | 3 | 2 | 6 | Захід А | Постійно | Постійно | Секретар ради | – | Результат А |\n"
        + "| | | | | | Захід Б | | грудень | Секретар ради | – | Результат Б |\n"
        + "| Закупівлі | Ризик другий | низька | 1 | низький | Захід В | до 1 липня | | Тендерний комітет | | |\n";
    ReadResult r = read(text);
    Plan plan = r.plan();
    assertThat(plan.risks().stream().map(CorruptionRisk::id)).containsExactly("1", "2");
    assertThat(plan.risk("1").orElseThrow().measures().stream().map(Object::toString)).containsExactly("1.1", "1.2");
    assertThat(plan.risk("2").orElseThrow().measures().stream().map(Object::toString)).containsExactly("2.1");
    assertThat(plan.risk("2").orElseThrow().probability()).isEqualTo(1);
    Measure b = plan.measure(MeasureNumber.parse("1.2")).orElseThrow();
    assertThat(b.name()).isEqualTo("Захід Б");
    assertThat(b.yearlyDeadlines().keySet()).containsExactly(2026);
    assertThat(b.resources()).isEqualTo("–");
    assertThat(b.expectedResults()).hasSize(1);
    // The table has no column for 2027, a year of the period: no programme-wide deadline.
    Measure a = plan.measure(MeasureNumber.parse("1.1")).orElseThrow();
    assertThat(a.deadline().text()).isEmpty();
    assertThat(a.yearlyDeadlines().keySet()).containsExactly(2025, 2026);
    assertThat(r.warnings()).isEmpty();
  }

  @Test
  void aGroupHeaderNamedInASecondHeaderRow() throws PlanFormatException {
    String header = row("№ з/п", "Функція", "Корупційний ризик", "Оцінка корупційного ризику", "", "",
        "Заходи", "Строк виконання", "", "Відповідальні")
        + row("", "", "", "Ймовірність", "Наслідки", "Рівень", "", "2025", "2026", "")
        + row("1", "2", "3", "4", "5", "6", "7", "8", "9", "10");
    ReadResult r = read(TITLE + header
        + row("1", "Кадри", "Ризик", "3", "1", "середній", "Захід", "Постійно", "", "Секретар")
        + "\n" + header
        // A continuation whose pieces are header words is no sub-header: it continues the cells.
        + row("", "", "ризику", "", "", "", "заходів", "", "", ""));
    CorruptionRisk risk = r.plan().risks().get(0);
    assertThat(risk.probability()).isEqualTo(3);
    assertThat(risk.consequence()).isEqualTo(1);
    assertThat(risk.risk()).isEqualTo("Ризик ризику");
    Measure m = r.plan().measures().get(0);
    assertThat(m.name()).isEqualTo("Захід заходів");
    assertThat(m.yearlyDeadlines().keySet()).containsExactly(2025);
    assertThat(r.warnings()).isEmpty();
  }

  @Test
  void apostrophesAndSpacingInHeaders() {
    for (String h : List.of("Функція/процес", "функція / ПРОЦЕС", "Процес")) {
      assertThat(RegisterColumn.ofHeader(h)).as(h).isEqualTo(RegisterColumn.FUNCTION);
    }
    assertThat(RegisterColumn.normalise("Об’єкт  ʼз/п'")).isEqualTo("об'єкт 'з/п'");
    assertThat(RegisterColumn.ofHeader("Ідентифікований корупційний ризик")).isEqualTo(RegisterColumn.RISK);
    assertThat(RegisterColumn.ofHeader("Опис ідентифікованого корупційного ризику"))
        .isEqualTo(RegisterColumn.DESCRIPTION);
    assertThat(RegisterColumn.ofHeader("Джерела корупційного ризику")).isEqualTo(RegisterColumn.SOURCES);
    assertThat(RegisterColumn.ofHeader("Джерела фінансування")).isEqualTo(RegisterColumn.RESOURCES);
    assertThat(RegisterColumn.ofHeader("Рівень корупційного ризику")).isEqualTo(RegisterColumn.LEVEL);
    assertThat(RegisterColumn.ofHeader("Заходи щодо усунення/мінімізації корупційного ризику"))
        .isEqualTo(RegisterColumn.MEASURE);
    assertThat(RegisterColumn.ofHeader("Строк виконання заходу")).isEqualTo(RegisterColumn.DEADLINE);
    assertThat(RegisterColumn.ofHeader("Відповідальні за виконання заходу")).isEqualTo(RegisterColumn.RESPONSIBLE);
    assertThat(RegisterColumn.ofHeader("Індикатор виконання (очікуваний результат)"))
        .isEqualTo(RegisterColumn.INDICATORS);
    assertThat(RegisterColumn.ofHeader("Фактична дата виконання")).isEqualTo(RegisterColumn.MONITORING);
    assertThat(RegisterColumn.ofHeader("Стан виконання")).isEqualTo(RegisterColumn.MONITORING);
    assertThat(RegisterColumn.ofHeader("Коментар")).isEqualTo(RegisterColumn.MONITORING);
    // Latin "i" from a careless extraction
    assertThat(RegisterColumn.ofHeader("Iмовiрнiсть")).isEqualTo(RegisterColumn.PROBABILITY);
  }

  private static final String HEADER = row("№ з/п", "Функція / процес", "Корупційний ризик", "Ймовірність",
      "Наслідки", "Заходи", "Строк виконання", "Відповідальні", "Стан виконання", "Примітка");

  /** The same without the monitoring and unknown columns; rows may keep their two empty cells. */
  private static final String SIMPLE_HEADER = row("№ з/п", "Функція / процес", "Корупційний ризик",
      "Ймовірність", "Наслідки", "Заходи", "Строк виконання", "Відповідальні");

  @Test
  void monitoringAndUnknownColumnsAreReportedNotKept() throws PlanFormatException {
    ReadResult r = read(TITLE + HEADER
        + row("1", "Кадри", "Ризик", "2", "2", "Захід", "Постійно", "Секретар", "Виконано", ""));
    assertThat(r.plan().measures()).hasSize(1);
    assertThat(r.warnings()).extracting(ReadWarning::toString).containsExactly(
        "line 3: column 9 \"Стан виконання\" is a monitoring column, which belongs to an execution report: "
            + "its cells are not kept and are reported when not empty",
        "line 3: column 10 \"Примітка\" has no place in the programme model; its cells are reported when not "
            + "empty",
        "line 4: risk 1: column 9 \"Стан виконання\" is a monitoring column; its text was not kept: "
            + "\"Виконано\"");
  }

  @Test
  void periodGivenByTheCaller() throws PlanFormatException {
    String text = "Реєстр корупційних ризиків\nЛісової сільської ради\n\n" + SIMPLE_HEADER
        + row("1", "Кадри", "Ризик", "2", "2", "Захід", "IV квартал 2026 року", "Секретар", "", "");
    RiskRegisterTextReader reader = RiskRegisterTextReader.standard().withPeriod(PlanPeriod.of(2025, 2027));
    ReadResult r = reader.read(text);
    assertThat(r.plan().period()).isEqualTo(PlanPeriod.of(2025, 2027));
    assertThat(r.plan().title()).isEqualTo("Реєстр корупційних ризиків");
    assertThat(r.plan().body()).isEqualTo("Лісової сільської ради");
    assertThatThrownBy(() -> read(text)).isInstanceOf(PlanFormatException.class)
        .hasMessageContaining("ending with its period");
    // A title whose period differs: the caller's wins, with a warning.
    ReadResult differing = reader.read(TITLE.replace("2025–2027", "2024–2026") + SIMPLE_HEADER
        + row("1", "Кадри", "Ризик", "2", "2", "Захід", "Постійно", "Секретар", "", ""));
    assertThat(differing.plan().period()).isEqualTo(PlanPeriod.of(2025, 2027));
    assertThat(differing.warnings()).extracting(ReadWarning::message).containsExactly(
        "the title's period 2024-2026 differs from the period given, 2025-2027, which is used");
  }

  @Test
  void scoreWithANumberAndAWordKeepsTheNumber() throws PlanFormatException {
    ReadResult r = read(TITLE + SIMPLE_HEADER
        + row("1", "Кадри", "Ризик", "3 (низька)", "середні (2)", "Захід", "Постійно", "Секретар", "", ""));
    CorruptionRisk risk = r.plan().risks().get(0);
    assertThat(risk.probability()).isEqualTo(3);
    assertThat(risk.consequence()).isEqualTo(2);
    assertThat(r.warnings()).extracting(ReadWarning::message).containsExactly(
        "risk 1: the probability \"3 (низька)\" has a word scored 1 on the scale 1..3 (medium from 3, high "
            + "from 6); the number 3 is kept");
  }

  @Test
  void wordsAreScoredOnTheReadersScale() throws PlanFormatException {
    RiskScale fivePoint = RiskScale.of(1, 5, 6, 15);
    ReadResult r = RiskRegisterTextReader.standard().withRiskScale(fivePoint).read(TITLE + HEADER
        + row("1", "Кадри", "Ризик", "висока", "середні", "Захід", "Постійно", "Секретар", "", ""));
    assertThat(r.plan().riskScale()).isEqualTo(fivePoint);
    assertThat(r.plan().risks().get(0).probability()).isEqualTo(5);
    assertThat(r.plan().risks().get(0).consequence()).isEqualTo(3);
  }

  @Test
  void anEmptyScoreIsKeptAsZeroWithAWarning() throws PlanFormatException {
    ReadResult r = read(TITLE + SIMPLE_HEADER + row("1", "Кадри", "Ризик", "", "2", "Захід", "Постійно", "Секретар", "", ""));
    assertThat(r.plan().risks().get(0).probability()).isZero();
    assertThat(r.plan().riskLevel(r.plan().risks().get(0))).isEmpty();
    assertThat(r.warnings()).extracting(ReadWarning::message).containsExactly(
        "risk 1: no probability score; kept as 0, which is off the scale (the validator reports it)");
  }

  @Test
  void aScoreThatIsNeitherANumberNorALevelIsAnErrorWithLineAndColumn() {
    assertThatThrownBy(() -> read(TITLE + HEADER
        + row("1", "Кадри", "Ризик", "2", "невідомо", "Захід", "Постійно", "Секретар", "", "")))
        .isInstanceOfSatisfying(PlanFormatException.class, e -> {
          assertThat(e.location()).isEqualTo("line 4, column 5");
          assertThat(e.problem()).contains("consequence score \"невідомо\" is neither a number nor a level");
        });
  }

  @Test
  void writtenLevelsAreCheckedAgainstTheScores() throws PlanFormatException {
    String header = row("№", "Процес", "Корупційний ризик", "Ймовірність", "Наслідки", "Рівень ризику", "Заходи");
    ReadResult r = read(TITLE + header
        + row("1", "Кадри", "Ризик А", "2", "3", "6", "Захід")
        + row("2", "Кадри", "Ризик Б", "2", "3", "4", "Захід")
        + row("3", "Кадри", "Ризик В", "2", "3", "високий (6)", "Захід")
        + row("4", "Кадри", "Ризик Г", "2", "3", "суттєвий", "Захід"));
    assertThat(r.warnings()).extracting(ReadWarning::toString).containsExactly(
        "line 5: risk 2: the written level 4 is not the product of the scores 2 × 3 = 6; the written level "
            + "is not kept",
        "line 7: risk 4: the written level \"суттєвий\" names no level and is not kept; the level computed "
            + "from the scores is високий (high)");
  }

  @Test
  void functionHeadingRowsNameTheFunctionOfTheRisksBelow() throws PlanFormatException {
    ReadResult r = read(TITLE + HEADER
        + row("1. Публічні закупівлі", "", "", "", "", "", "", "", "", "")
        + row("1", "", "Ризик А", "2", "2", "Захід А", "Постійно", "Секретар", "", "")
        + row("2", "", "Ризик Б", "2", "2", "Захід Б", "Постійно", "Секретар", "", "")
        + row("Управління персоналом", "", "", "", "", "", "", "", "", "")
        + row("3", "", "Ризик В", "2", "2", "Захід В", "Постійно", "Секретар", "", ""));
    assertThat(r.plan().sections().stream().map(s -> s.title())).containsExactly(
        "Публічні закупівлі", "Управління персоналом");
    assertThat(r.plan().risk("3").orElseThrow().function()).isEqualTo("Управління персоналом");
    assertThat(r.plan().risk("3").orElseThrow().measures().stream().map(Object::toString)).containsExactly("2.1");
  }

  @Test
  void afterAPageBreakARowWritingInAFreshMeasureColumnIsANewMeasure() throws PlanFormatException {
    String header = row("№ з/п", "Функція", "Корупційний ризик", "Ймовірність", "Наслідки", "Заходи",
        "Строк виконання", "Відповідальні", "Ресурси");
    ReadResult r = read(TITLE + header
        + row("1", "Кадри", "Ризик", "2", "2", "Перший захід,", "Постійно", "Секретар", "")
        + "\n" + header
        + row("", "", "", "", "", "продовження першого", "", "", "")
        + row("", "", "", "", "", "Другий захід", "Щороку", "Секретар", "")
        + "\n" + header
        + row("", "", "", "", "", "Третій захід", "Щокварталу", "Секретар", "Бюджет"));
    assertThat(r.plan().measures().stream().map(Measure::name)).containsExactly(
        "Перший захід, продовження першого", "Другий захід", "Третій захід");
  }

  @Test
  void numberedSplitNeedsConsecutiveMarkersFromTheStart() {
    assertThat(RiskRegisterTextReader.splitNumbered(List.of("1) а; 2) б; 3) в"))).containsExactly("а;", "б;", "в");
    assertThat(RiskRegisterTextReader.splitNumbered(List.of("Див. 1) а; 2) б"))).containsExactly("Див. 1) а; 2) б");
    assertThat(RiskRegisterTextReader.splitNumbered(List.of("1) а; 3) б"))).containsExactly("1) а; 3) б");
    assertThat(RiskRegisterTextReader.splitNumbered(List.of("x", "y"))).containsExactly("x", "y");
  }

  // ---------------------------------------------------------------- errors

  @Test
  void noHeaderIsAnError() {
    assertThatThrownBy(() -> read(TITLE + row("1", "Кадри", "Ризик", "2", "2")))
        .isInstanceOfSatisfying(PlanFormatException.class, e -> {
          assertThat(e.location()).isEqualTo("line 3");
          assertThat(e.problem()).contains("no risk-register header");
        });
    // The plan table's header is not a register's.
    assertThatThrownBy(() -> read(TITLE + row("№ з/п", "Найменування заходу", "Строк виконання",
        "Відповідальні за виконання"))).isInstanceOf(PlanFormatException.class);
  }

  @Test
  void aCellBeyondTheColumnsIsAnErrorWithLineAndColumn() {
    assertThatThrownBy(() -> read(TITLE + HEADER
        + row("1", "Кадри", "Ризик", "2", "2", "Захід", "Постійно", "Секретар", "", "", "зайве")))
        .isInstanceOfSatisfying(PlanFormatException.class, e -> {
          assertThat(e.location()).isEqualTo("line 4, column 11");
          assertThat(e.problem()).contains("outside the register's 10 columns").contains("зайве");
        });
  }

  @Test
  void aContinuationWithNoRiskAboveIsAnError() {
    assertThatThrownBy(() -> read(TITLE + HEADER
        + row("", "", "", "", "", "Захід", "Постійно", "Секретар", "", "")))
        .isInstanceOfSatisfying(PlanFormatException.class, e -> assertThat(e.location()).isEqualTo("line 4"));
  }

  @Test
  void aRepeatedRiskNumberIsAnError() {
    assertThatThrownBy(() -> read(TITLE + HEADER
        + row("1", "Кадри", "Ризик", "2", "2", "Захід", "Постійно", "Секретар", "", "")
        + row("1.", "Кадри", "Ризик", "2", "2", "Захід", "Постійно", "Секретар", "", "")))
        .isInstanceOfSatisfying(PlanFormatException.class, e -> {
          assertThat(e.location()).isEqualTo("line 5");
          assertThat(e.problem()).contains("risk number 1 appears more than once");
        });
  }

  @Test
  void aRowThatCannotBePlacedIsAnError() {
    assertThatThrownBy(() -> read(TITLE + HEADER
        + row("1", "Кадри", "Ризик", "2", "2", "Захід", "Постійно", "Секретар", "", "")
        + "Якийсь текст посеред таблиці\n"
        + row("2", "Кадри", "Ризик", "2", "2", "Захід", "Постійно", "Секретар", "", "")))
        .isInstanceOfSatisfying(PlanFormatException.class, e -> assertThat(e.location()).isEqualTo("line 5"));
  }
}
