package io.github.acplan.documents.pdf;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The distance between the baselines of two lines of one paragraph on a page, to tell a new paragraph of
 * a cell by a wider gap. A glyph's height as PDFBox reports it is no measure of the line spacing: it comes
 * from the font's bounding box or cap height, which differ from font to font (Chromium's print in DejaVu
 * Serif 11 pt reports glyphs 3.9 pt high on lines 12.75 pt apart, LibreOffice's in Liberation Serif 10 pt
 * 6.4 pt on lines 11.5 pt apart). The lines of a paragraph follow each other at one pitch, the most
 * frequent gap between two lines of a cell on the page; a gap wider than that pitch by more than
 * {@link #PARAGRAPH_SPACING} of it is a paragraph's spacing. A line in a larger font has a wider pitch, so
 * the pitch is scaled by the ratio of the lines' heights to the height of the lines at the pitch. A page
 * with too few lines to show a pitch falls back to the heights: a gap wider than twice the taller line's
 * height.
 */
final class LineSpacing {

  /** How much wider than the page's pitch a gap must be to start a paragraph, as a share of the pitch. */
  static final float PARAGRAPH_SPACING = 0.15f;
  /** The fewest gaps between lines of the page's cells that tell its pitch. */
  static final int SAMPLES = 3;
  /** Gaps are counted to this precision, in points. */
  private static final float STEP = 0.25f;
  /**
   * Without a pitch, a paragraph starts at a gap wider than this many times the taller line's height plus
   * {@link #FALLBACK_LOWER} times the lower line's: about twice a line's height when both are alike, the
   * rule before the pitch was measured.
   */
  private static final float FALLBACK_TALLER = 1.5f;
  /** See {@link #FALLBACK_TALLER}. */
  private static final float FALLBACK_LOWER = 0.5f;

  private final float pitch;
  private final float height;

  private LineSpacing(float pitch, float height) {
    this.pitch = pitch;
    this.height = height;
  }

  /**
   * The spacing of a page's cells.
   *
   * @param cells each cell's visual lines, top to bottom
   * @return its spacing; one that falls back to the glyphs' heights when no pitch shows
   */
  static LineSpacing of(List<List<List<Glyph>>> cells) {
    // Per rounded gap: how many times it occurs, and the least height of the taller line of each pair.
    Map<Integer, int[]> counts = new TreeMap<>();
    Map<Integer, Float> heights = new TreeMap<>();
    for (List<List<Glyph>> lines : cells) {
      for (int i = 1; i < lines.size(); i++) {
        float gap = lines.get(i).get(0).y() - lines.get(i - 1).get(0).y();
        if (gap <= 0) {
          continue;
        }
        int key = Math.round(gap / STEP);
        counts.computeIfAbsent(key, k -> new int[1])[0]++;
        float h = Math.max(height(lines.get(i)), height(lines.get(i - 1)));
        heights.merge(key, h, Math::min);
      }
    }
    int best = -1;
    int bestCount = 0;
    for (Map.Entry<Integer, int[]> e : counts.entrySet()) {
      if (e.getValue()[0] > bestCount) { // ties keep the narrower gap
        best = e.getKey();
        bestCount = e.getValue()[0];
      }
    }
    if (bestCount < SAMPLES) {
      return new LineSpacing(Float.NaN, Float.NaN);
    }
    return new LineSpacing(best * STEP, heights.get(best));
  }

  /** The tallest glyph of a line. */
  static float height(List<Glyph> line) {
    float h = 0;
    for (Glyph g : line) {
      h = Math.max(h, g.height());
    }
    return h;
  }

  /**
   * Whether two lines of a cell this far apart belong to different paragraphs.
   *
   * @param gap from the upper line's baseline to the lower one's
   * @param upper the upper line's height
   * @param lower the lower line's height
   * @return true for a new paragraph
   */
  boolean startsParagraph(float gap, float upper, float lower) {
    float tallest = Math.max(upper, lower);
    if (Float.isNaN(pitch)) {
      return gap > FALLBACK_TALLER * tallest + FALLBACK_LOWER * lower;
    }
    float scale = Math.max(1f, tallest / height);
    return gap > pitch * scale * (1 + PARAGRAPH_SPACING);
  }
}
