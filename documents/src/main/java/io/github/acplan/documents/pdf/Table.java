package io.github.acplan.documents.pdf;

import java.util.ArrayList;
import java.util.List;

/**
 * The ruled table of one page: row bands between horizontal rules, and in each band the cells between
 * the vertical rules that cross it.
 */
final class Table {
  private static final float SAME = 2.5f;

  private final List<float[]> bands;
  private final List<List<Float>> edges;
  private final List<Float> columns;

  private Table(List<float[]> bands, List<List<Float>> edges, List<Float> columns) {
    this.bands = bands;
    this.edges = edges;
    this.columns = columns;
  }

  /** The table the segments draw, or null when they draw none. */
  static Table of(List<Rulings.Segment> segments) {
    List<Float> ys = new ArrayList<>();
    List<Rulings.Segment> verticals = new ArrayList<>();
    for (Rulings.Segment s : segments) {
      if (s.horizontal()) {
        ys.add(s.at());
      } else {
        verticals.add(s);
      }
    }
    // Where the cell borders end closes a row too: a browser printing a row split by a page break draws
    // its side borders down to the page's edge of the table but no rule under it.
    for (Rulings.Segment v : verticals) {
      ys.add(v.from());
      ys.add(v.to());
    }
    List<Float> rules = cluster(ys);
    List<float[]> bands = new ArrayList<>();
    List<List<Float>> edges = new ArrayList<>();
    List<Float> all = new ArrayList<>();
    for (int i = 0; i + 1 < rules.size(); i++) {
      float top = rules.get(i);
      float bottom = rules.get(i + 1);
      if (bottom - top <= SAME) {
        continue;
      }
      float middle = (top + bottom) / 2;
      List<Float> xs = new ArrayList<>();
      for (Rulings.Segment v : verticals) {
        if (v.from() <= middle && v.to() >= middle) {
          xs.add(v.at());
        }
      }
      List<Float> cut = cluster(xs);
      if (cut.size() >= 2) {
        bands.add(new float[] {top, bottom});
        edges.add(cut);
        all.addAll(cut);
      }
    }
    if (bands.isEmpty()) {
      return null;
    }
    return new Table(bands, edges, cluster(all));
  }

  /** Sorts and merges values closer than {@link #SAME}. */
  private static List<Float> cluster(List<Float> values) {
    List<Float> sorted = new ArrayList<>(values);
    sorted.sort(Float::compare);
    List<Float> out = new ArrayList<>();
    for (float v : sorted) {
      if (out.isEmpty() || v - out.get(out.size() - 1) > SAME) {
        out.add(v);
      }
    }
    return out;
  }

  float top() {
    return bands.get(0)[0];
  }

  float bottom() {
    return bands.get(bands.size() - 1)[1];
  }

  int rowCount() {
    return bands.size();
  }

  int cellCount(int row) {
    return edges.get(row).size() - 1;
  }

  /** How many of the table's columns a cell covers. */
  int span(int row, int cell) {
    float left = edges.get(row).get(cell);
    float right = edges.get(row).get(cell + 1);
    int span = 1;
    for (float x : columns) {
      if (x > left + SAME && x < right - SAME) {
        span++;
      }
    }
    return span;
  }

  /** The x of a cell's left rule. */
  float left(int row, int cell) {
    return edges.get(row).get(cell);
  }

  /** The x of a cell's right rule. */
  float right(int row, int cell) {
    return edges.get(row).get(cell + 1);
  }

  /** An empty list of glyphs per cell. */
  <T> List<List<List<T>>> emptyCells() {
    List<List<List<T>>> out = new ArrayList<>();
    for (int r = 0; r < bands.size(); r++) {
      List<List<T>> row = new ArrayList<>();
      for (int c = 0; c < cellCount(r); c++) {
        row.add(new ArrayList<>());
      }
      out.add(row);
    }
    return out;
  }

  /** Puts an item at (x, y) into its cell; an item between cells or rows is put in the nearest. */
  <T> void place(float x, float y, T item, List<List<List<T>>> cells) {
    int row = bands.size() - 1;
    for (int r = 0; r < bands.size(); r++) {
      if (y <= bands.get(r)[1]) {
        row = r;
        break;
      }
    }
    List<Float> cut = edges.get(row);
    int cell = cut.size() - 2;
    for (int c = 0; c + 1 < cut.size(); c++) {
      if (x <= cut.get(c + 1)) {
        cell = c;
        break;
      }
    }
    cells.get(row).get(Math.max(cell, 0)).add(item);
  }
}
