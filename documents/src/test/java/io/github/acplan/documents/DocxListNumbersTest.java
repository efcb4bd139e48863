package io.github.acplan.documents;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.acplan.serialization.text.ReadResult;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * A plan whose number column Word numbers itself, by a list of two levels: the sections "1.", "2." at the
 * first, their measures "1.1.", "1.2." at the second, restarting under each section. The XML holds no
 * number; Word shows them, and so must the reader. Each level's counter of its own was shown for every
 * level ("%1.%2." gave "2.2." for the second measure), and a table's counters started again at 1.
 */
class DocxListNumbersTest {

  private static final String[] HEADER = {"№ з/п", "Найменування заходу", "Строк виконання",
      "Відповідальні за виконання", "Очікувані результати"};

  /** A two-level list: {@code %1.} then {@code %1.%2.}, the first level in the format given. */
  private static BigInteger twoLevelList(XWPFNumbering numbering, int abstractId, STNumberFormat.Enum firstFormat,
      int firstStart) {
    CTAbstractNum list = CTAbstractNum.Factory.newInstance();
    list.setAbstractNumId(BigInteger.valueOf(abstractId));
    String[] texts = {"%1.", "%1.%2."};
    for (int level = 0; level < 2; level++) {
      CTLvl lvl = list.addNewLvl();
      lvl.setIlvl(BigInteger.valueOf(level));
      lvl.addNewStart().setVal(BigInteger.valueOf(level == 0 ? firstStart : 1));
      lvl.addNewNumFmt().setVal(level == 0 ? firstFormat : STNumberFormat.DECIMAL);
      lvl.addNewLvlText().setVal(texts[level]);
    }
    BigInteger id = numbering.addAbstractNum(new XWPFAbstractNum(list, numbering));
    return numbering.addNum(id);
  }

  /** Numbers a paragraph at a level of the list: directly, or by its style ({@link #numberingStyles}). */
  private static void numbered(XWPFParagraph p, BigInteger numId, int level, boolean byStyles) {
    if (byStyles) {
      p.setStyle(level == 0 ? "PlanSection" : "PlanMeasure");
    } else {
      p.setNumID(numId);
      p.setNumILvl(BigInteger.valueOf(level));
    }
  }

  /**
   * Two paragraph styles that number with the list: the sections' at level 1 by its own {@code w:ilvl}, the
   * measures' based on a style that names the list and at level 2 because the list's level names it.
   */
  private static void numberingStyles(XWPFDocument doc, BigInteger list) {
    XWPFStyles styles = doc.createStyles();
    CTStyle section = CTStyle.Factory.newInstance();
    section.setStyleId("PlanSection");
    section.setType(STStyleType.PARAGRAPH);
    CTNumPr sectionNumbers = section.addNewPPr().addNewNumPr();
    sectionNumbers.addNewNumId().setVal(list);
    sectionNumbers.addNewIlvl().setVal(BigInteger.ZERO);
    styles.addStyle(new XWPFStyle(section, styles));
    CTStyle numbered = CTStyle.Factory.newInstance();
    numbered.setStyleId("PlanNumbered");
    numbered.setType(STStyleType.PARAGRAPH);
    numbered.addNewPPr().addNewNumPr().addNewNumId().setVal(list);
    styles.addStyle(new XWPFStyle(numbered, styles));
    CTStyle measure = CTStyle.Factory.newInstance();
    measure.setStyleId("PlanMeasure");
    measure.setType(STStyleType.PARAGRAPH);
    measure.addNewBasedOn().setVal("PlanNumbered");
    styles.addStyle(new XWPFStyle(measure, styles));
  }

  private static void row(XWPFTable table, BigInteger numId, int level, boolean byStyles, String... cells) {
    XWPFTableRow row = table.createRow();
    for (int c = 0; c < cells.length; c++) {
      XWPFTableCell cell = row.getCell(c);
      XWPFParagraph p = cell.getParagraphs().get(0);
      if (c == 0 && numId != null) {
        numbered(p, numId, level, byStyles);
      }
      p.createRun().setText(cells[c]);
    }
  }

  /** A plan of two sections of two measures, its number column numbered by a two-level list. */
  private static byte[] document(STNumberFormat.Enum firstFormat, int firstStart, boolean split, boolean byStyles)
      throws Exception {
    try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      doc.createParagraph().createRun().setText("ПЛАН ЗАХОДІВ");
      doc.createParagraph().createRun().setText("щодо запобігання корупції у Тестовій сільській раді на 2025 рік");
      XWPFNumbering numbering = doc.createNumbering();
      BigInteger list = twoLevelList(numbering, 7, firstFormat, firstStart);
      if (byStyles) {
        numberingStyles(doc, list);
        // the measures' level names their style, as Word's outline lists link levels to styles
        numbering.getAbstractNum(BigInteger.valueOf(7)).getCTAbstractNum().getLvlArray(1).addNewPStyle()
            .setVal("PlanMeasure");
      }
      XWPFTable table = doc.createTable(1, HEADER.length);
      for (int c = 0; c < HEADER.length; c++) {
        table.getRow(0).getCell(c).getParagraphs().get(0).createRun().setText(HEADER[c]);
      }
      row(table, list, 0, byStyles, "", "Організаційні заходи", "", "", "");
      row(table, list, 1, byStyles, "", "Провести навчання працівників", "Щокварталу", "Сектор кадрів", "Обізнаність");
      row(table, list, 1, byStyles, "", "Оновити план", "До 1 березня", "Уповноважена особа", "План оновлено");
      if (split) {
        // the table goes on after a page break, as a table of its own; its list goes on too
        doc.createParagraph().createRun().setText("Продовження додатка");
        table = doc.createTable(1, HEADER.length);
        for (int c = 0; c < HEADER.length; c++) {
          table.getRow(0).getCell(c).getParagraphs().get(0).createRun().setText(HEADER[c]);
        }
      }
      row(table, list, 0, byStyles, "", "Прозорість", "", "", "");
      row(table, list, 1, byStyles, "", "Оприлюднювати рішення", "Постійно", "Загальний відділ", "Доступність");
      row(table, list, 1, byStyles, "", "Звітувати про виконання", "Щопівроку", "Уповноважена особа", "Звіт");
      doc.createParagraph().createRun().setText("Секретар ради\tОлена ПЕТРЕНКО");
      doc.write(out);
      return out.toByteArray();
    }
  }

  private static ReadResult read(byte[] docx) throws Exception {
    return PlanDocuments.standard().read(new ByteArrayInputStream(docx));
  }

  @Test
  void measuresNumberedByATwoLevelListReadWithTheirNumbers() throws Exception {
    ReadResult read = read(document(STNumberFormat.DECIMAL, 1, false, false));
    assertThat(read.plan().measures()).extracting(m -> m.number().toString())
        .containsExactly("1.1", "1.2", "2.1", "2.2");
    assertThat(read.plan().sections()).extracting(s -> s.title()).containsExactly("Організаційні заходи", "Прозорість");
  }

  @Test
  void measuresNumberedByTheirParagraphStylesReadWithTheirNumbers() throws Exception {
    ReadResult read = read(document(STNumberFormat.DECIMAL, 1, false, true));
    assertThat(read.plan().measures()).extracting(m -> m.number().toString())
        .containsExactly("1.1", "1.2", "2.1", "2.2");
  }

  @Test
  void aListGoesOnInTheNextPartOfASplitTable() throws Exception {
    ReadResult read = read(document(STNumberFormat.DECIMAL, 1, true, false));
    assertThat(read.plan().measures()).extracting(m -> m.number().toString())
        .containsExactly("1.1", "1.2", "2.1", "2.2");
  }
}
