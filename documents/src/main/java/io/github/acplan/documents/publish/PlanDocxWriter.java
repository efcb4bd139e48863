package io.github.acplan.documents.publish;

import io.github.acplan.core.ActKind;
import io.github.acplan.core.Approval;
import io.github.acplan.core.ExpectedResult;
import io.github.acplan.core.Indicator;
import io.github.acplan.core.Measure;
import io.github.acplan.core.MeasureNumber;
import io.github.acplan.core.Plan;
import io.github.acplan.core.PlanKind;
import io.github.acplan.core.Section;
import io.github.acplan.core.deadline.Deadline;
import io.github.acplan.core.risk.CorruptionRisk;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * Writes a plan as the Word document (DOCX) that goes to the head of a council as the annex to an order:
 * ready to sign, print and publish.
 *
 * <p>The document is laid out as ДСТУ 4163:2020 "Уніфікована система організаційно-розпорядчої
 * документації. Вимоги до оформлення документів" asks of official documents: A4 portrait, margins of
 * 30 mm (left), 10 mm (right), 20 mm (top and bottom), Times New Roman of 14 points for the text and 12
 * points in the table (10 in a risk register's many columns). From the top:
 * <ol>
 *   <li>the annex block at the top right: "Додаток / до розпорядження голови районної в місті ради / від
 *       09.01.2020 № 2-р"; for an anti-corruption programme the approval stamp "ЗАТВЕРДЖЕНО / Розпорядження
 *       … / від … № …"; for a plan not yet approved (a draft made by rollover) "ПРОЄКТ" above the block,
 *       with empty places for the act, its date and its number;</li>
 *   <li>the title, centred and bold: the plan's title, its body and its period ("на 2020 рік");</li>
 *   <li>the table: the header row (№ з/п, Найменування заходу, Строк виконання, Відповідальні за
 *       виконання, Індикатор виконання, Очікувані результати; Ресурси when a measure has resources) and the
 *       row of column numbers, both repeated at the top of every page; a section's heading as one cell
 *       merged across the table; several indicators or expected results as a Word bulleted list; rows
 *       allowed to break across pages;</li>
 *   <li>the signatory: the position at the left and the name at a right tab stop;</li>
 *   <li>for a plan with a risk register, a second annex with the register's table: the risk's number,
 *       function or process, risk, description, sources, probability, consequences, level and the
 *       measures that address it.</li>
 * </ol>
 * A measure's deadlines per year (a programme whose deadline column is split into years) are written in
 * its deadline cell, one line per year after the measure's own deadline ("2024: …"), so that nothing is
 * lost; a reader of the table sees them as one deadline text.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class PlanDocxWriter {

  /** The headers of the plan's table, as the seed plan and {@code PlanTextReader} name them. */
  private static final List<String> HEADERS = List.of("№ з/п", "Найменування заходу", "Строк виконання",
      "Відповідальні за виконання", "Індикатор виконання", "Очікувані результати");
  private static final int[] WIDTHS = {567, 2400, 1300, 1700, 1835, 1836};
  private static final int[] WIDTHS_WITH_RESOURCES = {567, 2100, 1200, 1500, 1450, 1450, 1371};
  private static final List<String> REGISTER_HEADERS = List.of("№ з/п", "Функція / процес",
      "Корупційний ризик", "Опис ідентифікованого корупційного ризику", "Чинники корупційного ризику",
      "Ймовірність", "Наслідки", "Рівень корупційного ризику",
      "Заходи щодо усунення / мінімізації корупційного ризику");
  private static final int[] REGISTER_WIDTHS = {480, 1200, 1300, 1500, 1300, 800, 800, 958, 1300};
  private static final String BLANK_DATE = "____________";
  private static final String BLANK_NUMBER = "________";

  private PlanDocxWriter() {}

  /**
   * Writes a plan as a DOCX document. The stream is not closed.
   *
   * @param plan the plan
   * @param out where to write
   * @throws IOException if {@code out} fails
   */
  public static void write(Plan plan, OutputStream out) throws IOException {
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(out, "out");
    try (XWPFDocument doc = new XWPFDocument()) {
      DocxLayout layout = new DocxLayout(doc);
      annex(layout, plan, "");
      layout.blank();
      title(layout, plan);
      layout.blank();
      measures(layout, plan);
      plan.signatory().ifPresent(s -> {
        layout.blank();
        layout.signatory(s.position(), s.name());
      });
      if (!plan.risks().isEmpty()) {
        XWPFParagraph br = layout.paragraph(ParagraphAlignment.LEFT);
        br.setPageBreak(true);
        annex(layout, plan, " 2");
        layout.blank();
        centred(layout, "Реєстр корупційних ризиків");
        centred(layout, plan.title() + (plan.body().isEmpty() ? "" : " " + plan.body()));
        layout.blank();
        register(layout, plan);
      }
      doc.write(out);
    }
  }

  private static void annex(DocxLayout layout, Plan plan, String annexNumber) {
    if (plan.approval().isEmpty()) {
      // A draft: the order that will approve it is not known yet, nor its date and number.
      layout.annexLine("ПРОЄКТ");
      layout.annexLine("Додаток" + annexNumber);
      layout.annexLine("до ____________________");
      layout.annexLine("від " + BLANK_DATE + " № " + BLANK_NUMBER);
      return;
    }
    Approval a = plan.approval().get();
    String dateAndNumber = "від " + a.date().format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.uuuu"))
        + " № " + a.number();
    if (plan.kind() == PlanKind.PROGRAMME) {
      // The approval stamp ("гриф затвердження") of ДСТУ 4163:2020: the word, then the act in the
      // nominative, its date and number.
      layout.annexLine("ЗАТВЕРДЖЕНО");
      String act = a.kind().ukrainian();
      layout.annexLine(Character.toUpperCase(act.charAt(0)) + act.substring(1)
          + (a.authority().isEmpty() ? "" : " " + a.authority()));
      layout.annexLine(dateAndNumber);
      if (!annexNumber.isEmpty()) {
        layout.annexLine("(додаток" + annexNumber + ")");
      }
      return;
    }
    layout.annexLine("Додаток" + annexNumber);
    layout.annexLine("до " + genitive(a.kind()) + (a.authority().isEmpty() ? "" : " " + a.authority()));
    layout.annexLine(dateAndNumber);
  }

  /** "Додаток до <act in the genitive>": до розпорядження, до наказу, до рішення. */
  private static String genitive(ActKind kind) {
    return kind == ActKind.NAKAZ ? "наказу" : kind.ukrainian();
  }

  private static void title(DocxLayout layout, Plan plan) {
    centred(layout, plan.title());
    if (!plan.body().isEmpty()) {
      centred(layout, plan.body());
    }
    centred(layout, plan.period().isSingleYear() ? "на " + plan.period().firstYear() + " рік"
        : "на " + plan.period().firstYear() + "-" + plan.period().lastYear() + " роки");
  }

  private static void centred(DocxLayout layout, String text) {
    DocxLayout.run(layout.paragraph(ParagraphAlignment.CENTER), text, DocxLayout.TEXT_POINTS, true);
  }

  private static void measures(DocxLayout layout, Plan plan) {
    boolean resources = plan.measures().stream().anyMatch(m -> !m.resources().isEmpty());
    int[] widths = resources ? WIDTHS_WITH_RESOURCES : WIDTHS;
    List<String> headers = new ArrayList<>(HEADERS);
    if (resources) {
      headers.add("Ресурси");
    }
    XWPFTable table = layout.table(widths);
    header(table, widths, headers, DocxLayout.TABLE_POINTS);
    for (Section s : plan.sections()) {
      DocxLayout.spanningRow(table, widths, s.number() + "." + (s.title().isEmpty() ? "" : " " + s.title()),
          DocxLayout.TABLE_POINTS, true);
      for (Measure m : s.measures()) {
        List<String> texts = List.of(m.number().toString(), m.name(), deadline(m), m.responsible().text());
        XWPFTableRow row = DocxLayout.row(table, widths, texts, DocxLayout.TABLE_POINTS, false, false);
        List<String> indicators = m.indicators().stream().map(Indicator::text).toList();
        List<String> results = m.expectedResults().stream().map(ExpectedResult::text).toList();
        if (!indicators.isEmpty()) {
          layout.items(row.getCell(4), indicators, DocxLayout.TABLE_POINTS);
        }
        if (!results.isEmpty()) {
          layout.items(row.getCell(5), results, DocxLayout.TABLE_POINTS);
        }
        if (resources && !m.resources().isEmpty()) {
          DocxLayout.run(DocxLayout.firstParagraph(row.getCell(6)), m.resources(), DocxLayout.TABLE_POINTS,
              false);
        }
      }
    }
  }

  /** The header row and the row of column numbers, both repeated on every page. */
  private static void header(XWPFTable table, int[] widths, List<String> headers, int points) {
    DocxLayout.row(table, widths, headers, points, true, true);
    List<String> numbers = new ArrayList<>();
    for (int i = 1; i <= headers.size(); i++) {
      numbers.add(Integer.toString(i));
    }
    DocxLayout.row(table, widths, numbers, points, false, true);
  }

  private static String deadline(Measure m) {
    StringBuilder sb = new StringBuilder(m.deadline().text());
    for (Map.Entry<Integer, Deadline> e : m.yearlyDeadlines().entrySet()) {
      if (sb.length() > 0) {
        sb.append('\n');
      }
      sb.append(e.getKey()).append(": ").append(e.getValue().text());
    }
    return sb.toString();
  }

  private static void register(DocxLayout layout, Plan plan) {
    XWPFTable table = layout.table(REGISTER_WIDTHS);
    header(table, REGISTER_WIDTHS, REGISTER_HEADERS, DocxLayout.SMALL_TABLE_POINTS);
    for (CorruptionRisk r : plan.risks()) {
      List<String> measures = new ArrayList<>();
      for (MeasureNumber n : r.measures()) {
        measures.add(n + " " + plan.measure(n).map(Measure::name).orElse(""));
      }
      List<String> texts = List.of(r.id(), r.function(), r.risk(), r.description(), "",
          Integer.toString(r.probability()), Integer.toString(r.consequence()),
          plan.riskLevel(r).map(l -> l.ukrainian()).orElse(""));
      XWPFTableRow row = DocxLayout.row(table, REGISTER_WIDTHS, texts, DocxLayout.SMALL_TABLE_POINTS, false,
          false);
      if (!r.sources().isEmpty()) {
        layout.items(row.getCell(4), r.sources(), DocxLayout.SMALL_TABLE_POINTS);
      }
      if (!measures.isEmpty()) {
        layout.items(row.getCell(8), measures, DocxLayout.SMALL_TABLE_POINTS);
      }
    }
  }
}
