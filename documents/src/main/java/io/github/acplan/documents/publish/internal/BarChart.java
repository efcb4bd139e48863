package io.github.acplan.documents.publish.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A bar chart ready to be written as inline SVG: its size, its bars with their geometry and the text at
 * each bar. Horizontal charts put the label at the left and the bar to its right; vertical ones put the
 * label under the bar.
 *
 * @param id the chart's identifier in the page, e.g. "completion-by-section"
 * @param title the chart's heading, also its accessible name
 * @param width the SVG's width in user units
 * @param height the SVG's height in user units
 * @param horizontal whether bars run left to right
 * @param bars the bars
 */
public record BarChart(String id, String title, int width, int height, boolean horizontal, List<Bar> bars) {

  /** The left part of a horizontal chart, where the labels are. */
  static final int LABEL_WIDTH = 210;
  private static final int BAR_THICKNESS = 18;
  private static final int GAP = 8;

  /**
   * Creates the chart.
   *
   * @param id the identifier
   * @param title the heading
   * @param width the width
   * @param height the height
   * @param horizontal whether bars run left to right
   * @param bars the bars
   */
  public BarChart {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    bars = List.copyOf(bars);
  }

  /**
   * One bar.
   *
   * @param key what the bar stands for, machine-readable (a section's number, a month "2020-03", a status)
   * @param label the text beside or under the bar
   * @param value the bar's value
   * @param valueText the value as the page writes it, e.g. "25,0 %"
   * @param x the bar's left edge
   * @param y the bar's top edge
   * @param barWidth the bar's width
   * @param barHeight the bar's height
   * @param labelX where the label is anchored, x
   * @param labelY where the label is anchored, y
   * @param valueX where the value text is anchored, x
   * @param valueY where the value text is anchored, y
   */
  public record Bar(String key, String label, double value, String valueText, double x, double y,
      double barWidth, double barHeight, double labelX, double labelY, double valueX, double valueY) {}

  /** A bar before layout: what it stands for and its value. */
  record Datum(String key, String label, double value, String valueText) {}

  /**
   * Lays out a horizontal chart: one row per datum, bar lengths proportional to value / max.
   */
  static BarChart horizontal(String id, String title, List<Datum> data, double max) {
    int width = 640;
    int plot = width - LABEL_WIDTH - 70;
    List<Bar> bars = new ArrayList<>();
    double y = GAP;
    for (Datum d : data) {
      double length = max <= 0 ? 0 : plot * Math.min(d.value(), max) / max;
      bars.add(new Bar(d.key(), d.label(), d.value(), d.valueText(), LABEL_WIDTH, y, round(length),
          BAR_THICKNESS, LABEL_WIDTH - 6, y + BAR_THICKNESS - 5, LABEL_WIDTH + round(length) + 4,
          y + BAR_THICKNESS - 5));
      y += BAR_THICKNESS + GAP;
    }
    return new BarChart(id, title, width, (int) Math.ceil(y), true, bars);
  }

  /**
   * Lays out a vertical chart: one column per datum, heights proportional to value / max.
   */
  static BarChart vertical(String id, String title, List<Datum> data, double max) {
    int plotHeight = 140;
    int top = 20;
    int column = 40;
    int width = Math.max(200, data.size() * (column + GAP) + GAP);
    List<Bar> bars = new ArrayList<>();
    double x = GAP;
    for (Datum d : data) {
      double h = max <= 0 ? 0 : plotHeight * Math.min(d.value(), max) / max;
      double y = top + plotHeight - round(h);
      bars.add(new Bar(d.key(), d.label(), d.value(), d.valueText(), x, y, column, round(h),
          x + column / 2.0, top + plotHeight + 16, x + column / 2.0, y - 4));
      x += column + GAP;
    }
    return new BarChart(id, title, width, top + plotHeight + 24, false, bars);
  }

  private static double round(double v) {
    return Math.round(v * 10) / 10.0;
  }
}
