package io.github.acplan.serialization;

import io.github.acplan.core.ActKind;
import io.github.acplan.core.Approval;
import io.github.acplan.core.ExpectedResult;
import io.github.acplan.core.Indicator;
import io.github.acplan.core.Measure;
import io.github.acplan.core.MeasureNumber;
import io.github.acplan.core.Plan;
import io.github.acplan.core.PlanKind;
import io.github.acplan.core.PlanPeriod;
import io.github.acplan.core.ResponsibleParser;
import io.github.acplan.core.Section;
import io.github.acplan.core.Signatory;
import io.github.acplan.core.deadline.Deadline;
import io.github.acplan.core.deadline.DeadlineParser;
import io.github.acplan.core.risk.CorruptionRisk;
import io.github.acplan.core.risk.RiskScale;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * QuickTheories generators of plans, for round-trip and robustness properties.
 *
 * <p>Cell texts mix words of real plans with the characters that formats must escape (TAB, line
 * breaks, repeated and edge spaces, markup, {@code &}, {@code |}, quotes, ditto marks, formula starts).
 * The title, body, approval and signatory are plain one-line texts, as in real plans. Deadlines and
 * responsible cells are what the readers make of their texts.
 */
public final class PlanGenerators {

  private static final List<String> WORDS = List.of("Забезпечити", "проведення", "відділ", "з", "питань",
      "запобігання", "корупції", "посадові", "особи", "керівники", "структурних", "підрозділів",
      "«Про", "запобігання", "корупції»", "(за", "згодою)", "Постійно", "Щопівроку", "2020", "р.", ";",
      ",", "-", "веб-сайт", "можли-", "вість", "тощо", "КУ", "«Центр»", "Відділи:", "загальний", "ISO",
      "9001:2015", "Edata", "'", "’", "№", "2-р");

  private static final List<String> ODD = List.of("<i>", "</p>", "<ul><li>", "&amp;", "&", "a<b", "x>y",
      "|", " | ", "\"", "-\"-", "=SUM(A1)", "+1", "@x", "\t", "  ", "\n", "\r", "\u00A0", "😀", "&#32;",
      "<br>", "-//-");

  /** Deadline phrases of real plans (DOMAIN.md §3), so that every kind of deadline occurs. */
  public static final List<String> DEADLINE_PHRASES = List.of("Постійно", "Щопівроку",
      "Щопівроку (червень, грудень 2020 року)", "Щокварталу", "не рідше 1 разу на квартал", "Протягом року",
      "Протягом 2020 р.", "1 декада січня 2021 року", "Січень-березень 2020 р.",
      "Протягом 2-х робочих днів з моменту отримання повідомлення про конфлікт інтересів",
      "У разі оголошення конкурсу", "При призначенні на посаду; постійно",
      "У порядку та строки, визначені Законом України", "за окремим планом (не рідше 1 разу на квартал); "
          + "постійно", "Постійно (в разі надходження проекту)", "до 15 грудня", "до 31 січня 2022 р.",
      "щороку до 1 квітня", "у десятиденний строк", "не пізніше наступного робочого дня",
      "01.03.2023 - 30.06.2023", "з 16 липня по 15 серпня", "у 2023 та 2025 роках",
      "щорічно (у другому півріччі)", "протягом місяця з дня призначення", "щось незрозуміле",
      "щокварталу до 10 числа місяця, наступного за звітним", "II-III квартали 2025 року",
      "Щоквартально до 15 числа місяця, що настає за звітним кварталом", "протягом II–IV кварталів");

  private PlanGenerators() {}

  /**
   * Returns plain one-line texts of 1 to 6 words.
   *
   * @return the generator
   */
  public static Gen<String> plainTexts() {
    Gen<String> word = Generate.pick(List.of("План", "заходів", "щодо", "запобігання", "корупції",
        "виконкому", "Довгинцівської", "районної", "ради", "голови", "Керуючий", "справами", "Олександр",
        "Гижко", "«Центр»", "(сектор)", "Іван", "Петренко"));
    return in -> {
      int n = Generate.range(1, 6).generate(in);
      StringBuilder sb = new StringBuilder();
      for (int i = 0; i < n; i++) {
        if (i > 0) {
          sb.append(' ');
        }
        sb.append(word.generate(in));
      }
      return sb.toString();
    };
  }

  /**
   * Returns cell texts, possibly empty, with characters that need escaping now and then.
   *
   * @return the generator
   */
  public static Gen<String> cellTexts() {
    Gen<String> word = Generate.pick(WORDS);
    Gen<String> odd = Generate.pick(ODD);
    return in -> {
      int n = Generate.range(0, 12).generate(in);
      StringBuilder sb = new StringBuilder();
      for (int i = 0; i < n; i++) {
        boolean special = Generate.range(0, 9).generate(in) == 0;
        if (i > 0 && !special) {
          sb.append(' ');
        }
        sb.append(special ? odd.generate(in) : word.generate(in));
      }
      return sb.toString();
    };
  }

  /**
   * Returns non-blank cell texts.
   *
   * @return the generator
   */
  public static Gen<String> nonBlankTexts() {
    return cellTexts().map(s -> s.isBlank() ? "Текст" + s : s);
  }

  private static <T> List<T> listOf(Gen<T> gen, int max, org.quicktheories.core.RandomnessSource in) {
    int n = Generate.range(0, max).generate(in);
    List<T> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(gen.generate(in));
    }
    return out;
  }

  /**
   * Returns the deadline a reader makes of a text in a plan of the given period.
   *
   * @param text the text
   * @param period the plan's period
   * @return the deadline
   */
  public static Deadline deadline(String text, PlanPeriod period) {
    return DeadlineParser.forPeriod(period).parse(text);
  }

  /**
   * Returns plans of up to 4 sections of up to 5 measures.
   *
   * @return the generator
   */
  public static Gen<Plan> plans() {
    Gen<String> plain = plainTexts();
    Gen<String> cell = cellTexts();
    Gen<String> nonBlank = nonBlankTexts();
    return in -> {
      int first = Generate.range(2000, 2030).generate(in);
      PlanPeriod period = PlanPeriod.of(first, first + Generate.range(0, 2).generate(in));
      Plan.Builder plan = Plan.builder()
          .title(plain.generate(in))
          .body(Generate.booleans().generate(in) ? "у " + plain.generate(in) : "")
          .period(period);
      if (Generate.booleans().generate(in)) {
        ActKind kind = Generate.enumValues(ActKind.class).generate(in);
        Approval.Builder approval = Approval.builder()
            .kind(kind)
            .authority(plain.generate(in))
            .date(LocalDate.of(first - 1, 1, 1).plusDays(Generate.range(0, 700).generate(in)));
        if (kind == ActKind.SIGNATURE) {
          // the head's signature: the name under it, no number
          approval.signedBy(Generate.pick(List.of("Іван ПЕТРЕНКО", "О. В. Гижко", "Олена Коваль")).generate(in));
        } else {
          approval.number(Generate.pick(List.of("2-р", "15", "7/2", "101-од")).generate(in));
        }
        plan.approval(approval.build());
      }
      if (Generate.booleans().generate(in)) {
        plan.signatory(Signatory.of(plain.generate(in), plain.generate(in)));
      }
      int sections = Generate.range(0, 4).generate(in);
      int sectionNumber = 0;
      for (int s = 0; s < sections; s++) {
        sectionNumber += Generate.range(1, 2).generate(in);
        Section.Builder section = Section.builder().number(sectionNumber)
            .title(Generate.range(0, 5).generate(in) == 0 ? "" : cell.generate(in).replace("\n", " "));
        int measures = Generate.range(0, 5).generate(in);
        for (int m = 1; m <= measures; m++) {
          MeasureNumber number = Generate.range(0, 6).generate(in) == 0
              ? MeasureNumber.of(sectionNumber, m, 1) : MeasureNumber.of(sectionNumber, m);
          String deadline = Generate.booleans().generate(in) ? cell.generate(in)
              : Generate.pick(DEADLINE_PHRASES).generate(in);
          String responsible = cell.generate(in);
          Measure.Builder measure = Measure.builder()
              .number(number)
              .name(cell.generate(in))
              .deadline(deadline(deadline, period))
              .responsible(ResponsibleParser.parse(responsible));
          for (String i : listOf(nonBlank, 3, in)) {
            measure.addIndicators(Indicator.of(i));
          }
          for (String r : listOf(nonBlank, 3, in)) {
            measure.addExpectedResults(ExpectedResult.of(r));
          }
          section.addMeasures(measure.build());
        }
        plan.addSections(section.build());
      }
      return plan.build();
    };
  }

  /** Scales a programme may use: the NAZK 2021 scale most often, and a few others bodies use. */
  private static final List<RiskScale> SCALES = List.of(RiskScale.NAZK_2021, RiskScale.NAZK_2021,
      RiskScale.of(1, 5, 5, 12), RiskScale.of(0, 4, 2, 9), RiskScale.of(1, 4, 4, 8));

  /**
   * Returns programmes: the plans of {@link #plans()} with the programme kind (or not), a register of up
   * to 5 risks linked to measures of the plan (scores sometimes off the scale), a risk scale, the flag
   * that measures must address risks, and resources and deadlines per year on some measures.
   *
   * @return the generator
   */
  public static Gen<Plan> programmes() {
    Gen<Plan> plans = plans();
    Gen<String> cell = cellTexts();
    Gen<String> nonBlank = nonBlankTexts();
    return in -> {
      Plan plan = plans.generate(in);
      RiskScale scale = Generate.pick(SCALES).generate(in);
      PlanPeriod period = plan.period();
      List<Section> sections = new ArrayList<>();
      for (Section section : plan.sections()) {
        Section.Builder s = Section.builder().from(section).measures(List.of());
        for (Measure measure : section.measures()) {
          Measure.Builder m = Measure.builder().from(measure);
          if (Generate.booleans().generate(in)) {
            m.resources(cell.generate(in));
          }
          int years = Generate.range(0, 3).generate(in);
          Map<Integer, Deadline> yearly = new TreeMap<>();
          for (int y = 0; y < years; y++) {
            // a year of the period, now and then one outside it (kept as written)
            int year = period.firstYear() - 1 + Generate.range(0, period.lastYear() - period.firstYear() + 2)
                .generate(in);
            String text = Generate.pick(DEADLINE_PHRASES).generate(in);
            yearly.put(year, deadline(text, PlanPeriod.ofYear(year)));
          }
          m.putAllYearlyDeadlines(yearly);
          s.addMeasures(m.build());
        }
        sections.add(s.build());
      }
      Plan.Builder programme = Plan.builder().from(plan).sections(sections)
          .kind(Generate.range(0, 4).generate(in) == 0 ? PlanKind.PLAN : PlanKind.PROGRAMME)
          .riskScale(scale)
          .measuresMustAddressRisks(Generate.booleans().generate(in));
      List<MeasureNumber> numbers = new ArrayList<>();
      for (Measure m : plan.measures()) {
        numbers.add(m.number());
      }
      Gen<Integer> score = Generate.range(scale.minScore(), scale.maxScore())
          .mix(Generate.pick(List.of(-1, 0, scale.maxScore() + 1, 100)), 15);
      int risks = Generate.range(0, 5).generate(in);
      for (int r = 1; r <= risks; r++) {
        CorruptionRisk.Builder risk = CorruptionRisk.builder()
            .id(Generate.booleans().generate(in) ? Integer.toString(r) : "Р-" + r + nonBlank.generate(in))
            .function(cell.generate(in))
            .risk(cell.generate(in))
            .description(cell.generate(in))
            .addAllSources(listOf(cell, 3, in))
            .probability(score.generate(in))
            .consequence(score.generate(in));
        List<MeasureNumber> pool = new ArrayList<>(numbers);
        int links = pool.isEmpty() ? 0 : Generate.range(0, Math.min(4, pool.size())).generate(in);
        for (int l = 0; l < links; l++) {
          risk.addMeasures(pool.remove((int) Generate.range(0, pool.size() - 1).generate(in)));
        }
        programme.addRisks(risk.build());
      }
      return programme.build();
    };
  }

  /**
   * Returns the plans of {@link #plans()} and the programmes of {@link #programmes()}, half and half.
   *
   * @return the generator
   */
  public static Gen<Plan> plansAndProgrammes() {
    return plans().mix(programmes());
  }
}
