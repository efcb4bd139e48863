package io.github.acplan.core.diff;

import io.github.acplan.core.MeasureNumber;
import io.github.acplan.core.Plan;
import io.github.acplan.core.risk.CorruptionRisk;
import io.github.acplan.core.risk.RiskIds;
import io.github.acplan.core.risk.RiskLevel;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Compares the risk registers of two programmes: pairs risks by identifier, then the rest by exact risk
 * text, in time linear in the size of the registers (hash lookups, no similarity over all pairs, which
 * would be quadratic on large registers).
 */
final class RegisterDiff {

  private RegisterDiff() {}

  /** A risk change and where it sorts. */
  private record Keyed(String id, String other, Change change) {}

  static List<Change> changes(Plan older, Plan newer) {
    Map<String, CorruptionRisk> newById = new LinkedHashMap<>();
    for (CorruptionRisk r : newer.risks()) {
      newById.put(r.id(), r);
    }
    List<CorruptionRisk[]> pairs = new ArrayList<>();
    // Step 1: the same identifier.
    List<CorruptionRisk> oldLeft = new ArrayList<>();
    for (CorruptionRisk r : older.risks()) {
      CorruptionRisk n = newById.remove(r.id());
      if (n != null) {
        pairs.add(new CorruptionRisk[] {r, n});
      } else {
        oldLeft.add(r);
      }
    }
    // Step 2: the same risk text among the rest; equal texts pair in register order on both sides, so
    // swapping the registers gives the same pairs.
    Map<String, ArrayDeque<CorruptionRisk>> newByText = new HashMap<>();
    for (CorruptionRisk n : newById.values()) {
      newByText.computeIfAbsent(n.risk(), t -> new ArrayDeque<>()).add(n);
    }
    List<Keyed> changes = new ArrayList<>();
    for (CorruptionRisk r : oldLeft) {
      ArrayDeque<CorruptionRisk> same = newByText.get(r.risk());
      CorruptionRisk n = same == null ? null : same.poll();
      if (n != null) {
        pairs.add(new CorruptionRisk[] {r, n});
        newById.remove(n.id());
      } else {
        changes.add(new Keyed(r.id(), r.id(), new RiskRemoved(r, older.riskLevel(r))));
      }
    }
    for (CorruptionRisk n : newById.values()) {
      changes.add(new Keyed(n.id(), n.id(), new RiskAdded(n, newer.riskLevel(n))));
    }
    for (CorruptionRisk[] p : pairs) {
      List<RiskFieldChange> fields = fieldChanges(p[0], p[1]);
      Optional<RiskLevel> a = older.riskLevel(p[0]);
      Optional<RiskLevel> b = newer.riskLevel(p[1]);
      if (!p[0].id().equals(p[1].id()) || !fields.isEmpty() || !a.equals(b)) {
        changes.add(new Keyed(p[1].id(), p[0].id(), new RiskModified(p[0].id(), p[1].id(), fields, a, b)));
      }
    }
    changes.sort(Comparator.comparing(Keyed::id, RiskIds.order())
        .thenComparing(k -> k.change().kind())
        .thenComparing(Keyed::other, RiskIds.order()));
    List<Change> out = new ArrayList<>(changes.size());
    for (Keyed k : changes) {
      out.add(k.change());
    }
    return out;
  }

  static List<RiskFieldChange> fieldChanges(CorruptionRisk a, CorruptionRisk b) {
    List<RiskFieldChange> out = new ArrayList<>();
    text(RiskField.FUNCTION, a.function(), b.function(), out);
    text(RiskField.RISK, a.risk(), b.risk(), out);
    text(RiskField.DESCRIPTION, a.description(), b.description(), out);
    if (!a.sources().equals(b.sources())) {
      out.add(new RiskFieldChange(RiskField.SOURCES, a.sources(), b.sources()));
    }
    if (a.probability() != b.probability()) {
      out.add(new RiskFieldChange(RiskField.PROBABILITY, List.of(Integer.toString(a.probability())),
          List.of(Integer.toString(b.probability()))));
    }
    if (a.consequence() != b.consequence()) {
      out.add(new RiskFieldChange(RiskField.CONSEQUENCE, List.of(Integer.toString(a.consequence())),
          List.of(Integer.toString(b.consequence()))));
    }
    if (!a.measures().equals(b.measures())) {
      out.add(new RiskFieldChange(RiskField.MEASURES, numbers(a.measures()), numbers(b.measures())));
    }
    return List.copyOf(out);
  }

  private static void text(RiskField field, String a, String b, List<RiskFieldChange> out) {
    if (!a.equals(b)) {
      out.add(new RiskFieldChange(field, cell(a), cell(b)));
    }
  }

  /** An empty cell has no value, so filling or clearing it reads as "added" or "removed". */
  private static List<String> cell(String text) {
    return text.isEmpty() ? List.of() : List.of(text);
  }

  private static List<String> numbers(List<MeasureNumber> numbers) {
    List<String> out = new ArrayList<>(numbers.size());
    for (MeasureNumber n : numbers) {
      out.add(n.toString());
    }
    return out;
  }
}
