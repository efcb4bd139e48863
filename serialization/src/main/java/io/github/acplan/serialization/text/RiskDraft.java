package io.github.acplan.serialization.text;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** A risk of a register being read: the pieces of each of its risk cells, and its measure rows. */
final class RiskDraft {

  /** A measure row being read: the pieces of each measure column. */
  static final class MeasureDraft {
    final int line;
    final Map<RegisterSlot, RegisterCell> cells = new LinkedHashMap<>();

    MeasureDraft(int line) {
      this.line = line;
    }

    RegisterCell cell(RegisterSlot slot) {
      return cells.computeIfAbsent(slot, s -> new RegisterCell());
    }

    boolean has(RegisterSlot slot) {
      RegisterCell c = cells.get(slot);
      return c != null && !c.pieces.isEmpty();
    }
  }

  final int line;
  final String id;
  final Map<RegisterColumn, RegisterCell> cells = new EnumMap<>(RegisterColumn.class);
  final List<MeasureDraft> measures = new ArrayList<>();

  RiskDraft(int line, String id) {
    this.line = line;
    this.id = id;
  }

  RegisterCell cell(RegisterColumn column) {
    return cells.computeIfAbsent(column, c -> new RegisterCell());
  }

  String text(RegisterColumn column) {
    RegisterCell c = cells.get(column);
    return c == null ? "" : c.text();
  }

  @Nullable MeasureDraft lastMeasure() {
    return measures.isEmpty() ? null : measures.get(measures.size() - 1);
  }
}
