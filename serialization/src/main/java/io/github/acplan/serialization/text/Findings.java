package io.github.acplan.serialization.text;

import io.github.acplan.serialization.table.GridLocation;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * What one reading of a table found besides the plan: its warnings, and where each row is, so that
 * warnings and errors name a text's line or a document's page, table row or paragraph alike.
 */
final class Findings {

  final List<ReadWarning> warnings = new ArrayList<>();
  /** Where a row is, by its 1-based position. */
  final IntFunction<GridLocation> where;

  Findings(IntFunction<GridLocation> where) {
    this.where = where;
  }

  /** Locates the rows of a source by their own locations. */
  static Findings of(List<SourceRow> rows) {
    List<GridLocation> locations = new ArrayList<>(rows.size());
    for (SourceRow r : rows) {
      locations.add(r.location());
    }
    return new Findings(line -> line >= 1 && line <= locations.size()
        ? locations.get(line - 1) : GridLocation.ofLine(Math.max(line, 1)));
  }

  void warn(int line, String message) {
    warnings.add(new ReadWarning(line, message, where.apply(line)));
  }

  /** The location of a row, as messages show it: "line 7", "page 2, table row 14". */
  String at(int line) {
    return where.apply(line).toString();
  }

  /** The location of a cell: the row's location and the 1-based column, "line 7, column 3". */
  String at(int line, int column) {
    return at(line) + ", column " + column;
  }
}
