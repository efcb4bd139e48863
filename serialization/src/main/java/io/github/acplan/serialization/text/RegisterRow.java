package io.github.acplan.serialization.text;

import java.util.List;

/** One row of a risk register's source, its kind and the layout in force for it. */
final class RegisterRow {

  final SourceRow source;
  final int line;
  RegisterRowKind kind = RegisterRowKind.TEXT;
  /** The columns in force: those of the last header above (amended by its sub-header). */
  List<RegisterSlot> layout = List.of();
  /** The texts of the last header's cells above, for messages. */
  List<String> headers = List.of();

  RegisterRow(SourceRow source) {
    this.source = source;
    this.line = source.line();
  }

  /** The decoded text of cell {@code i}, or "" past the last cell. */
  String text(int i) {
    return source.text(i);
  }

  /** The decoded cell {@code i}. */
  CellMarkup.Decoded cell(int i) {
    return source.cells().get(i);
  }

  int cellCount() {
    return source.cells().size();
  }

  /** The row as written, for messages. */
  String raw() {
    return source.source().raw();
  }

  /** Whether any cell has text. */
  boolean hasText() {
    for (CellMarkup.Decoded c : source.cells()) {
      if (!c.text.isEmpty()) {
        return true;
      }
    }
    return false;
  }

  /** The number of cells with text. */
  int nonEmptyCells() {
    int n = 0;
    for (CellMarkup.Decoded c : source.cells()) {
      n += c.text.isEmpty() ? 0 : 1;
    }
    return n;
  }

  /** The index of the first column of the layout that holds {@code column}, or -1. */
  int indexOf(RegisterColumn column) {
    for (int i = 0; i < layout.size(); i++) {
      if (layout.get(i).column() == column) {
        return i;
      }
    }
    return -1;
  }
}
