package io.github.acplan.serialization.text;

import java.util.ArrayList;
import java.util.List;

/** The pieces of one register cell split over rows (across a page break), and where the first one is. */
final class RegisterCell {

  final List<CellMarkup.Decoded> pieces = new ArrayList<>(2);
  /** The position of the row of the first piece. */
  int line;
  /** The 1-based column of the first piece. */
  int column;

  void add(CellMarkup.Decoded piece, int pieceLine, int pieceColumn) {
    if (pieces.isEmpty()) {
      this.line = pieceLine;
      this.column = pieceColumn;
    }
    pieces.add(piece);
  }

  /** The pieces joined back ({@link CellText#join(List)}). */
  String text() {
    return CellText.join(pieces);
  }

  /** The cell's items ({@link CellText#items(List, String)}). */
  List<String> items() {
    return CellText.items(pieces, text());
  }

  /** The cell's items without their separators ({@link CellText#separatedItems(List, String)}). */
  List<String> separatedItems() {
    return CellText.separatedItems(pieces, text());
  }
}
