package io.github.acplan.documents.pdf;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;

/**
 * Collects the ruling lines of one page: the strokes and thin filled rectangles that draw a table's
 * cell borders, as horizontal and vertical segments in top-down page coordinates.
 */
final class Rulings extends PDFGraphicsStreamEngine {

  /** A segment is a line when it is at most this thick, in points. */
  private static final float THIN = 2.5f;

  /** A horizontal segment at {@code y} from {@code x1} to {@code x2}, or a vertical one. */
  record Segment(boolean horizontal, float at, float from, float to) {
  }

  final List<Segment> segments = new ArrayList<>();
  private final List<float[]> path = new ArrayList<>();
  private final List<float[]> rectangles = new ArrayList<>();
  private final float width;
  private final float height;
  private float[] current = {0, 0};
  private float[] start = {0, 0};

  Rulings(PDPage page) {
    super(page);
    this.width = page.getCropBox().getWidth() + page.getCropBox().getLowerLeftX();
    this.height = page.getCropBox().getHeight() + page.getCropBox().getLowerLeftY();
  }

  /**
   * The segments in the frame in which text of the given direction reads left to right, top to bottom:
   * the frame of PDFBox's {@code TextPosition.getXDirAdj()} and {@code getYDirAdj()}. A landscape page
   * printed onto a portrait one draws its content turned by a quarter and has the viewer turn it back
   * ({@code /Rotate}); its text then runs at 90° or 270° and its table's rules must turn with it.
   *
   * @param direction the text's direction, 0, 90, 180 or 270 degrees
   * @return the segments as that text sees them
   */
  List<Segment> inTextFrame(int direction) {
    if (direction == 0) {
      return segments;
    }
    List<Segment> turned = new ArrayList<>(segments.size());
    for (Segment s : segments) {
      // s.at, s.from and s.to are top-down page coordinates: y = height - t for a top-down t
      if (direction == 90) {
        turned.add(s.horizontal() ? new Segment(false, height - s.at(), s.from(), s.to())
            : new Segment(true, s.at(), height - s.to(), height - s.from()));
      } else if (direction == 180) {
        turned.add(s.horizontal() ? new Segment(true, height - s.at(), width - s.to(), width - s.from())
            : new Segment(false, width - s.at(), height - s.to(), height - s.from()));
      } else {
        turned.add(s.horizontal() ? new Segment(false, s.at(), width - s.to(), width - s.from())
            : new Segment(true, width - s.at(), s.from(), s.to()));
      }
    }
    return turned;
  }

  void run() throws IOException {
    processPage(getPage());
  }

  @Override
  public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
    float x1 = (float) Math.min(Math.min(p0.getX(), p1.getX()), Math.min(p2.getX(), p3.getX()));
    float x2 = (float) Math.max(Math.max(p0.getX(), p1.getX()), Math.max(p2.getX(), p3.getX()));
    float y1 = (float) Math.min(Math.min(p0.getY(), p1.getY()), Math.min(p2.getY(), p3.getY()));
    float y2 = (float) Math.max(Math.max(p0.getY(), p1.getY()), Math.max(p2.getY(), p3.getY()));
    rectangles.add(new float[] {x1, height - y2, x2, height - y1});
  }

  @Override
  public void moveTo(float x, float y) {
    current = new float[] {x, height - y};
    start = current;
  }

  @Override
  public void lineTo(float x, float y) {
    float[] next = {x, height - y};
    path.add(new float[] {current[0], current[1], next[0], next[1]});
    current = next;
  }

  @Override
  public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
    current = new float[] {x3, height - y3};
  }

  @Override
  public Point2D getCurrentPoint() {
    return new Point2D.Float(current[0], height - current[1]);
  }

  @Override
  public void closePath() {
    path.add(new float[] {current[0], current[1], start[0], start[1]});
    current = start;
  }

  @Override
  public void endPath() {
    path.clear();
    rectangles.clear();
  }

  @Override
  public void strokePath() {
    for (float[] line : path) {
      addLine(line[0], line[1], line[2], line[3]);
    }
    for (float[] r : rectangles) {
      addLine(r[0], r[1], r[2], r[1]);
      addLine(r[0], r[3], r[2], r[3]);
      addLine(r[0], r[1], r[0], r[3]);
      addLine(r[2], r[1], r[2], r[3]);
    }
    endPath();
  }

  @Override
  public void fillPath(int windingRule) {
    // A filled rectangle is a border when it is thin; a shaded cell gives no line.
    for (float[] r : rectangles) {
      if (r[2] - r[0] <= THIN && r[3] - r[1] > THIN) {
        segments.add(new Segment(false, (r[0] + r[2]) / 2, r[1], r[3]));
      } else if (r[3] - r[1] <= THIN && r[2] - r[0] > THIN) {
        segments.add(new Segment(true, (r[1] + r[3]) / 2, r[0], r[2]));
      }
    }
    endPath();
  }

  @Override
  public void fillAndStrokePath(int windingRule) {
    strokePath();
  }

  private void addLine(float x1, float y1, float x2, float y2) {
    if (Math.abs(y1 - y2) <= THIN && Math.abs(x1 - x2) > THIN) {
      segments.add(new Segment(true, (y1 + y2) / 2, Math.min(x1, x2), Math.max(x1, x2)));
    } else if (Math.abs(x1 - x2) <= THIN && Math.abs(y1 - y2) > THIN) {
      segments.add(new Segment(false, (x1 + x2) / 2, Math.min(y1, y2), Math.max(y1, y2)));
    }
  }

  @Override
  public void drawImage(PDImage pdImage) {
  }

  @Override
  public void clip(int windingRule) {
  }

  @Override
  public void shadingFill(COSName shadingName) {
  }
}
