package io.github.acplan.documents.pdf;

/**
 * One glyph of a page with its box in top-down page coordinates (PDFBox's direction-adjusted
 * {@code TextPosition}), the width of a space in its font, and whether the content stream shows a space
 * right after it.
 *
 * @param text the glyph's Unicode text, never blank
 * @param x the left edge
 * @param y the baseline
 * @param width the advance width
 * @param height the glyph's height, at least 1
 * @param bold whether its font's name says bold
 * @param spaceWidth the width of a space in its font at its size
 * @param spaceAfter whether the next glyph the page shows is a space on the same line: LibreOffice
 *     writes the space that ends a line whenever it fits inside the cell
 */
record Glyph(String text, float x, float y, float width, float height, boolean bold, float spaceWidth,
    boolean spaceAfter) {

  float right() {
    return x + width;
  }

  float centreX() {
    return x + width / 2;
  }

  float centreY() {
    return y - height / 2;
  }

  Glyph withSpaceAfter() {
    return new Glyph(text, x, y, width, height, bold, spaceWidth, true);
  }
}
