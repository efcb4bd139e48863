package io.github.acplan.core.validation;

import static io.github.acplan.core.validation.FindingCodes.SPLIT_TEXT;

import io.github.acplan.core.ExpectedResult;
import io.github.acplan.core.Indicator;
import io.github.acplan.core.Measure;
import io.github.acplan.core.Plan;
import io.github.acplan.core.Section;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Text that a page break split between two rows; see {@link ValidationRules#splitText()}.
 *
 * <p>Only the name, indicator and expected-result columns are checked: their cells are sentences that
 * start with a capital letter by convention, whereas deadline and responsible cells legitimately start
 * in lower case ("за окремим планом", "у визначені законодавством строки").
 */
final class SplitTextRule implements ValidationRule {

  private static final Set<String> CODES = Collections.unmodifiableSet(new LinkedHashSet<>(List.of(SPLIT_TEXT)));
  private static final Locale UKRAINIAN = Locale.forLanguageTag("uk");

  @Override
  public Set<String> codes() {
    return CODES;
  }

  @Override
  public List<Finding> check(Plan plan) {
    List<Finding> out = new ArrayList<>();
    for (Section s : plan.sections()) {
      List<Measure> ms = s.measures();
      for (int i = 0; i + 1 < ms.size(); i++) {
        Measure a = ms.get(i);
        Measure b = ms.get(i + 1);
        check(a, b, PlanField.NAME, Optional.of(a.name()), Optional.of(b.name()), out);
        check(a, b, PlanField.INDICATORS,
            lastOf(a.indicators().stream().map(Indicator::text).toList()),
            b.indicators().stream().map(Indicator::text).findFirst(), out);
        check(a, b, PlanField.EXPECTED_RESULTS,
            lastOf(a.expectedResults().stream().map(ExpectedResult::text).toList()),
            b.expectedResults().stream().map(ExpectedResult::text).findFirst(), out);
      }
    }
    return out;
  }

  private static Optional<String> lastOf(List<String> texts) {
    return texts.isEmpty() ? Optional.empty() : Optional.of(texts.get(texts.size() - 1));
  }

  private static void check(Measure a, Measure b, PlanField field, Optional<String> end,
      Optional<String> start, List<Finding> out) {
    if (end.isEmpty() || start.isEmpty()) {
      return;
    }
    String tail = end.get().strip();
    String head = start.get().strip();
    if (tail.isEmpty() || head.isEmpty() || endsSentence(tail) || !Character.isLowerCase(head.charAt(0))) {
      return;
    }
    String last = lastWords(tail, 3);
    String first = firstWords(head, 3);
    out.add(new Finding(SPLIT_TEXT, Severity.WARNING, FindingPath.measure(a.number(), field),
        "Пункт " + a.number() + ", " + field.label(UKRAINIAN) + ": текст обривається («…" + last
            + "») і, схоже, продовжується в пункті " + b.number() + " («" + first + "…»)",
        "Measure " + a.number() + ", " + field.label(Locale.ENGLISH) + ": the text breaks off (\"…" + last
            + "\") and seems to continue in measure " + b.number() + " (\"" + first + "…\")"));
  }

  /** A sentence ends with . ! ? or …, possibly followed by closing quotes or brackets. */
  static boolean endsSentence(String text) {
    int i = text.length() - 1;
    while (i >= 0 && "»\"”)]".indexOf(text.charAt(i)) >= 0) {
      i--;
    }
    return i >= 0 && ".!?…".indexOf(text.charAt(i)) >= 0;
  }

  private static String lastWords(String text, int n) {
    String[] w = text.split("\\s+");
    return String.join(" ", java.util.Arrays.copyOfRange(w, Math.max(0, w.length - n), w.length));
  }

  private static String firstWords(String text, int n) {
    String[] w = text.split("\\s+");
    return String.join(" ", java.util.Arrays.copyOfRange(w, 0, Math.min(n, w.length)));
  }
}
