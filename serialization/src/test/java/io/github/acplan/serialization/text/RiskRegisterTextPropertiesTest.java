package io.github.acplan.serialization.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import io.github.acplan.core.Measure;
import io.github.acplan.core.MeasureNumber;
import io.github.acplan.core.Plan;
import io.github.acplan.core.PlanKind;
import io.github.acplan.core.Section;
import io.github.acplan.core.risk.CorruptionRisk;
import io.github.acplan.core.risk.RiskLevel;
import io.github.acplan.core.risk.RiskScale;
import io.github.acplan.serialization.PlanFormatException;
import io.github.acplan.serialization.SeedPlan;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

/** Registers generated and written as table text read back; damaged register text fails cleanly. */
class RiskRegisterTextPropertiesTest {

  private static final List<String> FUNCTIONS =
      List.of("Публічні закупівлі", "Управління персоналом", "Надання адміністративних послуг");
  private static final List<String> SCORE_WORDS = List.of("", "низька", "середня", "висока");

  /** A generated register: what the text says, and the text. */
  static final class Generated {
    final List<String> functions = new ArrayList<>();
    final List<String> risks = new ArrayList<>();
    final List<int[]> scores = new ArrayList<>();
    final List<List<String>> measures = new ArrayList<>();
    final StringBuilder text = new StringBuilder();
  }

  private static String row(List<String> cells) {
    return String.join("\t", cells) + "\n";
  }

  /**
   * Writes a random register: functions merged over consecutive risks, scores as numbers or words under
   * their own headers or a merged group header, the level written or not, measures on rows of their own, as a list or numbered in one cell, deadlines in
   * one column or in year columns, page breaks before risk rows, and risk texts broken over a page break
   * inside a hyphenated word.
   */
  static Generated generate(long seed) {
    Random random = new Random(seed);
    Generated g = new Generated();
    boolean years = random.nextBoolean();
    List<String> header = new ArrayList<>(List.of("<i>№ з/п</i>", "Функція / процес", "Корупційний ризик",
        "Ймовірність", "Наслідки", "Рівень корупційного ризику", "Заходи щодо усунення ризику"));
    header.addAll(years ? List.of("Строк виконання", "", "") : List.of("Строк виконання"));
    header.addAll(List.of("Відповідальні за виконання", "Ресурси"));
    int width = header.size();
    int deadlineAt = 7;
    // The scores under a merged "Оцінка корупційного ризику", named in the second header row.
    boolean grouped = random.nextBoolean();
    List<String> subHeader = new ArrayList<>(Collections.nCopies(width, ""));
    if (grouped) {
      header.set(3, "Оцінка корупційного ризику");
      header.set(4, "");
      header.set(5, "");
      subHeader.set(3, "Ймовірність");
      subHeader.set(4, "Наслідки");
      subHeader.set(5, "Рівень");
    }
    if (years) {
      subHeader.set(deadlineAt, "2024");
      subHeader.set(deadlineAt + 1, "2025");
      subHeader.set(deadlineAt + 2, "2026");
    }
    StringBuilder pageHeader = new StringBuilder(row(header));
    if (grouped || years) {
      pageHeader.append(row(subHeader));
    }
    List<String> numbers = new ArrayList<>();
    for (int i = 1; i <= width; i++) {
      numbers.add(Integer.toString(i));
    }
    pageHeader.append(row(numbers));
    g.text.append("Антикорупційна програма\nвиконавчого комітету ради\nна 2024–2026 роки\n\n");
    g.text.append(pageHeader);
    int risks = 1 + random.nextInt(6);
    String previousFunction = null;
    for (int i = 1; i <= risks; i++) {
      if (i > 1 && random.nextInt(4) == 0) {
        g.text.append("\n").append(random.nextBoolean() ? i + "\n" : "").append(pageHeader);
      }
      String function = FUNCTIONS.get(random.nextInt(FUNCTIONS.size()));
      boolean merged = function.equals(previousFunction) && random.nextBoolean();
      previousFunction = function;
      int p = 1 + random.nextInt(3);
      int c = 1 + random.nextInt(3);
      boolean broken = random.nextInt(3) == 0;
      String riskText = "Неналежне виконання обов’язків у справі " + i;
      int measureCount = 1 + random.nextInt(3);
      int mode = measureCount == 1 ? 0 : random.nextInt(3);
      List<String> names = new ArrayList<>();
      for (int k = 1; k <= measureCount; k++) {
        names.add("Провести перевірку " + i + "-" + k + " дотримання вимог");
      }
      g.functions.add(function);
      g.risks.add(riskText);
      g.scores.add(new int[] {p, c});
      g.measures.add(names);

      List<String> first = new ArrayList<>(Collections.nCopies(width, ""));
      first.set(0, random.nextBoolean() ? Integer.toString(i) : i + ".");
      first.set(1, merged ? "" : function);
      first.set(2, broken ? "Неналежне вико-" : riskText);
      first.set(3, random.nextBoolean() ? Integer.toString(p) : SCORE_WORDS.get(p));
      first.set(4, random.nextBoolean() ? Integer.toString(c) : SCORE_WORDS.get(c));
      RiskLevel level = RiskScale.NAZK_2021.level(p, c).orElseThrow();
      first.set(5, random.nextBoolean() ? level.ukrainian() : "");
      if (mode == 1) {
        first.set(6, names.stream().map(n -> "<li>" + n + ";</li>").collect(Collectors.joining("", "<ul>", "</ul>")));
      } else if (mode == 2) {
        List<String> numbered = new ArrayList<>();
        for (int k = 0; k < names.size(); k++) {
          numbered.add((k + 1) + ") " + names.get(k));
        }
        first.set(6, String.join("; ", numbered));
      } else {
        first.set(6, names.get(0));
      }
      fillMeasureCells(first, years, deadlineAt);
      g.text.append(row(first));
      if (broken) {
        g.text.append("\n").append(pageHeader);
        List<String> rest = new ArrayList<>(Collections.nCopies(width, ""));
        rest.set(2, "нання обов’язків у справі " + i);
        g.text.append(row(rest));
      }
      if (mode == 0) {
        for (int k = 1; k < names.size(); k++) {
          List<String> next = new ArrayList<>(Collections.nCopies(width, ""));
          next.set(6, names.get(k));
          fillMeasureCells(next, years, deadlineAt);
          g.text.append(row(next));
        }
      }
    }
    g.text.append("\nКеруючий справами\tІван ПЕТРЕНКО\n");
    return g;
  }

  private static void fillMeasureCells(List<String> cells, boolean years, int deadlineAt) {
    cells.set(deadlineAt, "Постійно");
    if (years) {
      cells.set(deadlineAt + 1, "Щокварталу");
      cells.set(deadlineAt + 2, "");
    }
    cells.set(cells.size() - 2, "Відділ з питань кадрової роботи");
    cells.set(cells.size() - 1, "Не потребує");
  }

  @Test
  void generatedRegistersReadBack() {
    qt().withExamples(300).forAll(Generate.longRange(0, Long.MAX_VALUE)).checkAssert(seed -> {
      Generated g = generate(seed);
      ReadResult result;
      try {
        result = RiskRegisterTextReader.standard().read(g.text);
      } catch (PlanFormatException e) {
        throw new AssertionError("could not read:\n" + g.text, e);
      }
      Plan plan = result.plan();
      assertThat(plan.kind()).isEqualTo(PlanKind.PROGRAMME);
      assertThat(result.warnings()).allMatch(w -> w.message().startsWith("skipped as a page number"));
      assertThat(plan.risks()).hasSize(g.risks.size());
      Map<String, Integer> sectionOf = new LinkedHashMap<>();
      for (int i = 0; i < g.risks.size(); i++) {
        CorruptionRisk r = plan.risks().get(i);
        assertThat(r.id()).isEqualTo(Integer.toString(i + 1));
        assertThat(r.function()).isEqualTo(g.functions.get(i));
        assertThat(r.risk()).isEqualTo(g.risks.get(i));
        assertThat(r.probability()).isEqualTo(g.scores.get(i)[0]);
        assertThat(r.consequence()).isEqualTo(g.scores.get(i)[1]);
        int section = sectionOf.computeIfAbsent(g.functions.get(i), f -> sectionOf.size() + 1);
        List<String> names = new ArrayList<>();
        for (MeasureNumber n : r.measures()) {
          assertThat(n.section()).isEqualTo(section);
          names.add(plan.measure(n).orElseThrow().name());
        }
        assertThat(names).isEqualTo(g.measures.get(i));
      }
      assertThat(plan.sections().stream().map(Section::title)).containsExactlyElementsOf(sectionOf.keySet());
      for (Section s : plan.sections()) {
        for (int k = 0; k < s.measures().size(); k++) {
          assertThat(s.measures().get(k).number()).isEqualTo(MeasureNumber.of(s.number(), k + 1));
        }
      }
      for (Measure m : plan.measures()) {
        assertThat(plan.risksAddressedBy(m.number())).hasSize(1);
        assertThat(m.responsible().text()).isEqualTo("Відділ з питань кадрової роботи");
      }
    });
  }

  /** Reading damaged text either gives a programme or the documented exception, nothing else. */
  private static void readsOrFailsCleanly(String text) {
    try {
      RiskRegisterTextReader.standard().read(text);
    } catch (PlanFormatException e) {
      assertThat(e.location()).matches("line \\d+(, column \\d+)?");
    }
  }

  private static final List<String> MUTATIONS = List.of("\t", "\t\t", "\n", "\r", "<", "<li>", "</ul>",
      "<ul><li>", "1)", "2)", " 3) ", "2024", "2030", "1991", "висока", "середній", "0", "9", "99999", "",
      "№", "1.", "Ймовірність", "Корупційний ризик", "Строк виконання", "Стан виконання", "-", "вико-", " | ",
      "|", "\uFEFF", "\u0000", "😀", "на 20", "1. ", "Функція");

  @Test
  void mutatedRegisterNeverEscapesWithAnythingElse() {
    qt().withExamples(500).forAll(PlanTextPropertiesTest.mutated(RiskRegisterTextReaderTest.registerText(),
        MUTATIONS)).checkAssert(RiskRegisterTextPropertiesTest::readsOrFailsCleanly);
  }

  @Test
  void mutatedGeneratedRegistersNeverEscapeWithAnythingElse() {
    qt().withExamples(300).forAll(Generate.longRange(0, Long.MAX_VALUE)).checkAssert(seed -> {
      String text = generate(seed).text.toString();
      Random random = new Random(seed);
      StringBuilder sb = new StringBuilder(text);
      for (int i = 0, n = 1 + random.nextInt(6); i < n; i++) {
        int at = random.nextInt(sb.length() + 1);
        int cut = Math.min(sb.length() - at, random.nextInt(3));
        sb.replace(at, at + cut, MUTATIONS.get(random.nextInt(MUTATIONS.size())));
      }
      readsOrFailsCleanly(sb.toString());
    });
  }

  @Test
  void truncatedRegisterNeverEscapesWithAnythingElse() {
    String text = RiskRegisterTextReaderTest.registerText();
    qt().withExamples(300).forAll(Generate.range(0, text.length()))
        .checkAssert(n -> readsOrFailsCleanly(text.substring(0, n)));
  }

  @Test
  void shuffledRegisterLinesNeverEscapeWithAnythingElse() {
    List<String> lines = List.of(RiskRegisterTextReaderTest.registerText().split("\n", -1));
    qt().withExamples(300).forAll(Generate.longRange(0, Long.MAX_VALUE)).checkAssert(seed -> {
      List<String> shuffled = new ArrayList<>(lines);
      Random random = new Random(seed);
      for (int i = 0, swaps = 1 + random.nextInt(6); i < swaps; i++) {
        Collections.swap(shuffled, random.nextInt(shuffled.size()), random.nextInt(shuffled.size()));
      }
      readsOrFailsCleanly(String.join("\n", shuffled));
    });
  }

  @Test
  void thePlanTextIsNoRegisterAndFailsCleanly() {
    // The seed plan has no risk column: the reader says so at the plan's header row.
    assertThatThrownBy(() -> RiskRegisterTextReader.standard().read(SeedPlan.text()))
        .isInstanceOf(PlanFormatException.class)
        .hasMessageContaining("no risk-register header")
        .satisfies(e -> assertThat(((PlanFormatException) e).location()).matches("line \\d+"));
  }
}
