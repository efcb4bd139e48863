package io.github.acplan.serialization.table;

/**
 * How a cell takes part in a vertical merge (a cell spanning several rows, like a ministry plan's task
 * cell over its measures): Word's {@code vMerge}, HTML's {@code rowspan}, a spreadsheet's merged region.
 */
public enum VerticalMerge {
  /** The cell is not merged with the cells above or below. */
  NONE,
  /** The cell starts a vertical merge: it holds the merged content. */
  RESTART,
  /** The cell continues the merge started above it: it holds no content of its own. */
  CONTINUE
}
