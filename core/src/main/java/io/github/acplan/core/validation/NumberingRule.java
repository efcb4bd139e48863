package io.github.acplan.core.validation;

import static io.github.acplan.core.validation.FindingCodes.MEASURE_NUMBER_GAP;
import static io.github.acplan.core.validation.FindingCodes.MEASURE_NUMBER_ORDER;
import static io.github.acplan.core.validation.FindingCodes.SECTION_NUMBER_GAP;
import static io.github.acplan.core.validation.FindingCodes.SECTION_NUMBER_ORDER;

import io.github.acplan.core.Measure;
import io.github.acplan.core.MeasureNumber;
import io.github.acplan.core.Plan;
import io.github.acplan.core.Section;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/** Gaps and order of numbers; see {@link ValidationRules#numbering()}. */
final class NumberingRule implements ValidationRule {

  private static final Set<String> CODES = Collections.unmodifiableSet(new LinkedHashSet<>(List.of(SECTION_NUMBER_GAP,
      SECTION_NUMBER_ORDER, MEASURE_NUMBER_GAP, MEASURE_NUMBER_ORDER)));

  @Override
  public Set<String> codes() {
    return CODES;
  }

  @Override
  public List<Finding> check(Plan plan) {
    List<Finding> out = new ArrayList<>();
    Integer previous = null;
    int lastOfPrevious = 0;
    for (Section s : plan.sections()) {
      if (previous != null && s.number() < previous) {
        out.add(new Finding(SECTION_NUMBER_ORDER, Severity.WARNING, FindingPath.section(s.number()),
            "Розділ " + s.number() + " стоїть після розділу " + previous,
            "Section " + s.number() + " comes after section " + previous));
      }
      previous = s.number();
      checkMeasureOrder(s, out);
      lastOfPrevious = checkMeasureGaps(s, lastOfPrevious, out);
    }
    int[] numbers = plan.sections().stream().mapToInt(Section::number).sorted().toArray();
    int expected = 1;
    for (int n : numbers) {
      if (n > expected) {
        // One finding per gap, however wide, so that a typo like "3.100" gives one line, not a hundred.
        boolean one = n - 1 == expected;
        String gap = one ? Integer.toString(expected) : expected + "–" + (n - 1);
        out.add(new Finding(SECTION_NUMBER_GAP, Severity.WARNING, FindingPath.section(n),
            (one ? "Пропущено розділ " : "Пропущено розділи ") + gap + " (перед розділом " + n + ")",
            (one ? "Section " + gap + " is" : "Sections " + gap + " are") + " missing (before section "
                + n + ")"));
      }
      expected = n + 1;
    }
    return out;
  }

  private static void checkMeasureOrder(Section s, List<Finding> out) {
    MeasureNumber previous = null;
    for (Measure m : s.measures()) {
      if (previous != null && m.number().compareTo(previous) < 0) {
        out.add(new Finding(MEASURE_NUMBER_ORDER, Severity.WARNING,
            FindingPath.measure(m.number(), PlanField.NUMBER),
            "Пункт " + m.number() + " стоїть після пункту " + previous,
            "Measure " + m.number() + " comes after measure " + previous));
      }
      previous = m.number();
    }
  }

  /**
   * Siblings (numbers with the same parent) are expected to count 1, 2, 3 ... without holes. A plan that
   * numbers its measures through the plan ("1.", "2." in section 1, "3." in section 2, read as 2.3) counts
   * on from the previous section's last measure: a section whose first measure is that one plus one has
   * no hole before it.
   *
   * @return the last part of the section's last measure of its own level (section.k), or 0
   */
  private static int checkMeasureGaps(Section s, int lastOfPrevious, List<Finding> out) {
    int lastOfThis = 0;
    Map<MeasureNumber, List<MeasureNumber>> byParent = new TreeMap<>();
    for (Measure m : s.measures()) {
      Optional<MeasureNumber> parent = m.number().parent();
      byParent.computeIfAbsent(parent.orElseThrow(), p -> new ArrayList<>()).add(m.number());
    }
    for (Map.Entry<MeasureNumber, List<MeasureNumber>> e : byParent.entrySet()) {
      List<MeasureNumber> siblings = e.getValue();
      siblings.sort(null);
      int expected = 1;
      boolean sectionLevel = e.getKey().depth() == 1;
      if (sectionLevel && lastOfPrevious > 0
          && siblings.get(0).part(siblings.get(0).depth() - 1) == lastOfPrevious + 1) {
        expected = lastOfPrevious + 1;
      }
      for (MeasureNumber n : siblings) {
        int last = n.part(n.depth() - 1);
        if (last > expected) {
          boolean one = last - 1 == expected;
          String gap = e.getKey() + "." + expected + (one ? "" : "–" + e.getKey() + "." + (last - 1));
          out.add(new Finding(MEASURE_NUMBER_GAP, Severity.WARNING,
              FindingPath.measure(n, PlanField.NUMBER),
              (one ? "Пропущено пункт " : "Пропущено пункти ") + gap + " (перед пунктом " + n + ")",
              (one ? "Measure " + gap + " is" : "Measures " + gap + " are") + " missing (before measure "
                  + n + ")"));
        }
        expected = last + 1;
      }
      if (sectionLevel) {
        lastOfThis = expected - 1;
      }
    }
    return lastOfThis;
  }
}
