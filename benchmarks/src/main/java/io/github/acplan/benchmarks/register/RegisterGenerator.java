package io.github.acplan.benchmarks.register;

import io.github.acplan.benchmarks.SeedText;
import java.util.List;
import java.util.Random;

/**
 * Generates the text of a programme's risk register, as a PDF-to-text extraction gives it (one row per
 * line, cells separated by TAB), with the approval block and title of a 2024–2026 programme, a header
 * row, the row of column numbers, and one risk per row with one measure each, in ten functions; cells
 * are words of the seed plan, of lengths like those of {@code PlanGenerator}'s cells. Deterministic for a
 * seed.
 */
public final class RegisterGenerator {

  /** Deadline phrases a 2024–2026 programme uses. */
  private static final String[] DEADLINES = {
    "Постійно", "Щопівроку", "IV квартал", "до 1 березня", "Протягом року", "У разі оголошення конкурсу",
    "При призначенні на посаду", "Щокварталу",
  };

  private static final String[] ACTORS = {
    "Уповноважена особа з питань запобігання та виявлення корупції", "Юридичний відділ",
    "Відділ з питань кадрової роботи", "Уповноважена особа з питань публічних закупівель",
    "Відділ інформаційних технологій", "Організаційний відділ",
  };

  private static final String HEADER = String.join("\t", "№ з/п", "Функція / процес", "Корупційний ризик",
      "Опис ідентифікованого корупційного ризику", "Чинники корупційного ризику", "Ймовірність", "Наслідки",
      "Рівень корупційного ризику", "Заходи щодо усунення / мінімізації корупційного ризику",
      "Строк виконання", "Відповідальні за виконання", "Ресурси", "Індикатор виконання (очікуваний результат)");

  private final List<String> words = SeedText.words();
  private final Random random;

  private RegisterGenerator(long seed) {
    this.random = new Random(seed);
  }

  /**
   * Returns a generator whose output depends only on {@code seed}.
   *
   * @param seed the random seed
   * @return the generator
   */
  public static RegisterGenerator seeded(long seed) {
    return new RegisterGenerator(seed);
  }

  /**
   * Generates a register of {@code risks} risks, one measure each, in ten functions (fewer if there are
   * fewer risks).
   *
   * @param risks how many risks
   * @return the text
   */
  public String register(int risks) {
    StringBuilder text = new StringBuilder()
        .append("ЗАТВЕРДЖЕНО\nрішенням виконавчого комітету\nСонячної районної у місті ради\n")
        .append("від 20.12.2023 № 512\n\n")
        .append("АНТИКОРУПЦІЙНА ПРОГРАМА\nвиконавчого комітету Сонячної районної у місті ради\n")
        .append("на 2024–2026 роки\n\n")
        .append(HEADER).append('\n');
    for (int c = 1; c <= 13; c++) {
      text.append(c == 1 ? "" : "\t").append(c);
    }
    text.append('\n');
    int functions = Math.max(1, Math.min(10, risks));
    int perFunction = (risks + functions - 1) / functions;
    for (int r = 1; r <= risks; r++) {
      int probability = 1 + random.nextInt(3);
      int consequence = 1 + random.nextInt(3);
      int product = probability * consequence;
      // Levels on the NAZK 2021 scale (RiskScale.NAZK_2021): a product of 6 or more is high, 3 or more medium.
      String level = product >= 6 ? "Високий" : product >= 3 ? "Середній" : "Низький";
      String function = (r - 1) % perFunction == 0 ? capitalized(sentence(2, 5)) : "";
      text.append(String.join("\t", Integer.toString(r), function, capitalized(sentence(6, 18)),
          capitalized(sentence(10, 30)), capitalized(sentence(4, 14)), Integer.toString(probability),
          Integer.toString(consequence), level, capitalized(sentence(8, 40)),
          DEADLINES[random.nextInt(DEADLINES.length)], ACTORS[random.nextInt(ACTORS.length)], "Не потребує",
          capitalized(sentence(8, 30)))).append('\n');
    }
    text.append("\nКеруючий справами виконкому\tОлександр Гижко\n");
    return text.toString();
  }

  private String sentence(int minWords, int maxWords) {
    int n = minWords + random.nextInt(maxWords - minWords + 1);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < n; i++) {
      sb.append(i == 0 ? "" : " ").append(words.get(random.nextInt(words.size())));
    }
    return sb.toString();
  }

  private static String capitalized(String s) {
    return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + s.substring(1);
  }
}
