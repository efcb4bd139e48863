package io.github.acplan.serialization.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.acplan.core.ActKind;
import io.github.acplan.core.Approval;
import io.github.acplan.core.Plan;
import io.github.acplan.core.Section;
import io.github.acplan.serialization.PlanFormatException;
import io.github.acplan.serialization.table.CellParagraph;
import io.github.acplan.serialization.table.GridCell;
import io.github.acplan.serialization.table.GridLocation;
import io.github.acplan.serialization.table.GridRow;
import io.github.acplan.serialization.table.TableGrid;
import io.github.acplan.serialization.table.VerticalMerge;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Plans that number their sections and measures otherwise than the seed: sections in Roman numerals
 * ("I. Організаційні заходи") or not at all, measures numbered through the plan ("1.", "2.", …) or anew
 * in each section, a table with no section heading, a header on two rows, a title whose period is not at
 * its end, an approval dated in words or by signature. Before, such a table was read as no table at all and
 * its rows as the signatory, with no error and no warning: every measure was lost.
 */
class OtherPlanLayoutsTest {

  private static final String FRONT = "ПЛАН ЗАХОДІВ\n"
      + "щодо запобігання корупції у Зеленівській сільській раді на 2025 рік\n\n";
  private static final String HEADER = "№ з/п\tЗміст заходу\tВідповідальний виконавець\tТермін виконання\t"
      + "Очікуваний результат\n";
  private static final String SIGNATORY = "\nСекретар ради\tОлена ПЕТРЕНКО\n";

  private static ReadResult read(String table) throws PlanFormatException {
    return PlanTextReader.standard().read(FRONT + HEADER + table + SIGNATORY);
  }

  /** A one-measure plan under the title (and approval) given, each line ending with a line break. */
  private static ReadResult underTitle(String front) throws PlanFormatException {
    return PlanTextReader.standard().read(front + "\n" + HEADER + "1. Організаційні заходи\t\t\t\t\n"
        + "1.1\tПроводити інструктажі\tВідділ кадрів\tЩокварталу\tОбізнаність\n" + SIGNATORY);
  }

  @Test
  void romanSectionsAndMeasuresNumberedThroughThePlan() throws Exception {
    ReadResult read = read("""
        I. Організаційні заходи\t\t\t\t
        1.\tЗабезпечити розгляд питання на нараді\tУповноважена особа\tЩопівроку\tПідвищення ефективності
        2.\tПроводити інструктажі\tВідділ кадрів\tІІ та IV квартали\tОбізнаність працівників
        ІІ. Заходи щодо прозорості\t\t\t\t
        3.\tОприлюднювати проєкти рішень\tЗагальний відділ\tПостійно\tДоступ громадськості
        """);
    Plan plan = read.plan();
    assertThat(plan.sections()).extracting(Section::number).containsExactly(1, 2);
    assertThat(plan.sections()).extracting(Section::title)
        .containsExactly("Організаційні заходи", "Заходи щодо прозорості");
    // the printed number stays the last part: nothing printed is dropped
    assertThat(plan.measures()).extracting(m -> m.number().toString()).containsExactly("1.1", "1.2", "2.3");
    assertThat(plan.measures().get(2).name()).isEqualTo("Оприлюднювати проєкти рішень");
    assertThat(plan.measures().get(1).responsible().text()).isEqualTo("Відділ кадрів");
    assertThat(plan.signatory()).isPresent();
    assertThat(read.warnings()).singleElement().satisfies(w -> {
      assertThat(w.message()).contains("numbered without their section's number").contains("(1.1)");
      assertThat(w.line()).isEqualTo(6);
    });
  }

  @Test
  void measuresNumberedAnewInEachSectionUnderUnnumberedHeadings() throws Exception {
    Plan plan = read("""
        Організаційні заходи\t\t\t\t
        1\tЗабезпечити розгляд питання на нараді\tУповноважена особа\tЩопівроку\tПідвищення ефективності
        Прозорість\t\t\t\t
        1\tОприлюднювати проєкти рішень\tЗагальний відділ\tПостійно\tДоступ громадськості
        2\tРозглядати повідомлення\tУповноважена особа\tУ міру надходження\tРеагування
        """).plan();
    assertThat(plan.sections()).extracting(Section::title).containsExactly("Організаційні заходи", "Прозорість");
    assertThat(plan.measures()).extracting(m -> m.number().toString()).containsExactly("1.1", "2.1", "2.2");
  }

  @Test
  void aTableWithNoSectionHeadingIsOneSectionWithoutTitle() throws Exception {
    ReadResult read = read("""
        1.\tЗабезпечити розгляд питання на нараді\tУповноважена особа\tЩопівроку\tПідвищення ефективності
        2.\tОприлюднювати проєкти рішень\tЗагальний відділ\tПостійно\tДоступ громадськості
        """);
    assertThat(read.plan().sections()).singleElement().satisfies(s -> {
      assertThat(s.number()).isEqualTo(1);
      assertThat(s.title()).isEmpty();
      assertThat(s.measures()).hasSize(2);
    });
    assertThat(read.warnings()).extracting(ReadWarning::message)
        .anySatisfy(m -> assertThat(m).contains("no section heading above its first measure"));
  }

  @Test
  void aRowOfTheTableThatNoRuleReadsIsRefusedAtItsLineNotLost() {
    assertThatThrownBy(() -> read("""
        а)\tЗабезпечити розгляд питання на нараді\tУповноважена особа\tЩопівроку\tПідвищення ефективності
        б)\tОприлюднювати проєкти рішень\tЗагальний відділ\tПостійно\tДоступ громадськості
        """))
        .isInstanceOf(PlanFormatException.class)
        .hasMessageContaining("line 5")
        .hasMessageContaining("cannot place this row in the table");
  }

  @Test
  void aNoteAfterTheLastMeasureStaysTextAndNoSection() throws Exception {
    Plan plan = read("""
        I. Організаційні заходи\t\t\t\t
        1.\tЗабезпечити розгляд питання на нараді\tУповноважена особа\tЩопівроку\tПідвищення ефективності
        Примітка: строки можуть бути змінені\t\t\t\t
        """).plan();
    assertThat(plan.sections()).singleElement().satisfies(s -> assertThat(s.measures()).hasSize(1));
  }

  @Test
  void aPeriodInsideTheTitlesLineKeepsTheWordsAfterIt() throws Exception {
    Plan plan = underTitle("ПЛАН заходів щодо запобігання корупції на 2025 рік у Зеленівській сільській "
        + "раді\n").plan();
    assertThat(plan.period().firstYear()).isEqualTo(2025);
    assertThat(plan.title()).isEqualTo("ПЛАН заходів щодо запобігання корупції");
    assertThat(plan.body()).isEqualTo("у Зеленівській сільській раді");
  }

  @Test
  void linesAfterThePeriodLineAreTheRestOfTheBodyNotDropped() throws Exception {
    Plan plan = underTitle("ПЛАН ЗАХОДІВ\nщодо запобігання корупції на 2025 рік\n"
        + "у виконавчому комітеті Зеленівської сільської ради\n").plan();
    assertThat(plan.period().firstYear()).isEqualTo(2025);
    assertThat(plan.title() + " " + plan.body())
        .isEqualTo("ПЛАН ЗАХОДІВ щодо запобігання корупції у виконавчому комітеті Зеленівської сільської ради");
  }

  @Test
  void aHeadingInTheNameColumnWithTheNumberColumnEmpty() throws Exception {
    Plan plan = read("""
        \t1. Організаційні заходи\t\t\t
        1.1\tПроводити інструктажі\tВідділ кадрів\tЩокварталу\tОбізнаність
        \t2. провести перевірку журналів\t\t\t
        \tII. Прозорість\t\t\t
        2.1\tОприлюднювати проєкти рішень\tЗагальний відділ\tПостійно\tДоступ громадськості
        """).plan();
    assertThat(plan.sections()).extracting(Section::title).containsExactly("Організаційні заходи", "Прозорість");
    // a lower-case "2. …" under a measure continues its name
    assertThat(plan.measures().get(0).name()).isEqualTo("Проводити інструктажі 2. провести перевірку журналів");
  }

  @Test
  void aHeaderOnTwoRowsNamesEachColumnAndRepeatsAfterAPageBreak() throws Exception {
    String first = "№ з/п\tНайменування заходу\tВиконання\t\tОчікуваний результат\n";
    String second = "\t\tВідповідальні\tСтрок\t\n";
    ReadResult read = PlanTextReader.standard().read("ПЛАН ЗАХОДІВ\nщодо запобігання корупції на 2025 рік\n\n"
        + first + second
        + "1. Організаційні заходи\t\t\t\t\n"
        + "1.1\tПроводити інструктажі\tВідділ кадрів\tЩокварталу\tОбізнаність\n"
        + first + second
        + "1.2\tОприлюднювати проєкти рішень\tЗагальний відділ\tПостійно\tДоступ громадськості\n" + SIGNATORY);
    Plan plan = read.plan();
    assertThat(plan.measures()).hasSize(2);
    assertThat(plan.measures().get(0).deadline().text()).isEqualTo("Щокварталу");
    assertThat(plan.measures().get(0).responsible().text()).isEqualTo("Відділ кадрів");
    assertThat(plan.measures().get(1).expectedResults()).extracting(r -> r.text())
        .containsExactly("Доступ громадськості");
    assertThat(plan.body()).isEqualTo("щодо запобігання корупції");
    assertThat(read.warnings()).extracting(ReadWarning::message)
        .noneSatisfy(m -> assertThat(m).contains("Виконання"));
  }

  @Test
  void aTableWithNoHeaderSaysWhichColumnOrderItTook() throws Exception {
    ReadResult read = PlanTextReader.standard().read(FRONT + "1. Організаційні заходи\t\t\t\t\t\n"
        + "1.1\tПроводити інструктажі\tЩокварталу\tВідділ кадрів\tПроведено\tОбізнаність\n" + SIGNATORY);
    assertThat(read.plan().measures().get(0).deadline().text()).isEqualTo("Щокварталу");
    assertThat(read.warnings()).extracting(ReadWarning::message)
        .anySatisfy(m -> assertThat(m).startsWith("the table has no header row"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      ЗАТВЕРДЖЕНО\\nрішенням виконавчого комітету\\nвід 15 січня 2025 року № 7 | RISHENNIA        | виконавчого комітету | 7
      ЗАТВЕРДЖЕНО\\nРозпорядження міського голови\\n«15» січня 2025 р. № 7-р | ROZPORIADZHENNIA | міського голови      | 7-р
      ЗАТВЕРДЖЕНО\\nнаказом директора КП «Водоканал»\\n15.01.2025 № 7   | NAKAZ            | директора КП «Водоканал» | 7
      """)
  void anApprovalDatedInWordsOrInFigures(String block, String kind, String authority, String number)
      throws Exception {
    Plan plan = underTitle(block.replace("\\n", "\n") + "\n\n" + FRONT.stripTrailing() + "\n").plan();
    assertThat(plan.approval()).hasValueSatisfying(a -> {
      assertThat(a.kind().name()).isEqualTo(kind);
      assertThat(a.authority()).isEqualTo(authority);
      assertThat(a.date()).isEqualTo(java.time.LocalDate.of(2025, 1, 15));
      assertThat(a.number()).isEqualTo(number);
    });
    assertThat(plan.title()).isEqualTo("ПЛАН ЗАХОДІВ");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      a heading on the line above       | План заходів\\nДодаток\\nдо рішення виконавчого комітету\\nвід 15.01.2025 № 7
      the council's name, a blank line  | ЗЕЛЕНІВСЬКА СІЛЬСЬКА РАДА\\n\\nДодаток\\nдо рішення виконавчого комітету\\nвід 15.01.2025 № 7
      two lines, then ЗАТВЕРДЖЕНО       | ЗЕЛЕНІВСЬКА СІЛЬСЬКА РАДА\\nВИКОНАВЧИЙ КОМІТЕТ\\nЗАТВЕРДЖЕНО\\nрішенням виконавчого комітету від 15.01.2025 № 7
      """)
  void textAboveTheApprovalBlockIsLeftOutWithAWarningNotTakenIntoTheTitle(String layout, String above)
      throws Exception {
    // pandoc, converting a web page to DOCX, writes the page's title above the annex block, with no
    // blank paragraph between them: the approval was read into the plan's title and lost
    ReadResult read = underTitle(above.replace("\\n", "\n") + "\n\n" + FRONT.stripTrailing() + "\n");
    assertThat(read.plan().approval()).hasValueSatisfying(a -> {
      assertThat(a.authority()).isEqualTo("виконавчого комітету");
      assertThat(a.number()).isEqualTo("7");
    });
    assertThat(read.plan().title()).isEqualTo("ПЛАН ЗАХОДІВ");
    assertThat(read.warnings()).extracting(ReadWarning::message)
        .anySatisfy(m -> assertThat(m).contains("text above the approval block"));
  }

  @Test
  void anAnnexLineInsideTheTitleIsNoApproval() throws Exception {
    ReadResult read = underTitle("АНТИКОРУПЦІЙНА ПРОГРАМА\nДодаток 1 до Програми\nПЛАН ЗАХОДІВ\n"
        + "щодо запобігання корупції у Зеленівській сільській раді на 2025 рік\n");
    assertThat(read.plan().approval()).isEmpty();
    assertThat(read.plan().title()).startsWith("АНТИКОРУПЦІЙНА ПРОГРАМА");
    assertThat(read.warnings()).extracting(ReadWarning::message)
        .noneSatisfy(m -> assertThat(m).contains("text above the approval block"));
  }

  @Test
  void anApprovalBySignatureIsKeptAndNotTakenIntoTheTitle() throws Exception {
    ReadResult read = underTitle("ЗАТВЕРДЖУЮ\nДиректор КП «Водоканал»\n__________ І. ІВАНЕНКО\n15.01.2025\n\n"
        + FRONT.stripTrailing() + "\n");
    assertThat(read.plan().approval()).hasValue(Approval.builder().kind(ActKind.SIGNATURE)
        .authority("Директор КП «Водоканал»").signedBy("І. ІВАНЕНКО").date(LocalDate.of(2025, 1, 15)).build());
    assertThat(read.plan().title()).isEqualTo("ПЛАН ЗАХОДІВ");
    assertThat(read.warnings()).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      ЗАТВЕРДЖУЮ¶Сільський голова¶_____________ Іван ПЕТРЕНКО¶«15» січня 2025 р.   | Сільський голова              | Іван ПЕТРЕНКО
      ЗАТВЕРДЖУЮ:¶Сільський голова Іван ПЕТРЕНКО¶15 січня 2025 року              | Сільський голова              | Іван ПЕТРЕНКО
      ЗАТВЕРДЖУЮ¶Генеральний директор¶ДП «Ліс»¶Іван ПЕТРЕНКО ________¶15.01.2025 | Генеральний директор ДП «Ліс» | Іван ПЕТРЕНКО
      Затверджую¶Начальник управління¶________ (підпис) О. В. Коваль¶15.01.2025   | Начальник управління          | О. В. Коваль
      """)
  void anApprovalBySignatureInTheFormsItIsWrittenIn(String block, String position, String name) throws Exception {
    // ¶ stands for a line break
    ReadResult read = underTitle(block.replace("¶", "\n") + "\n\n" + FRONT.stripTrailing() + "\n");
    assertThat(read.plan().approval()).hasValueSatisfying(a -> {
      assertThat(a.kind()).isEqualTo(ActKind.SIGNATURE);
      assertThat(a.authority()).isEqualTo(position);
      assertThat(a.signedBy()).isEqualTo(name);
      assertThat(a.date()).isEqualTo(LocalDate.of(2025, 1, 15));
      assertThat(a.number()).isEmpty();
    });
    assertThat(read.plan().title()).isEqualTo("ПЛАН ЗАХОДІВ");
  }

  @Test
  void aFormsUndatedApprovalBySignatureIsLeftOutWithAWarning() throws Exception {
    ReadResult read = underTitle("ЗАТВЕРДЖУЮ\nСільський голова\n__________ Іван ПЕТРЕНКО\n«___» __________ 2025 р.\n\n"
        + FRONT.stripTrailing() + "\n");
    assertThat(read.plan().approval()).isEmpty();
    assertThat(read.plan().title()).isEqualTo("ПЛАН ЗАХОДІВ");
    assertThat(read.warnings()).extracting(ReadWarning::message)
        .anySatisfy(m -> assertThat(m).contains("approved by signature").contains("not understood"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Примітка: план оприлюднюється на офіційному веб-сайті ради. | Олена ПЕТРЕНКО
      Погоджено: юридичний відділ                                 | Олена ПЕТРЕНКО
      15.01.2025                                                  | Олена ПЕТРЕНКО
      М.П.                                                        | О. В. ПЕТРЕНКО
      """)
  void aNoteUnderTheSignatureIsNotTheSignatorysName(String note, String name) throws Exception {
    String table = "1. Організаційні заходи\t\t\t\t\n1.1\tПроводити інструктажі\tВідділ кадрів\tЩокварталу\t"
        + "Обізнаність\n\n";
    ReadResult read = PlanTextReader.standard().read(FRONT + HEADER + table + "Секретар ради\t" + name + "\n\n"
        + note + "\n");
    // the note was read as the name, and the name into the position; a date was read as measure 15.1.2025,
    // and the signatory's line above it refused as a row of the table
    assertThat(read.plan().signatory()).hasValueSatisfying(sig -> {
      assertThat(sig.position()).isEqualTo("Секретар ради");
      assertThat(sig.name()).isEqualTo(name);
    });
    assertThat(read.warnings()).extracting(ReadWarning::message)
        .anySatisfy(m -> assertThat(m).contains("text after the signatory is not kept").contains(note));
  }

  @Test
  void aSignatureLineAndThePreparersNoteAreNotTheSignatory() throws Exception {
    String table = "1. Організаційні заходи\t\t\t\t\n1.1\tПроводити інструктажі\tВідділ кадрів\tЩокварталу\t"
        + "Обізнаність\n\n";
    ReadResult read = PlanTextReader.standard().read(FRONT + HEADER + table
        + "Секретар ради ______________ Олена ПЕТРЕНКО\n\nВиконавець: Іваненко 2-22-22\n");
    assertThat(read.plan().signatory()).hasValueSatisfying(sig -> {
      assertThat(sig.position()).isEqualTo("Секретар ради");
      assertThat(sig.name()).isEqualTo("Олена ПЕТРЕНКО");
    });
    assertThat(read.warnings()).extracting(ReadWarning::message)
        .anySatisfy(m -> assertThat(m).contains("who prepared the document").contains("Іваненко 2-22-22"));
  }

  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource({"I, 1", "II, 2", "III, 3", "IV, 4", "V, 5", "IX, 9", "X, 10", "XIV, 14", "XXXIX, 39",
      "ІІ, 2", "ІV, 4", "ХІ, 11", "IIII, 0", "VX, 0", "XXXX, 0", "IL, 0"})
  void romanNumerals(String letters, int value) {
    assertThat(PlanTextReader.romanNumber(letters)).isEqualTo(value);
  }

  @Test
  void aDocumentsMergedRomanHeadingIsASection() throws Exception {
    List<GridRow> rows = new ArrayList<>();
    rows.add(row(1, "№ з/п", "Зміст заходу", "Відповідальний виконавець", "Термін виконання"));
    GridLocation at = GridLocation.ofTableRow(2).withPage(1);
    rows.add(GridRow.of(List.of(new GridCell(List.of(CellParagraph.of("I. Організаційні заходи")), 4,
        VerticalMerge.NONE, at.withCell(1))), at));
    rows.add(row(3, "1.", "Проводити інструктажі", "Відділ кадрів", "Щокварталу"));
    TableGrid grid = new TableGrid(rows, List.of("ПЛАН ЗАХОДІВ", "щодо запобігання корупції у раді",
        "на 2025 рік"), List.of("Секретар ради\tОлена ПЕТРЕНКО"), "test");
    Plan plan = PlanTableReader.standard().read(grid).plan();
    assertThat(plan.sections()).extracting(Section::title).containsExactly("Організаційні заходи");
    assertThat(plan.measures()).extracting(m -> m.number().toString()).containsExactly("1.1");
  }

  private static GridRow row(int index, String... cells) {
    GridLocation at = GridLocation.ofTableRow(index).withPage(1);
    List<GridCell> out = new ArrayList<>();
    for (int i = 0; i < cells.length; i++) {
      out.add(GridCell.ofText(cells[i], at.withCell(i + 1)));
    }
    return GridRow.of(out, at);
  }
}
