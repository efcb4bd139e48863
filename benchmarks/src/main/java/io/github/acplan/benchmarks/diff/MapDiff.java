package io.github.acplan.benchmarks.diff;

import io.github.acplan.core.Measure;
import io.github.acplan.core.MeasureNumber;
import io.github.acplan.core.Plan;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The baseline a user would write by hand: measures of both plans in hash maps by number, then
 * added, removed and changed numbers (a change being any difference by {@code equals}). It finds no
 * moves and says nothing about which field changed: a lower bound for a real diff, not a rival.
 *
 * @param added numbers only in the newer plan
 * @param removed numbers only in the older plan
 * @param changed numbers in both whose measures differ
 */
public record MapDiff(List<MeasureNumber> added, List<MeasureNumber> removed,
    List<MeasureNumber> changed) {

  /**
   * Compares two plans measure by measure, matching by number.
   *
   * @param older the older plan
   * @param newer the newer plan
   * @return the numbers added, removed and changed
   */
  public static MapDiff between(Plan older, Plan newer) {
    Map<MeasureNumber, Measure> before = byNumber(older);
    Map<MeasureNumber, Measure> after = byNumber(newer);
    List<MeasureNumber> added = new ArrayList<>();
    List<MeasureNumber> removed = new ArrayList<>();
    List<MeasureNumber> changed = new ArrayList<>();
    for (Map.Entry<MeasureNumber, Measure> e : before.entrySet()) {
      Measure now = after.get(e.getKey());
      if (now == null) {
        removed.add(e.getKey());
      } else if (!now.equals(e.getValue())) {
        changed.add(e.getKey());
      }
    }
    for (MeasureNumber n : after.keySet()) {
      if (!before.containsKey(n)) {
        added.add(n);
      }
    }
    return new MapDiff(added, removed, changed);
  }

  private static Map<MeasureNumber, Measure> byNumber(Plan plan) {
    Map<MeasureNumber, Measure> map = new HashMap<>(plan.measures().size() * 2);
    for (Measure m : plan.measures()) {
      map.put(m.number(), m);
    }
    return map;
  }
}
